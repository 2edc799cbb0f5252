//! Making catalogue and plan text safe to show: nothing typed by someone else may reach the
//! terminal as a control sequence.

/// `text` with control characters replaced: tabs and newlines become spaces, other controls
/// (ESC, BEL, CR, backspace, DEL, C1) and bidirectional overrides become `�`-free visible
/// placeholders or vanish, so that the text can neither move the cursor nor reorder a line.
pub fn display_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() => out.push('\u{fffd}'),
            // Bidirectional embeddings, overrides and isolates; zero-width joiners and marks
            // are harmless but invisible, so they are dropped to keep widths honest.
            '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200b}'..='\u{200f}'
            | '\u{feff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_pass() {
        let shown = display_safe("a\u{1b}[2Jb\u{7}c\r\nd\u{8}\u{202e}e\u{9b}");
        assert!(!shown.chars().any(|c| c.is_control()));
        assert!(!shown.contains('\u{202e}'));
        assert!(shown.starts_with('a') && shown.contains('e'));
    }
}
