//! The key table: which key does what, where, and how it is described. The program, the
//! status bar and the help screen all read this one table, so they cannot disagree.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Pane};
use crate::i18n::Strings;

/// Where a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// A pane of the main screen, no overlay.
    Main(Pane),
    Help,
    Filters,
    GoalBrowser,
    ConfirmQuit,
    ClientView,
    /// The plan editor, moving between rows.
    PlanEditor,
    /// The plan editor, typing into a field.
    PlanField,
    /// Typing the file name to save the plan as.
    SaveAs,
    /// The question whether to restore an unsaved plan.
    ConfirmRestore,
}

/// Where a binding works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere but the unsaved-changes question.
    Global,
    /// Any pane of the main screen, text field or not.
    Main,
    /// The search field.
    TextField,
    /// Main-screen panes that are not text fields.
    Lists,
    /// The plan pane.
    PlanPane,
    Help,
    Filters,
    GoalBrowser,
    ConfirmQuit,
    PlanEditor,
    PlanField,
    SaveAs,
    ConfirmRestore,
}

impl Scope {
    pub fn applies(self, context: Context) -> bool {
        match self {
            Scope::Global => !matches!(
                context,
                Context::ConfirmQuit | Context::ConfirmRestore | Context::SaveAs
            ),
            Scope::Main => matches!(context, Context::Main(_)),
            Scope::TextField => is_typing(context),
            Scope::Lists => matches!(context, Context::Main(p) if !p.is_text_field()),
            Scope::PlanPane => context == Context::Main(Pane::Plan),
            Scope::Help => context == Context::Help,
            Scope::Filters => context == Context::Filters,
            Scope::GoalBrowser => context == Context::GoalBrowser,
            Scope::ConfirmQuit => context == Context::ConfirmQuit,
            Scope::PlanEditor => context == Context::PlanEditor,
            Scope::PlanField => context == Context::PlanField,
            Scope::SaveAs => context == Context::SaveAs,
            Scope::ConfirmRestore => context == Context::ConfirmRestore,
        }
    }

    pub fn title(self, s: &Strings) -> &'static str {
        match self {
            Scope::Global => s.scope_global,
            Scope::Main => s.scope_main,
            Scope::TextField => s.scope_search,
            Scope::Lists => s.scope_lists,
            Scope::PlanPane => s.scope_plan,
            Scope::Help => s.scope_help,
            Scope::Filters => s.scope_filters,
            Scope::GoalBrowser => s.scope_goal_browser,
            Scope::ConfirmQuit => s.scope_confirm,
            Scope::PlanEditor => s.scope_plan_editor,
            Scope::PlanField => s.scope_plan_field,
            Scope::SaveAs => s.scope_save_as,
            Scope::ConfirmRestore => s.scope_restore,
        }
    }
}

