//! Questions and notices. Every dialog has the same keys: Enter is the safe choice, Esc goes
//! back, and Del (shown beside it) leaves the changes or sets a recovery copy aside, neither
//! of which loses anything. Enter never discards anything, and a letter is never a choice: it
//! closes the question as Esc would and is text for what is beneath.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{Kind, Outcome, Overlay, Request, panel};
use crate::i18n::Strings;
use crate::plan::RecoverySnapshot;
use crate::tui::action::{Action, Command};
use crate::tui::keymap::Place;
use crate::tui::layout::centered;
use crate::tui::state::State;
use crate::tui::view::widgets::safe;

/// What waits for the unsaved changes to be saved or left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    Nothing,
    Quit,
    Open(PathBuf),
    New,
}

enum Question {
    /// The plan has unsaved changes and something would leave it.
    Unsaved(Pending),
    /// An unsaved plan from last time.
    Restore {
        /// Taken when the plan is restored.
        snapshot: Option<Box<RecoverySnapshot>>,
        file: PathBuf,
        /// When the copy was written, in the professional's time zone.
        written_at: String,
    },
    /// Problems found at start, each with its place.
    Notice(Vec<String>),
}

pub struct Dialog {
    question: Question,
}

impl Dialog {
    pub fn unsaved(then: Pending) -> Self {
        Self {
            question: Question::Unsaved(then),
        }
    }

    pub fn restore(snapshot: Box<RecoverySnapshot>, file: PathBuf) -> Self {
        let written_at = crate::local_time::utc_text_local(&snapshot.saved_at);
        Self {
            question: Question::Restore {
                snapshot: Some(snapshot),
                file,
                written_at,
            },
        }
    }

    pub fn notice(lines: Vec<String>) -> Self {
        Self {
            question: Question::Notice(lines),
        }
    }

    /// The dialog's title, its text, and its choices: (key, what it does).
    fn words(
        &self,
        s: &'static Strings,
        discard_key: String,
    ) -> (&'static str, Vec<String>, Vec<(String, &'static str)>) {
        let m = s.meeting;
        match &self.question {
            Question::Unsaved(then) => {
                let quitting = *then == Pending::Quit;
                let text = if quitting {
                    m.unsaved_quit
                } else {
                    m.unsaved_switch
                };
                let choices = vec![
                    (
                        "Enter".to_owned(),
                        if quitting {
                            m.choice_save_quit
                        } else {
                            m.choice_save_first
                        },
                    ),
                    ("Esc".to_owned(), m.choice_back),
                    (
                        discard_key,
                        if quitting {
                            m.choice_discard_quit
                        } else {
                            m.choice_discard_switch
                        },
                    ),
                ];
                (m.unsaved_title, vec![text.to_owned()], choices)
            }
            Question::Restore { written_at, .. } => {
                let choices = vec![
                    ("Enter".to_owned(), m.choice_restore),
                    ("Esc".to_owned(), m.choice_later),
                    (discard_key, m.choice_discard_copy),
                ];
                let written = m.copy_written_at.replace("{time}", written_at);
                let text = vec![s.restore_text.to_owned(), written];
                (s.restore_title, text, choices)
            }
            Question::Notice(lines) => {
                let mut text = vec![s.notice_text.to_owned()];
                text.extend(lines.iter().cloned());
                let choices = vec![("Enter / Esc".to_owned(), m.choice_close)];
                (s.notice_title, text, choices)
            }
        }
    }
}

impl Overlay for Dialog {
    fn kind(&self) -> Kind {
        Kind::Dialog
    }

    fn places(&self) -> Vec<Place> {
        vec![Place::Dialog]
    }

    fn event(&mut self, action: &Action, _state: &mut State) -> Outcome {
        // Typing goes on beneath: the question is put away as Esc would.
        if matches!(action, Action::Insert(_) | Action::Paste(_)) {
            return Outcome::Pass;
        }
        let command = action.command();
        let discard = command == Some(Command::Remove);
        match &mut self.question {
            Question::Notice(_) => match command {
                Some(Command::Activate | Command::Back) => Outcome::Close,
                _ => Outcome::Consumed,
            },
            Question::Unsaved(then) => match command {
                Some(Command::Activate) => {
                    Outcome::CloseAnd(Request::SaveThen(std::mem::replace(then, Pending::Nothing)))
                }
                Some(Command::Back) => Outcome::Close,
                _ if discard => Outcome::CloseAnd(Request::DiscardThen(std::mem::replace(
                    then,
                    Pending::Nothing,
                ))),
                _ => Outcome::Consumed,
            },
            Question::Restore { snapshot, file, .. } => match command {
                Some(Command::Activate) => match snapshot.take() {
                    Some(snapshot) => {
                        Outcome::CloseAnd(Request::Restore(snapshot, std::mem::take(file)))
                    }
                    None => Outcome::Close,
                },
                // Not now: the copy stays and is offered again at the next start.
                Some(Command::Back) => Outcome::Close,
                _ if discard => Outcome::CloseAnd(Request::DiscardCopy(std::mem::take(file))),
                _ => Outcome::Consumed,
            },
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, state: &State) {
        let theme = &state.theme;
        let discard_key = state.key_in(Command::Remove, Place::Dialog);
        let (title, text, choices) = self.words(state.strings(), discard_key);
        let mut lines: Vec<Line> = text
            .iter()
            .enumerate()
            .map(|(i, t)| Line::from(safe(t, if i == 0 { theme.warning } else { theme.text })))
            .collect();
        lines.push(Line::default());
        for (key, what) in &choices {
            lines.push(Line::from(vec![
                Span::styled(format!("{key:>7}  "), theme.accent),
                Span::styled(*what, theme.text),
            ]));
        }
        let width = 70.min(area.width);
        // Long lines wrap: a row for every width's worth of text, and the border.
        let inner = width.saturating_sub(2).max(1) as usize;
        let height: usize = lines.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
        let box_area = centered(area, width, height as u16 + 2);
        frame.render_widget(Clear, box_area);
        frame.render_widget(
            // Not trimmed: the keys stand in a column of their own.
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(panel(state, title)),
            box_area,
        );
    }
}
