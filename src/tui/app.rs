//! The meeting screen's state and `update`, which carries out actions. Knows nothing of how
//! things are drawn; the view reads this state.

use std::path::{Path, PathBuf};
use std::time::Instant;

use ratatui::layout::{Position, Rect};

use super::action::{Action, Pane};
use super::cursor::ListCursor;
use super::files::{PlanFiles, describe_save_error};
use super::input::TextField;
use super::keymap::{Context, Keymap};
use super::layout::{Areas, list_rows, main_areas};
use super::plan_form::{self, Activation, FieldId, Row, Section};
use crate::catalog::{
    Catalog, Format, Intensity, LoadReport, Service, SkippedFile, Theme as CatalogTheme,
};
use crate::date::Date;
use crate::i18n::{Language, Strings};
use crate::plan::{Plan, RecoverySnapshot};
use crate::search::{Filters, GoalHit, Query, SearchResults, Searcher};
use crate::theme::Theme;

/// How many services the list holds at first (the count above it tells how many matched); more
/// are listed as the selection reaches the end.
pub const SHOWN_RESULTS: usize = 500;

/// A move far enough to reach either end of any list.
const TO_THE_END: isize = isize::MAX / 2;

/// Something on top of the main screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Filters {
        row: usize,
    },
    GoalBrowser {
        cursor: ListCursor,
    },
    ConfirmQuit,
    PlanEditor(PlanEditor),
    /// Problems found at start (settings, keys, theme, catalogue), each with its place.
    Notice {
        lines: Vec<String>,
    },
    /// The name to save a new plan as.
    SaveAs {
        field: TextField,
    },
    /// An unsaved plan from last time, offered back.
    ConfirmRestore {
        snapshot: Box<RecoverySnapshot>,
        file: PathBuf,
    },
}

/// The plan editor's place: which section, which row, and the field being typed in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanEditor {
    pub section: usize,
    pub cursor: ListCursor,
    /// The row's text while it is typed in; `None` when moving between rows.
    pub editing: Option<TextField>,
}

/// A line of the goal browser: a theme heading, or a goal (index into the catalogue).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowserRow {
    Theme(CatalogTheme),
    Goal(usize),
}

/// The rows of the filter panel, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterRow {
    Format(Format),
    Language,
    Area,
    Theme,
    Intensity,
    Free,
    ClearAll,
}

pub const FILTER_ROWS: [FilterRow; 9] = [
    FilterRow::Format(Format::Individual),
    FilterRow::Format(Format::Group),
    FilterRow::Format(Format::Remote),
    FilterRow::Language,
    FilterRow::Area,
    FilterRow::Theme,
    FilterRow::Intensity,
    FilterRow::Free,
    FilterRow::ClearAll,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Success,
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub kind: MessageKind,
    pub text: String,
}

pub struct App {
    pub catalog: Catalog,
    /// What the header calls the catalogue.
    pub catalog_label: String,
    pub skipped: Vec<SkippedFile>,
    searcher: Searcher,
    pub language: Language,
    pub theme: Theme,
    pub keymap: Keymap,
    pub query: TextField,
    pub filters: Filters,
    pub results: SearchResults,
    pub focus: Pane,
    pub goals_cursor: ListCursor,
    pub services_cursor: ListCursor,
    pub plan_cursor: ListCursor,
    pub details_scroll: u16,
    /// Which list the details pane describes: the services or the plan.
    pub details_from_plan: bool,
    pub overlay: Option<Overlay>,
    /// Overlays waiting beneath the top one.
    below: Vec<Overlay>,
    pub client_view: bool,
    /// How far the client view is scrolled.
    pub client_scroll: u16,
    pub plan: Plan,
    pub files: PlanFiles,
    pub dirty: bool,
    /// Set by every change to the plan; the event loop clears it when it writes a recovery copy.
    pub edited: bool,
    /// Today, for new follow-ups and consents (given, so that tests are repeatable).
    pub today: Date,
    pub message: Option<Message>,
    pub size: Rect,
    pub quit: bool,
}

