//! The bottom line: the last message, then the keys that work where the user is, generated
//! from the key table; only whole hints, so that no word is cut.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::App;
use crate::tui::state::MessageKind;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = &app.theme;
    let s = app.strings();
    let mut spans = Vec::new();
    if let Some(message) = &app.message {
        let style = match message.kind {
            MessageKind::Info => theme.text,
            MessageKind::Success => theme.success,
            MessageKind::Warning => theme.warning,
            MessageKind::Error => theme.error,
        };
        let text = crate::text::display_safe(&message.text);
        // A message longer than the line is cut at a word, and says so.
        let room = (area.width as usize).saturating_sub(2);
        let text = if text.chars().count() > room {
            let cut: String = text.chars().take(room.saturating_sub(1)).collect();
            let cut = cut
                .rsplit_once(' ')
                .map_or(cut.as_str(), |(a, _)| a)
                .to_owned();
            format!("{cut}…")
        } else {
            text
        };
        spans.push(Span::styled(format!(" {text} "), style));
        spans.push(Span::styled("│", theme.muted));
    }
    for hint in app.keymap.hints(&app.places()) {
        let key = Span::styled(format!(" {}", hint.keys_label()), theme.accent);
        let what = Span::styled(format!(" {} ", (hint.describe)(s)), theme.status);
        // Whole hints only: a key without its meaning, cut at the edge, helps nobody.
        let used: usize = spans.iter().map(Span::width).sum();
        if used + key.width() + what.width() > area.width as usize {
            continue;
        }
        spans.push(key);
        spans.push(what);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}
