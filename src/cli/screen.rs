//! `polku` without a subcommand: the meeting screen.

use std::process::ExitCode;

use super::context::Context;
use super::{EXIT_OK, EXIT_PROBLEMS};
use crate::catalog::CatalogSource;
use crate::config::KeyFile;
use crate::theme::{load_theme, no_color_requested};
use crate::tui::App;
use crate::tui::keymap::Keymap;

pub fn run(context: &Context) -> ExitCode {
    let report = context.catalog.load();
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
    let mut app = App::new(report, &fallback_label, context.language, theme);
    app.keymap = keymap;
    app.notify(problems);
    match crate::tui::run(app) {
        Ok(()) => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!("polku: the terminal failed: {e}");
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}
