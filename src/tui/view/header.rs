//! The top line: whose plan is open and whether it has unsaved changes, then the catalogue,
//! its size and files that were skipped.

use ratatui::Frame;
use ratatui::layout::{Constraint, HorizontalAlignment, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::safe;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let s = app.strings();
    let theme = &app.theme;
    let mut left = vec![
        Span::styled(" polku ", theme.accent),
        Span::styled("· ", theme.muted),
        safe(&plan_name(app), theme.accent),
        Span::styled(" · ", theme.muted),
        safe(&app.catalog_label, theme.header),
        Span::styled(
            format!(
                " · {} {} · {} {}",
                app.catalog.goals.len(),
                s.goals_word(app.catalog.goals.len()),
                app.catalog.services.len(),
                s.services_word(app.catalog.services.len())
            ),
            theme.muted,
        ),
    ];
    if !app.skipped.is_empty() {
        let names: Vec<String> = app
            .skipped
            .iter()
            .map(|f| crate::text::display_safe(&f.path))
            .collect();
        left.push(Span::styled(
            format!(
                " · ⚠ {} {}: {}",
                app.skipped.len(),
                s.files_skipped,
                names.join(", ")
            ),
            theme.warning,
        ));
    }
    let mut right = Vec::new();
    if app.dirty() {
        right.push(Span::styled(format!(" ● {} ", s.unsaved), theme.warning));
    }
    right.push(Span::styled(
        format!(" {} ", app.language.code().to_uppercase()),
        theme.muted,
    ));
    // The right end (unsaved changes, language) always shows; the left is cut to what is left.
    let right = Line::from(right);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(right.width() as u16)])
            .areas(area);
    frame.render_widget(
        Paragraph::new(Line::from(left)).style(theme.header),
        left_area,
    );
    frame.render_widget(
        Paragraph::new(right)
            .style(theme.header)
            .alignment(HorizontalAlignment::Right),
        right_area,
    );
}

/// Whose plan is open: the client's name, else the plan file's name, else "new plan".
fn plan_name(app: &App) -> String {
    let client = app.plan().client.trim();
    if !client.is_empty() {
        return client.to_owned();
    }
    match &app.files.path {
        Some(path) => path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        None => app.strings().meeting.new_plan.to_owned(),
    }
}
