//! The client's copy: Markdown in each language checked against expected text, JSON that other
//! systems can read back, consent always stated, typed text unable to change the layout, and
//! `polku export` from the command line.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use polku::date::Date;
use polku::i18n::Language;
use polku::plan::{Consent, Plan, TaskOwner, open_plan, save_plan, to_json, to_markdown};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/plans")
        .join(name)
}

fn sample() -> Plan {
    open_plan(&fixture("sample.ron")).unwrap()
}

fn expected(language: Language) -> String {
    fs::read_to_string(fixture(&format!("sample.{}.md", language.code()))).unwrap()
}

/// Compares line by line first, so that a difference is shown where it is.
fn assert_same_text(actual: &str, expected: &str, what: &str) {
    for (n, (a, e)) in actual.lines().zip(expected.lines()).enumerate() {
        assert_eq!(a, e, "{what}: line {} differs", n + 1);
    }
    assert_eq!(actual, expected, "{what}: the texts differ in length");
}

#[test]
fn markdown_in_each_language_is_the_expected_text() {
    let plan = sample();
    for language in Language::ALL {
        assert_same_text(
            &to_markdown(&plan, language),
            &expected(language),
            language.code(),
        );
    }
}

#[test]
fn json_is_the_whole_plan() {
    let plan = sample();
    let json = to_json(&plan);
    let back: Plan = serde_json::from_str(&json).unwrap();
    assert_eq!(back, plan);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(value["tasks"][2]["who"]["Other"], "Mikko Järvi");
    assert_eq!(value["services"][0]["contact"]["phone"], "020 123 4567");
    assert_eq!(value["consents"][0]["organisation"], "Kela");
}

#[test]
fn a_plan_without_consent_says_so_in_every_language() {
    let mut plan = sample();
    plan.consents.clear();
    let lines = [
        (
            Language::Fi,
            "Asiakas ei ole antanut suostumusta tämän suunnitelman näyttämiseen kenellekään.",
        ),
        (
            Language::Sv,
            "Klienten har inte samtyckt till att planen visas för någon.",
        ),
        (
            Language::En,
            "The client has not consented to sharing this plan with anyone.",
        ),
    ];
    for (language, line) in lines {
        let md = to_markdown(&plan, language);
        assert!(md.lines().any(|l| l == line), "{}:\n{md}", language.code());
        // And a plan with consent does not say it.
        assert!(!to_markdown(&sample(), language).contains(line));
    }
    // Even an empty plan.
    let md = to_markdown(&Plan::default(), Language::En);
    assert_eq!(
        md,
        "# Client plan\n\n## Consent to show this plan\n\n\
         The client has not consented to sharing this plan with anyone.\n"
    );
}

#[test]
fn typed_text_cannot_change_the_layout() {
    let mut plan = sample();
    plan.situation = "# Not a heading\n> not a quote\n    not code\n1. not a list\n```\n<script>alert(1)</script>\n| a | b |\n|---|---|\n[x]: http://example.com\n\u{1b}[2J\u{7}".into();
    plan.client = "A\nB".into();
    plan.own_view = "***".into();
    plan.main_goal.text = "- työ\n===".into();
    plan.sub_goals[0].text = "Kurssi ##".into();
    plan.tasks[2].who = TaskOwner::Other("<b>Mikko</b>".into());
    plan.consents.push(Consent {
        organisation: "## Kaikki".into(),
        date: Date::new(2026, 11, 24).unwrap(),
    });
    let md = to_markdown(&plan, Language::Fi);

    assert!(!md.chars().any(|c| c.is_control() && c != '\n'), "{md}");
    // No HTML: every `<` is escaped.
    assert!(!md.replace("\\<", "").contains('<'), "{md}");
    // Every heading is one of polku's own.
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    let ours = expected(Language::Fi);
    let our_headings: Vec<&str> = ours.lines().filter(|l| l.starts_with('#')).collect();
    for heading in &headings {
        assert!(
            our_headings.contains(heading) || *heading == "### 1. Kurssi \\##",
            "{heading}"
        );
    }
    for line in md.lines() {
        let t = line.trim_start();
        assert!(
            !t.starts_with('>') && !t.starts_with("```") && !t.starts_with('|'),
            "{line}"
        );
        assert!(!line.starts_with("    "), "{line}");
        assert!(
            !line.starts_with("1. ") && !line.starts_with("[x]:"),
            "{line}"
        );
        assert!(line != "***" && line != "===", "{line}");
    }
    assert!(md.contains("- Asiakas: A B\n"), "{md}");
    assert!(md.contains("\\# Not a heading\n"), "{md}");
    assert!(
        md.contains("- \\## Kaikki (suostumus annettu 24.11.2026)\n"),
        "{md}"
    );
}

