//! Keys as the user writes them ("Ctrl-S", "F2", "Enter"), the places where keys work, and
//! the key table in use: the built-in one (`keys.rs`) with the user's changes from `keys.ron`.
//! The program, the status bar and the help all read this one table.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use strum::IntoEnumIterator;

use super::action::Command;
use super::keys::{Binding, default_bindings};
use crate::i18n::Strings;

/// Where a binding works. A place on screen is a list of these, most specific first; the
/// first that binds a key decides what it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// Everywhere but dialogs and the file-name fields.
    Everywhere,
    /// The main screen, any pane.
    Main,
    /// The main screen's lists (not the search field).
    Lists,
    /// The plan pane.
    PlanPane,
    /// Any text field being typed in.
    Text,
    /// A plan field being typed in.
    Field,
    /// The plan editor's rows.
    Editor,
    Filters,
    GoalBrowser,
    ClientView,
    /// The list of saved plans.
    Plans,
    /// The file name to save as.
    SaveAs,
    Help,
    /// A question (unsaved changes, a plan to restore) or a notice.
    Dialog,
}

impl Place {
    /// Every place, in the order the help lists them.
    pub const ALL: [Place; 14] = [
        Place::Everywhere,
        Place::Main,
        Place::Lists,
        Place::PlanPane,
        Place::Text,
        Place::Editor,
        Place::Field,
        Place::Filters,
        Place::GoalBrowser,
        Place::ClientView,
        Place::Plans,
        Place::SaveAs,
        Place::Help,
        Place::Dialog,
    ];

    pub fn title(self, s: &Strings) -> &'static str {
        let m = s.meeting;
        match self {
            Place::Everywhere => s.scope_global,
            Place::Main => s.scope_main,
            Place::Lists => s.scope_lists,
            Place::PlanPane => s.scope_plan,
            Place::Text => m.place_text,
            Place::Field => s.scope_plan_field,
            Place::Editor => s.scope_plan_editor,
            Place::Filters => s.scope_filters,
            Place::GoalBrowser => s.scope_goal_browser,
            Place::ClientView => s.client_view_title,
            Place::Plans => m.plans_title,
            Place::SaveAs => s.scope_save_as,
            Place::Help => s.scope_help,
            Place::Dialog => m.place_dialog,
        }
    }
}

/// One key with its modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    /// A key as `keys.ron` and the key table write it: "Ctrl-S", "Ctrl-Shift-Z", "F1",
    /// "Enter", "PgDn", "Space", "Ctrl-Left".
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
            } else if rest.len() > 6
                && let Some(r) = rest.strip_prefix("Shift-")
                && r != "Tab"
            {
                modifiers |= KeyModifiers::SHIFT;
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
            "Up" | "↑" => KeyCode::Up,
            "Down" | "↓" => KeyCode::Down,
            "Left" | "←" => KeyCode::Left,
            "Right" | "→" => KeyCode::Right,
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
            c if c.chars().count() == 1 && !modifiers.is_empty() => {
                let c = c.chars().next().unwrap_or(' ');
                KeyCode::Char(c.to_ascii_lowercase())
            }
            c if c.chars().count() == 1 => {
                return Err(format!(
                    "`{c}` alone is a letter for typing; bind a key with Ctrl- or Alt-, an F-key, or a named key"
                ));
            }
            _ => {
                return Err(format!(
                    "`{text}` is not a key: write e.g. \"Ctrl-S\", \"F2\", \"Enter\", \"PgDn\" or \"Alt-X\""
                ));
            }
        };
        Ok(Key { code, modifiers })
    }

    /// The key pressed, in the form the table writes: Shift is part of a plain character
    /// ('?' or 'G'), but with Ctrl it is a modifier of its own (Ctrl-Shift-Z).
    fn of_event(event: &KeyEvent) -> Key {
        let control = event.modifiers.contains(KeyModifiers::CONTROL);
        match event.code {
            KeyCode::Char(c) if control => {
                let shifted = event.modifiers.contains(KeyModifiers::SHIFT) || c.is_uppercase();
                let mut modifiers = event.modifiers - KeyModifiers::SHIFT;
                if shifted {
                    modifiers |= KeyModifiers::SHIFT;
                }
                Key {
                    code: KeyCode::Char(c.to_ascii_lowercase()),
                    modifiers,
                }
            }
            KeyCode::Char(_) | KeyCode::BackTab => Key {
                code: event.code,
                modifiers: event.modifiers - KeyModifiers::SHIFT,
            },
            code => Key {
                code,
                modifiers: event.modifiers,
            },
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (modifier, name) in [
            (KeyModifiers::CONTROL, "Ctrl-"),
            (KeyModifiers::ALT, "Alt-"),
            (KeyModifiers::SHIFT, "Shift-"),
        ] {
            if self.modifiers.contains(modifier) {
                f.write_str(name)?;
            }
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{}", c.to_ascii_uppercase()),
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

/// The key table in use: the built-in one with the user's changes.
#[derive(Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Self {
            bindings: default_bindings(),
        }
    }
}

