//! The screen while a large catalogue loads. It shows at once, and the search can be typed
//! meanwhile: a professional starts the meeting by asking about the client's goal, not by
//! waiting for a catalogue, and what was typed becomes the search when the catalogue is ready.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

use super::input::TextField;
use super::keymap::{Keymap, Place};
use crate::i18n::{Language, Strings};

/// How far loading has come, written by the thread that loads and read by the screen.
pub use crate::ready::Progress as LoadProgress;

pub struct Loading {
    /// What is loading, e.g. "Loading the catalogue /srv/catalogue".
    pub title: String,
    pub strings: &'static Strings,
    /// The search typed so far.
    pub typed: TextField,
    pub progress: Arc<LoadProgress>,
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
    pub fn new(title: String, language: Language) -> Self {
        Self {
            title,
            strings: language.strings(),
            typed: TextField::default(),
            progress: Arc::default(),
            started: Instant::now(),
            keymap: Keymap::default(),
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// How far loading has come, in words: services read so far, then the search being made
    /// ready.
    pub fn stage(&self) -> String {
        if self.progress.indexing.load(Ordering::Relaxed) {
            return self.strings.loading_preparing_search.to_owned();
        }
        match self.progress.services_read.load(Ordering::Relaxed) {
            0 => String::new(),
            read => format!("{read} {}", self.strings.loading_services_read),
        }
    }

    /// Editing keys edit the search, a paste is one line of it; Ctrl-C or Ctrl-Q quits; everything else waits for the
    /// catalogue.
    pub fn handle(&mut self, event: &Event) -> Handled {
        let key = match event {
            Event::Key(key) => key,
            Event::Paste(text) => {
                self.typed.insert_text(text);
                return Handled::Continue;
            }
            _ => return Handled::Continue,
        };
        if key.kind != KeyEventKind::Press {
            return Handled::Continue;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL)
            && matches!(key.code, KeyCode::Char('c' | 'q'))
        {
            return Handled::Quit;
        }
        match self.keymap.command_for(key, &[Place::Text]) {
            Some(command) => {
                self.typed.apply(command);
            }
            None => {
                if let KeyCode::Char(c) = key.code
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                {
                    self.typed.insert(c);
                }
            }
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
        let mut loading = Loading::new("Loading".into(), Language::En);
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
