//! The main screen's panes: the search field, matching goals, services, details and the plan.
//! Letters typed anywhere here go into the search: a professional who thinks the search has
//! focus never sets off a command by typing.

use ratatui::layout::{Position, Rect};

use super::action::{Action, Command, Pane};
use super::cursor::ListCursor;
use super::layout::list_rows;
use super::state::{MessageKind, State};
use crate::catalog::Service;
use crate::plan::{ChosenService, Edit, Item};
use crate::search::{Filters, GoalHit, Query};

/// How many services the list holds at first (the count above it tells how many matched); more
/// are listed as the selection reaches the end.
pub const SHOWN_RESULTS: usize = 500;

/// A move far enough to reach either end of any list.
const TO_THE_END: isize = isize::MAX / 2;

impl State {
    /// Carries out an action on the main screen.
    pub fn update_main(&mut self, action: Action) {
        match action {
            Action::Insert(c) => {
                // Type to search, wherever the focus is.
                self.focus = Pane::Search;
                if self.query.insert(c) {
                    self.refresh();
                }
            }
            Action::Paste(text) => {
                // One line, never an Enter: a paste cannot add a service.
                self.focus = Pane::Search;
                if self.query.insert_text(&text) {
                    self.refresh();
                }
            }
            Action::Command(command) => self.main_command(command),
            Action::Click { column, row } => self.click(column, row),
            Action::ScrollUp { column, row } => self.scroll_at(column, row, -3),
            Action::ScrollDown { column, row } => self.scroll_at(column, row, 3),
            Action::Resize { .. } => {}
        }
    }

    fn main_command(&mut self, command: Command) {
        if self.focus == Pane::Search
            && let Some(changed) = self.query.apply(command)
        {
            if changed {
                self.refresh();
            }
            return;
        }
        match command {
            Command::Up => self.move_selection(-1),
            Command::Down => self.move_selection(1),
            Command::PageUp => self.move_selection(-(self.page_rows() as isize)),
            Command::PageDown => self.move_selection(self.page_rows() as isize),
            Command::First => self.move_selection(-TO_THE_END),
            Command::Last => self.move_selection(TO_THE_END),
            Command::NextPane => self.cycle_focus(1),
            Command::PrevPane => self.cycle_focus(-1),
            Command::Activate => self.activate(),
            Command::Remove => self.remove_from_plan(),
            Command::Back => self.back(),
            Command::ClearFilters => {
                self.filters = Filters::default();
                self.refresh();
            }
            _ => {}
        }
    }

    /// The search result (an index into the catalogue's services) the details pane shows, when
    /// it shows one rather than a service of the plan.
    pub fn detailed_hit(&self) -> Option<usize> {
        if self.details_from_plan {
            return None;
        }
        let hit = self.results.services.get(self.services_cursor.selected)?;
        Some(hit.index)
    }

    /// The service the details pane shows.
    pub fn detailed_service(&self) -> Option<&Service> {
        if self.details_from_plan {
            let chosen = self.plan().services.get(self.plan_cursor.selected)?;
            self.catalog.service(chosen.service.as_str())
        } else {
            self.selected_service()
        }
    }

    /// Whether service row `i` starts a goal's group (in an empty search, listed goal by
    /// goal), and so is drawn with the goal's name above it.
    pub fn starts_group(&self, i: usize) -> bool {
        let services = &self.results.services;
        services.get(i).is_some_and(|hit| {
            hit.group.is_some() && (i == 0 || services[i - 1].group != hit.group)
        })
    }

    /// The service row shown at screen row `row` of the list (0 = first inside the border).
    fn service_at_row(&self, row: usize) -> Option<usize> {
        let mut line = 0;
        for i in self.services_cursor.offset..self.results.services.len() {
            let height = if self.starts_group(i) { 2 } else { 1 };
            if row < line + height {
                return Some(i);
            }
            line += height;
        }
        None
    }

    pub fn selected_service(&self) -> Option<&Service> {
        let hit = self.results.services.get(self.services_cursor.selected)?;
        self.catalog.services.get(hit.index)
    }

