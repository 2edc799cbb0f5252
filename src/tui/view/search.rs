//! The search field and, beside it, the active filters.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::{pane_block, safe};
use crate::text::display_safe;
use crate::tui::action::Pane;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let s = app.strings();
    let theme = &app.theme;
    let block = pane_block(app, Pane::Search, s.search_title.to_owned());
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let mut spans = vec![Span::styled("› ", theme.accent)];
    if app.query.is_empty() {
        spans.push(Span::styled(s.search_placeholder, theme.muted));
    } else {
        spans.push(safe(app.query.text(), theme.text));
    }
    let chips = filter_chips(app);
    if !chips.is_empty() {
        spans.push(Span::raw("   "));
        spans.extend(chips);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), inner);

    if app.focus == Pane::Search && app.overlays().is_empty() {
        let before: String = app.query.text().chars().take(app.query.cursor()).collect();
        let column = inner.x + 2 + ratatui::text::Line::raw(display_safe(&before)).width() as u16;
        if column < inner.right() {
            frame.set_cursor_position(Position::new(column, inner.y));
        }
    }
}

/// Every active filter as a chip, so that a narrowed list never looks like the whole catalogue.
fn filter_chips(app: &App) -> Vec<Span<'static>> {
    let s = app.strings();
    let f = &app.filters;
    let mut labels: Vec<String> = Vec::new();
    if let Some(goal) = f.goal.as_ref().and_then(|g| app.catalog.goal(g)) {
        labels.push(format!(
            "{}: {}",
            s.filter_goal,
            display_safe(goal.name.get(app.language.code()))
        ));
    }
    for format in &f.formats {
        labels.push(s.format(*format).to_owned());
    }
    if let Some(language) = &f.language {
        let name = s.meeting.language_name(language);
        labels.push(format!("{}: {}", s.filter_language, display_safe(name)));
    }
    if let Some(area) = &f.area {
        let name = crate::i18n::municipality_name(area, app.language);
        labels.push(format!("{}: {}", s.filter_area, display_safe(name)));
    }
    if let Some(theme) = f.theme {
        labels.push(s.theme(theme).to_owned());
    }
    if let Some(intensity) = f.intensity {
        labels.push(s.intensity(intensity).to_owned());
    }
    if f.free_only {
        labels.push(s.filter_free.to_owned());
    }
    let mut spans = Vec::new();
    if labels.is_empty() {
        return spans;
    }
    spans.push(Span::styled(
        format!("{} ", s.filters_active),
        app.theme.muted,
    ));
    for label in labels {
        spans.push(Span::styled(format!("[{label}]"), app.theme.accent));
        spans.push(Span::raw(" "));
    }
    spans
}
