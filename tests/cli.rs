//! The command line as a user meets it: version, help in the user's language, completions,
//! the manual page, and filter values that match nothing.

mod common;

use std::process::Output;

use common::polku;

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_version_is_printed() {
    let out = polku(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        format!("polku {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_has_its_headings_in_the_users_language() {
    let finnish = stdout(&polku(&["--lang", "fi", "--help"]));
    assert!(finnish.contains("Käyttö: polku"), "{finnish}");
    assert!(finnish.contains("Komennot:"), "{finnish}");
    assert!(finnish.contains("Valitsimet:"), "{finnish}");
    assert!(!finnish.contains("Options:"), "{finnish}");
    let swedish = stdout(&polku(&["search", "--lang=sv", "--help"]));
    assert!(swedish.contains("Användning: polku search"), "{swedish}");
    let english = stdout(&polku(&["--help"]));
    assert!(english.contains("Usage: polku"), "{english}");
}

#[test]
fn completions_and_the_manual_page_are_generated() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = polku(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        assert!(stdout(&out).contains("polku"), "{shell}");
    }
    let bash = stdout(&polku(&["completions", "bash"]));
    assert!(bash.contains("--service-language"), "{bash}");
    let man = stdout(&polku(&["man"]));
    assert!(
        man.starts_with(".ie") || man.contains(".TH polku 1"),
        "{man}"
    );
    assert!(man.contains("search"), "{man}");
}

#[test]
fn a_filter_value_that_matches_nothing_is_a_usage_error_naming_the_nearest() {
    let out = polku(&["search", "--lang", "fi", "--area", "Kotkaa", "klubitalo"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    let message = stderr(&out);
    assert!(message.contains("`Kotkaa`"), "{message}");
    assert!(message.contains("tarkoititko `Kotka`"), "{message}");

    let out = polku(&["search", "--service-language", "xx", "tuki"]);
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(message.contains("did you mean `"), "{message}");

    let out = polku(&["search", "--lang", "sv", "--goal", "peer-suport", "x"]);
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(message.contains("katalogen har inget mål"), "{message}");
    assert!(message.contains("`peer-support`"), "{message}");
}

#[test]
fn a_known_filter_value_is_matched_whatever_its_case() {
    let out = polku(&["search", "--json", "--area", "kotka", "klubitalo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Kotka"), "{}", stdout(&out));
}

#[test]
fn search_as_json_says_why_each_service_was_found() {
    let out = polku(&[
        "search",
        "--json",
        "--lang",
        "fi",
        "--limit",
        "3",
        "mul",
        "on",
        "ulosottoja",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let matched = first["matched"].as_array().unwrap();
    // One thing asked for (the stop words ask for nothing), with the words of the service.
    assert_eq!(matched.len(), 1, "{first}");
    assert_eq!(matched[0]["typed"], "ulosottoja");
    assert!(
        !matched[0]["words"].as_array().unwrap().is_empty(),
        "{first}"
    );
    assert!(matched[0]["place"].is_string(), "{first}");
    // Every hit says why.
    for line in text.lines() {
        let hit: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(!hit["matched"].as_array().unwrap().is_empty(), "{hit}");
    }
}

#[test]
fn a_search_that_finds_nothing_names_the_words_and_what_is_near_in_each_language() {
    for (lang, nothing, near) in [
        (
            "fi",
            "Ei osumia sanalle: puusepäntyö",
            "Lähimmät sanat: puutyö",
        ),
        ("sv", "Ingen träff för: puusepäntyö", "Närmaste ord: puutyö"),
        (
            "en",
            "Nothing matches: puusepäntyö",
            "Nearest words: puutyö",
        ),
    ] {
        let out = polku(&["search", "--lang", lang, "puusepäntyö"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(nothing), "{text}");
        assert!(text.contains(near), "{text}");
        // And the goals whose words are nearest, by name.
        assert_eq!(text.lines().count(), 4, "{text}");
        // As JSON, standard output stays one hit a line (none), the help goes beside it.
        let out = polku(&["search", "--json", "--lang", lang, "puusepäntyö"]);
        assert!(stdout(&out).is_empty());
        assert!(stderr(&out).contains(nothing), "{}", stderr(&out));
    }
}

#[test]
fn words_that_found_nothing_are_named_below_what_the_rest_found() {
    let out = polku(&["search", "--lang", "fi", "puusepäntyö", "kotka"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Kotka"), "{text}");
    assert_eq!(
        text.lines().last(),
        Some("Ei osumia sanalle: puusepäntyö"),
        "{text}"
    );
}