    pub fn selected_goal(&self) -> Option<&GoalHit> {
        self.results.goals.get(self.goals_cursor.selected)
    }

    /// Runs the search, listing at most `limit` services.
    fn run_search(&mut self, limit: usize) {
        let query = Query::new(
            self.query.text(),
            self.filters.clone(),
            self.language.code(),
        );
        self.results = self.searcher.search(&self.catalog, &query, Some(limit));
    }

    /// Lists more of the services that matched, when the selection reaches the end of those
    /// listed: the next `SHOWN_RESULTS`, or `all` of them. The first ones stay where they are.
    fn show_more(&mut self, all: bool) {
        let total = self.results.total;
        if self.results.services.len() >= total {
            return;
        }
        let limit = if all {
            total
        } else {
            self.results.services.len() + SHOWN_RESULTS
        };
        let cursor = self.services_cursor;
        self.run_search(limit);
        self.services_cursor = cursor;
    }

    /// Takes the search typed while the catalogue was loading, and shows its results.
    pub fn type_ahead(&mut self, typed: super::input::TextField) {
        if typed.is_empty() {
            return;
        }
        self.query = typed;
        self.refresh();
    }

    /// Runs the search again after the query or the filters changed.
    pub fn refresh(&mut self) {
        self.run_search(SHOWN_RESULTS);
        self.services_cursor = ListCursor::default();
        self.goals_cursor = ListCursor::default();
        self.details_scroll = 0;
        self.details_from_plan = false;
    }

    fn page_rows(&self) -> usize {
        let areas = self.areas();
        let area = match self.focus {
            Pane::Goals => areas.goals,
            Pane::Plan => areas.plan,
            Pane::Details => areas.details,
            Pane::Search | Pane::Services => areas.services,
        };
        list_rows(area).saturating_sub(1).max(1)
    }

    fn move_selection(&mut self, delta: isize) {
        match self.focus {
            Pane::Search | Pane::Services => {
                self.services_cursor
                    .move_by(delta, self.results.services.len());
                // At the end of the list: more of the matches, or all of them for "last".
                if delta > 0 && self.services_cursor.selected + 1 >= self.results.services.len() {
                    let to_the_last = delta == TO_THE_END;
                    self.show_more(to_the_last);
                    if to_the_last {
                        self.services_cursor.last(self.results.services.len());
                    }
                }
                self.details_scroll = 0;
                self.details_from_plan = false;
            }
            Pane::Goals => self.goals_cursor.move_by(delta, self.results.goals.len()),
            Pane::Plan => {
                let len = self.plan().services.len();
                self.plan_cursor.move_by(delta, len);
                self.details_scroll = 0;
                self.details_from_plan = true;
            }
            Pane::Details => {
                let scroll = (self.details_scroll as isize)
                    .saturating_add(delta)
                    .clamp(0, u16::MAX as isize);
                self.details_scroll = scroll as u16;
            }
        }
    }

    fn cycle_focus(&mut self, step: isize) {
        let order = Pane::ORDER;
        let at = order.iter().position(|p| *p == self.focus).unwrap_or(0) as isize;
        let next = (at + step).rem_euclid(order.len() as isize) as usize;
        self.focus = order[next];
        match self.focus {
            Pane::Plan => self.details_from_plan = !self.plan().services.is_empty(),
            Pane::Services | Pane::Search => self.details_from_plan = false,
            _ => {}
        }
    }

    fn activate(&mut self) {
        match self.focus {
            Pane::Search | Pane::Services => self.add_selected_to_plan(),
            Pane::Goals => {
                if let Some(goal) = self.selected_goal().map(|g| g.index) {
                    self.open_goal(goal);
                }
            }
            Pane::Plan => {
                self.details_from_plan = true;
                self.focus = Pane::Details;
            }
            Pane::Details => {}
        }
    }

