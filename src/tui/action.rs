//! Everything the user can ask the meeting screen to do. Keys become commands through the key
//! table; characters and pastes are text; the mouse and the terminal send their own actions.

use strum::{EnumIter, EnumString, IntoStaticStr};

/// A pane of the main screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Search,
    Goals,
    Services,
    Details,
    Plan,
}

impl Pane {
    /// Tab order.
    pub const ORDER: [Pane; 5] = [
        Pane::Search,
        Pane::Goals,
        Pane::Services,
        Pane::Details,
        Pane::Plan,
    ];

    pub fn is_text_field(self) -> bool {
        self == Pane::Search
    }
}

/// What a bound key asks for. The names are the ones `keys.ron` uses (`{"Quit": ["Ctrl-X"]}`),
/// derived from the variants so that the two cannot disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, EnumString, IntoStaticStr)]
pub enum Command {
    Help,
    Quit,
    Save,
    SaveAs,
    OpenPlan,
    NewPlan,
    Export,
    Undo,
    Redo,
    ClientView,
    PlanEditor,
    Filters,
    ClearFilters,
    GoalBrowser,
    NextPane,
    PrevPane,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    /// Enter: add the service, open the goal, edit the row, the dialog's safe choice.
    Activate,
    /// Space on a choice or a check box.
    Toggle,
    /// → on a choice: the next value.
    Next,
    /// ← on a choice: the previous value.
    Previous,
    /// Remove the selected service or item (asks, or can be undone).
    Remove,
    /// Esc: back out of where you are. Never quits, never discards.
    Back,
    /// Keep what was typed in a field and stop typing there.
    Keep,
    NextSection,
    PrevSection,
    // Editing text.
    CursorLeft,
    CursorRight,
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
    Backspace,
    DeleteChar,
    DeleteWord,
    ClearLine,
    NewLine,
}

impl Command {
    /// The name `keys.ron` uses.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Command(Command),
    /// A character typed: always text, never a command.
    Insert(char),
    /// Text pasted (bracketed paste): text, never keys.
    Paste(String),
    Click {
        column: u16,
        row: u16,
    },
    ScrollUp {
        column: u16,
        row: u16,
    },
    ScrollDown {
        column: u16,
        row: u16,
    },
    Resize {
        width: u16,
        height: u16,
    },
}

impl From<Command> for Action {
    fn from(command: Command) -> Self {
        Action::Command(command)
    }
}

impl Action {
    /// The command, if the action is one.
    pub fn command(&self) -> Option<Command> {
        match self {
            Action::Command(c) => Some(*c),
            _ => None,
        }
    }
}
