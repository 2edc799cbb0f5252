//! The built-in key table: one line per binding — the key, the command, where it works,
//! how much the status bar wants it, and what it does in words. Letters are never here: a
//! letter is always text. `keys.ron` changes keys by the command's name.

use super::action::Command::{self, *};
use super::keymap::Key;
use super::keymap::Place;
use super::keymap::Place as At;
use crate::i18n::Strings;

/// One line of the key table.
#[derive(Clone, Debug)]
pub struct Binding {
    pub key: Key,
    pub command: Command,
    pub place: Place,
    /// Where the status bar shows it: 1 first, 2 and 3 as there is room; 0 only in the help.
    pub rank: u8,
    pub describe: fn(&Strings) -> &'static str,
}

/// How much the status bar wants a key: the first ones always, then as room allows.
const FIRST: u8 = 1;
const SECOND: u8 = 2;
const THIRD: u8 = 3;
/// Only in the help.
const HELP: u8 = 0;

type Line = (
    &'static str,
    Command,
    Place,
    u8,
    fn(&Strings) -> &'static str,
);

/// Most specific places first within each group; the order within a place is the order of
/// the status bar and the help.
#[rustfmt::skip]
const TABLE: &[Line] = &[
    // Questions and notices: Enter is the safe choice, Esc goes back, Del leaves the changes
    // (their recovery copy stays) or sets a recovery copy aside (Ctrl-Z brings it back).
    ("Enter",        Activate,     At::Dialog,     FIRST,  |s| s.meeting.key_safe_choice),
    ("Esc",          Back,         At::Dialog,     FIRST,  |s| s.meeting.choice_back),
    ("Del",          Remove,       At::Dialog,     FIRST,  |s| s.meeting.key_discard),
    // A plan field being typed in.
    ("Enter",        Keep,         At::Field,      FIRST,  |s| s.key_commit),
    ("Esc",          Keep,         At::Field,      HELP,   |s| s.key_commit),
    ("Alt-Enter",    NewLine,      At::Field,      SECOND, |s| s.meeting.key_new_line),
    ("Up",           Up,           At::Field,      HELP,   |s| s.meeting.key_leave_field),
    ("Down",         Down,         At::Field,      HELP,   |s| s.meeting.key_leave_field),
    ("Tab",          Down,         At::Field,      HELP,   |s| s.meeting.key_leave_field),
    // Any text field.
    ("Left",         CursorLeft,   At::Text,       HELP,   |s| s.key_cursor),
    ("Right",        CursorRight,  At::Text,       HELP,   |s| s.key_cursor),
    ("Ctrl-Left",    WordLeft,     At::Text,       HELP,   |s| s.meeting.key_word),
    ("Ctrl-Right",   WordRight,    At::Text,       HELP,   |s| s.meeting.key_word),
    ("Home",         LineStart,    At::Text,       HELP,   |s| s.meeting.key_line_ends),
    ("Ctrl-A",       LineStart,    At::Text,       HELP,   |s| s.meeting.key_line_ends),
    ("End",          LineEnd,      At::Text,       HELP,   |s| s.meeting.key_line_ends),
    ("Ctrl-E",       LineEnd,      At::Text,       HELP,   |s| s.meeting.key_line_ends),
    ("Backspace",    Backspace,    At::Text,       HELP,   |s| s.key_backspace),
    ("Del",          DeleteChar,   At::Text,       HELP,   |s| s.key_delete),
    ("Ctrl-W",       DeleteWord,   At::Text,       HELP,   |s| s.key_delete_word),
    ("Ctrl-U",       ClearLine,    At::Text,       HELP,   |s| s.key_clear_line),
    // The plan editor's rows.
    ("Enter",        Activate,     At::Editor,     SECOND, |s| s.key_edit),
    ("Space",        Toggle,       At::Editor,     HELP,   |s| s.key_toggle),
    ("Right",        Next,         At::Editor,     HELP,   |s| s.meeting.key_choice),
    ("Left",         Previous,     At::Editor,     HELP,   |s| s.meeting.key_choice),
    ("Tab",          NextSection,  At::Editor,     SECOND, |s| s.key_section),
    ("Shift-Tab",    PrevSection,  At::Editor,     HELP,   |s| s.key_section),
    ("Up",           Up,           At::Editor,     HELP,   |s| s.key_move),
    ("Down",         Down,         At::Editor,     HELP,   |s| s.key_move),
    ("PgUp",         PageUp,       At::Editor,     HELP,   |s| s.key_page),
    ("PgDn",         PageDown,     At::Editor,     HELP,   |s| s.key_page),
    ("Home",         First,        At::Editor,     HELP,   |s| s.key_first_last),
    ("End",          Last,         At::Editor,     HELP,   |s| s.key_first_last),
    ("Del",          Remove,       At::Editor,     THIRD,  |s| s.key_remove_item),
    ("Esc",          Back,         At::Editor,     FIRST,  |s| s.key_close),
    // The filter panel.
    ("Up",           Up,           At::Filters,    HELP,   |s| s.key_filter_row),
    ("Down",         Down,         At::Filters,    HELP,   |s| s.key_filter_row),
    ("Space",        Toggle,       At::Filters,    FIRST,  |s| s.key_filter_change),
    ("Enter",        Toggle,       At::Filters,    HELP,   |s| s.key_filter_change),
    ("Right",        Next,         At::Filters,    HELP,   |s| s.key_filter_change),
    ("Left",         Previous,     At::Filters,    HELP,   |s| s.meeting.key_filter_back),
    ("Del",          Remove,       At::Filters,    SECOND, |s| s.key_filter_clear),
    ("Backspace",    Remove,       At::Filters,    HELP,   |s| s.key_filter_clear),
    ("Esc",          Back,         At::Filters,    FIRST,  |s| s.key_close),
    ("Ctrl-F",       Back,         At::Filters,    HELP,   |s| s.key_close),
    // Goals by theme.
    ("Enter",        Activate,     At::GoalBrowser, FIRST, |s| s.key_open_goal),
    ("Up",           Up,           At::GoalBrowser,HELP,  |s| s.key_move),
    ("Down",         Down,         At::GoalBrowser,HELP,  |s| s.key_move),
    ("PgUp",         PageUp,       At::GoalBrowser,HELP,  |s| s.key_page),
    ("PgDn",         PageDown,     At::GoalBrowser,HELP,  |s| s.key_page),
    ("Home",         First,        At::GoalBrowser,HELP,  |s| s.key_first_last),
    ("Esc",          Back,         At::GoalBrowser, FIRST, |s| s.key_close),
    ("Ctrl-G",       Back,         At::GoalBrowser,HELP,  |s| s.key_close),
    // The client view.
    ("Esc",          Back,         At::ClientView, FIRST,  |s| s.key_close),
    ("Up",           Up,           At::ClientView, HELP,   |s| s.key_scroll),
    ("Down",         Down,         At::ClientView, HELP,   |s| s.key_scroll),
    ("PgUp",         PageUp,       At::ClientView, HELP,   |s| s.key_page),
    ("PgDn",         PageDown,     At::ClientView, HELP,   |s| s.key_page),
    ("Home",         First,        At::ClientView, HELP,   |s| s.key_first_last),
    // The saved plans.
    ("Enter",        Activate,     At::Plans,      FIRST,  |s| s.meeting.key_open_this),
    ("Up",           Up,           At::Plans,      HELP,   |s| s.key_move),
    ("Down",         Down,         At::Plans,      HELP,   |s| s.key_move),
    ("PgUp",         PageUp,       At::Plans,      HELP,   |s| s.key_page),
    ("PgDn",         PageDown,     At::Plans,      HELP,   |s| s.key_page),
    ("Esc",          Back,         At::Plans,      FIRST,  |s| s.meeting.choice_back),
    // The file name to save as.
    ("Enter",        Activate,     At::SaveAs,     FIRST,  |s| s.key_save),
    ("Esc",          Back,         At::SaveAs,     FIRST,  |s| s.meeting.choice_back),
    // The help.
    ("Esc",          Back,         At::Help,       FIRST,  |s| s.key_close),
    ("F1",           Back,         At::Help,       HELP,   |s| s.key_close),
    ("Up",           Up,           At::Help,       HELP,   |s| s.key_scroll),
    ("Down",         Down,         At::Help,       HELP,   |s| s.key_scroll),
    ("PgUp",         PageUp,       At::Help,       HELP,   |s| s.key_page),
    ("PgDn",         PageDown,     At::Help,       HELP,   |s| s.key_page),
    // The plan pane.
    ("Del",          Remove,       At::PlanPane,   SECOND, |s| s.key_remove),
    // The main screen's lists.
    ("Home",         First,        At::Lists,      HELP,   |s| s.key_first_last),
    ("End",          Last,         At::Lists,      HELP,   |s| s.key_first_last),
    // The main screen.
    ("Enter",        Activate,     At::Main,       THIRD,  |s| s.key_activate),
    ("Tab",          NextPane,     At::Main,       THIRD,  |s| s.key_next_pane),
    ("Shift-Tab",    PrevPane,     At::Main,       HELP,   |s| s.key_prev_pane),
    ("Up",           Up,           At::Main,       HELP,   |s| s.key_move),
    ("Down",         Down,         At::Main,       HELP,   |s| s.key_move),
    ("PgUp",         PageUp,       At::Main,       HELP,   |s| s.key_page),
    ("PgDn",         PageDown,     At::Main,       HELP,   |s| s.key_page),
    ("Esc",          Back,         At::Main,       HELP,   |s| s.key_back),
    ("Ctrl-F",       Filters,      At::Main,       THIRD,  |s| s.key_filters),
    ("Ctrl-G",       GoalBrowser,  At::Main,       HELP,   |s| s.key_goal_browser),
    ("Ctrl-R",       ClearFilters, At::Main,       HELP,   |s| s.key_clear_filters),
    // Everywhere.
    ("F1",           Help,         At::Everywhere, FIRST,  |s| s.key_help),
    ("Ctrl-S",       Save,         At::Everywhere, FIRST,  |s| s.key_save),
    ("F12",          SaveAs,       At::Everywhere, SECOND, |s| s.meeting.key_save_as),
    ("Ctrl-Z",       Undo,         At::Everywhere, SECOND, |s| s.meeting.key_undo),
    ("Ctrl-Y",       Redo,         At::Everywhere, HELP,   |s| s.meeting.key_redo),
    ("Ctrl-Shift-Z", Redo,         At::Everywhere, HELP,   |s| s.meeting.key_redo),
    ("F3",           PlanEditor,   At::Everywhere, SECOND, |s| s.key_plan_editor),
    ("F2",           ClientView,   At::Everywhere, THIRD,  |s| s.key_client_view),
    ("Ctrl-O",       OpenPlan,     At::Everywhere, THIRD,  |s| s.meeting.key_open_plan),
    ("Ctrl-N",       NewPlan,      At::Everywhere, HELP,   |s| s.meeting.key_new_plan),
    ("F4",           Export,       At::Everywhere, HELP,   |s| s.key_export),
    ("Ctrl-Q",       Quit,         At::Everywhere, FIRST,  |s| s.key_quit),
    ("Ctrl-C",       Quit,         At::Everywhere, HELP,   |s| s.key_quit),
];

/// The built-in bindings.
pub fn default_bindings() -> Vec<Binding> {
    TABLE
        .iter()
        .filter_map(|&(key, command, place, rank, describe)| {
            // Every key in the table parses; a test proves it.
            Some(Binding {
                key: Key::parse(key).ok()?,
                command,
                place,
                rank,
                describe,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_in_the_table_parses() {
        for (key, ..) in TABLE {
            assert!(Key::parse(key).is_ok(), "{key}");
        }
        assert_eq!(default_bindings().len(), TABLE.len());
    }

    #[test]
    fn no_key_means_two_things_in_one_place() {
        let bindings = default_bindings();
        for (i, a) in bindings.iter().enumerate() {
            for b in &bindings[i + 1..] {
                assert!(
                    !(a.key == b.key && a.place == b.place),
                    "{} is bound twice in {:?}",
                    a.key,
                    a.place
                );
            }
        }
    }

    #[test]
    fn escape_never_quits_and_enter_never_discards() {
        for binding in default_bindings() {
            if binding.key == Key::parse("Esc").unwrap()
                || binding.key == Key::parse("Enter").unwrap()
            {
                assert_ne!(binding.command, Quit);
                assert_ne!(binding.command, Remove);
            }
        }
    }
}
