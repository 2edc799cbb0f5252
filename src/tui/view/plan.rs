//! The client's plan as it grows during the meeting: the chosen services.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use super::widgets::{list_block, safe};
use crate::tui::action::Pane;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let s = app.strings();
    let theme = &app.theme;
    let title = format!("{} ({})", s.plan_title, app.plan().services.len());
    let block = list_block(
        app,
        Pane::Plan,
        title,
        app.plan_cursor.selected,
        app.plan().services.len(),
    );
    if app.plan().services.is_empty() {
        let inner = block.inner(area);
        frame.render_widget(block, area);
        frame.render_widget(
            Paragraph::new(Line::styled(s.plan_empty, theme.muted)).wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    let language = app.language.code();
    let items: Vec<ListItem> = app
        .plan()
        .services
        .iter()
        .enumerate()
        .map(|(i, chosen)| {
            ListItem::new(Line::from(vec![
                Span::styled(format!("{}. ", i + 1), theme.muted),
                safe(chosen.name.get(language), theme.text),
                Span::styled(" · ", theme.muted),
                safe(&chosen.provider, theme.muted),
            ]))
        })
        .collect();
    let focused = app.focus == Pane::Plan;
    let list = List::new(items)
        .block(block)
        .highlight_style(if focused { theme.selection } else { theme.text })
        .highlight_symbol(if focused { "▶ " } else { "  " });
    let mut state = ListState::default()
        .with_selected(Some(app.plan_cursor.selected))
        .with_offset(app.plan_cursor.offset);
    frame.render_stateful_widget(list, area, &mut state);
}
