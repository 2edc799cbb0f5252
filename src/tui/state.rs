//! What the meeting screen knows besides its overlays: the catalogue and its search, the plan
//! with its history and files, the main screen's panes, the last message. Overlays read and
//! change this; the view draws from it.

use ratatui::layout::Rect;

use super::action::Pane;
use super::cursor::ListCursor;
use super::files::PlanFiles;
use super::input::TextField;
use super::keymap::{Keymap, Place};
use super::layout::{Areas, main_areas};
use crate::catalog::{Catalog, LoadReport, SkippedFile};
use crate::date::Date;
use crate::i18n::{Language, Strings};
use crate::plan::{Applied, Clock, Document, Edit, EditContext, FieldError, Plan};
use crate::search::{Filters, SearchResults, Searcher};
use crate::theme::Theme;

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

/// The parts the meeting screen is built from.
pub struct Parts {
    pub report: LoadReport,
    /// What the header calls the catalogue when it has no name of its own.
    pub fallback_label: String,
    pub language: Language,
    pub theme: Theme,
    pub keymap: Keymap,
    pub clock: Clock,
    pub plan: Plan,
    /// What a new plan starts as (the professional's name and organisation filled in).
    pub blank: Plan,
    pub files: PlanFiles,
    /// The catalogue's searcher when it is ready already (made by `ready::load`); made from
    /// the catalogue otherwise.
    pub searcher: Option<Searcher>,
}

impl Parts {
    /// A new plan, the built-in keys, today from the system, no files: a start for tests and
    /// for the parts to be replaced one by one.
    pub fn new(report: LoadReport, fallback_label: &str, language: Language, theme: Theme) -> Self {
        Self {
            report,
            fallback_label: fallback_label.to_owned(),
            language,
            theme,
            keymap: Keymap::default(),
            clock: Clock::System,
            plan: Plan::default(),
            blank: Plan::default(),
            files: PlanFiles::default(),
            searcher: None,
        }
    }
}

pub struct State {
    pub catalog: Catalog,
    /// What the header calls the catalogue.
    pub catalog_label: String,
    pub skipped: Vec<SkippedFile>,
    pub searcher: Searcher,
    pub language: Language,
    pub theme: Theme,
    pub keymap: Keymap,
    pub clock: Clock,
    /// The plan and the history of its changes.
    pub doc: Document,
    pub blank: Plan,
    pub files: PlanFiles,
    /// Set by every change to the plan (and by typing in a field); the event loop clears it
    /// when it has noted the change for the recovery copy.
    pub edited: bool,
    pub message: Option<Message>,
    pub size: Rect,
    pub quit: bool,
    // The main screen.
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
}

impl State {
    pub fn new(parts: Parts) -> Self {
        let Parts {
            report,
            fallback_label,
            language,
            theme,
            keymap,
            clock,
            plan,
            blank,
            files,
            searcher,
        } = parts;
        let LoadReport {
            catalog, skipped, ..
        } = report;
        let catalog_label = catalog
            .name
            .as_ref()
            .map_or(fallback_label, |n| n.get(language.code()).to_owned());
        let searcher = searcher.unwrap_or_else(|| Searcher::new(&catalog));
        let mut state = Self {
            catalog,
            catalog_label,
            skipped,
            searcher,
            language,
            theme,
            keymap,
            clock,
            doc: Document::new(plan),
            blank,
            files,
            edited: false,
            message: None,
            size: Rect::new(0, 0, 100, 30),
            quit: false,
            query: TextField::default(),
            filters: Filters::default(),
            results: SearchResults::default(),
            focus: Pane::Search,
            goals_cursor: ListCursor::default(),
            services_cursor: ListCursor::default(),
            plan_cursor: ListCursor::default(),
            details_scroll: 0,
            details_from_plan: false,
        };
        state.refresh();
        state
    }

    pub fn strings(&self) -> &'static Strings {
        self.language.strings()
    }

    pub fn today(&self) -> Date {
        self.clock.today()
    }

    pub fn plan(&self) -> &Plan {
        self.doc.plan()
    }

    pub fn dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    pub fn areas(&self) -> Areas {
        main_areas(self.size)
    }

    /// Changes the plan by `edit`, into its history.
    pub fn edit(&mut self, edit: Edit) -> Result<Applied, FieldError> {
        let cx = EditContext {
            catalog: &self.catalog,
            today: self.clock.today(),
        };
        let applied = self.doc.apply(edit, &cx)?;
        if applied != Applied::Unchanged {
            self.edited = true;
        }
        Ok(applied)
    }

    pub fn say(&mut self, kind: MessageKind, text: impl Into<String>) {
        self.message = Some(Message {
            kind,
            text: text.into(),
        });
    }

    /// The key of `command` in the user's key table, for messages ("Ctrl-Z brings it back").
    pub fn key_of(&self, command: super::action::Command) -> String {
        self.key_in(command, Place::Everywhere)
    }

    /// The key of `command` where it works in `place` (the dialogs' own keys).
    pub fn key_in(&self, command: super::action::Command, place: Place) -> String {
        self.keymap
            .bindings
            .iter()
            .find(|b| b.command == command && b.place == place)
            .map(|b| b.key.to_string())
            .unwrap_or_default()
    }

    /// Says that something was removed and how to bring it back.
    pub fn say_removed(&mut self, what: &str) {
        let undo = self.key_of(super::action::Command::Undo);
        let text = self
            .strings()
            .meeting
            .removed_undo
            .replace("{what}", what)
            .replace("{key}", &undo);
        self.say(MessageKind::Info, text);
    }
}

impl State {
    pub fn searcher_matcher(&self) -> &dyn crate::search::FuzzyMatcher {
        self.searcher.matcher()
    }

    /// Why service `service` (an index into the catalogue's services) was found by what is
    /// typed; nothing while nothing is typed.
    pub fn why_found(&self, service: usize) -> crate::search::Explanation {
        let query = crate::search::Query::new(
            self.query.text(),
            self.filters.clone(),
            self.language.code(),
        );
        if query.words.is_empty() {
            return crate::search::Explanation::default();
        }
        self.searcher.explain(&self.catalog, &query, service)
    }
}
