//! The file name to save the plan under, offered in the plans folder and edited like any text
//! field. A name that is taken or cannot be written stays on screen to be changed.

use std::path::Path;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::{Kind, Outcome, Overlay, Pending, Request, panel};
use crate::text::display_safe;
use crate::tui::action::{Action, Command};
use crate::tui::input::TextField;
use crate::tui::keymap::Place;
use crate::tui::layout::centered;
use crate::tui::state::State;
use crate::tui::view::widgets::safe;

pub struct SaveAs {
    field: TextField,
    /// What to do once the plan is saved.
    then: Pending,
}

impl SaveAs {
    pub fn new(suggested: &Path, then: Pending) -> Self {
        Self {
            field: TextField::with_text(&suggested.display().to_string()),
            then,
        }
    }
}

impl Overlay for SaveAs {
    fn kind(&self) -> Kind {
        Kind::SaveAs
    }

    fn places(&self) -> Vec<Place> {
        vec![Place::Text, Place::SaveAs]
    }

    fn event(&mut self, action: &Action, state: &mut State) -> Outcome {
        match action {
            Action::Insert(c) => {
                self.field.insert(*c);
            }
            Action::Paste(text) => {
                self.field.insert_text(text);
            }
            Action::Command(Command::Activate) => {
                let path = state.files.resolve_name(self.field.text());
                return Outcome::Ask(Request::SaveAsThen(path, self.then.clone()));
            }
            Action::Command(Command::Back) => return Outcome::Close,
            Action::Command(command) => {
                self.field.apply(*command);
            }
            _ => {}
        }
        Outcome::Consumed
    }

    fn draw(&self, frame: &mut Frame, area: Rect, state: &State) {
        let s = state.strings();
        let box_area = centered(area, 84, 6);
        frame.render_widget(Clear, box_area);
        let block = panel(state, s.save_as_title);
        let inner = block.inner(box_area);
        frame.render_widget(block, box_area);
        // The end of a long path is the part that matters: the name.
        let text = display_safe(self.field.text());
        let before: String = display_safe(
            &self
                .field
                .text()
                .chars()
                .take(self.field.cursor())
                .collect::<String>(),
        );
        let width = inner.width as usize;
        let column = Line::raw(before.as_str()).width();
        let skip = (column + 1).saturating_sub(width);
        let shown: String = text.chars().skip(skip).collect();
        let lines = vec![
            Line::from(safe(&shown, state.theme.text)),
            Line::default(),
            Line::styled(s.save_as_hint, state.theme.muted),
        ];
        frame.render_widget(Paragraph::new(lines), inner);
        let column = (column - skip) as u16;
        if column < inner.width {
            frame.set_cursor_position(Position::new(inner.x + column, inner.y));
        }
    }
}
