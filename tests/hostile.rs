//! Catalogues written by someone else must never take polku down, nor reach the terminal as
//! escape sequences.

use polku::catalog::{SourceFile, load};
use polku::i18n::Language;
use polku::theme::Theme;
use polku::tui::{Action, App, Command, Parts, draw};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};

fn load_bytes(bytes: Vec<u8>) -> polku::catalog::LoadReport {
    load(vec![SourceFile::in_memory("x.ron", bytes)])
}

/// Pieces of RON and of catalogue files, to build inputs that get past the first byte.
fn ron_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("(".to_string()),
        Just(")".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just("goals".to_string()),
        Just("services".to_string()),
        Just("id".to_string()),
        Just("name".to_string()),
        Just("summary".to_string()),
        Just("formats".to_string()),
        Just("Group".to_string()),
        Just("Some".to_string()),
        Just("\"fi\"".to_string()),
        Just("\"a-b\"".to_string()),
        Just("r#\"x\"#".to_string()),
        Just("/*".to_string()),
        Just("//".to_string()),
        Just("\n".to_string()),
        "\"[^\"]{0,8}\"",
        "[a-z]{1,6}",
        "[0-9]{1,4}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_bytes_are_reported_not_crashed_on(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let report = load_bytes(bytes);
        // Whatever it was, it is either clean or explained with a place.
        for problem in &report.problems {
            prop_assert!(problem.position.line >= 1 && problem.position.column >= 1);
        }
    }

    #[test]
    fn any_bytes_as_a_plan_are_refused_not_crashed_on(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        std::fs::write(&path, &bytes).unwrap();
        // Either a plan or a reason; and the file is never touched.
        let _ = polku::plan::open_plan(&path);
        prop_assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn plan_shaped_garbage_is_refused_not_crashed_on(pieces in proptest::collection::vec(ron_piece(), 0..80)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        std::fs::write(&path, format!("(version: 1, {})", pieces.join(" "))).unwrap();
        let _ = polku::plan::open_plan(&path);
    }

    #[test]
    fn ron_shaped_garbage_is_reported_not_crashed_on(pieces in proptest::collection::vec(ron_piece(), 0..80)) {
        let text = pieces.join(" ");
        let report = load_bytes(text.into_bytes());
        prop_assert!(report.is_clean() || !report.problems.is_empty());
    }
}

/// A catalogue whose text tries every trick on the terminal.
fn hostile_catalogue() -> App {
    let evil = "Evil\u{1b}[2J\u{1b}]0;pwned\u{7}\rX\u{8}\u{202e}desrever\u{200b}zw e\u{301}\u{301}\u{301} 漢字漢字 🙂👩‍👩‍👧 \u{9b}31m";
    let ron = format!(
        r#"(
            goals: [(id: "g", name: "{evil}", keywords: ["{evil}"])],
            services: [(
                id: "s", name: "{evil}", summary: "{evil}", goals: ["g"], provider: "{evil}",
                formats: [Group], description: "{evil}", areas: ["{evil}"], target_groups: ["{evil}"],
                eligibility: "{evil}", duration: "{evil}", contact: (web: "{evil}", phone: "{evil}"),
            )],
        )"#,
        evil = evil.replace('\\', "\\\\").replace('"', "\\\"")
    );
    let report = load_bytes(ron.into_bytes());
    assert!(report.is_clean(), "{:?}", report.problems);
    let mut app = App::new(Parts::new(report, "hostile", Language::En, Theme::dark()));
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    app
}

#[test]
fn hostile_text_emits_no_control_sequences_of_its_own() {
    let mut app = hostile_catalogue();
    for c in "evil".chars() {
        app.update(Action::Insert(c));
    }
    app.update(Action::Command(Command::Activate));
    let mut bytes = Vec::new();
    {
        let backend = CrosstermBackend::new(&mut bytes);
        let mut terminal = Terminal::with_options(
            backend,
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 100, 30)),
            },
        )
        .unwrap();
        terminal.draw(|frame| draw(frame, &app)).unwrap();
    }
    let text = String::from_utf8_lossy(&bytes);
    // The catalogue's own sequences never arrive: no clear-screen, no title change (OSC), no
    // bell, carriage return, backspace, C1 control or bidi override.
    assert!(
        !text.contains("\u{1b}[2J"),
        "clear-screen reached the terminal"
    );
    assert!(
        !text.contains("\u{1b}]"),
        "an OSC sequence reached the terminal"
    );
    for forbidden in ['\u{7}', '\u{8}', '\r', '\u{9b}', '\u{202e}'] {
        assert!(
            !text.contains(forbidden),
            "{forbidden:?} reached the terminal"
        );
    }
    // Every ESC that is there is the backend's own: a CSI sequence of parameters and a letter.
    for (i, _) in text.match_indices('\u{1b}') {
        let rest = &text[i + 1..];
        assert!(rest.starts_with('['), "a bare ESC at byte {i}");
        let body: String = rest[1..]
            .chars()
            .take_while(|c| !c.is_ascii_alphabetic())
            .collect();
        assert!(
            body.chars()
                .all(|c| c.is_ascii_digit() || c == ';' || c == '?'),
            "odd sequence {body:?}"
        );
    }
}

#[test]
fn hostile_text_keeps_the_layout() {
    let mut app = hostile_catalogue();
    app.update(Action::Command(Command::Activate));
    for (width, height) in [(60, 20), (100, 30), (143, 41)] {
        app.update(Action::Resize { width, height });
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|frame| draw(frame, &app)).unwrap();
        let buffer = terminal.backend().buffer();
        let areas = app.areas();
        // The right borders of the panes stay where they belong on every row.
        for area in [areas.goals, areas.services, areas.details, areas.plan] {
            for y in area.y + 1..area.bottom().saturating_sub(1) {
                let symbol = buffer[(area.right() - 1, y)].symbol();
                assert_eq!(
                    symbol, "│",
                    "pane border broken at {width}x{height}, row {y}"
                );
            }
        }
    }
}

#[test]
fn a_50_mb_file_with_one_bad_byte_is_reported_at_its_place() {
    let mut bytes = polku::synthetic::catalog_ron(48_000, 11).into_bytes();
    assert!(bytes.len() > 45_000_000, "{} bytes", bytes.len());
    // One byte in the middle of a line, far down the file.
    let middle = bytes.len() / 2;
    let line_start = bytes[..middle].iter().rposition(|&b| b == b'\n').unwrap() + 1;
    let at = line_start + 10;
    bytes[at] = 0xFF;
    let expected_line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let report = load_bytes(bytes);
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let problem = &report.problems[0];
    assert_eq!(
        (problem.position.line, problem.position.column),
        (expected_line, 11)
    );
    assert!(problem.message.contains("not UTF-8"), "{}", problem.message);
    assert_eq!(report.skipped.len(), 1);
}

#[test]
fn a_50_mb_file_with_a_broken_service_names_the_service() {
    let text = polku::synthetic::catalog_ron(48_000, 12);
    // Break the 30,000th service's formats.
    let marker = "(id: \"service-30000\"";
    let at = text.find(marker).unwrap();
    let broken = format!(
        "{}{}",
        &text[..at],
        text[at..].replacen("formats: [", "formats: [Grop, ", 1)
    );
    let expected_line = text[..at].matches('\n').count() + 1;
    let report = load_bytes(broken.into_bytes());
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let problem = &report.problems[0];
    assert_eq!(problem.position.line, expected_line);
    assert!(
        problem.message.contains("service `service-30000`") && problem.message.contains("`Grop`"),
        "{}",
        problem.message
    );
}
