//! Registers write descriptions as HTML, Markdown or the JSON of a rich-text editor (PTV's
//! general descriptions); the catalogue holds plain text with paragraphs. Paragraphs are
//! separated by an empty line, list items start with "• " on lines of their own.

use serde::Deserialize;

/// `text` as plain text with paragraphs, whatever of the three forms it is in.
pub fn plain_text(text: &str) -> String {
    let trimmed = text.trim();
    if let Some(blocks) = rich_text_blocks(trimmed) {
        return tidy(&blocks);
    }
    let without_tags = if looks_like_html(trimmed) {
        html_to_lines(trimmed)
    } else {
        trimmed.to_owned()
    };
    tidy(&markdown_to_lines(&decode_entities(&without_tags)))
}

/// The first paragraph of plain text, cut at a sentence end when it is long: a summary for a
/// service whose register gives only a description.
pub fn first_paragraph(text: &str, max_chars: usize) -> String {
    // A heading ("Mitä selvittely on") says too little: the first paragraph with a sentence.
    let mut paragraphs = text.split("\n\n").map(str::trim);
    let first = paragraphs.clone().next().unwrap_or("");
    let paragraph = paragraphs
        .find(|p| p.contains(['.', '!', '?']))
        .unwrap_or(first);
    if paragraph.chars().count() <= max_chars {
        return paragraph.to_owned();
    }
    let cut: String = paragraph.chars().take(max_chars).collect();
    match cut.rfind(". ") {
        Some(end) if end > max_chars / 3 => cut[..=end].to_owned(),
        _ => format!("{}…", cut.trim_end()),
    }
}

/// Draft.js content as PTV stores it: `{"blocks": [{"text": .., "type": ..}], "entityMap": {}}`.
#[derive(Deserialize)]
struct RichText {
    blocks: Vec<RichBlock>,
}

#[derive(Deserialize)]
struct RichBlock {
    #[serde(default)]
    text: String,
    #[serde(default, rename = "type")]
    kind: String,
}

fn rich_text_blocks(text: &str) -> Option<String> {
    if !(text.starts_with('{') && text.contains("\"blocks\"")) {
        return None;
    }
    let rich: RichText = serde_json::from_str(text).ok()?;
    let mut out = String::new();
    for block in rich.blocks {
        if block.kind.ends_with("list-item") {
            out.push_str("\n• ");
            out.push_str(&block.text);
        } else {
            out.push_str("\n\n");
            out.push_str(&block.text);
        }
    }
    Some(out)
}

fn looks_like_html(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
        && text.contains('>')
}

/// Tags removed; block ends become paragraph breaks, line breaks and list items lines.
fn html_to_lines(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else {
            // A lone `<` is text ("alle <30-vuotiaat").
            out.push('<');
            rest = after;
            continue;
        };
        let tag = after[..close].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if name.is_empty() && !tag.starts_with('!') {
            out.push('<');
            rest = after;
            continue;
        }
        let closing = tag.starts_with('/');
        match name.as_str() {
            "br" => out.push('\n'),
            "li" if !closing => out.push_str("\n• "),
            "p" | "div" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table"
            | "tr" | "section" | "blockquote" => out.push_str("\n\n"),
            "script" | "style" if !closing => {
                // Their content is not text.
                let end = format!("</{name}");
                rest = after
                    .to_ascii_lowercase()
                    .find(&end)
                    .map_or("", |at| &after[at..]);
                continue;
            }
            _ => {}
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&after[..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "euro" => '€',
        "auml" => 'ä',
        "ouml" => 'ö',
        "aring" => 'å',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Aring" => 'Å',
        _ => return None,
    })
}

/// Markdown's marks removed: headings, emphasis, links (their text and address kept), and
/// bullets made into "• ".
fn markdown_to_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let trimmed = line.trim_start();
        let line = if let Some(item) = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .or_else(|| trimmed.strip_prefix("+ "))
        {
            format!("• {item}")
        } else if trimmed.starts_with('#') {
            format!("\n{}\n", trimmed.trim_start_matches('#').trim())
        } else {
            line.to_owned()
        };
        out.push_str(&links_to_text(&line.replace("**", "").replace("__", "")));
        out.push('\n');
    }
    out
}

/// `[text](address)` becomes `text (address)`.
fn links_to_text(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|mid| {
            let close = after[mid + 2..].find(')')?;
            Some((mid, mid + 2 + close))
        });
        match link {
            Some((mid, close)) => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..mid]);
                out.push_str(" (");
                out.push_str(&after[mid + 2..close]);
                out.push(')');
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Spaces collapsed within lines, list items on lines of their own, paragraphs separated by
/// exactly one empty line.
fn tidy(text: &str) -> String {
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() || line == "•" {
            if paragraphs.last().is_some_and(|p| !p.is_empty()) {
                paragraphs.push(Vec::new());
            }
            continue;
        }
        let Some(current) = paragraphs.last_mut() else {
            continue;
        };
        match current.last_mut() {
            // A wrapped line of a paragraph joins the line before; items stay apart.
            Some(previous) if !line.starts_with("• ") && !previous.starts_with("• ") => {
                previous.push(' ');
                previous.push_str(&line);
            }
            _ => current.push(line),
        }
    }
    paragraphs
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_paragraphs_and_items() {
        let html = "<p>Valmennus <b>auttaa</b> työnhaussa.</p><p>Sisältö:</p><ul><li>CV</li><li>Haastattelu &amp; harjoitus</li></ul>";
        assert_eq!(
            plain_text(html),
            "Valmennus auttaa työnhaussa.\n\nSisältö:\n\n• CV\n• Haastattelu & harjoitus"
        );
    }

    #[test]
    fn markdown_marks_are_removed() {
        let md = "## Kenelle\n\n**Nuorille** alle 30-vuotiaille.\n\n- ryhmä\n- [lisätiedot](https://example.fi)";
        assert_eq!(
            plain_text(md),
            "Kenelle\n\nNuorille alle 30-vuotiaille.\n\n• ryhmä\n• lisätiedot (https://example.fi)"
        );
    }

    #[test]
    fn rich_text_blocks_are_read() {
        let json = r#"{"entityMap":{},"blocks":[{"text":"Eka kappale.","type":"unstyled"},{"text":"","type":"unstyled"},{"text":"Kohta","type":"unordered-list-item"}]}"#;
        assert_eq!(plain_text(json), "Eka kappale.\n\n• Kohta");
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        assert_eq!(plain_text("alle <30 v"), "alle <30 v");
    }

    #[test]
    fn long_first_paragraphs_are_cut_at_a_sentence() {
        let text = "Ensimmäinen lause on tässä. Toinen lause jatkuu pitkään ja pitkään.\n\nToinen kappale.";
        assert_eq!(first_paragraph(text, 40), "Ensimmäinen lause on tässä.");
        assert_eq!(first_paragraph("Lyhyt.\n\nMuuta", 40), "Lyhyt.");
        assert_eq!(
            first_paragraph("Otsikko\n\nLause tässä.", 40),
            "Lause tässä."
        );
    }
}
