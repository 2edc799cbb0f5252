//! The README and the documents in `docs/` show commands with what they print. Each such
//! example is run here with the built binary and compared with what it shows (trailing spaces
//! aside), so a document that no longer tells the truth fails `cargo test`.
//!
//! Two shapes are examples:
//! - a fenced block whose lines starting with `$ ` are commands, each followed by its output;
//! - a fenced block right after a line `<!-- output of: COMMAND -->`, which is the whole output.
//!
//! `POLKU_BLESS_DOCS=1 cargo test --test docs_examples` writes what the commands print now into
//! the documents, for when the output changed on purpose; read the diff before committing it.

use std::path::{Path, PathBuf};
use std::process::Command;

const OUTPUT_OF: &str = "<!-- output of: ";

/// A command shown in a document, and the lines of the document that show its output.
struct Example {
    command: String,
    /// The output's lines in the document: `start..end` (0-based, end exclusive).
    start: usize,
    end: usize,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn documents() -> Vec<PathBuf> {
    let mut docs = vec![root().join("README.md")];
    let mut more: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    more.sort();
    docs.extend(more);
    docs
}

/// Every example in a document's lines.
fn examples(lines: &[&str]) -> Vec<Example> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with("```") {
            i += 1;
            continue;
        }
        let open = i;
        let close = (open + 1..lines.len())
            .find(|&j| lines[j].starts_with("```"))
            .unwrap_or(lines.len());
        let marked = open
            .checked_sub(1)
            .map(|p| lines[p].trim())
            .and_then(|l| l.strip_prefix(OUTPUT_OF))
            .and_then(|l| l.strip_suffix("-->"));
        if let Some(command) = marked {
            found.push(Example {
                command: command.trim().to_string(),
                start: open + 1,
                end: close,
            });
        } else {
            found.extend(prompt_examples(lines, open + 1, close));
        }
        i = close + 1;
    }
    found
}

/// The `$ command` lines between `start` and `end`, each with the lines after it as output.
fn prompt_examples(lines: &[&str], start: usize, end: usize) -> Vec<Example> {
    let prompts: Vec<usize> = (start..end)
        .filter(|&j| lines[j].starts_with("$ "))
        .collect();
    prompts
        .iter()
        .enumerate()
        .map(|(n, &at)| Example {
            command: lines[at][2..].trim().to_string(),
            start: at + 1,
            end: prompts.get(n + 1).copied().unwrap_or(end),
        })
        .collect()
}

/// Runs a documented `polku …` command as a new user would: the repository as the working
/// folder, a HOME without settings, no colours.
fn run(command: &str) -> String {
    let words = split_words(command);
    assert_eq!(
        words.first().map(String::as_str),
        Some("polku"),
        "a documented command should start with `polku`: {command}"
    );
    let home = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_polku"))
        .args(&words[1..])
        .current_dir(root())
        .env_clear()
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env("LANG", "C.UTF-8")
        .env("TZ", "Europe/Helsinki")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "`{command}` failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Words split as a shell would for the simple commands the documents show: spaces separate,
/// single or double quotes group.
fn split_words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut in_word = false;
    for c in command.chars() {
        match (quote, c) {
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (Some(q), c) if c == q => quote = None,
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (_, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// Lines without trailing spaces, and without blank lines at the end.
fn normalised<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = lines.map(str::trim_end).collect();
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

#[test]
fn every_documented_command_prints_what_the_documents_show() {
    let bless = std::env::var_os("POLKU_BLESS_DOCS").is_some();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for path in documents() {
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut blessed: Vec<String> = Vec::new();
        let mut copied_to = 0;
        for example in examples(&lines) {
            let actual = run(&example.command);
            let shown = normalised(lines[example.start..example.end].iter().copied());
            let printed = normalised(actual.lines());
            checked += 1;
            if shown != printed {
                wrong.push(difference(&path, &example, &shown, &printed));
            }
            blessed.extend(
                lines[copied_to..example.start]
                    .iter()
                    .map(|l| l.to_string()),
            );
            blessed.extend(printed.iter().map(|l| l.to_string()));
            // Keep the blank line that separates two commands in one block.
            if lines[example.start..example.end]
                .last()
                .is_some_and(|l| l.trim().is_empty())
            {
                blessed.push(String::new());
            }
            copied_to = example.end;
        }
        if bless {
            blessed.extend(lines[copied_to..].iter().map(|l| l.to_string()));
            std::fs::write(&path, blessed.join("\n") + "\n").unwrap();
        }
    }
    assert!(checked >= 2, "the README's examples were not found");
    if !bless {
        assert!(
            wrong.is_empty(),
            "{}\n(POLKU_BLESS_DOCS=1 writes the current output into the documents)",
            wrong.join("\n")
        );
    }
}

fn difference(path: &Path, example: &Example, shown: &[&str], printed: &[&str]) -> String {
    let line = (0..shown.len().max(printed.len()))
        .find(|&i| shown.get(i) != printed.get(i))
        .unwrap_or(0);
    format!(
        "{}:{}: `{}` prints\n  {:?}\nwhere the document shows\n  {:?}\nfull output:\n{}",
        path.display(),
        example.start + line + 1,
        example.command,
        printed.get(line).unwrap_or(&"(nothing)"),
        shown.get(line).unwrap_or(&"(nothing)"),
        printed.join("\n")
    )
}

#[test]
fn examples_are_found_in_both_shapes() {
    let doc = [
        "```text",
        "$ polku a",
        "one",
        "",
        "$ polku b",
        "two",
        "```",
        "<!-- output of: polku c -->",
        "```markdown",
        "three",
        "```",
        "```ron",
        "not an example",
        "```",
    ];
    let found: Vec<(String, usize, usize)> = examples(&doc)
        .into_iter()
        .map(|e| (e.command, e.start, e.end))
        .collect();
    assert_eq!(
        found,
        [
            ("polku a".into(), 2, 4),
            ("polku b".into(), 5, 6),
            ("polku c".into(), 9, 10)
        ]
    );
    assert_eq!(
        split_words("polku search 'a b' \"c\" d"),
        ["polku", "search", "a b", "c", "d"]
    );
}
