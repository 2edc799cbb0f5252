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
    /// Problems found at start.
    Notice,
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
    Notice,
    ClientView,
}

impl Scope {
    /// Every scope, in the order the help lists them.
    pub const ALL: [Scope; 15] = [
        Scope::Global,
        Scope::Main,
        Scope::TextField,
        Scope::Lists,
        Scope::PlanPane,
        Scope::Filters,
        Scope::GoalBrowser,
        Scope::PlanEditor,
        Scope::PlanField,
        Scope::ClientView,
        Scope::SaveAs,
        Scope::Help,
        Scope::ConfirmQuit,
        Scope::ConfirmRestore,
        Scope::Notice,
    ];

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
            Scope::Notice => context == Context::Notice,
            Scope::ClientView => context == Context::ClientView,
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
            Scope::Notice => s.scope_notice,
            Scope::ClientView => s.client_view_title,
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
    /// A key as `keys.ron` writes it: "Ctrl-S", "F1", "Enter", "PgDn", "Space", "q".
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            if let Some(r) = rest.strip_prefix("Ctrl-") {
                modifiers |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("Alt-") {
                modifiers |= KeyModifiers::ALT;
                rest = r;
            } else {
                break;
            }
        }
        let code = match rest {
            "Enter" => KeyCode::Enter,
            "Esc" => KeyCode::Esc,
            "Tab" => KeyCode::Tab,
            "Shift-Tab" | "BackTab" => KeyCode::BackTab,
            "Backspace" => KeyCode::Backspace,
            "Del" | "Delete" => KeyCode::Delete,
            "Up" => KeyCode::Up,
            "Down" => KeyCode::Down,
            "Left" => KeyCode::Left,
            "Right" => KeyCode::Right,
            "PgUp" | "PageUp" => KeyCode::PageUp,
            "PgDn" | "PageDown" => KeyCode::PageDown,
            "Home" => KeyCode::Home,
            "End" => KeyCode::End,
            "Space" => KeyCode::Char(' '),
            f if f.len() >= 2
                && f.starts_with('F')
                && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
            {
                KeyCode::F(f[1..].parse().unwrap_or(1))
            }
            c if c.chars().count() == 1 => {
                let c = c.chars().next().unwrap_or(' ');
                KeyCode::Char(if modifiers.contains(KeyModifiers::CONTROL) {
                    c.to_ascii_lowercase()
                } else {
                    c
                })
            }
            _ => {
                return Err(format!(
                    "`{text}` is not a key: write e.g. \"Ctrl-S\", \"F2\", \"Enter\", \"PgDn\", \"Space\" or one character"
                ));
            }
        };
        Ok(Key { code, modifiers })
    }

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
#[derive(Clone)]
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

/// The built-in table, most specific first: the first binding that applies wins.
pub fn default_bindings() -> &'static [Binding] {
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
            // The client view.
            bind!(ClientView, [plain(Esc)], Action::Back, true, key_close),
            bind!(
                ClientView,
                [plain(Up), ch('k')],
                Action::Up,
                false,
                key_scroll
            ),
            bind!(
                ClientView,
                [plain(Down), ch('j')],
                Action::Down,
                false,
                key_scroll
            ),
            bind!(ClientView, [plain(PageUp)], Action::PageUp, false, key_page),
            bind!(
                ClientView,
                [plain(PageDown)],
                Action::PageDown,
                false,
                key_page
            ),
            bind!(
                ClientView,
                [plain(Home)],
                Action::First,
                false,
                key_first_last
            ),
            // Problems found at start.
            bind!(
                Notice,
                [plain(Esc), plain(Enter)],
                Action::Back,
                true,
                key_close
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

/// The key table in use: the built-in one with the user's changes.
#[derive(Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Self {
            bindings: default_bindings().to_vec(),
        }
    }
}

