//! `polku import` as a catalogue coordinator uses it: registers in their real shapes into a
//! catalogue that `polku check` accepts and `polku search` finds, with where each service came
//! from; the mapping file, `--update`, refusing to overwrite, and every kind of bad input.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{key, polku, screen};

use polku::catalog::{CatalogSource, load_folders};
use polku::i18n::Language;
use polku::theme::Theme;
use polku::tui::{Action, App, Parts};
use ratatui::crossterm::event::KeyCode;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Imports `inputs` into `out` with `extra` arguments; the output of the run.
fn import(out: &Path, inputs: &[PathBuf], extra: &[&str]) -> Output {
    let mut args = vec!["import", "--out", path(out)];
    args.extend_from_slice(extra);
    args.extend(inputs.iter().map(|p| path(p)));
    polku(&args)
}

/// Imports and says it went well.
fn imported(out: &Path, inputs: &[PathBuf], extra: &[&str]) -> String {
    let output = import(out, inputs, extra);
    let summary = text(&output.stderr);
    assert!(output.status.success(), "import failed:\n{summary}");
    summary
}

/// `polku check DIR` succeeds; what it printed on standard output (warnings).
fn checks_clean(dir: &Path) -> String {
    let output = polku(&["check", path(dir)]);
    assert!(
        output.status.success(),
        "check failed:\n{}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
    text(&output.stdout)
}

/// The services `polku search --json` finds for `query`, as JSON objects.
fn search(dir: &Path, language: &str, query: &str) -> Vec<Value> {
    let output = polku(&[
        "--catalog",
        path(dir),
        "--lang",
        language,
        "search",
        "--json",
        query,
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    text(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn ids(hits: &[Value]) -> Vec<String> {
    hits.iter()
        .map(|h| h["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Everything in `folder`, so that a failed import can be shown to have left nothing.
fn entries(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn ptv_services_import_check_clean_and_are_found_in_finnish_and_swedish() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    let summary = imported(&out, &[fixture("ptv-services-page.json")], &[]);
    assert!(
        summary.contains("read 4 record(s) (ptv), imported 3 service(s)"),
        "{summary}"
    );
    assert!(
        summary.contains("1  deleted or archived in the register"),
        "{summary}"
    );
    checks_clean(&out);

    let coaching = "ptv-6f3c2a10-8d4e-4b57-9a61-0c2e7f5b1a01";
    assert_eq!(ids(&search(&out, "fi", "työhönvalmennus"))[0], coaching);
    assert_eq!(ids(&search(&out, "sv", "jobbcoachning"))[0], coaching);
    // An alternative name is a keyword, not part of the name.
    let hit = &search(&out, "fi", "klubitalo")[0];
    assert_eq!(hit["name"], "Vertaisryhmä mielenterveyskuntoutujille");

    let hit = &search(&out, "en", "job coaching")[0];
    assert_eq!(hit["source"]["format"], "ptv");
    assert_eq!(hit["source"]["id"], "6f3c2a10-8d4e-4b57-9a61-0c2e7f5b1a01");
    assert!(
        hit["source"]["url"]
            .as_str()
            .unwrap()
            .ends_with(&coaching[4..])
    );
    assert_eq!(hit["updated"], "2026-09-14");
    assert_eq!(
        hit["goals"],
        serde_json::json!([
            "supported-employment",
            "employer-contact",
            "job-search-skills"
        ])
    );
    // No modified date: none is made up.
    let hit = &search(&out, "fi", "ammatillisen kuntoutuksen selvittely")[0];
    assert_eq!(hit["updated"], Value::Null);
}

#[test]
fn a_general_description_keeps_all_its_texts_and_its_ontology_terms() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("general");
    imported(&out, &[fixture("ptv-general-descriptions.json")], &[]);
    checks_clean(&out);
    let catalog = load_folders(std::slice::from_ref(&out)).catalog;
    let service = catalog
        .service("ptv-0a1b2c3d-0000-4000-8000-00000000f001")
        .unwrap();
    // The background follows the description, and both of who may use it and how to start
    // are kept: none is lost to the one before it.
    let description = service.description.as_ref().unwrap().get("fi");
    assert!(
        description.contains("harjoitellaan työnhakua"),
        "{description}"
    );
    assert!(
        description.contains("julkisista työvoimapalveluista"),
        "{description}"
    );
    let eligibility = service.eligibility.as_ref().unwrap().get("fi");
    assert!(eligibility.contains("työttömille"), "{eligibility}");
    assert!(eligibility.contains("työvoimaneuvojaasi"), "{eligibility}");
    // The ontology term is a keyword, and search finds the service by it.
    assert!(service.keywords.iter().any(|k| &**k == "uraohjaus"));
    assert_eq!(
        ids(&search(&out, "fi", "uraohjaus"))[0],
        "ptv-0a1b2c3d-0000-4000-8000-00000000f001"
    );
}

#[test]
fn imported_text_is_plain_with_paragraphs_and_areas_have_both_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    imported(&out, &[fixture("ptv-services-page.json")], &[]);
    let catalog = load_folders(&[out]).catalog;
    let coaching = catalog
        .service("ptv-6f3c2a10-8d4e-4b57-9a61-0c2e7f5b1a01")
        .unwrap();
    let description = coaching.description.as_ref().unwrap().get("fi");
    assert_eq!(
        description,
        "Valmennus etenee sinun tavoitteidesi mukaan.\n\n• CV ja hakemukset\n• Yhteydet työnantajiin"
    );
    assert!(!coaching.name.get("fi").contains("Työvalmentaja"));
    assert!(coaching.keywords.iter().any(|k| &**k == "Työvalmentaja"));
    // What the service is about, as its ontology terms name it, is a keyword too.
    assert!(
        coaching
            .keywords
            .iter()
            .any(|k| &**k == "tuettu työllistyminen"),
        "{:?}",
        coaching.keywords
    );
    let areas: Vec<&str> = coaching.areas.iter().map(|a| &**a).collect();
    assert_eq!(areas, ["Lappeenranta", "Imatra"]);
    assert!(coaching.is_free());
    let contact = coaching.contact.as_ref().unwrap();
    assert_eq!(contact.email.as_deref(), Some("tyollisyys@example.fi"));
    // A service described only in Finnish keeps only Finnish, with a summary from its text.
    let assessment = catalog
        .service("ptv-6f3c2a10-8d4e-4b57-9a61-0c2e7f5b1a02")
        .unwrap();
    assert_eq!(assessment.name.languages().collect::<Vec<_>>(), ["fi"]);
    assert_eq!(
        assessment.summary.get("fi"),
        "Selvittelyssä arvioidaan työkykysi ja kuntoutuksen tarve."
    );
}

#[test]
fn ptv_v12_names_and_a_single_service_import() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    imported(&out, &[fixture("ptv-service-v12.json")], &[]);
    checks_clean(&out);
    let hits = search(&out, "sv", "digitalt stöd");
    assert_eq!(ids(&hits), ["ptv-6f3c2a10-8d4e-4b57-9a61-0c2e7f5b1a10"]);
    // The ontology term is matched by its URI, not by its local `code`.
    assert_eq!(
        hits[0]["goals"],
        serde_json::json!(["digital-skills", "supported-employment"])
    );
    // An e-service channel: the service is given remotely too.
    assert_eq!(
        hits[0]["formats"],
        serde_json::json!(["Individual", "Remote"])
    );
}

#[test]
fn the_helsinki_register_shape_imports_with_empty_records_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    let summary = imported(&out, &[fixture("helsinki-sample.json")], &[]);
    assert!(
        summary.contains("read 5 record(s) (tpr), imported 4 service(s)"),
        "{summary}"
    );
    assert!(
        summary.contains("no description in any language"),
        "{summary}"
    );
    checks_clean(&out);
    assert_eq!(ids(&search(&out, "fi", "työkokeilu"))[0], "tpr-90001");
    assert_eq!(ids(&search(&out, "sv", "arbetsprövning"))[0], "tpr-90001");
    // Synonyms are searched, and a service only in Swedish is found in Swedish.
    assert_eq!(ids(&search(&out, "fi", "työharjoittelu"))[0], "tpr-90001");
    assert_eq!(ids(&search(&out, "sv", "mötesplats"))[0], "tpr-90003");
    // An older people's gym tagged with losing one's job is not a job-search service.
    let gym = &search(&out, "fi", "palvelukeskuksen kuntosali")[0];
    assert_eq!(gym["goals"], serde_json::json!(["not-yet-sorted"]));
    let hit = &search(&out, "fi", "kuntouttava työtoiminta")[0];
    assert_eq!(hit["source"]["format"], "tpr");
    assert_eq!(hit["updated"], Value::Null);
}

#[test]
fn hsds_json_imports_with_organisations_and_locations_alongside() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    let summary = imported(&out, &[fixture("hsds-services.json")], &[]);
    assert!(
        summary.contains("read 4 record(s) (hsds), imported 3 service(s)"),
        "{summary}"
    );
    assert!(summary.contains("inactive or defunct"), "{summary}");
    assert!(summary.contains("unknown-code-77"), "{summary}");
    checks_clean(&out);
    let hits = search(&out, "fi", "työpaja");
    assert_eq!(hits[0]["id"], "hsds-a1b2c3d4-0001-4000-8000-000000000001");
    assert_eq!(hits[0]["provider"], "Nuorten Paja ry");
    assert_eq!(hits[0]["updated"], "2026-08-15");
    assert_eq!(hits[0]["goals"], serde_json::json!(["working-life-skills"]));
    let swedish = search(&out, "sv", "kamratstöd");
    assert_eq!(swedish[0]["provider"], "Arbetslösas förening rf");
    // In English, sorted by a taxonomy term's name.
    let english = search(&out, "en", "job club");
    assert_eq!(
        english[0]["id"],
        "hsds-a1b2c3d4-0001-4000-8000-000000000004"
    );
    assert_eq!(english[0]["goals"], serde_json::json!(["peer-support"]));
    assert_eq!(english[0]["updated"], "2025-06-30");
    let catalog = load_folders(&[out]).catalog;
    let workshop = catalog
        .service("hsds-a1b2c3d4-0001-4000-8000-000000000001")
        .unwrap();
    assert_eq!(
        workshop.contact.as_ref().unwrap().address.as_deref(),
        Some("Pajakatu 2, 53100 Lappeenranta")
    );
    assert!(workshop.is_free());
    // The text is in the first language the service is offered in; an area named in
    // Swedish is kept by its Finnish name.
    let club = catalog
        .service("hsds-a1b2c3d4-0001-4000-8000-000000000004")
        .unwrap();
    assert_eq!(club.name.languages().collect::<Vec<_>>(), ["en"]);
    assert_eq!(&*club.areas[0], "Lappeenranta");
}

#[test]
fn hsds_csv_folders_import() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    let summary = imported(&out, &[fixture("hsds-csv")], &[]);
    assert!(summary.contains("imported 2 service(s)"), "{summary}");
    checks_clean(&out);
    let hits = search(&out, "fi", "sosiaalinen kuntoutus");
    assert_eq!(hits[0]["id"], "hsds-s-1");
    assert_eq!(hits[0]["provider"], "Esimerkin hyvinvointialue");
    assert_eq!(hits[0]["goals"], serde_json::json!(["rehabilitation-path"]));
    let swedish = search(&out, "sv", "arbetsprövning");
    assert_eq!(swedish[0]["id"], "hsds-s-2");
    let catalog = load_folders(&[out]).catalog;
    let try_out = catalog.service("hsds-s-2").unwrap();
    assert!(try_out.formats.contains(&polku::catalog::Format::Remote));
    assert!(!try_out.is_free());
}

#[test]
fn the_format_is_recognised_and_a_wrong_format_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (input, format) in [
        ("ptv-services-page.json", "ptv"),
        ("ptv-service-v12.json", "ptv"),
        ("helsinki-sample.json", "tpr"),
        ("hsds-services.json", "hsds"),
        ("hsds-csv", "hsds"),
    ] {
        let out = dir.path().join(format!("{input}-recognised"));
        let summary = imported(&out, &[fixture(input)], &[]);
        assert!(
            summary.contains(&format!("({format})")),
            "{input}: {summary}"
        );
        let out = dir.path().join(format!("{input}-given"));
        imported(&out, &[fixture(input)], &["--format", format]);
    }
    let out = dir.path().join("wrong");
    let output = import(
        &out,
        &[fixture("helsinki-sample.json")],
        &["--format", "ptv"],
    );
    assert!(!output.status.success());
    let message = text(&output.stderr);
    assert!(message.contains("helsinki-sample.json:$[0]"), "{message}");
    assert!(message.contains("--format ptv"), "{message}");
    assert!(!out.exists());
}

#[test]
fn a_mapping_file_replaces_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    let mapping = fixture("mapping.ron");
    let summary = imported(&out, &[fixture("hsds-csv")], &["--mapping", path(&mapping)]);
    // KE12 maps to a goal in the built-in mapping, not in this one.
    assert!(summary.contains("KE12"), "{summary}");
    checks_clean(&out);
    let hits = search(&out, "sv", "arbetsprövning");
    assert_eq!(hits[0]["goals"], serde_json::json!(["work-try-out-local"]));
    let goals = std::fs::read_to_string(out.join("goals.ron")).unwrap();
    assert!(goals.contains("Työkokeilu omalla alueella"), "{goals}");
    assert!(goals.contains("not-yet-sorted"), "{goals}");

    let bad = dir.path().join("bad-mapping.ron");
    std::fs::write(
        &bad,
        "(\n    codes: {\n        \"P1\": [\"no-such-goal\"],\n    },\n)\n",
    )
    .unwrap();
    let out = dir.path().join("never");
    let output = import(&out, &[fixture("hsds-csv")], &["--mapping", path(&bad)]);
    assert!(!output.status.success());
    let message = text(&output.stderr);
    assert!(message.contains("bad-mapping.ron:3:16"), "{message}");
    assert!(message.contains("no-such-goal"), "{message}");
    assert!(!out.exists());
}

