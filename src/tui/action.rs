//! Everything the user can ask the meeting screen to do. Keys and mouse events become actions;
//! `App::update` carries them out; the view draws the result.

/// Where the keyboard is: which pane, or which overlay on top.
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    // Moving.
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    NextPane,
    PrevPane,
    FocusSearch,
    // Text editing in the focused field.
    Insert(char),
    Backspace,
    Delete,
    CursorLeft,
    CursorRight,
    CursorStart,
    CursorEnd,
    DeleteWord,
    ClearLine,
    // Doing.
    /// Enter: add the service, open the goal, choose in an overlay.
    Activate,
    /// Remove the selected service from the plan.
    Remove,
    /// Close the top overlay, else close an opened goal, else clear the search. Never quits.
    Back,
    OpenFilters,
    ClearFilters,
    OpenGoalBrowser,
    ToggleClientView,
    Help,
    Save,
    Quit,
    /// Quit without asking (only from the unsaved-changes question).
    ConfirmQuit,
    // In the filter panel.
    FilterToggle,
    FilterNext,
    FilterPrev,
    FilterClear,
    // The plan editor.
    OpenPlanEditor,
    /// Space: flip a check box or move a choice on.
    Toggle,
    Export,
    // Mouse.
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
