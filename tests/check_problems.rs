//! `polku check` reports each kind of problem at its file, line and column, and loading keeps
//! the good files when some are broken.

use std::fs;
use std::path::Path;

use polku::catalog::{CatalogSource, LoadReport, Problem};

const GOALS: &str = r#"(
    goals: [
        (id: "job-search", name: {"fi": "Työnhaku", "en": "Job search"}, themes: [Work]),
        (id: "peer", name: "Vertaistuki", themes: [Participation], needs: ["mental-health"]),
    ],
)
"#;

const GOOD_SERVICE: &str = r#"(
    services: [
        (
            id: "cv-clinic",
            name: "CV-paja",
            summary: "Päivitetään ansioluettelo.",
            goals: ["job-search"],
            provider: "Kaupungin työllisyyspalvelut",
            formats: [Group],
            intensity: Light,
            cost: Free,
        ),
    ],
)
"#;

/// Writes the files into a fresh folder and loads it as a catalogue.
fn load_files(files: &[(&str, &[u8])]) -> (tempfile::TempDir, LoadReport) {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    let report = CatalogSource::Folders(vec![dir.path().to_path_buf()]).load();
    (dir, report)
}

fn located(dir: &Path, report: &LoadReport) -> Vec<(String, usize, usize, String)> {
    report
        .problems
        .iter()
        .map(|p: &Problem| {
            let file = Path::new(&p.path)
                .strip_prefix(dir)
                .map(|f| f.display().to_string())
                .unwrap_or_else(|_| p.path.clone());
            (file, p.position.line, p.position.column, p.message.clone())
        })
        .collect()
}

/// The single problem of a report, with its file relative to the catalogue folder.
fn only_problem(files: &[(&str, &[u8])]) -> (String, usize, usize, String) {
    let (dir, report) = load_files(files);
    let mut all = located(dir.path(), &report);
    assert_eq!(all.len(), 1, "expected exactly one problem, got {all:#?}");
    all.remove(0)
}

#[test]
fn a_clean_catalogue_has_no_problems() {
    let (_dir, report) = load_files(&[
        ("goals.ron", GOALS.as_bytes()),
        ("s.ron", GOOD_SERVICE.as_bytes()),
    ]);
    assert!(report.is_clean(), "{:?}", report.problems);
    assert_eq!(report.catalog.goals.len(), 2);
    assert_eq!(report.catalog.services.len(), 1);
}

#[test]
fn syntax_error_is_placed() {
    let broken = "(\n    goals: [\n        (id: \"x\", name: \"X\"\n    ],\n)\n";
    let (file, line, column, message) = only_problem(&[("a.ron", broken.as_bytes())]);
    assert_eq!((file.as_str(), line, column), ("a.ron", 4, 5));
    assert!(message.contains("expected"), "{message}");
}

#[test]
fn unknown_field_is_named_and_placed() {
    let text = GOOD_SERVICE.replace("summary:", "sumary:");
    let (file, line, column, message) =
        only_problem(&[("goals.ron", GOALS.as_bytes()), ("s.ron", text.as_bytes())]);
    assert_eq!((file.as_str(), line, column), ("s.ron", 6, 13));
    assert!(message.contains("service `cv-clinic`"), "{message}");
    assert!(message.contains("unknown field `sumary`"), "{message}");
}

#[test]
fn missing_required_field_is_named() {
    let text = GOOD_SERVICE.replace(
        "            provider: \"Kaupungin työllisyyspalvelut\",\n",
        "",
    );
    let (file, line, _column, message) =
        only_problem(&[("goals.ron", GOALS.as_bytes()), ("s.ron", text.as_bytes())]);
    assert_eq!(file, "s.ron");
    assert!((4..=12).contains(&line), "line {line}");
    assert!(message.contains("required field `provider`"), "{message}");
}

#[test]
fn bad_id_is_placed() {
    let text = GOOD_SERVICE.replace("\"cv-clinic\"", "\"CV Clinic\"");
    let (file, line, column, message) =
        only_problem(&[("goals.ron", GOALS.as_bytes()), ("s.ron", text.as_bytes())]);
    assert_eq!((file.as_str(), line), ("s.ron", 4));
    assert!(column >= 17, "column {column}");
    assert!(
        message.contains("`CV Clinic`") && message.contains("a-z"),
        "{message}"
    );
}

#[test]
fn duplicate_ids_across_files_name_both_places() {
    let (file, line, column, message) = only_problem(&[
        ("goals.ron", GOALS.as_bytes()),
        ("a/first.ron", GOOD_SERVICE.as_bytes()),
        ("b/second.ron", GOOD_SERVICE.as_bytes()),
    ]);
    assert_eq!((file.as_str(), line, column), ("b/second.ron", 4, 13));
    assert!(message.contains("`cv-clinic`"), "{message}");
    assert!(message.contains("a/first.ron:3:9"), "{message}");
}

