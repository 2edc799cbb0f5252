//! Panels on top of the main screen: help, filters, the goal browser, the question before
//! quitting with unsaved changes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap,
};

use super::widgets::safe;
use crate::tui::app::{App, BrowserRow, FILTER_ROWS, FilterRow, Overlay};
use crate::tui::keymap::{Scope, keys_label};
use crate::tui::layout::centered;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    match &app.overlay {
        None => {}
        Some(Overlay::Help { scroll }) => help(frame, app, area, *scroll),
        Some(Overlay::Filters { row }) => filters(frame, app, area, *row),
        Some(Overlay::GoalBrowser { cursor }) => {
            goal_browser(frame, app, area, cursor.selected, cursor.offset)
        }
        Some(Overlay::ConfirmQuit) => confirm_quit(frame, app, area),
        Some(Overlay::PlanEditor(editor)) => super::plan_editor::draw(frame, app, area, editor),
        Some(Overlay::Notice { lines }) => notice(frame, app, area, lines),
        Some(Overlay::SaveAs { field }) => save_as(frame, app, area, field),
        Some(Overlay::ConfirmRestore { snapshot, .. }) => {
            confirm_restore(frame, app, area, &snapshot.saved_at)
        }
    }
}

fn panel<'a>(app: &App, title: &str) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(app.theme.border_focused)
        .style(app.theme.text)
        .title(Line::styled(format!(" {title} "), app.theme.accent))
}

/// Every key, grouped by where it works, generated from the key table.
fn help(frame: &mut Frame, app: &App, area: Rect, scroll: u16) {
    let s = app.strings();
    let box_area = centered(area, 76, area.height.saturating_sub(2));
    let mut lines = Vec::new();
    let scopes = Scope::ALL;
    for scope in scopes {
        lines.push(Line::styled(scope.title(s), app.theme.accent));
        for binding in app.keymap.bindings.iter().filter(|b| b.scope == scope) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<22}", keys_label(binding)), app.theme.text),
                Span::styled((binding.describe)(s), app.theme.muted),
            ]));
        }
        lines.push(Line::default());
    }
    frame.render_widget(Clear, box_area);
    let paragraph = Paragraph::new(lines)
        .block(panel(app, s.help_title))
        .scroll((scroll, 0));
    frame.render_widget(paragraph, box_area);
}

fn filters(frame: &mut Frame, app: &App, area: Rect, selected: usize) {
    let s = app.strings();
    let f = &app.filters;
    let any = s.filter_any;
    let on_off = |on: bool| if on { "[x]" } else { "[ ]" };
    let items: Vec<ListItem> = FILTER_ROWS
        .iter()
        .map(|row| {
            let (label, value) = match row {
                FilterRow::Format(format) => (
                    s.format(*format).to_owned(),
                    on_off(f.formats.contains(format)).to_owned(),
                ),
                FilterRow::Language => (
                    s.filter_language.to_owned(),
                    f.language.clone().unwrap_or_else(|| any.to_owned()),
                ),
                FilterRow::Area => (
                    s.filter_area.to_owned(),
                    f.area.clone().unwrap_or_else(|| any.to_owned()),
                ),
                FilterRow::Theme => (
                    s.filter_theme.to_owned(),
                    f.theme.map_or(any, |t| s.theme(t)).to_owned(),
                ),
                FilterRow::Intensity => (
                    s.filter_intensity.to_owned(),
                    f.intensity.map_or(any, |i| s.intensity(i)).to_owned(),
                ),
                FilterRow::Free => (s.filter_free.to_owned(), on_off(f.free_only).to_owned()),
                FilterRow::ClearAll => (s.filter_clear_all.to_owned(), String::new()),
            };
            ListItem::new(Line::from(vec![
                Span::styled(format!("{label:<24}"), app.theme.text),
                safe(&value, app.theme.accent),
            ]))
        })
        .collect();
    let box_area = centered(area, 64, FILTER_ROWS.len() as u16 + 4);
    frame.render_widget(Clear, box_area);
    let count = format!(
        "{} · {} {}",
        s.filters_title, app.results.total, s.services_count
    );
    let list = List::new(items)
        .block(panel(app, &count))
        .highlight_style(app.theme.selection)
        .highlight_symbol("▶ ");
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, box_area, &mut state);
}