#[test]
fn a_folder_is_never_overwritten_and_update_keeps_files_of_ones_own() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    imported(&out, &[fixture("helsinki-sample.json")], &[]);
    let own = out.join("own-services.ron");
    std::fs::write(&own, "// written by hand\n(services: [])\n").unwrap();

    let again = import(&out, &[fixture("helsinki-sample.json")], &[]);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("--update"),
        "{}",
        text(&again.stderr)
    );

    // --update replaces the import's files with what the register says now.
    imported(&out, &[fixture("ptv-services-page.json")], &["--update"]);
    assert_eq!(
        std::fs::read_to_string(&own).unwrap(),
        "// written by hand\n(services: [])\n"
    );
    checks_clean(&out);
    assert!(
        search(&out, "fi", "työkokeilu kaupungin")
            .iter()
            .all(|h| h["source"]["format"] == "ptv")
    );
    assert_eq!(entries(dir.path()), ["catalogue"]);

    // A file of the import edited since is never lost.
    let work = out.join("services/work.ron");
    let edited = format!("{}// my note\n", std::fs::read_to_string(&work).unwrap());
    std::fs::write(&work, &edited).unwrap();
    let refused = import(&out, &[fixture("ptv-services-page.json")], &["--update"]);
    assert!(!refused.status.success());
    assert!(text(&refused.stderr).contains("was changed after the earlier import"));
    assert_eq!(std::fs::read_to_string(&work).unwrap(), edited);

    // A folder no import wrote is not touched, with or without --update.
    let hand = dir.path().join("hand");
    std::fs::create_dir(&hand).unwrap();
    std::fs::write(hand.join("a.ron"), "(services: [])").unwrap();
    for extra in [&[][..], &["--update"][..]] {
        let output = import(&hand, &[fixture("helsinki-sample.json")], extra);
        assert!(!output.status.success());
        assert_eq!(entries(&hand), ["a.ron"]);
    }
}