/// One key with its modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        // Shift is part of the character itself ('?' or 'G'), so it is ignored for characters.
        let modifiers = match event.code {
            KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
            KeyCode::BackTab => event.modifiers - KeyModifiers::SHIFT,
            _ => event.modifiers,
        };
        let code = match event.code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        self.code == code && self.modifiers == modifiers
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) if self.modifiers.contains(KeyModifiers::CONTROL) => {
                write!(f, "{}", c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// One line of the key table.
pub struct Binding {
    pub keys: Vec<Key>,
    pub action: Action,
    pub scope: Scope,
    /// Shown in the status bar where it works.
    pub hint: bool,
    pub describe: fn(&Strings) -> &'static str,
}

macro_rules! bind {
    ($scope:ident, [$($key:expr),+], $action:expr, $hint:expr, $field:ident) => {
        Binding {
            keys: vec![$($key),+],
            action: $action,
            scope: Scope::$scope,
            hint: $hint,
            describe: |s: &Strings| s.$field,
        }
    };
}

/// The table, most specific first: the first binding that applies wins.
pub fn bindings() -> &'static [Binding] {
    use KeyCode::*;
    static TABLE: std::sync::OnceLock<Vec<Binding>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        vec![
            // The unsaved-changes question.
            bind!(
                ConfirmQuit,
                [ch('y'), ch('k'), ch('j'), plain(Enter)],
                Action::ConfirmQuit,
                true,
                key_confirm_quit
            ),
            bind!(
                ConfirmQuit,
                [ch('n'), ch('e'), plain(Esc)],
                Action::Back,
                true,
                key_cancel
            ),
            bind!(ConfirmQuit, [ctrl('s')], Action::Save, true, key_save),
            // The question whether to restore an unsaved plan.
            bind!(
                ConfirmRestore,
                [ch('y'), ch('k'), ch('j'), plain(Enter)],
                Action::ConfirmQuit,
                true,
                key_restore
            ),
            bind!(
                ConfirmRestore,
                [ch('n'), ch('e'), plain(Esc)],
                Action::Back,
                true,
                key_discard
            ),
            // Typing a file name.
            bind!(SaveAs, [plain(Enter)], Action::Activate, true, key_save),
            bind!(SaveAs, [plain(Esc)], Action::Back, true, key_cancel),
            // Typing in a plan field.
            bind!(
                PlanField,
                [plain(Enter)],
                Action::Activate,
                true,
                key_commit
            ),
            bind!(PlanField, [plain(Esc)], Action::Back, true, key_cancel),
            bind!(PlanField, [plain(Up)], Action::Up, false, key_move),
            bind!(
                PlanField,
                [plain(Down), plain(Tab)],
                Action::Down,
                false,
                key_move
            ),
            // The plan editor.
            bind!(PlanEditor, [plain(Enter)], Action::Activate, true, key_edit),
            bind!(PlanEditor, [ch(' ')], Action::Toggle, true, key_toggle),
            bind!(
                PlanEditor,
                [plain(Right), plain(Tab)],
                Action::NextPane,
                true,
                key_section
            ),
            bind!(
                PlanEditor,
                [plain(Left), plain(BackTab)],
                Action::PrevPane,
                false,
                key_section
            ),
            bind!(
                PlanEditor,
                [plain(Up), ctrl('p')],
                Action::Up,
                false,
                key_move
            ),
            bind!(
                PlanEditor,
                [plain(Down), ctrl('n')],
                Action::Down,
                false,
                key_move
            ),
            bind!(PlanEditor, [plain(PageUp)], Action::PageUp, false, key_page),
            bind!(
                PlanEditor,
                [plain(PageDown)],
                Action::PageDown,
                false,
                key_page
            ),
            bind!(
                PlanEditor,
                [plain(Home)],
                Action::First,
                false,
                key_first_last
            ),
            bind!(
                PlanEditor,
                [plain(End)],
                Action::Last,
                false,
                key_first_last
            ),
            bind!(
                PlanEditor,
                [ctrl('d'), plain(Delete)],
                Action::Remove,
                true,
                key_remove_item
            ),
            bind!(
                PlanEditor,
                [plain(Esc), plain(F(3))],
                Action::Back,
                true,
                key_close
            ),
            // Overlays.
            bind!(
                Help,
                [plain(Esc), ch('q'), ch('?')],
                Action::Back,
                true,
                key_close
            ),
            bind!(Help, [plain(Up), ch('k')], Action::Up, false, key_scroll),
            bind!(
                Help,
                [plain(Down), ch('j')],
                Action::Down,
                false,
                key_scroll
            ),
            bind!(Help, [plain(PageUp)], Action::PageUp, false, key_page),
            bind!(Help, [plain(PageDown)], Action::PageDown, false, key_page),
            bind!(
                Filters,
                [plain(Up), ctrl('p')],
                Action::FilterPrev,
                true,
                key_filter_row
            ),
            bind!(
                Filters,
                [plain(Down), ctrl('n')],
                Action::FilterNext,
                false,
                key_filter_row
            ),
            bind!(
                Filters,
                [ch(' '), plain(Enter), plain(Right)],
                Action::FilterToggle,
                true,
                key_filter_change
            ),
            bind!(
                Filters,
                [plain(Left)],
                Action::FilterToggle,
                false,
                key_filter_change
            ),
            bind!(
                Filters,
                [plain(Delete), plain(Backspace)],
                Action::FilterClear,
                true,
                key_filter_clear
            ),
            bind!(
                Filters,
                [plain(Esc), ctrl('f')],
                Action::Back,
                true,
                key_close
            ),
            bind!(
                GoalBrowser,
                [plain(Enter)],
                Action::Activate,
                true,
                key_open_goal
            ),
            bind!(
                GoalBrowser,
                [plain(Up), ctrl('p'), ch('k')],
                Action::Up,
                false,
                key_move
            ),
            bind!(
                GoalBrowser,
                [plain(Down), ctrl('n'), ch('j')],
                Action::Down,
                false,
                key_move
            ),
            bind!(
                GoalBrowser,
                [plain(PageUp)],
                Action::PageUp,
                false,
                key_page
            ),
            bind!(
                GoalBrowser,
                [plain(PageDown)],
                Action::PageDown,
                false,
                key_page
            ),
            bind!(
                GoalBrowser,
                [plain(Home)],
                Action::First,
                false,
                key_first_last
            ),
            bind!(
                GoalBrowser,
                [plain(Esc), ctrl('g')],
                Action::Back,
                true,
                key_close
            ),
            // Everywhere.
            bind!(Global, [plain(F(1))], Action::Help, true, key_help),
            bind!(Global, [ctrl('q'), ctrl('c')], Action::Quit, true, key_quit),
            bind!(Global, [ctrl('s')], Action::Save, true, key_save),
            bind!(
                Global,
                [plain(F(2))],
                Action::ToggleClientView,
                true,
                key_client_view
            ),
            bind!(
                Global,
                [plain(F(3))],
                Action::OpenPlanEditor,
                true,
                key_plan_editor
            ),
            bind!(Global, [ctrl('e')], Action::Export, false, key_export),
            bind!(Main, [ctrl('f')], Action::OpenFilters, true, key_filters),
            bind!(
                Main,
                [ctrl('g')],
                Action::OpenGoalBrowser,
                true,
                key_goal_browser
            ),
            bind!(
                Main,
                [ctrl('r')],
                Action::ClearFilters,
                false,
                key_clear_filters
            ),
            bind!(Main, [plain(Tab)], Action::NextPane, true, key_next_pane),
            bind!(
                Main,
                [plain(BackTab)],
                Action::PrevPane,
                false,
                key_prev_pane
            ),
            bind!(Main, [plain(Esc)], Action::Back, false, key_back),
            bind!(Main, [plain(Up), ctrl('p')], Action::Up, false, key_move),
            bind!(
                Main,
                [plain(Down), ctrl('n')],
                Action::Down,
                false,
                key_move
            ),
            bind!(Main, [plain(PageUp)], Action::PageUp, false, key_page),
            bind!(Main, [plain(PageDown)], Action::PageDown, false, key_page),
            bind!(
                PlanPane,
                [plain(Delete), ch('d')],
                Action::Remove,
                true,
                key_remove
            ),
            bind!(Main, [plain(Enter)], Action::Activate, true, key_activate),
            // The search field edits text.
            bind!(
                TextField,
                [plain(Left)],
                Action::CursorLeft,
                false,
                key_cursor
            ),
            bind!(
                TextField,
                [plain(Right)],
                Action::CursorRight,
                false,
                key_cursor
            ),
            bind!(
                TextField,
                [plain(Home), ctrl('a')],
                Action::CursorStart,
                false,
                key_cursor
            ),
            bind!(
                TextField,
                [plain(End), ctrl('e')],
                Action::CursorEnd,
                false,
                key_cursor
            ),
            bind!(
                TextField,
                [plain(Backspace)],
                Action::Backspace,
                false,
                key_backspace
            ),
            bind!(
                TextField,
                [plain(Delete)],
                Action::Delete,
                false,
                key_delete
            ),
            bind!(
                TextField,
                [ctrl('w')],
                Action::DeleteWord,
                false,
                key_delete_word
            ),
            bind!(
                TextField,
                [ctrl('u')],
                Action::ClearLine,
                false,
                key_clear_line
            ),
            // Outside text fields letters are commands.
            bind!(
                Lists,
                [plain(Home), ch('g')],
                Action::First,
                false,
                key_first_last
            ),
            bind!(
                Lists,
                [plain(End), ch('G')],
                Action::Last,
                false,
                key_first_last
            ),
            bind!(Lists, [ch('k')], Action::Up, false, key_move),
            bind!(Lists, [ch('j')], Action::Down, false, key_move),
            bind!(
                Lists,
                [ch('/')],
                Action::FocusSearch,
                true,
                key_focus_search
            ),
            bind!(Lists, [ch('?')], Action::Help, false, key_help),
            bind!(Lists, [ch('f')], Action::OpenFilters, false, key_filters),
            bind!(Lists, [ch('q')], Action::Quit, false, key_quit),
        ]
    })
}