#[test]
fn reference_to_an_undefined_goal_is_placed_at_the_reference() {
    let text = GOOD_SERVICE.replace("[\"job-search\"]", "[\"job-search\", \"no-such-goal\"]");
    let (file, line, column, message) =
        only_problem(&[("goals.ron", GOALS.as_bytes()), ("s.ron", text.as_bytes())]);
    assert_eq!((file.as_str(), line, column), ("s.ron", 7, 35));
    assert!(message.contains("`no-such-goal`"), "{message}");
}

#[test]
fn service_with_no_goal_is_reported() {
    let text = GOOD_SERVICE.replace("[\"job-search\"]", "[]");
    let (file, line, column, message) =
        only_problem(&[("goals.ron", GOALS.as_bytes()), ("s.ron", text.as_bytes())]);
    assert_eq!((file.as_str(), line, column), ("s.ron", 7, 13));
    assert!(message.contains("serves no goal"), "{message}");
}

#[test]
fn unknown_support_need_is_reported() {
    let text = GOALS.replace("\"mental-health\"", "\"velat\"");
    let (file, line, _column, message) = only_problem(&[("goals.ron", text.as_bytes())]);
    assert_eq!((file.as_str(), line), ("goals.ron", 4));
    assert!(
        message.contains("`velat` is not a support need"),
        "{message}"
    );
}

#[test]
fn bad_date_is_reported() {
    let text = GOOD_SERVICE.replace(
        "cost: Free,",
        "cost: Free,\n            updated: \"2026-02-30\",",
    );
    let (file, line, _column, message) =
        only_problem(&[("goals.ron", GOALS.as_bytes()), ("s.ron", text.as_bytes())]);
    assert_eq!((file.as_str(), line), ("s.ron", 12));
    assert!(message.contains("2026-02-30"), "{message}");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = GOOD_SERVICE.replace("sumary", "summary").replace(
        "    ],\n)",
        "        (id: \"x\", name: \"X\", summary: \"s\", goals: [\"job-search\"], provider: \"P\", formats: [Grop]),\n        (id: \"y\", name: \"Y\", summary: \"s\", goals: [\"nowhere\"], provider: \"P\", formats: [Remote]),\n    ],\n)",
    );
    let (dir, report) = load_files(&[
        ("goals.ron", GOALS.as_bytes()),
        ("s.ron", text.as_bytes()),
        ("z.ron", b"not ron at all"),
    ]);
    let all = located(dir.path(), &report);
    assert_eq!(all.len(), 3, "{all:#?}");
    assert!(all[0].3.contains("`Grop`"));
    assert!(all[1].3.contains("`nowhere`"));
    assert_eq!(all[2].0, "z.ron");
}

#[test]
fn hostile_bytes_are_reported_not_crashed_on() {
    let deep = format!("(goals: {}{})", "[".repeat(10_000), "]".repeat(10_000));
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.ron", Vec::new(), "empty"),
        (
            "latin1.ron",
            b"(goals: [(id: \"a\", name: \"Ty\xf6\")])".to_vec(),
            "UTF-8",
        ),
        ("garbage.ron", (0..=255u8).cycle().take(4096).collect(), ""),
        ("deep.ron", deep.into_bytes(), ""),
    ];
    for (name, bytes, expected) in cases {
        let (_dir, report) = load_files(&[(name, &bytes)]);
        assert_eq!(report.skipped.len(), 1, "{name} should be skipped");
        assert!(
            report.problems[0].message.contains(expected),
            "{name}: {:?}",
            report.problems
        );
    }
}

#[test]
fn latin1_byte_is_placed_where_it_is() {
    let (file, line, column, _) =
        only_problem(&[("x.ron", b"(goals: [\n  (id: \"a\", name: \"Ty\xf6\")])")]);
    assert_eq!((file.as_str(), line, column), ("x.ron", 2, 22));
}

#[test]
fn broken_files_are_skipped_and_good_ones_kept() {
    let broken = GOOD_SERVICE
        .replace("cv-clinic", "other")
        .replace("formats: [Group]", "formats: [Group");
    let (_dir, report) = load_files(&[
        ("goals.ron", GOALS.as_bytes()),
        ("good.ron", GOOD_SERVICE.as_bytes()),
        ("broken.ron", broken.as_bytes()),
    ]);
    assert_eq!(report.catalog.services.len(), 1);
    assert_eq!(report.catalog.services[0].id.as_str(), "cv-clinic");
    assert_eq!(report.skipped.len(), 1);
    assert!(report.skipped[0].path.ends_with("broken.ron"));
}

#[test]
fn missing_folder_is_a_problem() {
    let report = CatalogSource::Folders(vec!["/no/such/polku/folder".into()]).load();
    assert_eq!(report.problems.len(), 1);
    assert!(report.problems[0].message.contains("cannot open"));
}

#[test]
fn an_empty_language_list_is_reported() {
    let text = GOOD_SERVICE.replace("cost: Free,", "cost: Free, languages: [],");
    let (file, line, _column, message) =
        only_problem(&[("goals.ron", GOALS.as_bytes()), ("s.ron", text.as_bytes())]);
    assert_eq!((file.as_str(), line), ("s.ron", 11));
    assert!(message.contains("no language is listed"), "{message}");
}

