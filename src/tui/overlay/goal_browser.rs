//! Every goal of the catalogue, grouped by theme, with how many services serve it under the
//! current filters. Enter shows a goal's services.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState};

use super::{Kind, Outcome, Overlay, Request, panel, position};
use crate::catalog::Theme as CatalogTheme;
use crate::search::Filters;
use crate::tui::action::{Action, Command};
use crate::tui::cursor::ListCursor;
use crate::tui::keymap::Place;
use crate::tui::layout::centered;
use crate::tui::state::State;
use crate::tui::view::widgets::safe;

/// A line of the goal browser: a theme heading, or a goal (index into the catalogue).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowserRow {
    Theme(CatalogTheme),
    Goal(usize),
}

pub struct GoalBrowser {
    rows: Vec<BrowserRow>,
    /// How many services serve each goal, with the filters as they were when it opened.
    counts: Vec<usize>,
    cursor: ListCursor,
}

impl GoalBrowser {
    pub fn new(state: &State) -> Self {
        let rows = browser_rows(state);
        let filters = Filters {
            goal: None,
            ..state.filters.clone()
        };
        let counts = (0..state.catalog.goals.len())
            .map(|goal| {
                state
                    .searcher
                    .services_of_goal(goal)
                    .iter()
                    .filter(|&&s| {
                        filters.admits(&state.catalog, &state.catalog.services[s as usize])
                    })
                    .count()
            })
            .collect();
        let selected = rows
            .iter()
            .position(|r| matches!(r, BrowserRow::Goal(_)))
            .unwrap_or(0);
        Self {
            rows,
            counts,
            cursor: ListCursor {
                selected,
                offset: 0,
            },
        }
    }

    /// Moves to the next goal row in the direction of `delta`, if there is one.
    fn step(&mut self, delta: isize) {
        let mut next = self.cursor.selected as isize;
        loop {
            next += delta.signum();
            if next < 0 || next >= self.rows.len() as isize {
                return;
            }
            if matches!(self.rows[next as usize], BrowserRow::Goal(_)) {
                self.cursor.selected = next as usize;
                return;
            }
        }
    }

    fn goals(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(r, BrowserRow::Goal(_)))
            .count()
    }

    fn goal_number(&self) -> usize {
        self.rows[..self.cursor.selected]
            .iter()
            .filter(|r| matches!(r, BrowserRow::Goal(_)))
            .count()
    }
}

/// The goals grouped by theme; a goal in two themes is listed under both.
fn browser_rows(state: &State) -> Vec<BrowserRow> {
    let goals = &state.catalog.goals;
    let mut rows = Vec::new();
    for theme in CatalogTheme::ALL {
        rows.push(BrowserRow::Theme(theme));
        rows.extend(
            (0..goals.len())
                .filter(|&i| goals[i].themes.contains(&theme))
                .map(BrowserRow::Goal),
        );
    }
    rows.extend(
        (0..goals.len())
            .filter(|&i| goals[i].themes.is_empty())
            .map(BrowserRow::Goal),
    );
    rows
}

impl Overlay for GoalBrowser {
    fn kind(&self) -> Kind {
        Kind::GoalBrowser
    }

    fn places(&self) -> Vec<Place> {
        vec![Place::GoalBrowser, Place::Everywhere]
    }

    fn event(&mut self, action: &Action, state: &mut State) -> Outcome {
        match action.command() {
            Some(Command::Up) => self.step(-1),
            Some(Command::Down) => self.step(1),
            Some(Command::PageUp) => (0..10).for_each(|_| self.step(-1)),
            Some(Command::PageDown) => (0..10).for_each(|_| self.step(1)),
            Some(Command::First) => {
                self.cursor.selected = 0;
                self.step(1);
                self.step(-1);
            }
            Some(Command::Activate) => {
                if let Some(BrowserRow::Goal(goal)) = self.rows.get(self.cursor.selected) {
                    return Outcome::CloseAnd(Request::OpenGoal(*goal));
                }
            }
            Some(Command::Back) => return Outcome::Close,
            Some(_) => return Outcome::Ignored,
            None => match action {
                Action::ScrollUp { .. } => self.step(-1),
                Action::ScrollDown { .. } => self.step(1),
                // Typing is the search, beneath.
                Action::Insert(_) | Action::Paste(_) => return Outcome::Pass,
                _ => {}
            },
        }
        let height = state.size.height.saturating_sub(6) as usize;
        self.cursor.keep_visible(height.max(1));
        Outcome::Consumed
    }

    fn draw(&self, frame: &mut Frame, area: Rect, state: &State) {
        let s = state.strings();
        let theme = &state.theme;
        let language = state.language.code();
        let items: Vec<ListItem> = self
            .rows
            .iter()
            .map(|row| match *row {
                BrowserRow::Theme(t) => ListItem::new(Line::styled(s.theme(t), theme.accent)),
                BrowserRow::Goal(goal) => ListItem::new(Line::from(vec![
                    Span::raw("  "),
                    safe(state.catalog.goals[goal].name.get(language), theme.text),
                    Span::styled(format!(" {}", self.counts[goal]), theme.muted),
                ])),
            })
            .collect();
        let box_area = centered(area, 70, area.height.saturating_sub(2));
        frame.render_widget(Clear, box_area);
        let title = format!(
            "{} {}",
            s.goal_browser_title,
            position(self.goal_number(), self.goals())
        );
        let list = List::new(items)
            .block(panel(state, &title))
            .highlight_style(theme.selection)
            .highlight_symbol("▶ ");
        let mut list_state = ListState::default()
            .with_selected(Some(self.cursor.selected))
            .with_offset(self.cursor.offset);
        frame.render_stateful_widget(list, box_area, &mut list_state);
    }
}