/// Whether keys go into a text field in `context`.
pub fn is_typing(context: Context) -> bool {
    matches!(context, Context::Main(p) if p.is_text_field())
        || matches!(context, Context::PlanField | Context::SaveAs)
}

/// The action for a key pressed in `context`, if any. In a text field, a character no binding
/// claims is typed.
pub fn action_for(event: &KeyEvent, context: Context) -> Option<Action> {
    let bound = bindings()
        .iter()
        .find(|b| b.scope.applies(context) && b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action.clone());
    if bound.is_some() {
        return bound;
    }
    let typing = is_typing(context) || context == Context::PlanEditor;
    match event.code {
        KeyCode::Char(c)
            if typing
                && !event
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Insert(c))
        }
        _ => None,
    }
}

/// The keys of a binding as the user reads them: "↑ / Ctrl-P".
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(Key::to_string)
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The bindings to show in the status bar in `context`, one per action.
pub fn hints(context: Context) -> Vec<&'static Binding> {
    let mut shown: Vec<&'static Binding> = Vec::new();
    for binding in bindings()
        .iter()
        .filter(|b| b.hint && b.scope.applies(context))
    {
        if !shown.iter().any(|s| s.action == binding.action) {
            shown.push(binding);
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn letters_type_in_the_search_field_and_command_elsewhere() {
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            action_for(&q, Context::Main(Pane::Search)),
            Some(Action::Insert('q'))
        );
        assert_eq!(
            action_for(&q, Context::Main(Pane::Services)),
            Some(Action::Quit)
        );
    }

    #[test]
    fn ctrl_keys_work_in_the_text_field() {
        let save = key(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(
            action_for(&save, Context::Main(Pane::Search)),
            Some(Action::Save)
        );
        let quit = key(
            KeyCode::Char('C'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert_eq!(
            action_for(&quit, Context::Main(Pane::Search)),
            Some(Action::Quit)
        );
    }

    #[test]
    fn escape_never_quits() {
        let esc = key(KeyCode::Esc, KeyModifiers::NONE);
        for context in [
            Context::Main(Pane::Search),
            Context::Main(Pane::Plan),
            Context::Help,
            Context::Filters,
        ] {
            assert_ne!(action_for(&esc, context), Some(Action::Quit));
            assert_ne!(action_for(&esc, context), Some(Action::ConfirmQuit));
        }
    }

    #[test]
    fn every_binding_has_a_description_in_every_language() {
        for language in crate::i18n::Language::ALL {
            for binding in bindings() {
                assert!(!(binding.describe)(language.strings()).is_empty());
            }
        }
    }
}
