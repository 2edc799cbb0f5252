//! The plan editor: the plan's sections as tabs, each a list of labelled rows, and under them
//! the selected row in full, where typing happens.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Clear, List, ListItem, ListState, Paragraph, Tabs, Wrap,
};

use super::widgets::safe;
use crate::text::display_safe;
use crate::tui::app::{App, PlanEditor};
use crate::tui::plan_form::{RowKind, Section};

pub fn draw(frame: &mut Frame, app: &App, area: Rect, editor: &PlanEditor) {
    let s = app.strings();
    let theme = &app.theme;
    let body = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    frame.render_widget(Clear, body);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border_focused)
        .style(theme.text)
        .title(Line::styled(
            format!(" {} ", s.plan_editor_title),
            theme.accent,
        ));
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let [tabs_area, rows_area, field_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(5),
    ])
    .areas(inner);

    let titles: Vec<Line> = Section::ALL
        .iter()
        .map(|section| Line::from(section.title(s)))
        .collect();
    let tabs = Tabs::new(titles)
        .select(editor.section)
        .style(theme.muted)
        .highlight_style(theme.selection)
        .divider(Span::styled("│", theme.muted));
    frame.render_widget(tabs, tabs_area);

    let rows = app.editor_rows();
    let label_width = rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(38);
    let items: Vec<ListItem> = rows
        .iter()
        .map(|row| match row.kind {
            RowKind::Heading => ListItem::new(Line::from(safe(&row.label, theme.accent))),
            RowKind::Button => ListItem::new(Line::from(vec![
                safe(&row.label, theme.accent),
                Span::styled(format!("  {}", row.value), theme.muted),
            ])),
            _ => {
                let label: String = display_safe(&row.label).chars().take(label_width).collect();
                let value = if row.value.is_empty() {
                    "—".to_owned()
                } else {
                    display_safe(&row.value)
                };
                ListItem::new(Line::from(vec![
                    Span::styled(format!("  {label:<label_width$}  "), theme.muted),
                    Span::styled(value, theme.text),
                ]))
            }
        })
        .collect();
    let list = List::new(items)
        .highlight_style(theme.selection)
        .highlight_symbol("▶");
    let mut state = ListState::default()
        .with_selected(Some(editor.cursor.selected))
        .with_offset(editor.cursor.offset);
    frame.render_stateful_widget(list, rows_area, &mut state);

    // The selected row in full, and the place where it is typed.
    let selected = rows.get(editor.cursor.selected);
    let title = selected.map(|r| r.label.clone()).unwrap_or_default();
    let field_block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Line::styled(
            format!(" {} ", display_safe(&title)),
            theme.accent,
        ));
    let field_inner = field_block.inner(field_area);
    frame.render_widget(field_block, field_area);
    match &editor.editing {
        Some(field) => {
            frame.render_widget(
                Paragraph::new(safe(field.text(), theme.text)).wrap(Wrap { trim: false }),
                field_inner,
            );
            // The cursor, on wrapped lines.
            let before = display_safe(
                &field
                    .text()
                    .chars()
                    .take(field.cursor())
                    .collect::<String>(),
            );
            let width = field_inner.width.max(1) as usize;
            let at = Line::raw(before).width();
            let (row, column) = (at / width, at % width);
            if row < field_inner.height as usize {
                frame.set_cursor_position(Position::new(
                    field_inner.x + column as u16,
                    field_inner.y + row as u16,
                ));
            }
        }
        None => {
            let text = selected.map(|r| r.value.clone()).unwrap_or_default();
            frame.render_widget(
                Paragraph::new(safe(&text, theme.text)).wrap(Wrap { trim: false }),
                field_inner,
            );
        }
    }
}
