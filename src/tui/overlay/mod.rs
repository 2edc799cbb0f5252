//! Panels on top of the main screen, on a stack. Each owns its state in its own file, handles
//! an action and says what came of it, and draws itself from `&self`. Nothing is copied out of
//! the stack and written back: the top overlay is borrowed where it stands.

mod client_view;
mod dialog;
mod editor;
mod filters;
mod goal_browser;
mod help;
mod plans;
mod save_as;

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders};

use super::action::Action;
use super::keymap::Place;
use super::state::State;
use crate::plan::RecoverySnapshot;

pub use client_view::ClientView;
pub use dialog::{Dialog, Pending};
pub use editor::Editor;
pub use filters::{FILTER_ROWS, FilterPanel, FilterRow};
pub use goal_browser::{BrowserRow, GoalBrowser};
pub use help::Help;
pub use plans::PlanList;
pub use save_as::SaveAs;

/// Which overlay this is, for the few questions asked about the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Help,
    Filters,
    GoalBrowser,
    Editor,
    ClientView,
    Plans,
    SaveAs,
    Dialog,
}

/// What an overlay did with an action.
pub enum Outcome {
    /// Not for this overlay: the keys that work everywhere get it.
    Ignored,
    Consumed,
    Close,
    /// Close, and give the action to what is beneath (a letter typed over a panel is text for
    /// the search or the field beneath).
    Pass,
    /// Open another overlay on top of this one.
    Open(Box<dyn Overlay>),
    /// Something only the whole screen can do; the overlay stays.
    Ask(Request),
    /// Close, then do something.
    CloseAnd(Request),
}

/// What an overlay asks of the whole screen.
#[derive(Debug)]
pub enum Request {
    /// Show the services of a catalogue goal.
    OpenGoal(usize),
    /// Save the plan, then do what was waiting.
    SaveThen(Pending),
    /// Save under a new name, then do what was waiting.
    SaveAsThen(PathBuf, Pending),
    /// Leave the unsaved changes (the recovery copy stays) and do what was waiting.
    DiscardThen(Pending),
    /// Do what was waiting (after a successful save).
    Proceed(Pending),
    /// Bring back an unsaved plan from last time.
    Restore(Box<RecoverySnapshot>, PathBuf),
    /// Delete a recovery copy the user does not want back.
    DiscardCopy(PathBuf),
}

pub trait Overlay: Send {
    fn kind(&self) -> Kind;

    /// Where keys go while this overlay is on top, most specific first.
    fn places(&self) -> Vec<Place>;

    fn event(&mut self, action: &Action, state: &mut State) -> Outcome;

    fn draw(&self, frame: &mut Frame, area: Rect, state: &State);

    /// Writes a field being typed in into the plan, before a command that saves, exports,
    /// switches plans, opens a dialog or quits. A field that cannot be written (a date that is
    /// not a date) stops that command, with a message that says why.
    fn commit(&mut self, _state: &mut State) -> Result<(), String> {
        Ok(())
    }

    /// Whether this overlay covers the whole screen (the main screen is not drawn).
    fn covers_screen(&self) -> bool {
        false
    }

    /// The plan changed beneath the overlay (undo, another plan restored): places that may
    /// be gone are let go, and the field `changed`, if any, is shown.
    fn plan_changed(&mut self, _state: &State, _changed: Option<crate::plan::FieldId>) {}

    /// Text typed but not yet in the plan, for the recovery copy: the plan as it would be
    /// with it.
    fn pending_text(&self, _state: &State) -> Option<crate::plan::Plan> {
        None
    }
}

/// An overlay's frame: a double border and the title in the accent style.
pub fn panel<'a>(state: &State, title: &str) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(state.theme.border_focused)
        .style(state.theme.text)
        .title(Line::styled(format!(" {title} "), state.theme.accent))
}

/// "12/64": where the selection is in a list, for list titles.
pub fn position(selected: usize, len: usize) -> String {
    if len == 0 {
        String::new()
    } else {
        format!("{}/{len}", selected + 1)
    }
}