impl Keymap {
    /// The built-in table with the keys of the named commands replaced, in every place the
    /// command is bound. Returns the table and, for each entry that could not be used, its
    /// index and why.
    pub fn with_overrides(entries: &[(String, Vec<String>)]) -> (Self, Vec<(usize, String)>) {
        let mut keymap = Self::default();
        let mut problems = Vec::new();
        for (i, (name, keys)) in entries.iter().enumerate() {
            let Ok(command) = name.parse::<Command>() else {
                let names: Vec<String> = Command::iter().map(|c| c.name().to_owned()).collect();
                let near = crate::text::nearest(name, &names, 3);
                problems.push((
                    i,
                    format!(
                        "`{name}` is not an action; did you mean {}? (README lists them all)",
                        near.join(", ")
                    ),
                ));
                continue;
            };
            match keys
                .iter()
                .map(|k| Key::parse(k))
                .collect::<Result<Vec<_>, _>>()
            {
                Ok(parsed) if !parsed.is_empty() => keymap.rebind(command, &parsed),
                Ok(_) => problems.push((
                    i,
                    format!("`{name}` is given no keys: it could never be used"),
                )),
                Err(message) => problems.push((i, message)),
            }
        }
        (keymap, problems)
    }

    /// Gives `command` the keys `keys` in every place it was bound.
    fn rebind(&mut self, command: Command, keys: &[Key]) {
        let mut old: Vec<Binding> = Vec::new();
        self.bindings.retain(|b| {
            let keep = b.command != command;
            if !keep && !old.iter().any(|o| o.place == b.place) {
                old.push(b.clone());
            }
            keep
        });
        for binding in old {
            for key in keys {
                // The user's key comes first, before a built-in use of the same key there.
                self.bindings.insert(
                    0,
                    Binding {
                        key: *key,
                        ..binding.clone()
                    },
                );
            }
        }
    }

    /// The command for a key pressed where `places` apply (most specific first).
    pub fn command_for(&self, event: &KeyEvent, places: &[Place]) -> Option<Command> {
        let key = Key::of_event(event);
        let find = |key: Key| {
            places.iter().find_map(|place| {
                self.bindings
                    .iter()
                    .find(|b| b.place == *place && b.key == key)
                    .map(|b| b.command)
            })
        };
        find(key).or_else(|| {
            // Caps Lock turns Ctrl-S into Ctrl-Shift-S; without a binding of its own it is
            // still Ctrl-S.
            let shifted = key
                .modifiers
                .contains(KeyModifiers::SHIFT | KeyModifiers::CONTROL);
            shifted
                .then(|| Key {
                    modifiers: key.modifiers - KeyModifiers::SHIFT,
                    ..key
                })
                .and_then(find)
        })
    }

    /// The bindings to show in the status bar where `places` apply: one key per command, the
    /// most wanted first (the most specific place first among equals).
    pub fn hints(&self, places: &[Place]) -> Vec<Hint> {
        let mut hints: Vec<(u8, Hint)> = Vec::new();
        for place in places {
            for binding in self
                .bindings
                .iter()
                .filter(|b| b.rank > 0 && b.place == *place)
            {
                if hints.iter().any(|(_, h)| h.command == binding.command) {
                    continue;
                }
                hints.push((
                    binding.rank,
                    Hint {
                        keys: vec![binding.key],
                        command: binding.command,
                        place: *place,
                        describe: binding.describe,
                    },
                ));
            }
        }
        hints.sort_by_key(|(rank, _)| *rank);
        hints.into_iter().map(|(_, hint)| hint).collect()
    }