#[test]
fn every_bad_input_is_placed_and_nothing_is_written() {
    let cases = [
        (
            "bad/truncated.json",
            "truncated.json:3:27",
            "ends too early",
        ),
        (
            "bad/unknown-shape.json",
            "unknown-shape.json:$[0]",
            "none of the formats",
        ),
        (
            "bad/ptv-no-name.json",
            "ptv-no-name.json:$[1].serviceNames",
            "no name",
        ),
        (
            "bad/helsinki-no-name.json",
            "helsinki-no-name.json:$[0].fi",
            "no name",
        ),
        (
            "bad/hsds-no-name.json",
            "hsds-no-name.json:$.services[0].name",
            "no name",
        ),
        ("bad/hsds-csv-no-name", "services.csv:3:1", "no name"),
        ("bad/empty.json", "empty.json", "empty"),
        ("no-such-file.json", "no-such-file.json", "cannot open"),
    ];
    for (input, place, what) in cases {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("catalogue");
        let output = import(&out, &[fixture(input)], &[]);
        let message = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{input}: {message}");
        assert!(message.contains(place), "{input}: {message}");
        assert!(message.contains(what), "{input}: {message}");
        assert!(
            message.contains("nothing was written"),
            "{input}: {message}"
        );
        // No catalogue, and no temporary folder left beside it.
        assert!(
            entries(dir.path()).is_empty(),
            "{input}: {:?}",
            entries(dir.path())
        );
    }
}

