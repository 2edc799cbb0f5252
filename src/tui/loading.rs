//! The screen while a large catalogue loads. It shows at once, and the search can be typed
//! meanwhile: a professional starts the meeting by asking about the client's goal, not by
//! waiting for a catalogue, and what was typed becomes the search when the catalogue is ready.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

use super::action::Pane;
use super::input::TextField;
use super::keymap::{Context, Keymap};

pub struct Loading {
    /// What is loading, e.g. "Loading the catalogue /srv/catalogue".
    pub title: String,
    /// The invitation to type the search meanwhile.
    pub hint: String,
    /// The search typed so far.
    pub typed: TextField,
    started: Instant,
    /// The built-in keys: a user's own key file is read with the catalogue.
    keymap: Keymap,
}

/// What a key did on the loading screen.
#[derive(Debug, PartialEq, Eq)]
pub enum Handled {
    Continue,
    Quit,
}

impl Loading {
    pub fn new(title: String, hint: String) -> Self {
        Self {
            title,
            hint,
            typed: TextField::default(),
            started: Instant::now(),
            keymap: Keymap::default(),
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Editing keys edit the search; Ctrl-C or Ctrl-Q quits; everything else waits for the
    /// catalogue.
    pub fn handle(&mut self, event: &Event) -> Handled {
        let Event::Key(key) = event else {
            return Handled::Continue;
        };
        if key.kind != KeyEventKind::Press {
            return Handled::Continue;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL)
            && matches!(key.code, KeyCode::Char('c' | 'q'))
        {
            return Handled::Quit;
        }
        if let Some(action) = self.keymap.action_for(key, Context::Main(Pane::Search)) {
            self.typed.apply(&action);
        }
        Handled::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn typing_edits_the_search_and_ctrl_c_quits() {
        let mut loading = Loading::new("Loading".into(), "Type:".into());
        for c in "työnhakk".chars() {
            let handled = loading.handle(&key(KeyCode::Char(c), KeyModifiers::NONE));
            assert_eq!(handled, Handled::Continue);
        }
        loading.handle(&key(KeyCode::Backspace, KeyModifiers::NONE));
        loading.handle(&key(KeyCode::Char('u'), KeyModifiers::NONE));
        // Keys of the other panes do nothing yet.
        loading.handle(&key(KeyCode::Down, KeyModifiers::NONE));
        loading.handle(&key(KeyCode::Enter, KeyModifiers::NONE));
        assert_eq!(loading.typed.text(), "työnhaku");
        assert_eq!(
            loading.handle(&key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Handled::Quit
        );
    }
}
