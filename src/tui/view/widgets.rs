//! Pieces the panes share: bordered blocks, highlighted text, safe text.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};

use crate::search::{Explanation, FuzzyMatcher, QueryWords, highlights};
use crate::text::display_safe;
use crate::tui::action::Pane;
use crate::tui::app::App;

/// A pane's frame: rounded border, the title in the accent style when the pane has focus.
pub fn pane_block<'a>(app: &App, pane: Pane, title: String) -> Block<'a> {
    let focused = app.focus == pane && app.overlays().is_empty();
    let (border, title_style) = if focused {
        (app.theme.border_focused, app.theme.accent)
    } else {
        (app.theme.border, app.theme.muted)
    };
    let marker = if focused { "▸ " } else { "" };
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(border)
        .title(Line::from(vec![Span::styled(
            format!(" {marker}{title} "),
            title_style,
        )]))
}

/// `text` made safe, with the letters that matched the query in the `matched` style.
pub fn highlighted<'a>(
    fuzzy: &dyn FuzzyMatcher,
    text: &str,
    query: &QueryWords,
    base: Style,
    matched: Style,
) -> Vec<Span<'a>> {
    let text = display_safe(text);
    let marks = highlights(fuzzy, &text, query);
    marked(text, &marks, base, matched)
}

/// `text` made safe, with the words the ranking matched (as `why` says) in the `matched`
/// style.
pub fn highlighted_why<'a>(
    text: &str,
    why: &Explanation,
    base: Style,
    matched: Style,
) -> Vec<Span<'a>> {
    let text = display_safe(text);
    let marks = why.highlights(&text);
    marked(text, &marks, base, matched)
}

/// Spans of `text` with the characters at `marks` (sorted) in the `matched` style.
fn marked<'a>(text: String, marks: &[usize], base: Style, matched: Style) -> Vec<Span<'a>> {
    if marks.is_empty() {
        return vec![Span::styled(text, base)];
    }
    let lit = base.patch(matched);
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    let mut next_mark = marks.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        let is_match = next_mark.peek() == Some(&&i);
        if is_match {
            next_mark.next();
        }
        if is_match != run_matched && !run.is_empty() {
            let style = if run_matched { lit } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = is_match;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_matched { lit } else { base }));
    }
    spans
}

/// A pane's frame with "12/64" at its right end: where the selection is in the list.
pub fn list_block<'a>(
    app: &App,
    pane: Pane,
    title: String,
    selected: usize,
    len: usize,
) -> Block<'a> {
    let block = pane_block(app, pane, title);
    if len == 0 {
        return block;
    }
    block.title_top(
        Line::styled(format!(" {}/{len} ", selected + 1), app.theme.muted).right_aligned(),
    )
}

/// Safe text as one span.
pub fn safe<'a>(text: &str, style: Style) -> Span<'a> {
    Span::styled(display_safe(text), style)
}

/// The inner width of a bordered area.
pub fn inner_width(area: Rect) -> usize {
    area.width.saturating_sub(2) as usize
}