/// Runs the built `polku` with a home of its own, so that no user's settings take part.
fn polku(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_polku"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn polku_export_prints_markdown_in_the_plans_language_or_the_chosen_one() {
    let home = tempfile::tempdir().unwrap();
    let plan = fixture("sample.ron");
    let plan = plan.to_str().unwrap();

    // The plan's own language (Finnish) although the environment says English.
    let out = polku(home.path(), &["export", plan]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_same_text(&stdout(&out), &expected(Language::Fi), "default");

    for language in Language::ALL {
        let code = language.code();
        let out = polku(home.path(), &["export", plan, "--lang", code]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_same_text(&stdout(&out), &expected(language), code);
        // `--lang` is global: it may come first too.
        let out = polku(home.path(), &["--lang", code, "export", plan]);
        assert_same_text(&stdout(&out), &expected(language), code);
    }

    // A plan in a language polku does not speak falls back to the interface language.
    let mut other = sample();
    other.language = "ru".into();
    let path = home.path().join("ru.ron");
    save_plan(&other, &path).unwrap();
    let out = polku(home.path(), &["export", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("# Employment plan\n"));
}

#[test]
fn polku_export_writes_json_and_private_files() {
    let home = tempfile::tempdir().unwrap();
    let plan = fixture("sample.ron");
    let plan = plan.to_str().unwrap();

    let out = polku(home.path(), &["export", plan, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let back: Plan = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(back, sample());

    let target = home.path().join("copy.md");
    fs::write(&target, "an older copy").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).unwrap();
    let out = polku(
        home.path(),
        &["export", plan, "--output", target.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    assert_same_text(
        &fs::read_to_string(&target).unwrap(),
        &expected(Language::Fi),
        "file",
    );
    assert_eq!(
        fs::metadata(&target).unwrap().permissions().mode() & 0o777,
        0o600
    );

    let json = home.path().join("copy.json");
    let out = polku(
        home.path(),
        &[
            "export",
            plan,
            "--format",
            "json",
            "-o",
            json.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let back: Plan = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(back, sample());
}

#[test]
fn polku_export_says_what_is_wrong() {
    let home = tempfile::tempdir().unwrap();

    let missing = home.path().join("no-such-plan.ron");
    let out = polku(home.path(), &["export", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains(&missing.display().to_string()),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("no such file"), "{}", stderr(&out));

    let damaged = home.path().join("damaged.ron");
    let text = fs::read_to_string(fixture("sample.ron")).unwrap();
    fs::write(&damaged, &text[..text.len() / 2]).unwrap();
    let out = polku(home.path(), &["export", damaged.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("damaged"), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(&damaged).unwrap(),
        &text[..text.len() / 2]
    );

    // The plan itself as the output: refused, the plan untouched.
    let plan = home.path().join("plan.ron");
    fs::write(&plan, &text).unwrap();
    let out = polku(
        home.path(),
        &[
            "export",
            plan.to_str().unwrap(),
            "--output",
            plan.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&plan).unwrap(), text);

    // A folder that does not exist for the output.
    let nowhere = home.path().join("nowhere").join("copy.md");
    let out = polku(
        home.path(),
        &[
            "export",
            plan.to_str().unwrap(),
            "-o",
            nowhere.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));

    // Usage errors are clap's.
    let out = polku(
        home.path(),
        &["export", plan.to_str().unwrap(), "--format", "pdf"],
    );
    assert_eq!(out.status.code(), Some(2));
    let out = polku(home.path(), &["export"]);
    assert_eq!(out.status.code(), Some(2));
}