    /// The help's lines for `place`: each command with all its keys there.
    pub fn help_lines(&self, place: Place) -> Vec<Hint> {
        let mut lines: Vec<Hint> = Vec::new();
        for binding in self.bindings.iter().filter(|b| b.place == place) {
            match lines.iter_mut().find(|h| h.command == binding.command) {
                Some(line) => line.keys.push(binding.key),
                None => lines.push(Hint {
                    keys: vec![binding.key],
                    command: binding.command,
                    place,
                    describe: binding.describe,
                }),
            }
        }
        lines
    }
}

/// A command with the keys that give it, as the status bar and the help show it.
pub struct Hint {
    pub keys: Vec<Key>,
    pub command: Command,
    pub place: Place,
    pub describe: fn(&Strings) -> &'static str,
}

impl Hint {
    /// The keys as the user reads them: "↑ / Ctrl-P".
    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(Key::to_string)
            .collect::<Vec<_>>()
            .join(" / ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn overrides_replace_keys_and_report_mistakes() {
        let entries = vec![
            ("Quit".to_string(), vec!["Ctrl-X".to_string()]),
            ("Fly".to_string(), vec!["F5".to_string()]),
            ("Save".to_string(), vec!["Hyper-S".to_string()]),
        ];
        let (keymap, problems) = Keymap::with_overrides(&entries);
        let places = [Place::Lists, Place::Main, Place::Everywhere];
        let ctrl_x = key(KeyCode::Char('x'), KeyModifiers::CONTROL);
        assert_eq!(keymap.command_for(&ctrl_x, &places), Some(Command::Quit));
        let ctrl_q = key(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(keymap.command_for(&ctrl_q, &places), None);
        assert_eq!(
            problems.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            vec![1, 2]
        );
        assert!(problems[0].1.contains("`Fly` is not an action"));
        let (_, problems) = Keymap::with_overrides(&[("Qit".to_string(), vec!["F5".to_string()])]);
        assert!(problems[0].1.contains("did you mean Quit"), "{problems:?}");
        // What was wrong is left as it was.
        let ctrl_s = key(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(keymap.command_for(&ctrl_s, &places), Some(Command::Save));
    }

    #[test]
    fn the_readme_names_every_action_keys_ron_takes() {
        let readme = include_str!("../../README.md");
        let listed = readme
            .split("The actions: ")
            .nth(1)
            .and_then(|rest| rest.split('.').next())
            .unwrap_or_default()
            .replace('\n', " ");
        let listed: Vec<&str> = listed.split(", ").map(str::trim).collect();
        let names: Vec<&str> = Command::iter().map(Command::name).collect();
        assert_eq!(listed, names);
    }

    #[test]
    fn a_letter_alone_cannot_be_bound() {
        let entries = vec![("Quit".to_string(), vec!["q".to_string()])];
        let (_, problems) = Keymap::with_overrides(&entries);
        assert!(problems[0].1.contains("letter for typing"), "{problems:?}");
    }

    #[test]
    fn ctrl_shift_z_redoes_and_ctrl_z_undoes() {
        let keymap = Keymap::default();
        let places = [Place::Everywhere];
        let undo = key(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(keymap.command_for(&undo, &places), Some(Command::Undo));
        for redo in [
            key(
                KeyCode::Char('Z'),
                KeyModifiers::CONTROL | KeyModifiers::SHIFT,
            ),
            key(KeyCode::Char('Z'), KeyModifiers::CONTROL),
            key(KeyCode::Char('y'), KeyModifiers::CONTROL),
        ] {
            assert_eq!(keymap.command_for(&redo, &places), Some(Command::Redo));
        }
        // Caps Lock on: Ctrl-S still saves.
        let caps = key(KeyCode::Char('S'), KeyModifiers::CONTROL);
        assert_eq!(keymap.command_for(&caps, &places), Some(Command::Save));
    }

    #[test]
    fn the_help_lists_every_place_that_has_keys() {
        for binding in default_bindings() {
            assert!(Place::ALL.contains(&binding.place), "{:?}", binding.place);
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
