//! Drawing the plan editor: the sections as tabs, the rows, and the selected field in full
//! with the cursor where the text is.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, List, ListItem, ListState, Paragraph};

use super::super::position;
use super::Editor;
use crate::plan::field::FieldKind;
use crate::plan::form::{Row, Section};
use crate::text::display_safe;
use crate::tui::input::{cursor_position, wrap};
use crate::tui::state::State;
use crate::tui::view::widgets::safe;

impl Editor {
    /// The sections as tabs; when they do not all fit, the ones around the current one.
    pub(super) fn draw_tabs(&self, frame: &mut Frame, area: Rect, state: &State) {
        let theme = &state.theme;
        let spans: Vec<Span> = tab_line(self.section, state, area.width)
            .into_iter()
            .map(|(section, text)| {
                let style = if section == Some(self.section) {
                    theme.selection
                } else {
                    theme.muted
                };
                Span::styled(text, style)
            })
            .collect();
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
    }

    pub(super) fn draw_rows(&self, frame: &mut Frame, area: Rect, rows: &[Row], state: &State) {
        let theme = &state.theme;
        let label_width = rows
            .iter()
            .filter(|r| r.selectable())
            .map(|r| r.label.chars().count())
            .max()
            .unwrap_or(0)
            .min(area.width as usize / 2);
        let items: Vec<ListItem> = rows
            .iter()
            .map(|row| match row.kind() {
                None => ListItem::new(Line::from(safe(&row.label, theme.accent))),
                Some(FieldKind::Button) => ListItem::new(Line::from(vec![
                    safe(&row.label, theme.accent),
                    Span::styled(format!("  {}", row.value), theme.muted),
                ])),
                Some(kind) => {
                    let label: String =
                        display_safe(&row.label).chars().take(label_width).collect();
                    let mut value = display_safe(row.value.lines().next().unwrap_or(""));
                    if row.value.lines().nth(1).is_some() {
                        value.push_str(" …");
                    }
                    if value.is_empty() {
                        value = "—".to_owned();
                    }
                    if kind == FieldKind::Choice {
                        value = format!("‹ {value} ›");
                    }
                    ListItem::new(Line::from(vec![
                        Span::styled(format!("{label:<label_width$}  "), theme.muted),
                        Span::styled(value, theme.text),
                    ]))
                }
            })
            .collect();
        let marker = if self.typing.is_some() {
            "✎ "
        } else {
            "▶ "
        };
        let list = List::new(items)
            .highlight_style(theme.selection)
            .highlight_symbol(marker);
        let mut list_state = ListState::default()
            .with_selected(Some(self.cursor.selected))
            .with_offset(self.cursor.offset);
        frame.render_stateful_widget(list, area, &mut list_state);
    }

    /// The selected row in full; while typing, framed and marked, with the cursor where the
    /// text is on wrapped lines.
    pub(super) fn draw_field(&self, frame: &mut Frame, area: Rect, rows: &[Row], state: &State) {
        let s = state.strings();
        let theme = &state.theme;
        let row = rows.get(self.cursor.selected);
        let label = row.map(|r| r.label.clone()).unwrap_or_default();
        let selectable: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.selectable())
            .map(|(i, _)| i)
            .collect();
        let at = selectable
            .iter()
            .position(|&i| i == self.cursor.selected)
            .unwrap_or(0);
        let where_ = position(at, selectable.len());
        let block = match &self.typing {
            Some(_) => Block::default()
                .borders(Borders::ALL)
                .border_type(BorderType::Thick)
                .border_style(theme.border_focused)
                .title(Line::styled(
                    format!(" {} · {} ", s.meeting.typing, display_safe(&label)),
                    theme.accent,
                )),
            None => Block::default()
                .borders(Borders::TOP)
                .border_style(theme.border)
                .title(Line::styled(
                    format!(" {} ", display_safe(&label)),
                    theme.accent,
                ))
                .title(Line::styled(format!(" {where_} "), theme.muted).right_aligned()),
        };
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let error_rows = u16::from(self.error.is_some());
        let text_area = Rect {
            height: inner.height.saturating_sub(error_rows),
            ..inner
        };
        if let Some(error) = &self.error {
            let error_area = Rect {
                y: inner.bottom().saturating_sub(1),
                height: 1,
                ..inner
            };
            frame.render_widget(Paragraph::new(safe(error, theme.error)), error_area);
        }
        let width = text_area.width.max(1) as usize;
        let (text, cursor) = match &self.typing {
            Some(typing) => (typing.text.text().to_owned(), Some(typing.text.cursor())),
            None => (row.map(|r| r.value.clone()).unwrap_or_default(), None),
        };
        let lines = wrap(&text, width);
        // Scroll so that the cursor's line shows.
        let (cursor_line, column) = cursor.map_or((0, 0), |c| cursor_position(&text, c, width));
        let skip = (cursor_line + 1).saturating_sub(text_area.height as usize);
        let shown: Vec<Line> = lines
            .iter()
            .skip(skip)
            .map(|(_, l)| Line::from(safe(l, theme.text)))
            .collect();
        frame.render_widget(Paragraph::new(shown), text_area);
        if cursor.is_some() {
            let y = text_area.y + (cursor_line - skip) as u16;
            if y < text_area.bottom() {
                frame.set_cursor_position(Position::new(text_area.x + column as u16, y));
            }
        }
    }
}

/// The tab line in pieces, each with the section it names (`None` for dividers and arrows):
/// the current section and as many around it as fit in `width`.
pub(super) fn tab_line(section: usize, state: &State, width: u16) -> Vec<(Option<usize>, String)> {
    let s = state.strings();
    let titles: Vec<&str> = Section::ALL.iter().map(|x| x.title(s)).collect();
    let span = |range: std::ops::Range<usize>| -> usize {
        titles[range].iter().map(|t| t.chars().count() + 3).sum()
    };
    // Widen the window around the current section while it fits.
    let (mut from, mut to) = (section, section + 1);
    let room = usize::from(width).saturating_sub(4);
    loop {
        let right = to < titles.len() && span(from..to + 1) <= room;
        if right {
            to += 1;
        }
        let left = from > 0 && span(from - 1..to) <= room;
        if left {
            from -= 1;
        }
        if !right && !left {
            break;
        }
    }
    let mut pieces = vec![(None, if from > 0 { "‹ " } else { "  " }.to_owned())];
    for (i, title) in titles.iter().enumerate().take(to).skip(from) {
        if i > from {
            pieces.push((None, "│".to_owned()));
        }
        pieces.push((Some(i), format!(" {title} ")));
    }
    if to < titles.len() {
        pieces.push((None, " ›".to_owned()));
    }
    pieces
}
