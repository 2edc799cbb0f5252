//! Taking the terminal over and giving it back, on every way out: a normal quit, an error,
//! and a panic (the hook restores the terminal first, then lets the previous hook print).

use std::io::{self, stdout};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

/// Enters the alternate screen in raw mode with mouse reporting and bracketed paste (a paste
/// arrives as text, never as keys: its line breaks are not Enter).
pub fn enter() -> io::Result<DefaultTerminal> {
    install_panic_hook();
    let terminal = ratatui::try_init()?;
    execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    Ok(terminal)
}

/// Gives the terminal back as it was.
pub fn leave() {
    // Best effort: if the terminal is gone (closed window), there is nothing left to restore.
    let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
}