#[test]
fn a_bad_input_after_good_ones_writes_nothing_either() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    let output = import(
        &out,
        &[
            fixture("helsinki-sample.json"),
            fixture("bad/ptv-no-name.json"),
        ],
        &[],
    );
    assert!(!output.status.success());
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn check_warns_about_stale_records_and_still_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    imported(&out, &[fixture("ptv-services-page.json")], &[]);
    let warnings = checks_clean(&out);
    let lines: Vec<&str> = warnings.lines().collect();
    assert_eq!(lines.len(), 1, "{warnings}");
    assert!(lines[0].contains("participation.ron:"), "{warnings}");
    assert!(lines[0].contains("warning: service `ptv-6f3c2a10-8d4e-4b57-9a61-0c2e7f5b1a03` was last updated on 2023-02-01"), "{warnings}");
}

#[test]
fn the_details_pane_shows_source_and_date_and_stale_records_are_marked() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    imported(&out, &[fixture("ptv-services-page.json")], &[]);
    let report = CatalogSource::Folders(vec![out]).load();
    let mut app = App::new(Parts::new(report, "test", Language::En, Theme::dark()));
    app.update(Action::Resize {
        width: 160,
        height: 50,
    });
    for c in "vertaisryhmä".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let text = screen(&app, 160, 50);
    assert!(text.contains("◦ Vertaisryhmä"), "{text}");
    assert!(text.contains("1 Feb 2023 (over 12 months ago)"), "{text}");
    assert!(
        text.contains("Source: PTV 6f3c2a10-8d4e-4b57-9a61-0c2e7f5b1a03"),
        "{text}"
    );
}

