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