/// Actions a user may bind, by the name `keys.ron` uses.
const BINDABLE: &[(&str, Action)] = &[
    ("Help", Action::Help),
    ("Quit", Action::Quit),
    ("Save", Action::Save),
    ("Export", Action::Export),
    ("ClientView", Action::ToggleClientView),
    ("PlanEditor", Action::OpenPlanEditor),
    ("Filters", Action::OpenFilters),
    ("ClearFilters", Action::ClearFilters),
    ("GoalBrowser", Action::OpenGoalBrowser),
    ("NextPane", Action::NextPane),
    ("PrevPane", Action::PrevPane),
    ("FocusSearch", Action::FocusSearch),
    ("Up", Action::Up),
    ("Down", Action::Down),
    ("PageUp", Action::PageUp),
    ("PageDown", Action::PageDown),
    ("First", Action::First),
    ("Last", Action::Last),
    ("Activate", Action::Activate),
    ("Toggle", Action::Toggle),
    ("Remove", Action::Remove),
    ("Back", Action::Back),
];

impl Keymap {
    /// The built-in table with the keys of the named actions replaced, everywhere the action is
    /// bound. Returns the table and, for each entry that could not be used, its index and why.
    pub fn with_overrides(entries: &[(String, Vec<String>)]) -> (Self, Vec<(usize, String)>) {
        let mut keymap = Self::default();
        let mut problems = Vec::new();
        for (i, (name, keys)) in entries.iter().enumerate() {
            let Some((_, action)) = BINDABLE.iter().find(|(n, _)| n == name) else {
                let names: Vec<&str> = BINDABLE.iter().map(|(n, _)| *n).collect();
                problems.push((
                    i,
                    format!(
                        "`{name}` is not an action; the actions are {}",
                        names.join(", ")
                    ),
                ));
                continue;
            };
            let parsed: Result<Vec<Key>, String> = keys.iter().map(|k| Key::parse(k)).collect();
            match parsed {
                Ok(parsed) if !parsed.is_empty() => {
                    for binding in keymap.bindings.iter_mut().filter(|b| &b.action == action) {
                        binding.keys = parsed.clone();
                    }
                }
                Ok(_) => problems.push((
                    i,
                    format!("`{name}` is given no keys: it could never be used"),
                )),
                Err(message) => problems.push((i, message)),
            }
        }
        (keymap, problems)
    }

    /// The action for a key pressed in `context`, if any. In a text field, a character no
    /// binding claims is typed.
    pub fn action_for(&self, event: &KeyEvent, context: Context) -> Option<Action> {
        let bound = self
            .bindings
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

    /// The bindings to show in the status bar in `context`, one per action.
    pub fn hints(&self, context: Context) -> Vec<&Binding> {
        let mut shown: Vec<&Binding> = Vec::new();
        for binding in self
            .bindings
            .iter()
            .filter(|b| b.hint && b.scope.applies(context))
        {
            if !shown.iter().any(|s| s.action == binding.action) {
                shown.push(binding);
            }
        }
        shown
    }
}

/// The action for a key in `context` with the built-in table.
pub fn action_for(event: &KeyEvent, context: Context) -> Option<Action> {
    Keymap::default().action_for(event, context)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_replace_keys_and_report_mistakes() {
        let entries = vec![
            ("Quit".to_string(), vec!["Ctrl-X".to_string()]),
            ("Fly".to_string(), vec!["F5".to_string()]),
            ("Save".to_string(), vec!["Hyper-S".to_string()]),
        ];
        let (keymap, problems) = Keymap::with_overrides(&entries);
        let ctrl_x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL);
        assert_eq!(
            keymap.action_for(&ctrl_x, Context::Main(Pane::Services)),
            Some(Action::Quit)
        );
        let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(
            keymap.action_for(&ctrl_q, Context::Main(Pane::Services)),
            None
        );
        assert_eq!(
            problems.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            vec![1, 2]
        );
        assert!(problems[0].1.contains("`Fly` is not an action"));
        // What was wrong is left as it was.
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(
            keymap.action_for(&ctrl_s, Context::Main(Pane::Search)),
            Some(Action::Save)
        );
    }

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
    fn the_help_lists_every_scope_that_has_keys() {
        for binding in default_bindings() {
            assert!(
                Scope::ALL.contains(&binding.scope),
                "{:?} is not in the help",
                binding.scope
            );
        }
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
            for binding in default_bindings() {
                assert!(!(binding.describe)(language.strings()).is_empty());
            }
        }
    }
}