/// A generated catalogue large enough to be read in pieces (over 1 MB).
fn large_catalogue() -> String {
    let text = polku::synthetic::catalog_ron(3_000, 5);
    assert!(text.len() > 2 << 20, "{} bytes", text.len());
    text
}

/// The line on which `needle` first appears in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("the needle is in the text")]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn a_large_file_read_in_pieces_gives_every_service_in_file_order() {
    let text = large_catalogue();
    let (_dir, report) = load_files(&[("big.ron", text.as_bytes())]);
    assert!(report.is_clean(), "{:?}", report.problems.first());
    let ids: Vec<&str> = report
        .catalog
        .services
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    let expected: Vec<String> = (0..3_000).map(|i| format!("service-{i}")).collect();
    assert_eq!(ids, expected);
    assert_eq!(report.catalog.goals.len(), polku::synthetic::GOALS);
    // The pieces hold the whole service, not just its start.
    let last = &report.catalog.services[2_999];
    assert_eq!(last.goals.len(), 2);
    assert!(!last.keywords.is_empty() && last.updated.is_some());
}

#[test]
fn a_large_file_with_a_broken_service_names_its_line() {
    let text = large_catalogue();
    let marker = "(id: \"service-2500\"";
    let at = text.find(marker).unwrap();
    let broken = format!(
        "{}{}",
        &text[..at],
        text[at..].replacen("cost: Free", "cost: Fre", 1)
    );
    let (file, line, _column, message) = only_problem(&[("big.ron", broken.as_bytes())]);
    assert_eq!((file.as_str(), line), ("big.ron", line_of(&text, marker)));
    assert!(
        message.contains("service `service-2500`") && message.contains("`Fre`"),
        "{message}"
    );
}

#[test]
fn problems_found_across_files_after_a_large_file_was_read_are_placed_in_it() {
    let text = large_catalogue();
    // A reference to a goal that does not exist, deep in the large file.
    let marker = "(id: \"service-2000\", ";
    let at = text.find(marker).unwrap();
    let goals_at = at + text[at..].find("goals: [\"").unwrap() + "goals: [".len();
    let dangling = format!("{}\"goal-99\", {}", &text[..goals_at], &text[goals_at..]);
    // And a second file that takes an id the large file already uses.
    let duplicate = r#"(services: [(id: "service-10", name: "X", summary: "Y", goals: ["goal-1"], provider: "Z", formats: [Group])])"#;
    let (dir, report) = load_files(&[
        ("a-big.ron", dangling.as_bytes()),
        ("b-small.ron", duplicate.as_bytes()),
    ]);
    let problems = located(dir.path(), &report);
    assert_eq!(problems.len(), 2, "{problems:#?}");

    let (file, line, column, message) = &problems[0];
    assert_eq!(
        (file.as_str(), *line),
        ("a-big.ron", line_of(&dangling, marker))
    );
    let line_start = dangling[..goals_at].rfind('\n').unwrap() + 1;
    assert_eq!(*column, dangling[line_start..goals_at].chars().count() + 1);
    assert!(message.contains("`goal-99`"), "{message}");

    let (file, _, _, message) = &problems[1];
    assert_eq!(file, "b-small.ron");
    let first = format!(
        "a-big.ron:{}:5",
        line_of(&dangling, "(id: \"service-10\", ")
    );
    assert!(message.contains(&first), "{message} should name {first}");
}

#[test]
fn loading_counts_the_services_it_has_read_for_the_loading_screen() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a-big.ron"), large_catalogue()).unwrap();
    let small = r#"(services: [(id: "extra", name: "X", summary: "Y", goals: ["goal-1"], provider: "Z", formats: [Group])])"#;
    fs::write(dir.path().join("b-small.ron"), small).unwrap();
    let read = std::sync::atomic::AtomicUsize::new(0);
    let report = CatalogSource::Folders(vec![dir.path().to_path_buf()]).load_counting(&read);
    assert!(report.is_clean(), "{:?}", report.problems.first());
    assert_eq!(read.into_inner(), 3_001);
}

#[test]
fn polku_check_lists_problems_on_stdout_and_says_when_there_are_none() {
    let polku = env!("CARGO_BIN_EXE_polku");
    let clean = std::process::Command::new(polku)
        .args(["check", concat!(env!("CARGO_MANIFEST_DIR"), "/catalog")])
        .output()
        .unwrap();
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty());
    let said = String::from_utf8_lossy(&clean.stderr);
    assert!(
        said.starts_with("no problems: ") && said.contains(" services in "),
        "{said}"
    );

    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.ron"), "(goals: [(id: \"x\")])").unwrap();
    let broken = std::process::Command::new(polku)
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(broken.status.code(), Some(1));
    let listed = String::from_utf8_lossy(&broken.stdout);
    assert!(listed.contains("a.ron:1:"), "{listed}");
    assert!(String::from_utf8_lossy(&broken.stderr).contains("1 problem(s) in 1 file(s) read"));
}