impl App {
    /// A meeting screen over a loaded catalogue.
    pub fn new(report: LoadReport, fallback_label: &str, language: Language, theme: Theme) -> Self {
        let LoadReport {
            catalog, skipped, ..
        } = report;
        let catalog_label = catalog
            .name
            .as_ref()
            .map(|n| n.get(language.code()).to_owned())
            .unwrap_or_else(|| fallback_label.to_owned());
        let searcher = Searcher::new(&catalog);
        let mut app = Self {
            catalog,
            catalog_label,
            skipped,
            searcher,
            language,
            theme,
            keymap: Keymap::default(),
            query: TextField::default(),
            filters: Filters::default(),
            results: SearchResults::default(),
            focus: Pane::Search,
            goals_cursor: ListCursor::default(),
            services_cursor: ListCursor::default(),
            plan_cursor: ListCursor::default(),
            details_scroll: 0,
            details_from_plan: false,
            overlay: None,
            below: Vec::new(),
            client_view: false,
            client_scroll: 0,
            plan: Plan::default(),
            files: PlanFiles::default(),
            dirty: false,
            edited: false,
            today: Date::from(jiff::civil::date(2026, 1, 1)),
            message: None,
            size: Rect::new(0, 0, 100, 30),
            quit: false,
        };
        app.refresh();
        app
    }

    pub fn searcher_matcher(&self) -> &dyn crate::search::FuzzyMatcher {
        self.searcher.matcher()
    }

    /// Shows problems found at start until the user has read them.
    pub fn notify(&mut self, problems: Vec<String>) {
        if let Some(first) = problems.first() {
            self.message = Some(Message {
                kind: MessageKind::Warning,
                text: first.clone(),
            });
            self.overlay = Some(Overlay::Notice { lines: problems });
        }
    }