fn goal_browser(frame: &mut Frame, app: &App, area: Rect, selected: usize, offset: usize) {
    let s = app.strings();
    let language = app.language.code();
    let items: Vec<ListItem> = app
        .browser_rows()
        .into_iter()
        .map(|row| match row {
            BrowserRow::Theme(theme) => {
                ListItem::new(Line::styled(s.theme(theme), app.theme.accent))
            }
            BrowserRow::Goal(goal) => ListItem::new(Line::from(vec![
                Span::raw("  "),
                safe(app.catalog.goals[goal].name.get(language), app.theme.text),
                Span::styled(
                    format!(" {}", app.goal_service_count(goal)),
                    app.theme.muted,
                ),
            ])),
        })
        .collect();
    let box_area = centered(area, 70, area.height.saturating_sub(2));
    frame.render_widget(Clear, box_area);
    let list = List::new(items)
        .block(panel(app, s.goal_browser_title))
        .highlight_style(app.theme.selection)
        .highlight_symbol("▶ ");
    let mut state = ListState::default()
        .with_selected(Some(selected))
        .with_offset(offset);
    frame.render_stateful_widget(list, box_area, &mut state);
}

fn confirm_quit(frame: &mut Frame, app: &App, area: Rect) {
    let s = app.strings();
    let box_area = centered(area, 56, 6);
    frame.render_widget(Clear, box_area);
    let lines = vec![
        Line::styled(s.confirm_quit_text, app.theme.warning),
        Line::default(),
        Line::styled(s.confirm_quit_keys, app.theme.text),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(panel(app, s.confirm_quit_title)),
        box_area,
    );
}

/// Problems found at start, each with its file, line and column, until the user has read them.
fn notice(frame: &mut Frame, app: &App, area: Rect, problems: &[String]) {
    let s = app.strings();
    let box_area = centered(area, 90, problems.len() as u16 * 3 + 5);
    frame.render_widget(Clear, box_area);
    let mut lines = vec![Line::styled(s.notice_text, app.theme.text), Line::default()];
    for problem in problems {
        lines.push(Line::from(safe(problem, app.theme.warning)));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(panel(app, s.notice_title)),
        box_area,
    );
}

/// The file name for a plan saved the first time, with a cursor.
fn save_as(frame: &mut Frame, app: &App, area: Rect, field: &crate::tui::input::TextField) {
    let s = app.strings();
    let box_area = centered(area, 84, 6);
    frame.render_widget(Clear, box_area);
    let block = panel(app, s.save_as_title);
    let inner = block.inner(box_area);
    frame.render_widget(block, box_area);
    let lines = vec![
        Line::from(safe(field.text(), app.theme.text)),
        Line::default(),
        Line::styled(s.save_as_hint, app.theme.muted),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
    let before: String = field.text().chars().take(field.cursor()).collect();
    let column = Line::raw(crate::text::display_safe(&before)).width() as u16;
    if column < inner.width {
        frame.set_cursor_position(ratatui::layout::Position::new(inner.x + column, inner.y));
    }
}

fn confirm_restore(frame: &mut Frame, app: &App, area: Rect, saved_at: &str) {
    let s = app.strings();
    let box_area = centered(area, 64, 7);
    frame.render_widget(Clear, box_area);
    let lines = vec![
        Line::styled(s.restore_text, app.theme.warning),
        Line::from(safe(saved_at, app.theme.muted)),
        Line::default(),
        Line::styled(s.restore_keys, app.theme.text),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(panel(app, s.restore_title)),
        box_area,
    );
}
