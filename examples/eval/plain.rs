//! Plain text from the registers' rich text: PTV writes its longer texts as Draft.js JSON (a
//! list of blocks, each a paragraph or a list item), and either register may carry HTML.

use serde::Deserialize;

#[derive(Deserialize)]
struct DraftDocument {
    blocks: Vec<DraftBlock>,
}

#[derive(Deserialize)]
struct DraftBlock {
    #[serde(default)]
    text: String,
}

/// `raw` as plain text: Draft.js blocks become lines, HTML tags are dropped and the common
/// entities decoded, runs of blank lines shrink to one, and the ends are trimmed.
pub fn plain_text(raw: &str) -> String {
    let trimmed = raw.trim();
    let text = match serde_json::from_str::<DraftDocument>(trimmed) {
        Ok(document) if trimmed.starts_with('{') => document
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect::<Vec<_>>()
            .join("\n"),
        _ => trimmed.to_owned(),
    };
    tidy(&decode_entities(&strip_tags(&text)))
}

/// Tags removed; a tag that ends a block (`</p>`, `<br>`, `</li>`) becomes a line break.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('>') else {
            out.push_str(after);
            return out;
        };
        let tag = after[1..end].trim().to_ascii_lowercase();
        let is_tag = tag
            .trim_start_matches('/')
            .starts_with(|c: char| c.is_ascii_alphabetic());
        if !is_tag {
            // A lone "<" in the text, such as "< 18 v": kept as written.
            out.push('<');
            rest = &after[1..];
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if matches!(
            name.as_str(),
            "p" | "br" | "li" | "div" | "h1" | "h2" | "h3" | "h4"
        ) {
            out.push('\n');
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(text.to_owned(), |t, (entity, plain)| {
        t.replace(entity, plain)
    })
}

/// Lines trimmed, at most one blank line in a row, no blank lines at the ends.
fn tidy(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

/// `text` on one line: every run of white space becomes one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_js_blocks_become_paragraph_lines() {
        let raw = r#"{"entityMap":{},"blocks":[{"text":"Ensimmäinen kappale.","type":"unstyled"},{"text":"","type":"unstyled"},{"text":"","type":"unstyled"},{"text":"Toinen.","type":"unordered-list-item"}]}"#;
        assert_eq!(plain_text(raw), "Ensimmäinen kappale.\n\nToinen.");
    }

    #[test]
    fn html_tags_go_and_entities_are_decoded() {
        assert_eq!(
            plain_text("<p>Velat &amp; talous</p><p>Ajanvaraus&nbsp;puhelimitse</p>"),
            "Velat & talous\n\nAjanvaraus puhelimitse"
        );
        // A "<" that opens no tag is text.
        assert_eq!(plain_text("alle < 18 v"), "alle < 18 v");
    }

    #[test]
    fn plain_text_and_json_that_is_not_draft_js_are_kept() {
        assert_eq!(plain_text("  Työkokeilu  "), "Työkokeilu");
        assert_eq!(plain_text("{ei json"), "{ei json");
    }
}
