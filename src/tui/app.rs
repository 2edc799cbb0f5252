//! The meeting screen: its state and the stack of overlays on top of the main screen.
//! `update` gives an action to the top overlay (or the main screen); what nobody there takes
//! and works everywhere — saving, undo, help, quitting — is carried out in `commands`.

use std::path::PathBuf;
use std::time::Instant;

use super::action::{Action, Command, Pane};
use super::files::describe_save_error;
use super::keymap::Place;
use super::overlay::{Dialog, Kind, Outcome, Overlay};
use super::state::{MessageKind, Parts, State};
use crate::plan::{Plan, RecoverySnapshot};

pub struct App {
    pub state: State,
    /// Overlays, the top one last.
    stack: Vec<Box<dyn Overlay>>,
}

impl App {
    /// The meeting screen built from its parts.
    pub fn new(parts: Parts) -> Self {
        Self {
            state: State::new(parts),
            stack: Vec::new(),
        }
    }

    pub fn plan(&self) -> &Plan {
        self.state.plan()
    }

    pub fn dirty(&self) -> bool {
        self.state.dirty()
    }

    /// The overlays, the top one last.
    pub fn overlays(&self) -> &[Box<dyn Overlay>] {
        &self.stack
    }

    pub fn top(&self) -> Option<Kind> {
        self.stack.last().map(|o| o.kind())
    }

    pub(super) fn open(&mut self, overlay: Box<dyn Overlay>) {
        self.stack.push(overlay);
    }

    pub(super) fn close_top(&mut self) {
        self.stack.pop();
    }

    pub(super) fn close_all(&mut self) {
        self.stack.clear();
    }

    pub(super) fn overlays_mut(&mut self) -> (&mut Vec<Box<dyn Overlay>>, &mut State) {
        (&mut self.stack, &mut self.state)
    }

    /// Where keys go now, most specific first.
    pub fn places(&self) -> Vec<Place> {
        if let Some(top) = self.stack.last() {
            return top.places();
        }
        let mut places = Vec::new();
        match self.state.focus {
            Pane::Search => places.push(Place::Text),
            Pane::Plan => places.extend([Place::PlanPane, Place::Lists]),
            _ => places.push(Place::Lists),
        }
        places.extend([Place::Main, Place::Everywhere]);
        places
    }

    /// Shows problems found at start until the user has read them.
    pub fn notify(&mut self, problems: Vec<String>) {
        if let Some(first) = problems.first() {
            self.state.say(MessageKind::Warning, first.clone());
            self.stack.push(Box::new(Dialog::notice(problems)));
        }
    }

    /// Offers back a plan left unsaved last time.
    pub fn offer_restore(&mut self, snapshot: RecoverySnapshot, file: PathBuf) {
        self.stack
            .push(Box::new(Dialog::restore(Box::new(snapshot), file)));
    }

    /// Takes the search typed while the catalogue was loading.
    pub fn type_ahead(&mut self, typed: super::input::TextField) {
        self.state.type_ahead(typed);
    }

    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
        if let Action::Resize { width, height } = action {
            self.state.size = ratatui::layout::Rect::new(0, 0, width, height);
            self.state.keep_cursors_visible();
            return;
        }
        // A message answers the key before; the next key starts afresh.
        if matches!(
            action,
            Action::Command(_) | Action::Insert(_) | Action::Paste(_)
        ) {
            self.state.message = None;
        }
        let outcome = loop {
            let outcome = match self.stack.last_mut() {
                Some(top) => top.event(&action, &mut self.state),
                None => self.main_event(action.clone()),
            };
            // Typing over a panel closes it and types beneath: into the search, or the field.
            if let Outcome::Pass = outcome {
                self.close_top();
                continue;
            }
            break outcome;
        };
        match outcome {
            Outcome::Pass => {}
            Outcome::Ignored => {
                if let Some(command) = action.command() {
                    self.run(command);
                }
            }
            Outcome::Consumed => {}
            Outcome::Close => self.close_top(),
            Outcome::Open(overlay) => self.open(overlay),
            Outcome::Ask(request) => self.handle(request),
            Outcome::CloseAnd(request) => {
                self.close_top();
                self.handle(request);
            }
        }
        self.state.keep_cursors_visible();
    }

    /// The main screen, with nothing on top: its own commands, else the ones of everywhere.
    fn main_event(&mut self, action: Action) -> Outcome {
        match action.command() {
            Some(Command::Filters) => Outcome::Open(Box::new(super::overlay::FilterPanel::new())),
            Some(Command::GoalBrowser) => {
                Outcome::Open(Box::new(super::overlay::GoalBrowser::new(&self.state)))
            }
            Some(
                Command::Help
                | Command::Quit
                | Command::Save
                | Command::SaveAs
                | Command::OpenPlan
                | Command::NewPlan
                | Command::Export
                | Command::Undo
                | Command::Redo
                | Command::ClientView
                | Command::PlanEditor,
            ) => Outcome::Ignored,
            _ => {
                self.state.update_main(action);
                Outcome::Consumed
            }
        }
    }

    /// Writes every field being typed in into the plan. `false` (with a message) when one
    /// cannot be written yet.
    pub(super) fn commit_fields(&mut self) -> bool {
        let (stack, state) = self.overlays_mut();
        for overlay in stack.iter_mut() {
            if let Err(message) = overlay.commit(state) {
                let text = format!("{} {message}", state.strings().meeting.save_first_for_field);
                state.say(MessageKind::Error, text);
                return false;
            }
        }
        true
    }

    /// Tells the overlays that the plan changed beneath them, at `changed` if it was a field.
    pub(super) fn plan_replaced(&mut self, changed: Option<crate::plan::FieldId>) {
        let (stack, state) = self.overlays_mut();
        for overlay in stack.iter_mut() {
            overlay.plan_changed(state, changed);
        }
    }

    /// The plan with its unsaved changes, including a field being typed in; `None` when
    /// everything is saved.
    pub fn unsaved_plan(&self) -> Option<Plan> {
        let typing = self.stack.iter().find_map(|o| o.pending_text(&self.state));
        match typing {
            Some(plan) => Some(plan),
            None => self.state.dirty().then(|| self.state.plan().clone()),
        }
    }

    /// The plan as it would be if the field being typed in were finished now.
    pub(super) fn plan_with_field_being_typed(&self) -> Plan {
        self.stack
            .iter()
            .find_map(|o| o.pending_text(&self.state))
            .unwrap_or_else(|| self.state.plan().clone())
    }

    /// Called by the event loop now and then: writes the recovery copy when it is due, or at
    /// once when `at_once` (the terminal is going away).
    pub fn tick(&mut self, now: Instant, at_once: bool) {
        if self.state.edited {
            self.state.files.edited(now);
            self.state.edited = false;
        }
        // Most ticks find nothing due: the plan is copied only when a copy is written.
        if !self.state.files.recovery_due(now, at_once) {
            return;
        }
        let plan = self.plan_with_field_being_typed();
        self.write_recovery(plan);
    }

    pub(super) fn write_recovery(&mut self, plan: Plan) {
        if let Err(error) = self.state.files.write_recovery(plan) {
            let s = self.state.strings();
            let text = format!("{} {}", s.recovery_failed, describe_save_error(&error, s));
            self.state.say(MessageKind::Error, text);
        }
    }
}

/// The views read the screen's state through the app: drawing never changes it, and what
/// the overlays add (whether one is open) is asked of the app itself.
impl std::ops::Deref for App {
    type Target = State;

    fn deref(&self) -> &State {
        &self.state
    }
}
