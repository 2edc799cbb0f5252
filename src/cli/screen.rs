//! `polku` without a subcommand: the meeting screen.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use super::context::Context;
use super::{EXIT_OK, EXIT_PROBLEMS};
use crate::catalog::CatalogSource;
use crate::config::KeyFile;
use crate::date::Date;
use crate::plan::Clock;
use crate::plan::{Plan, RecoveryStore, open_plan};
use crate::ready::{self, Ready};
use crate::theme::{load_theme, no_color_requested};
use crate::tui::files::PlanFiles;
use crate::tui::keymap::Keymap;
use crate::tui::{App, LoadProgress, Loading, Parts};

pub fn run(context: &Context, plan_file: Option<&Path>) -> ExitCode {
    let clock = Clock::System;
    let today = clock.today();
    // The plan first: a file that cannot be read as a plan stops here, untouched, before the
    // screen could offer to save over it.
    let (plan, plan_path) = match plan_file {
        None => (new_plan(context, today), None),
        Some(path) => match open_plan(path) {
            Ok(plan) => (plan, Some(path.to_path_buf())),
            Err(e) if e.may_save_here() => (new_plan(context, today), Some(path.to_path_buf())),
            Err(e) => {
                eprintln!("polku: {e}");
                eprintln!("polku: the file was not changed.");
                return ExitCode::from(EXIT_PROBLEMS);
            }
        },
    };
    // A large catalogue takes seconds to load: the screen shows that it is loading meanwhile.
    let loading = match &context.catalog {
        CatalogSource::Builtin => None,
        CatalogSource::Folders(dirs) => {
            let strings = context.language.strings();
            let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
            Some(Loading::new(
                format!("{} {}", strings.loading_catalogue, names.join(", ")),
                context.language,
            ))
        }
    };
    let owned = context.clone();
    let progress = loading
        .as_ref()
        .map_or_else(Arc::default, |l| Arc::clone(&l.progress));
    // Storing the catalogue for next time goes on while the meeting starts; it is waited for
    // at the end, so that quitting does not leave it half done.
    let storing = Arc::new(Mutex::new(None));
    let build = {
        let storing = Arc::clone(&storing);
        move || {
            let (app, store) = build_app(&owned, plan, plan_path, today, &progress);
            if let Ok(mut slot) = storing.lock() {
                *slot = store;
            }
            app
        }
    };
    let result = match loading {
        None => crate::tui::run(build()),
        Some(loading) => crate::tui::run_after_loading(build, loading),
    };
    let store = storing.lock().ok().and_then(|mut slot| slot.take());
    if let Some(store) = store {
        let _ = store.join();
    }
    finish(result)
}

/// The meeting screen's state: the catalogue loaded and indexed, settings, keys and theme
/// read, their problems listed, and an unsaved plan from last time offered back.
fn build_app(
    context: &Context,
    plan: Plan,
    plan_path: Option<PathBuf>,
    today: Date,
    progress: &LoadProgress,
) -> (App, Option<Storing>) {
    let cache = context.cache_folder();
    let mut ready = ready::load(&context.catalog, cache.as_ref(), progress);
    let storing = ready.store_in_background();
    let Ready {
        report, searcher, ..
    } = ready;
    let fallback_label = match &context.catalog {
        CatalogSource::Builtin => "polku".to_owned(),
        CatalogSource::Folders(dirs) => dirs
            .iter()
            .map(|d| d.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
    };
    let theme_name = context.config.theme.as_deref().unwrap_or("dark");
    let user_themes = context.dirs.as_ref().map(|d| d.user_themes());
    let no_color = no_color_requested(std::env::var_os("NO_COLOR"));
    let (theme, theme_problem) = load_theme(theme_name, user_themes.as_deref(), no_color);

    let (key_file, key_file_problem) = match &context.dirs {
        Some(dirs) => KeyFile::load(&dirs.key_file()),
        None => (KeyFile::default(), None),
    };
    let (keymap, key_problems) = Keymap::with_overrides(&key_file.entries);

    // Problems with the settings, the keys or the theme are shown on screen, where they cannot
    // be missed.
    let problems: Vec<String> = context
        .config_problem
        .iter()
        .chain(key_file_problem.iter())
        .chain(theme_problem.iter())
        .map(ToString::to_string)
        .chain(
            key_problems
                .into_iter()
                .map(|(i, message)| key_file.problem(i, message).to_string()),
        )
        // The catalogue's problems are many lines for its maintainer (`polku check`); here the
        // skipped files say enough, and the header names them.
        .chain(report.skipped.iter().map(|f| f.reason.to_string()))
        .collect();
    let mut problems = problems;
    // An unsaved plan from last time, offered back.
    let mut offer = None;
    let recovery = context.dirs.as_ref().map(|dirs| {
        let store = RecoveryStore::new(dirs.recovery());
        store.forget_old_set_aside(std::time::SystemTime::now());
        let recoveries = store.find();
        problems.extend(recoveries.problems.iter().map(ToString::to_string));
        // A copy whose plan file already holds exactly that plan (polku stopped between
        // saving and removing the copy) has nothing to give back: it goes quietly.
        offer = recoveries.found.into_iter().find(|(file, snapshot)| {
            let saved = snapshot.is_already_saved();
            if saved {
                let _ = store.discard_file(file);
            }
            !saved
        });
        store
    });
    let files = PlanFiles {
        path: plan_path,
        plans_dir: Some(
            context
                .config
                .plans_dir
                .clone()
                .or_else(|| context.dirs.as_ref().map(|d| d.default_plans()))
                .unwrap_or_else(|| PathBuf::from(".")),
        ),
        recovery,
        ..PlanFiles::default()
    };
    let mut app = App::new(Parts {
        keymap,
        clock: Clock::System,
        plan,
        blank: new_plan(context, today),
        files,
        searcher: Some(searcher),
        ..Parts::new(report, &fallback_label, context.language, theme)
    });
    app.notify(problems);
    if let Some((file, snapshot)) = offer {
        app.offer_restore(snapshot, file);
    }
    (app, storing)
}

/// The thread storing the catalogue in the cache folder.
type Storing = JoinHandle<Result<(), String>>;

fn finish(result: std::io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!("polku: the terminal failed: {e}");
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}

/// A new plan, with what is already known filled in.
fn new_plan(context: &Context, today: Date) -> Plan {
    Plan {
        made: Some(today),
        language: context.language.code().to_owned(),
        professional: context.config.professional.clone().unwrap_or_default(),
        organisation: context.config.organisation.clone().unwrap_or_default(),
        ..Plan::default()
    }
}