/// The real Helsinki register, when the shared data is beside the repository.
#[test]
fn the_whole_helsinki_register_imports_and_checks_clean() {
    let register =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/helsinki-services.json");
    if !register.exists() {
        eprintln!("skipped: {} is not here", register.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("helsinki");
    let summary = imported(&out, &[register], &[]);
    assert!(
        summary.contains("read 1047 record(s) (tpr), imported 593 service(s)"),
        "{summary}"
    );
    checks_clean(&out);
    assert!(!search(&out, "sv", "karriär").is_empty());
    assert!(!search(&out, "fi", "uravalmennus").is_empty());
}

#[test]
fn areas_from_codes_are_filtered_by_their_finnish_or_swedish_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    imported(&out, &[fixture("ptv-services-page.json")], &[]);
    for area in ["Lappeenranta", "Villmanstrand"] {
        let output = polku(&[
            "--catalog",
            path(&out),
            "search",
            "--json",
            "--area",
            area,
            "työhönvalmennus",
        ]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        assert!(
            text(&output.stdout).contains("ptv-6f3c2a10-8d4e-4b57-9a61-0c2e7f5b1a01"),
            "{area}"
        );
    }
    // A region's municipalities are listed one by one.
    let catalog = load_folders(&[out]).catalog;
    let peer = catalog
        .service("ptv-6f3c2a10-8d4e-4b57-9a61-0c2e7f5b1a03")
        .unwrap();
    let areas: Vec<&str> = peer.areas.iter().map(|a| &**a).collect();
    assert_eq!(areas, ["Lappeenranta", "Rautjärvi"]);
}

#[test]
fn the_summary_speaks_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("catalogue");
    let summary = imported(&out, &[fixture("helsinki-sample.json")], &["--lang", "fi"]);
    assert!(
        summary.contains("luettu 5 tietuetta (tpr), tuotu 4 palvelua"),
        "{summary}"
    );
    assert!(
        summary.contains("ei kuvausta millään kielellä"),
        "{summary}"
    );
    assert!(
        summary.contains("\"Lajittelemattomat palvelut\""),
        "{summary}"
    );
    let out = dir.path().join("swedish");
    let summary = imported(&out, &[fixture("helsinki-sample.json")], &["--lang", "sv"]);
    assert!(summary.contains("importerade 4 tjänst(er)"), "{summary}");
}

#[test]
fn hsds_one_service_or_an_array_with_organisations_nested() {
    let dir = tempfile::tempdir().unwrap();
    let single = dir.path().join("single.json");
    std::fs::write(
        &single,
        r#"{"id": "one", "name": "Vertaisryhmä", "status": "active", "organization": {"id": "o", "name": "Järjestö ry"}}"#,
    )
    .unwrap();
    let out = dir.path().join("single");
    imported(&out, &[single], &[]);
    checks_clean(&out);
    assert_eq!(
        search(&out, "fi", "vertaisryhmä")[0]["provider"],
        "Järjestö ry"
    );

    let array = dir.path().join("array.json");
    std::fs::write(
        &array,
        r#"[{"id": "one", "name": "Vertaisryhmä", "status": "active", "organization": {"name": "Järjestö ry"}},
            {"id": "two", "name": "Ilman järjestöä", "status": "active", "organization_id": "nowhere"}]"#,
    )
    .unwrap();
    let out = dir.path().join("array");
    let summary = imported(&out, &[array], &[]);
    assert!(
        summary.contains("1  no organisation is named as its provider"),
        "{summary}"
    );
    checks_clean(&out);
}
