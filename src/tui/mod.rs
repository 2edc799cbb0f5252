//! The meeting screen: the terminal layer. Keys become actions (`keymap`), `App::update`
//! changes the state, `view` draws it.

pub mod action;
pub mod app;
pub mod cursor;
pub mod files;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod plan_form;
pub mod terminal;
pub mod view;

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseEventKind};

pub use action::{Action, Pane};
pub use app::App;
pub use view::draw;

/// Turns a terminal event into an action in the app's current context.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        // Only presses count: releases and repeats reported by some terminals would double keys.
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            app.keymap.action_for(key, app.context())
        }
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(_) => Some(Action::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp {
                column: mouse.column,
                row: mouse.row,
            }),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown {
                column: mouse.column,
                row: mouse.row,
            }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// Runs the meeting screen until the user quits.
pub fn run(mut app: App) -> io::Result<()> {
    // A closed terminal (SIGHUP) or a polite kill (SIGTERM) must not lose what was typed:
    // note it, write the recovery copy, then leave.
    let hang_up = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGHUP, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(signal, Arc::clone(&hang_up))?;
    }
    let mut terminal = terminal::enter()?;
    let result = event_loop(&mut terminal, &mut app, &hang_up);
    // Whatever ended the loop, unsaved changes get their recovery copy now.
    app.tick(Instant::now(), true);
    terminal::leave();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    hang_up: &AtomicBool,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    while !app.quit && !hang_up.load(Ordering::Relaxed) {
        terminal.draw(|frame| draw(frame, app))?;
        // Wake up now and then without input, to write the recovery copy on time.
        if event::poll(Duration::from_millis(250))? {
            let event = event::read()?;
            if let Some(action) = action_for_event(app, &event) {
                app.update(action);
            }
        }
        app.tick(Instant::now(), false);
    }
    Ok(())
}
