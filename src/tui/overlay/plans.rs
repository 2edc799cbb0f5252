//! The plans in the plans folder, the most recently saved first: whose plan, when it was made
//! and last saved, and the next meeting. Typing filters the list; Enter opens the plan (asking
//! first when the one on screen has unsaved changes).

use std::path::PathBuf;
use std::time::SystemTime;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph};

use super::{Kind, Outcome, Overlay, Pending, Request, panel, position};
use crate::i18n::Language;
use crate::plan::dates::show_optional;
use crate::plan::open_plan;
use crate::text::display_safe;
use crate::tui::action::{Action, Command};
use crate::tui::cursor::ListCursor;
use crate::tui::input::TextField;
use crate::tui::keymap::Place;
use crate::tui::layout::centered;
use crate::tui::state::State;

/// A plan file as the list shows it.
struct Entry {
    path: PathBuf,
    /// The client's name, or the file's name when the plan has none (or cannot be read).
    client: String,
    made: String,
    saved: String,
    next: String,
    modified: SystemTime,
}

pub struct PlanList {
    folder: PathBuf,
    entries: Vec<Entry>,
    filter: TextField,
    cursor: ListCursor,
}

fn read_entries(folder: &PathBuf, language: Language) -> Vec<Entry> {
    let Ok(dir) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut entries: Vec<Entry> = dir
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let modified = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            let plan = open_plan(&path).ok();
            let client = plan
                .as_ref()
                .map(|p| p.client.trim().to_owned())
                .filter(|c| !c.is_empty())
                .unwrap_or(name);
            let date = |f: fn(&crate::plan::Plan) -> Option<crate::date::Date>| {
                plan.as_ref()
                    .map(|p| show_optional(f(p), language))
                    .unwrap_or_default()
            };
            Entry {
                client,
                made: date(|p| p.made),
                saved: date(|p| p.changed),
                next: date(|p| p.next_meeting),
                path,
                modified,
            }
        })
        .collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.modified));
    entries
}

impl PlanList {
    pub fn new(state: &State) -> Self {
        let folder = state
            .files
            .plans_dir
            .clone()
            .unwrap_or_else(|| PathBuf::from("."));
        Self {
            entries: read_entries(&folder, state.language),
            folder,
            filter: TextField::default(),
            cursor: ListCursor::default(),
        }
    }

    /// The entries the filter lets through, by index.
    fn shown(&self) -> Vec<usize> {
        let words: Vec<String> = self
            .filter
            .text()
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        (0..self.entries.len())
            .filter(|&i| {
                let e = &self.entries[i];
                let haystack = format!(
                    "{} {} {} {} {}",
                    e.client,
                    e.made,
                    e.saved,
                    e.next,
                    e.path.display()
                )
                .to_lowercase();
                words.iter().all(|w| haystack.contains(w.as_str()))
            })
            .collect()
    }
}

impl Overlay for PlanList {
    fn kind(&self) -> Kind {
        Kind::Plans
    }

    fn places(&self) -> Vec<Place> {
        vec![Place::Text, Place::Plans, Place::Everywhere]
    }

    fn event(&mut self, action: &Action, state: &mut State) -> Outcome {
        let shown = self.shown();
        match action {
            Action::Insert(c) if self.filter.insert(*c) => self.cursor = ListCursor::default(),
            Action::Paste(text) => {
                self.filter.insert_text(text);
                self.cursor = ListCursor::default();
            }
            Action::Command(command) => match command {
                Command::Up => self.cursor.move_by(-1, shown.len()),
                Command::Down => self.cursor.move_by(1, shown.len()),
                Command::PageUp => self.cursor.move_by(-10, shown.len()),
                Command::PageDown => self.cursor.move_by(10, shown.len()),
                Command::Activate => {
                    if let Some(&i) = shown.get(self.cursor.selected) {
                        let path = self.entries[i].path.clone();
                        return Outcome::CloseAnd(Request::Proceed(Pending::Open(path)));
                    }
                }
                Command::Back => return Outcome::Close,
                // Opening again while the list is open reads the folder anew.
                Command::OpenPlan => *self = PlanList::new(state),
                other => match self.filter.apply(*other) {
                    Some(changed) => {
                        if changed {
                            self.cursor = ListCursor::default();
                        }
                    }
                    None => return Outcome::Ignored,
                },
            },
            _ => {}
        }
        let rows = state.size.height.saturating_sub(9) as usize;
        self.cursor.keep_visible(rows.max(1));
        Outcome::Consumed
    }

    fn draw(&self, frame: &mut Frame, area: Rect, state: &State) {
        let m = state.strings().meeting;
        let theme = &state.theme;
        let shown = self.shown();
        let box_area = centered(area, 96, area.height.saturating_sub(2));
        frame.render_widget(Clear, box_area);
        let title = format!(
            "{} · {} {}",
            m.plans_title,
            display_safe(&self.folder.display().to_string()),
            position(self.cursor.selected, shown.len())
        );
        let block = panel(state, &title);
        let inner = block.inner(box_area);
        frame.render_widget(block, box_area);
        let [filter_area, header_area, list_area] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(0),
        ])
        .areas(inner);
        let typed = display_safe(self.filter.text());
        let filter_line = if typed.is_empty() {
            Line::from(vec![
                Span::styled("› ", theme.accent),
                Span::styled(m.plans_filter, theme.muted),
            ])
        } else {
            Line::from(vec![
                Span::styled("› ", theme.accent),
                Span::styled(typed.clone(), theme.text),
            ])
        };
        frame.render_widget(Paragraph::new(filter_line), filter_area);
        let column =
            2 + Line::raw(typed.chars().take(self.filter.cursor()).collect::<String>()).width();
        if (column as u16) < filter_area.width {
            frame.set_cursor_position(Position::new(filter_area.x + column as u16, filter_area.y));
        }
        // The dates' columns as wide as their titles or a date; the client's name takes the rest.
        let date_width = |title: &str| title.chars().count().max(11);
        let (made_w, saved_w, next_w) = (
            date_width(m.col_made),
            date_width(m.col_saved),
            date_width(m.col_next),
        );
        let client_width = (inner.width as usize)
            .saturating_sub(2 + made_w + saved_w + next_w + 3)
            .max(10);
        let row = |a: &str, b: &str, c: &str, d: &str| {
            let a: String = display_safe(a).chars().take(client_width).collect();
            format!("{a:<client_width$} {b:<made_w$} {c:<saved_w$} {d}")
        };
        frame.render_widget(
            Paragraph::new(Line::styled(
                format!(
                    "  {}",
                    row(m.col_client, m.col_made, m.col_saved, m.col_next)
                ),
                theme.muted,
            )),
            header_area,
        );
        if self.entries.is_empty() {
            let text = format!("{} {}", m.plans_empty, self.folder.display());
            frame.render_widget(
                Paragraph::new(Line::styled(display_safe(&text), theme.muted)),
                list_area,
            );
            return;
        }
        let items: Vec<ListItem> = shown
            .iter()
            .map(|&i| {
                let e = &self.entries[i];
                ListItem::new(Line::styled(
                    row(&e.client, &e.made, &e.saved, &e.next),
                    theme.text,
                ))
            })
            .collect();
        let list = List::new(items)
            .highlight_style(theme.selection)
            .highlight_symbol("▶ ");
        let mut list_state = ListState::default()
            .with_selected((!shown.is_empty()).then_some(self.cursor.selected))
            .with_offset(self.cursor.offset);
        frame.render_stateful_widget(list, list_area, &mut list_state);
    }
}