    pub fn strings(&self) -> &'static Strings {
        self.language.strings()
    }

    /// Where keys go now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Help { .. }) => Context::Help,
            Some(Overlay::Filters { .. }) => Context::Filters,
            Some(Overlay::GoalBrowser { .. }) => Context::GoalBrowser,
            Some(Overlay::ConfirmQuit) => Context::ConfirmQuit,
            Some(Overlay::PlanEditor(editor)) if editor.editing.is_some() => Context::PlanField,
            Some(Overlay::PlanEditor(_)) => Context::PlanEditor,
            Some(Overlay::Notice { .. }) => Context::Notice,
            Some(Overlay::SaveAs { .. }) => Context::SaveAs,
            Some(Overlay::ConfirmRestore { .. }) => Context::ConfirmRestore,
            None if self.client_view => Context::ClientView,
            None => Context::Main(self.focus),
        }
    }

    pub fn areas(&self) -> Areas {
        main_areas(self.size)
    }

    /// The service the details pane shows.
    pub fn detailed_service(&self) -> Option<&Service> {
        if self.details_from_plan {
            let chosen = self.plan.services.get(self.plan_cursor.selected)?;
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

    pub fn selected_goal(&self) -> Option<&GoalHit> {
        self.results.goals.get(self.goals_cursor.selected)
    }

    /// Takes the search typed while the catalogue was loading, and shows its results.
    pub fn type_ahead(&mut self, typed: TextField) {
        if typed.is_empty() {
            return;
        }
        self.query = typed;
        self.refresh();
    }

    /// Runs the search again after the query or the filters changed.
    fn refresh(&mut self) {
        self.run_search(SHOWN_RESULTS);
        self.services_cursor = ListCursor::default();
        self.goals_cursor = ListCursor::default();
        self.details_scroll = 0;
        self.details_from_plan = false;
    }

    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
        if let Action::Resize { width, height } = action {
            self.size = Rect::new(0, 0, width, height);
            self.keep_cursors_visible();
            return;
        }
        match self.overlay.clone() {
            Some(Overlay::ConfirmQuit) => self.update_confirm_quit(action),
            Some(Overlay::Help { scroll }) => self.update_help(action, scroll),
            Some(Overlay::Filters { row }) => self.update_filters(action, row),
            Some(Overlay::GoalBrowser { cursor }) => self.update_goal_browser(action, cursor),
            Some(Overlay::PlanEditor(editor)) => self.update_plan_editor(action, editor),
            Some(Overlay::SaveAs { field }) => self.update_save_as(action, field),
            Some(Overlay::ConfirmRestore { snapshot, file }) => {
                self.update_restore(action, *snapshot, file)
            }
            Some(Overlay::Notice { .. }) => {
                if matches!(action, Action::Back | Action::Activate) {
                    self.overlay = None;
                } else {
                    self.update_global(&action);
                }
            }
            None if self.client_view => self.update_client_view(action),
            None => self.update_main(action),
        }
        self.keep_cursors_visible();
    }

    fn update_global(&mut self, action: &Action) -> bool {
        match action {
            Action::Help => self.open_over(Overlay::Help { scroll: 0 }),
            Action::Quit => self.ask_to_quit(),
            Action::Save => self.save(),
            Action::Export => self.export(),
            Action::ToggleClientView => {
                self.overlay = None;
                self.below.clear();
                self.client_view = !self.client_view;
            }
            Action::OpenPlanEditor => {
                self.client_view = false;
                self.overlay = Some(Overlay::PlanEditor(PlanEditor::default()));
                self.select_first_row_of_section();
            }
            _ => return false,
        }
        true
    }

    /// Opens `overlay` on top of the current one, which comes back when it closes: help or a
    /// question asked from the plan editor must not throw the editor away.
    fn open_over(&mut self, overlay: Overlay) {
        if let Some(current) = self.overlay.take() {
            self.below.push(current);
        }
        self.overlay = Some(overlay);
    }

    /// Closes the top overlay, showing the one beneath, if any.
    fn close_overlay(&mut self) {
        self.overlay = self.below.pop();
    }

    fn ask_to_quit(&mut self) {
        if self.dirty {
            self.open_over(Overlay::ConfirmQuit);
        } else {
            self.quit = true;
        }
    }

    /// Ctrl-S: saves over the plan's file, or asks for a name the first time.
    fn save(&mut self) {
        match self.files.path.clone() {
            Some(path) => {
                self.save_to(&path, false);
            }
            None => {
                let suggested = self.files.suggested_path(&self.plan.client, self.today);
                let field = TextField::with_text(&suggested.display().to_string());
                self.open_over(Overlay::SaveAs { field });
            }
        }
    }

    /// Saves the plan to `path`; says whether it worked. A failure leaves everything in memory
    /// and says why on screen.
    fn save_to(&mut self, path: &Path, new_file: bool) -> bool {
        let mut plan = self.plan.clone();
        plan.changed = Some(self.today);
        let result = if new_file {
            self.files.save_as(&plan, path)
        } else {
            self.files.save(&plan, path)
        };
        let s = self.strings();
        match result {
            Ok(()) => {
                self.plan = plan;
                self.dirty = false;
                self.edited = false;
                self.files.autosave = Default::default();
                let previous = self.files.path.replace(path.to_path_buf());
                self.files.discard_recovery(previous.as_deref());
                self.message = Some(Message {
                    kind: MessageKind::Success,
                    text: format!("{} {}", s.saved_to, path.display()),
                });
                true
            }
            Err(error) => {
                self.message = Some(Message {
                    kind: MessageKind::Error,
                    text: format!("{} {}", s.save_failed, describe_save_error(&error, s)),
                });
                false
            }
        }
    }

    fn update_save_as(&mut self, action: Action, mut field: TextField) {
        match action {
            Action::Activate => {
                let path = PathBuf::from(field.text().trim());
                if self.save_to(&path, true) {
                    self.close_overlay();
                } else {
                    // Keep the name on screen to be changed.
                    self.overlay = Some(Overlay::SaveAs { field });
                }
                return;
            }
            Action::Back => {
                self.close_overlay();
                return;
            }
            other => {
                field.apply(&other);
            }
        }
        self.overlay = Some(Overlay::SaveAs { field });
    }

    /// Offers back a plan left unsaved last time.
    pub fn offer_restore(&mut self, snapshot: RecoverySnapshot, file: PathBuf) {
        self.overlay = Some(Overlay::ConfirmRestore {
            snapshot: Box::new(snapshot),
            file,
        });
    }

    fn update_restore(&mut self, action: Action, snapshot: RecoverySnapshot, file: PathBuf) {
        match action {
            Action::ConfirmQuit => {
                self.plan = snapshot.plan;
                self.files.path = snapshot.plan_path;
                self.dirty = true;
                self.plan_changed();
                self.overlay = None;
                // A new plan's copy was named by the window that wrote it: this window writes
                // its own at once, and only then lets the old one go.
                if self.files.write_recovery(self.plan.clone()).is_ok()
                    && let Some(store) = &self.files.recovery
                    && store.file_for(self.files.path.as_deref()) != file
                {
                    let _ = store.discard_file(&file);
                }
                self.message = Some(Message {
                    kind: MessageKind::Success,
                    text: self.strings().restored.to_owned(),
                });
            }
            Action::Back => {
                if let Some(store) = &self.files.recovery {
                    // Declined: the copy goes. If it cannot be removed it is offered again.
                    let _ = store.discard_file(&file);
                }
                self.overlay = None;
            }
            _ => {
                self.overlay = Some(Overlay::ConfirmRestore {
                    snapshot: Box::new(snapshot),
                    file,
                })
            }
        }
    }

    /// Ctrl-E: the client's copy as Markdown, in the plan's language.
    fn export(&mut self) {
        let language = Language::from_code(&self.plan.language).unwrap_or(self.language);
        let s = self.strings();
        self.message = Some(match self.files.export(&self.plan, language, self.today) {
            Ok(path) => Message {
                kind: MessageKind::Success,
                text: format!("{} {}", s.exported_to, path.display()),
            },
            Err(error) => Message {
                kind: MessageKind::Error,
                text: format!("{} {}", s.export_failed, describe_save_error(&error, s)),
            },
        });
    }

    /// The plan with its unsaved changes, including a field being typed in; `None` when
    /// everything is saved.
    pub fn unsaved_plan(&self) -> Option<Plan> {
        let typing =
            matches!(&self.overlay, Some(Overlay::PlanEditor(editor)) if editor.editing.is_some());
        (self.dirty || typing).then(|| self.plan_with_field_being_typed())
    }

    /// The plan as it would be if the field being typed in were finished now.
    fn plan_with_field_being_typed(&self) -> Plan {
        let mut plan = self.plan.clone();
        if let Some(Overlay::PlanEditor(editor)) = &self.overlay
            && let Some(field) = &editor.editing
            && let Some(id) = self
                .editor_rows()
                .get(editor.cursor.selected)
                .and_then(|r| r.id)
        {
            // A date typed halfway is not a date yet; the rest of the plan is kept all the same.
            let _ = plan_form::set_text(&mut plan, id, field.text(), self.strings());
        }
        plan
    }

    /// Called by the event loop now and then: writes the recovery copy when it is due, or at
    /// once when `at_once` (the terminal is going away).
    pub fn tick(&mut self, now: Instant, at_once: bool) {
        if self.edited {
            self.files.edited(now);
            self.edited = false;
        }
        // Most ticks find nothing due: the plan is copied only when a copy is written.
        if !self.files.recovery_due(now, at_once) {
            return;
        }
        let plan = self.plan_with_field_being_typed();
        if let Err(error) = self.files.write_recovery(plan) {
            let s = self.strings();
            let text = format!("{} {}", s.recovery_failed, describe_save_error(&error, s));
            self.message = Some(Message {
                kind: MessageKind::Error,
                text,
            });
        }
    }

    fn update_confirm_quit(&mut self, action: Action) {
        match action {
            Action::ConfirmQuit => {
                // The user chose to leave the changes: no copy is kept to be offered back.
                self.files.discard_recovery(None);
                self.files.autosave = Default::default();
                self.edited = false;
                self.quit = true;
            }
            Action::Back => self.close_overlay(),
            Action::Save => {
                self.close_overlay();
                self.save();
            }
            _ => {}
        }
    }

    fn update_help(&mut self, action: Action, scroll: u16) {
        let scroll = match action {
            Action::Up => scroll.saturating_sub(1),
            Action::Down => scroll.saturating_add(1),
            Action::PageUp => scroll.saturating_sub(10),
            Action::PageDown => scroll.saturating_add(10),
            Action::Back | Action::Help => {
                self.close_overlay();
                return;
            }
            other => {
                self.update_global(&other);
                return;
            }
        };
        self.overlay = Some(Overlay::Help { scroll });
    }

    fn update_client_view(&mut self, action: Action) {
        match action {
            Action::Back => self.client_view = false,
            Action::Up => self.client_scroll = self.client_scroll.saturating_sub(1),
            Action::Down => self.client_scroll = self.client_scroll.saturating_add(1),
            Action::PageUp => self.client_scroll = self.client_scroll.saturating_sub(10),
            Action::PageDown => self.client_scroll = self.client_scroll.saturating_add(10),
            Action::First => self.client_scroll = 0,
            other => {
                self.update_global(&other);
            }
        }
    }

    fn update_main(&mut self, action: Action) {
        if self.update_global(&action) {
            return;
        }
        if let Some(changed) = self.query.apply(&action) {
            if changed {
                self.refresh();
            }
            return;
        }
        match action {
            Action::Up => self.move_selection(-1),
            Action::Down => self.move_selection(1),
            Action::PageUp => self.move_selection(-(self.page_rows() as isize)),
            Action::PageDown => self.move_selection(self.page_rows() as isize),
            Action::First => self.move_selection(-TO_THE_END),
            Action::Last => self.move_selection(TO_THE_END),
            Action::NextPane => self.cycle_focus(1),
            Action::PrevPane => self.cycle_focus(-1),
            Action::FocusSearch => self.focus = Pane::Search,
            Action::Activate => self.activate(),
            Action::Remove => self.remove_from_plan(),
            Action::Back => self.back(),
            Action::OpenFilters => self.overlay = Some(Overlay::Filters { row: 0 }),
            Action::ClearFilters => {
                self.filters = Filters::default();
                self.refresh();
            }
            Action::OpenGoalBrowser => {
                self.overlay = Some(Overlay::GoalBrowser {
                    cursor: first_goal_row(&self.browser_rows()),
                })
            }
            Action::Click { column, row } => self.click(column, row),
            Action::ScrollUp { column, row } => self.scroll_at(column, row, -3),
            Action::ScrollDown { column, row } => self.scroll_at(column, row, 3),
            _ => {}
        }
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
                self.plan_cursor.move_by(delta, self.plan.services.len());
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
            Pane::Plan => self.details_from_plan = !self.plan.services.is_empty(),
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
        let service = service.clone();
        let s = self.strings();
        let (kind, text) = if self.plan.add(&service) {
            self.plan_changed();
            self.plan_cursor.last(self.plan.services.len());
            (MessageKind::Success, format!("{} {name}", s.added_to_plan))
        } else {
            (MessageKind::Info, format!("{} {name}", s.already_in_plan))
        };
        self.message = Some(Message { kind, text });
    }

    fn remove_from_plan(&mut self) {
        if let Some(removed) = self.plan.remove(self.plan_cursor.selected) {
            self.plan_changed();
            self.plan_cursor.clamp(self.plan.services.len());
            let text = format!(
                "{} {}",
                self.strings().removed_from_plan,
                removed.name.get(self.language.code())
            );
            self.message = Some(Message {
                kind: MessageKind::Info,
                text,
            });
        }
    }

    /// Shows every service of a goal: the goal becomes a filter and the search is cleared.
    fn open_goal(&mut self, goal: usize) {
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

    fn keep_cursors_visible(&mut self) {
        let areas = self.areas();
        self.services_cursor.clamp(self.results.services.len());
        self.goals_cursor.clamp(self.results.goals.len());
        self.plan_cursor.clamp(self.plan.services.len());
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
                self.plan_cursor.click(inner_row, self.plan.services.len());
                self.details_from_plan = !self.plan.services.is_empty();
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

    // The filter panel.

    fn update_filters(&mut self, action: Action, row: usize) {
        let rows = FILTER_ROWS.len();
        match action {
            Action::FilterNext | Action::Down => {
                self.overlay = Some(Overlay::Filters {
                    row: (row + 1) % rows,
                })
            }
            Action::FilterPrev | Action::Up => {
                self.overlay = Some(Overlay::Filters {
                    row: (row + rows - 1) % rows,
                })
            }
            Action::FilterToggle => {
                self.change_filter(FILTER_ROWS[row]);
                self.refresh();
            }
            Action::FilterClear => {
                self.clear_filter(FILTER_ROWS[row]);
                self.refresh();
            }
            Action::Back => self.overlay = None,
            other => {
                self.update_global(&other);
            }
        }
    }

    fn change_filter(&mut self, row: FilterRow) {
        let f = &mut self.filters;
        match row {
            FilterRow::Format(format) => {
                if !f.formats.remove(&format) {
                    f.formats.insert(format);
                }
            }
            FilterRow::Language => {
                let options = self.catalog.service_languages();
                self.filters.language = next_option(options, self.filters.language.as_ref());
            }
            FilterRow::Area => {
                let options = self.catalog.areas();
                self.filters.area = next_option(options, self.filters.area.as_ref());
            }
            FilterRow::Theme => {
                f.theme = next_option(&CatalogTheme::ALL, f.theme.as_ref());
            }
            FilterRow::Intensity => {
                f.intensity = next_option(
                    &[Intensity::Light, Intensity::Intensive],
                    f.intensity.as_ref(),
                );
            }
            FilterRow::Free => f.free_only = !f.free_only,
            FilterRow::ClearAll => {
                *f = Filters {
                    goal: f.goal.clone(),
                    ..Filters::default()
                }
            }
        }
    }

    fn clear_filter(&mut self, row: FilterRow) {
        let f = &mut self.filters;
        match row {
            FilterRow::Format(format) => {
                f.formats.remove(&format);
            }
            FilterRow::Language => f.language = None,
            FilterRow::Area => f.area = None,
            FilterRow::Theme => f.theme = None,
            FilterRow::Intensity => f.intensity = None,
            FilterRow::Free => f.free_only = false,
            FilterRow::ClearAll => {
                *f = Filters {
                    goal: f.goal.clone(),
                    ..Filters::default()
                }
            }
        }
    }

    // The goal browser.

    /// The goals grouped by theme; a goal in two themes is listed under both.
    pub fn browser_rows(&self) -> Vec<BrowserRow> {
        let mut rows = Vec::new();
        for theme in CatalogTheme::ALL {
            rows.push(BrowserRow::Theme(theme));
            for (i, goal) in self.catalog.goals.iter().enumerate() {
                if goal.themes.contains(&theme) {
                    rows.push(BrowserRow::Goal(i));
                }
            }
        }
        let unthemed: Vec<usize> = (0..self.catalog.goals.len())
            .filter(|&i| self.catalog.goals[i].themes.is_empty())
            .collect();
        rows.extend(unthemed.into_iter().map(BrowserRow::Goal));
        rows
    }

    /// How many services serve goal `goal` (with the current filters, but not the search).
    pub fn goal_service_count(&self, goal: usize) -> usize {
        let filters = Filters {
            goal: None,
            ..self.filters.clone()
        };
        self.searcher
            .services_of_goal(goal)
            .iter()
            .filter(|&&s| filters.admits(&self.catalog, &self.catalog.services[s as usize]))
            .count()
    }

    fn update_goal_browser(&mut self, action: Action, mut cursor: ListCursor) {
        let rows = self.browser_rows();
        let step = |cursor: &mut ListCursor, delta: isize| {
            let mut next = cursor.selected as isize;
            loop {
                next += delta.signum();
                if next < 0 || next >= rows.len() as isize {
                    return;
                }
                if matches!(rows[next as usize], BrowserRow::Goal(_)) {
                    cursor.selected = next as usize;
                    return;
                }
            }
        };
        match action {
            Action::Up => step(&mut cursor, -1),
            Action::Down => step(&mut cursor, 1),
            Action::PageUp => (0..10).for_each(|_| step(&mut cursor, -1)),
            Action::PageDown => (0..10).for_each(|_| step(&mut cursor, 1)),
            Action::First => cursor = first_goal_row(&rows),
            Action::Activate => {
                if let Some(BrowserRow::Goal(goal)) = rows.get(cursor.selected) {
                    self.overlay = None;
                    self.open_goal(*goal);
                }
                return;
            }
            Action::Back => {
                self.overlay = None;
                return;
            }
            other => {
                if self.update_global(&other) {
                    return;
                }
            }
        }
        let height = self.size.height.saturating_sub(6) as usize;
        cursor.keep_visible(height.max(1));
        self.overlay = Some(Overlay::GoalBrowser { cursor });
    }
}

fn first_goal_row(rows: &[BrowserRow]) -> ListCursor {
    let selected = rows
        .iter()
        .position(|r| matches!(r, BrowserRow::Goal(_)))
        .unwrap_or(0);
    ListCursor {
        selected,
        offset: 0,
    }
}

/// The option after `current` in `options`, then none again: cycling through a filter's values.
fn next_option<T: Clone + PartialEq>(options: &[T], current: Option<&T>) -> Option<T> {
    match current.and_then(|c| options.iter().position(|o| o == c)) {
        None => options.first().cloned(),
        Some(i) => options.get(i + 1).cloned(),
    }
}

// The plan editor.
impl App {
    fn editor(&self) -> Option<&PlanEditor> {
        match &self.overlay {
            Some(Overlay::PlanEditor(editor)) => Some(editor),
            _ => None,
        }
    }

    /// The rows of the section the editor shows.
    pub fn editor_rows(&self) -> Vec<Row> {
        let section = self.editor().map_or(0, |e| e.section);
        plan_form::rows(
            &self.plan,
            Section::ALL[section],
            &self.catalog,
            |goal| self.searcher.services_of_goal(goal).len(),
            self.language,
        )
    }

    fn select_first_row_of_section(&mut self) {
        let rows = self.editor_rows();
        if let Some(Overlay::PlanEditor(editor)) = &mut self.overlay {
            editor.cursor = ListCursor {
                selected: rows.iter().position(Row::selectable).unwrap_or(0),
                offset: 0,
            };
        }
    }

    fn update_plan_editor(&mut self, action: Action, mut editor: PlanEditor) {
        let rows = self.editor_rows();
        let row = rows.get(editor.cursor.selected).cloned();
        if let Some(mut field) = editor.editing.take() {
            // Typing in a field.
            let commit = matches!(action, Action::Activate | Action::Up | Action::Down);
            if field.apply(&action).is_none() {
                if action == Action::Back {
                    // Cancel: the plan keeps what it had.
                    self.overlay = Some(Overlay::PlanEditor(editor));
                    return;
                }
                if !commit && self.update_global(&action) {
                    return;
                }
            }
            if !commit {
                // What is being typed counts as an edit for the recovery copy, so that a
                // closed terminal does not take a half-written field with it.
                self.edited = true;
                editor.editing = Some(field);
                self.overlay = Some(Overlay::PlanEditor(editor));
                return;
            }
            if let Some(id) = row.as_ref().and_then(|r| r.id) {
                let strings = self.language.strings();
                match plan_form::set_text(&mut self.plan, id, field.text(), strings) {
                    Ok(()) => self.plan_changed(),
                    Err(message) => {
                        // A date that is not a date stays on screen to be mended.
                        self.message = Some(Message {
                            kind: MessageKind::Error,
                            text: message,
                        });
                        editor.editing = Some(field);
                        self.overlay = Some(Overlay::PlanEditor(editor));
                        return;
                    }
                }
            }
            match action {
                Action::Up => step_row(&rows, &mut editor.cursor, -1),
                Action::Down => step_row(&rows, &mut editor.cursor, 1),
                _ => {}
            }
            self.overlay = Some(Overlay::PlanEditor(editor));
            return;
        }
        match action {
            Action::Up => step_row(&rows, &mut editor.cursor, -1),
            Action::Down => step_row(&rows, &mut editor.cursor, 1),
            Action::PageUp => (0..10).for_each(|_| step_row(&rows, &mut editor.cursor, -1)),
            Action::PageDown => (0..10).for_each(|_| step_row(&rows, &mut editor.cursor, 1)),
            Action::First => {
                editor.cursor.selected = rows.len();
                (0..rows.len()).for_each(|_| step_row(&rows, &mut editor.cursor, -1));
            }
            Action::Last => (0..rows.len()).for_each(|_| step_row(&rows, &mut editor.cursor, 1)),
            Action::NextPane | Action::PrevPane => {
                let n = Section::ALL.len();
                let step = if action == Action::NextPane { 1 } else { n - 1 };
                editor.section = (editor.section + step) % n;
                self.overlay = Some(Overlay::PlanEditor(editor));
                self.select_first_row_of_section();
                return;
            }
            Action::Insert(c) => {
                // Typing on a text row starts editing it, keeping what was there.
                if let Some(row) = row.filter(|r| plan_form::is_typed(r.kind)) {
                    let mut field = TextField::with_text(&plan_form::text_of(
                        &self.plan,
                        row.id.unwrap_or(FieldId::Client),
                    ));
                    field.insert(c);
                    editor.editing = Some(field);
                } else if c == ' ' {
                    self.overlay = Some(Overlay::PlanEditor(editor));
                    self.update(Action::Toggle);
                    return;
                }
            }
            Action::Activate | Action::Toggle => {
                if let Some(row) = row {
                    if plan_form::is_typed(row.kind) && action == Action::Activate {
                        let id = row.id.unwrap_or(FieldId::Client);
                        editor.editing =
                            Some(TextField::with_text(&plan_form::text_of(&self.plan, id)));
                    } else if let Some(id) = row.id {
                        match plan_form::activate(&mut self.plan, &self.catalog, id, self.today) {
                            Activation::Changed => {
                                self.plan_changed();
                                // After adding an item, go to its first field; otherwise stay.
                                if let Some(target) =
                                    plan_form::first_field_after_add(&self.plan, id)
                                {
                                    let rows = self.editor_rows();
                                    if let Some(i) = rows.iter().position(|r| r.id == Some(target))
                                    {
                                        editor.cursor.selected = i;
                                    }
                                }
                            }
                            Activation::OpenGoal(goal) => {
                                self.overlay = None;
                                self.open_goal(goal);
                                return;
                            }
                            Activation::Nothing => {}
                        }
                    }
                }
            }
            Action::Remove => {
                if let Some(id) = row.and_then(|r| r.id)
                    && plan_form::remove_item(&mut self.plan, id)
                {
                    self.plan_changed();
                    let rows = self.editor_rows();
                    editor.cursor.clamp(rows.len());
                    if !rows
                        .get(editor.cursor.selected)
                        .is_some_and(Row::selectable)
                    {
                        step_row(&rows, &mut editor.cursor, -1);
                    }
                }
            }
            Action::Back => {
                self.overlay = None;
                return;
            }
            other => {
                if self.update_global(&other) {
                    return;
                }
            }
        }
        self.overlay = Some(Overlay::PlanEditor(editor));
    }

    /// Marks the plan as changed: the header says so, quitting asks, a recovery copy follows.
    fn plan_changed(&mut self) {
        self.dirty = true;
        self.edited = true;
    }
}

/// Moves to the next selectable row in the direction of `delta`, if there is one.
fn step_row(rows: &[Row], cursor: &mut ListCursor, delta: isize) {
    let mut next = cursor.selected as isize;
    loop {
        next += delta.signum();
        if next < 0 || next >= rows.len() as isize {
            return;
        }
        if rows[next as usize].selectable() {
            cursor.selected = next as usize;
            return;
        }
    }
}
