//! The bottom line: the last message, or the keys that work where the user is, generated from
//! the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::{App, MessageKind};
use crate::tui::keymap::keys_label;

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
        spans.push(Span::styled(
            format!(" {} ", crate::text::display_safe(&message.text)),
            style,
        ));
        spans.push(Span::styled("│", theme.muted));
    }
    for binding in app.keymap.hints(app.context()) {
        let first_key = binding
            .keys
            .first()
            .map(|k| k.to_string())
            .unwrap_or_default();
        let key = if binding.keys.len() > 2 {
            first_key
        } else {
            keys_label(binding)
        };
        let key = Span::styled(format!(" {key}"), theme.accent);
        let what = Span::styled(format!(" {} ", (binding.describe)(s)), theme.status);
        // Whole hints only: a key without its meaning, cut at the edge, helps nobody.
        let used: usize = spans.iter().map(Span::width).sum();
        if used + key.width() + what.width() > area.width as usize {
            break;
        }
        spans.push(key);
        spans.push(what);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}
