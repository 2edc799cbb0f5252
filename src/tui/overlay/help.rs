//! Every key, grouped by where it works, generated from the key table in use; it scrolls only
//! as far as it has text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{Kind, Outcome, Overlay, panel};
use crate::tui::action::{Action, Command};
use crate::tui::keymap::Place;
use crate::tui::layout::centered;
use crate::tui::state::State;

#[derive(Debug, Default)]
pub struct Help {
    scroll: u16,
}

impl Help {
    fn lines(state: &State) -> Vec<Line<'static>> {
        let s = state.strings();
        let theme = &state.theme;
        let mut lines = Vec::new();
        for place in Place::ALL {
            let entries = state.keymap.help_lines(place);
            if entries.is_empty() {
                continue;
            }
            lines.push(Line::styled(place.title(s), theme.accent));
            for entry in entries {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {:<24}", entry.keys_label()), theme.text),
                    Span::styled((entry.describe)(s), theme.muted),
                ]));
            }
            lines.push(Line::default());
        }
        lines.push(Line::styled(s.meeting.place_text, theme.accent));
        lines.push(Line::styled(
            format!("  {}", s.meeting.not_typing),
            theme.muted,
        ));
        lines
    }

    fn area(area: Rect) -> Rect {
        centered(area, 78, area.height.saturating_sub(2))
    }

    /// How far the help can scroll in `area` before its last line reaches the bottom.
    fn max_scroll(state: &State) -> u16 {
        let inner = Self::area(state.size).height.saturating_sub(2);
        (Self::lines(state).len() as u16).saturating_sub(inner)
    }
}

impl Overlay for Help {
    fn kind(&self) -> Kind {
        Kind::Help
    }

    fn places(&self) -> Vec<Place> {
        vec![Place::Help, Place::Everywhere]
    }

    fn event(&mut self, action: &Action, state: &mut State) -> Outcome {
        let max = Self::max_scroll(state);
        let scroll = match action.command() {
            Some(Command::Up) => self.scroll.saturating_sub(1),
            Some(Command::Down) => self.scroll.saturating_add(1),
            Some(Command::PageUp) => self.scroll.saturating_sub(10),
            Some(Command::PageDown) => self.scroll.saturating_add(10),
            Some(Command::Back) => return Outcome::Close,
            _ => match action {
                Action::ScrollUp { .. } => self.scroll.saturating_sub(3),
                Action::ScrollDown { .. } => self.scroll.saturating_add(3),
                Action::Insert(_) | Action::Paste(_) => return Outcome::Pass,
                Action::Click { .. } => return Outcome::Consumed,
                _ => return Outcome::Ignored,
            },
        };
        self.scroll = scroll.min(max);
        Outcome::Consumed
    }

    fn draw(&self, frame: &mut Frame, area: Rect, state: &State) {
        let s = state.strings();
        let box_area = Self::area(area);
        frame.render_widget(Clear, box_area);
        let paragraph = Paragraph::new(Self::lines(state))
            .block(panel(state, s.help_title))
            .scroll((self.scroll, 0));
        frame.render_widget(paragraph, box_area);
    }
}
