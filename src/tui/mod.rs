//! The meeting screen: the terminal layer. Keys become actions through the key table
//! (`keys`, `keymap`), `App::update` gives them to the top overlay or the main screen, and
//! `view` draws the result. Plan editing itself is domain code (`crate::plan::edit`).

pub mod action;
pub mod app;
mod commands;
pub mod cursor;
pub mod files;
pub mod input;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod loading;
mod main_screen;
pub mod overlay;
pub mod state;
pub mod terminal;
pub mod view;

use std::io;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use signal_hook::consts::{SIGHUP, SIGTERM};
use signal_hook::iterator::Signals;

use crate::plan::{Plan, RecoverySnapshot};

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers, MouseEventKind};

use crate::plan::RecoveryStore;

pub use action::{Action, Command, Pane};
pub use app::App;
pub use loading::{Handled, LoadProgress, Loading};
pub use main_screen::SHOWN_RESULTS;
pub use state::{Parts, State};
pub use view::draw;

/// Turns a terminal event into an action in the app's current context.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        // Only presses count: releases and repeats reported by some terminals would double keys.
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            match app.keymap.command_for(key, &app.places()) {
                Some(command) => Some(Action::Command(command)),
                // A character no binding claims is text, wherever it is typed.
                None => match key.code {
                    KeyCode::Char(c)
                        if !key
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                    {
                        Some(Action::Insert(c))
                    }
                    _ => None,
                },
            }
        }
        Event::Paste(text) => Some(Action::Paste(text.clone())),
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

/// What to write if the terminal goes away: the plan with its unsaved changes.
#[derive(Default)]
struct Unsaved {
    plan: Option<(Plan, Option<PathBuf>)>,
    /// The recovery store of the plan on screen (a new one for each plan opened).
    store: Option<RecoveryStore>,
}

/// Runs the meeting screen until the user quits.
pub fn run(app: App) -> io::Result<()> {
    let mut terminal = terminal::enter()?;
    run_in(&mut terminal, app)
}

/// Shows the loading screen at once while `build` makes the app on another thread (a large
/// catalogue takes seconds), then runs the meeting screen with the search typed meanwhile.
/// Ctrl-C or Ctrl-Q while loading quits.
pub fn run_after_loading(
    build: impl FnOnce() -> App + Send + 'static,
    mut loading: Loading,
) -> io::Result<()> {
    let mut terminal = terminal::enter()?;
    let builder = std::thread::spawn(build);
    while !builder.is_finished() {
        terminal.draw(|frame| view::draw_loading(frame, &loading))?;
        // Short waits: the screen is ready within a tenth of a second of the catalogue.
        if event::poll(Duration::from_millis(100))?
            && loading.handle(&event::read()?) == Handled::Quit
        {
            terminal::leave();
            return Ok(());
        }
    }
    // A panic while loading is a bug in polku: carry it on, after the terminal is restored by
    // the panic hook.
    let mut app = builder
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
    app.type_ahead(loading.typed);
    run_in(&mut terminal, app)
}

fn run_in(terminal: &mut ratatui::DefaultTerminal, mut app: App) -> io::Result<()> {
    let unsaved = Arc::new(Mutex::new(Unsaved::default()));
    watch_for_hang_up(&app, Arc::clone(&unsaved))?;
    let result = event_loop(terminal, &mut app, &unsaved);
    // Whatever ended the loop, unsaved changes get their recovery copy now.
    app.tick(Instant::now(), true);
    terminal::leave();
    result
}

/// A closed terminal (SIGHUP) or a polite kill (SIGTERM) must not lose what was typed. The
/// terminal library may be stuck reading a terminal that is gone, so a thread of its own writes
/// the recovery copy and ends the process.
fn watch_for_hang_up(app: &App, unsaved: Arc<Mutex<Unsaved>>) -> io::Result<()> {
    if let Ok(mut u) = unsaved.lock() {
        u.store = app.files.recovery.clone();
    }
    let mut signals = Signals::new([SIGHUP, SIGTERM])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let (pending, store) = unsaved
                .lock()
                .map(|u| (u.plan.clone(), u.store.clone()))
                .unwrap_or_else(|poisoned| {
                    let u = poisoned.into_inner();
                    (u.plan.clone(), u.store.clone())
                });
            if let (Some(store), Some((plan, path))) = (&store, pending) {
                // Nobody is left to tell if this fails; the copy from a few seconds ago stays.
                let _ = store.write(&RecoverySnapshot::new(plan, path, SystemTime::now()));
            }
            terminal::leave();
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    unsaved: &Mutex<Unsaved>,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    while !app.quit {
        terminal.draw(|frame| draw(frame, app))?;
        // Wake up now and then without input, to write the recovery copy on time.
        if event::poll(Duration::from_millis(250))? {
            let event = event::read()?;
            if let Some(action) = action_for_event(app, &event) {
                let was_dirty = app.dirty();
                app.update(action);
                // Only a key that changed the plan (or saved it) changes what a hang-up writes;
                // moving about costs no copy of the plan.
                if app.edited || app.dirty() != was_dirty {
                    let pending = app.unsaved_plan();
                    if let Ok(mut unsaved) = unsaved.lock() {
                        unsaved.plan = pending.map(|plan| (plan, app.files.path.clone()));
                        unsaved.store = app.files.recovery.clone();
                    }
                }
            }
        }
        app.tick(Instant::now(), false);
    }
    Ok(())
}
