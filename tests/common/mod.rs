//! What the tests share: the built binary run with a clean HOME, the test catalogue, the
//! tests' day, keys and pastes sent as a terminal sends them, and the screen read back as text.
// Each test file uses some of these, never all.
#![allow(dead_code)]

use std::process::{Command, Output};

use polku::catalog::{Catalog, CatalogSource, LoadReport, SourceFile, load};
use polku::date::Date;
use polku::search::{Filters, Query, Searcher};
use polku::tui::{App, action_for_event, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Runs the built `polku` with `args` as a new user would: a HOME of its own without settings,
/// the C locale (so English), nothing else from the environment.
pub fn polku(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_polku"))
        .args(args)
        .env_clear()
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap()
}

/// The small catalogue the screen tests search.
pub fn report() -> LoadReport {
    load(vec![SourceFile::in_memory(
        "catalog.ron",
        include_bytes!("../fixtures/search/catalog.ron"),
    )])
}

/// The built-in catalogue, as `polku` starts with it, which must load without a problem.
pub fn builtin() -> Catalog {
    let report = CatalogSource::Builtin.load();
    assert!(
        report.is_clean(),
        "built-in catalogue has problems: {:#?}",
        report.problems
    );
    report.catalog
}

/// A catalogue written in the test itself (RON text), which must load without a problem.
pub fn catalog_from_ron(ron: &str) -> Catalog {
    let report = load(vec![SourceFile::in_memory(
        "c.ron",
        ron.as_bytes().to_vec(),
    )]);
    assert!(report.is_clean(), "{:?}", report.problems);
    report.catalog
}

/// The day the tests' clock says it is.
pub fn today() -> Date {
    Date::new(2026, 6, 10).unwrap()
}

/// Sends any terminal event through the key table, as the running program does.
pub fn send(app: &mut App, event: &Event) {
    if let Some(action) = action_for_event(app, event) {
        app.update(action);
    }
}

pub fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    send(app, &Event::Key(KeyEvent::new(code, modifiers)));
}

pub fn key(app: &mut App, code: KeyCode) {
    press(app, code, KeyModifiers::NONE);
}

pub fn keys(app: &mut App, codes: &[KeyCode]) {
    for code in codes {
        key(app, *code);
    }
}

pub fn ctrl(app: &mut App, c: char) {
    press(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// A bracketed paste, as a terminal delivers one.
pub fn paste(app: &mut App, text: &str) {
    send(app, &Event::Paste(text.to_owned()));
}

/// The screen as text, one line per row, and where the cursor is.
pub fn screen_at(app: &App, width: u16, height: u16) -> (String, Option<(u16, u16)>) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| draw(frame, app)).unwrap();
    let cursor = terminal.get_cursor_position().ok().map(|p| (p.x, p.y));
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..height {
        for x in 0..width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    (out, cursor)
}

/// The screen as text, one line per row.
pub fn screen(app: &App, width: u16, height: u16) -> String {
    screen_at(app, width, height).0
}

/// The ids of the services a search finds, in ranked order.
pub fn ranked_ids(catalog: &Catalog, query: &Query) -> Vec<String> {
    Searcher::new(catalog)
        .search(catalog, query, None)
        .services
        .iter()
        .map(|h| catalog.services[h.index].id.to_string())
        .collect()
}

/// The ids of the services a search for `typed`, with no filters, in `lang` finds, in ranked
/// order.
pub fn ids_for(catalog: &Catalog, typed: &str, lang: &str) -> Vec<String> {
    ranked_ids(catalog, &Query::new(typed, Filters::default(), lang))
}