    fn add_selected_to_plan(&mut self) {
        let Some(service) = self.selected_service() else {
            return;
        };
        let name = service.name.get(self.language.code()).to_owned();
        let chosen = ChosenService::from_catalog(service);
        let s = self.strings();
        if self.plan().contains(&chosen.service) {
            self.say(MessageKind::Info, format!("{} {name}", s.already_in_plan));
            return;
        }
        // Adding a service cannot fail: it is not typed text.
        let _ = self.edit(Edit::AddService(chosen));
        let len = self.plan().services.len();
        self.plan_cursor.last(len);
        self.say(MessageKind::Success, format!("{} {name}", s.added_to_plan));
    }

    fn remove_from_plan(&mut self) {
        let i = self.plan_cursor.selected;
        let Some(name) = self
            .plan()
            .services
            .get(i)
            .map(|c| c.name.get(self.language.code()).to_owned())
        else {
            return;
        };
        let _ = self.edit(Edit::Remove(Item::Service(i)));
        let len = self.plan().services.len();
        self.plan_cursor.clamp(len);
        self.say_removed(&name);
    }

    /// Shows every service of a goal: the goal becomes a filter and the search is cleared.
    pub fn open_goal(&mut self, goal: usize) {
        let Some(id) = self.catalog.goals.get(goal).map(|g| g.id.clone()) else {
            return;
        };
        self.filters.goal = Some(id);
        self.query.clear();
        self.refresh();
        self.focus = Pane::Services;
    }

    fn back(&mut self) {
        if self.filters.goal.is_some() {
            self.filters.goal = None;
            self.refresh();
        } else if !self.query.is_empty() {
            self.query.clear();
            self.refresh();
            self.focus = Pane::Search;
        } else {
            self.focus = Pane::Search;
        }
        self.message = None;
    }

    pub fn keep_cursors_visible(&mut self) {
        let areas = self.areas();
        let plan_len = self.plan().services.len();
        self.services_cursor.clamp(self.results.services.len());
        self.goals_cursor.clamp(self.results.goals.len());
        self.plan_cursor.clamp(plan_len);
        self.services_cursor.keep_visible(list_rows(areas.services));
        self.goals_cursor.keep_visible(list_rows(areas.goals));
        self.plan_cursor.keep_visible(list_rows(areas.plan));
    }

    /// The pane under a screen position.
    fn pane_at(&self, column: u16, row: u16) -> Option<(Pane, Rect)> {
        let areas = self.areas();
        let at = Position::new(column, row);
        [
            (Pane::Search, areas.search),
            (Pane::Goals, areas.goals),
            (Pane::Services, areas.services),
            (Pane::Details, areas.details),
            (Pane::Plan, areas.plan),
        ]
        .into_iter()
        .find(|(_, area)| area.contains(at))
    }

    fn click(&mut self, column: u16, row: u16) {
        let Some((pane, area)) = self.pane_at(column, row) else {
            return;
        };
        self.focus = pane;
        // Rows inside the border.
        let Some(inner_row) = row.checked_sub(area.y + 1).map(usize::from) else {
            return;
        };
        let plan_len = self.plan().services.len();
        match pane {
            Pane::Goals => self.goals_cursor.click(inner_row, self.results.goals.len()),
            Pane::Services => {
                if let Some(i) = self.service_at_row(inner_row) {
                    self.services_cursor.selected = i;
                }
                self.details_from_plan = false;
                self.details_scroll = 0;
            }
            Pane::Plan => {
                self.plan_cursor.click(inner_row, plan_len);
                self.details_from_plan = plan_len > 0;
                self.details_scroll = 0;
            }
            Pane::Search | Pane::Details => {}
        }
    }

    fn scroll_at(&mut self, column: u16, row: u16, delta: isize) {
        if let Some((pane, _)) = self.pane_at(column, row) {
            let focus = self.focus;
            self.focus = if pane == Pane::Search {
                Pane::Services
            } else {
                pane
            };
            self.move_selection(delta);
            self.focus = if focus == Pane::Search && pane == Pane::Services {
                focus
            } else {
                self.focus
            };
        }
    }
}
