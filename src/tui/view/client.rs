//! The client view: the professional's panes hidden, the plan large and plain, for turning the
//! screen towards the client.

use ratatui::Frame;
use ratatui::layout::{HorizontalAlignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

use super::widgets::safe;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let s = app.strings();
    let theme = &app.theme;
    let language = app.language.code();
    let body = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .padding(Padding::new(3, 3, 1, 1))
        .title(Line::styled(
            format!(" {} ", s.client_view_title),
            theme.accent,
        ))
        .title_alignment(HorizontalAlignment::Center);
    let mut lines = Vec::new();
    if app.plan.services.is_empty() {
        lines.push(Line::styled(s.plan_empty, theme.muted));
    }
    for (i, chosen) in app.plan.services.iter().enumerate() {
        lines.push(Line::from(vec![
            Span::styled(format!("{}. ", i + 1), theme.accent),
            safe(chosen.name.get(language), theme.accent),
        ]));
        if let Some(service) = app.catalog.service(chosen.service.as_str()) {
            lines.push(Line::from(safe(service.summary.get(language), theme.text)));
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", s.field_provider), theme.muted),
            safe(&chosen.provider, theme.text),
        ]));
        if let Some(contact) = chosen.contact.as_ref().filter(|c| !c.is_empty()) {
            let parts: Vec<&str> = [
                &contact.phone,
                &contact.email,
                &contact.web,
                &contact.address,
            ]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", s.field_contact), theme.muted),
                safe(&parts.join(" · "), theme.text),
            ]));
        }
        lines.push(Line::default());
    }
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        body,
    );
}
