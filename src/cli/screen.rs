//! `polku` without a subcommand: the meeting screen.

use std::process::ExitCode;

use super::context::Context;
use super::{EXIT_OK, EXIT_PROBLEMS};
use crate::catalog::CatalogSource;
use crate::theme::{load_theme, no_color_requested};
use crate::tui::App;
use crate::tui::app::{Message, MessageKind};

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

    // Problems with the settings or the theme are shown on screen, where they cannot be missed.
    let problems: Vec<String> = context
        .config_problem
        .iter()
        .chain(theme_problem.iter())
        .map(ToString::to_string)
        .chain(report.problems.iter().take(1).map(ToString::to_string))
        .collect();
    let mut app = App::new(report, &fallback_label, context.language, theme);
    if !problems.is_empty() {
        app.message = Some(Message {
            kind: MessageKind::Warning,
            text: problems.join("  ·  "),
        });
    }
    match crate::tui::run(app) {
        Ok(()) => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!("polku: the terminal failed: {e}");
            ExitCode::from(EXIT_PROBLEMS)
        }
    }
}
