//! The goals that match the search, each with how many services serve it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use super::widgets::{highlighted, list_block};
use crate::search::QueryWords;
use crate::tui::action::Pane;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let s = app.strings();
    let theme = &app.theme;
    let title = if app.query.is_empty() {
        format!("{} ({})", s.goals_title, app.results.goals.len())
    } else {
        format!("{} ({})", s.matching_goals, app.results.goals.len())
    };
    let query = QueryWords::parse(app.query.text());
    let language = app.language.code();
    let items: Vec<ListItem> = app
        .results
        .goals
        .iter()
        .map(|hit| {
            let goal = &app.catalog.goals[hit.index];
            // The count first, so that a long name cut at the edge does not hide it.
            let mut spans = vec![Span::styled(format!("{:>3} ", hit.services), theme.muted)];
            spans.extend(highlighted(
                app.searcher_matcher(),
                goal.name.get(language),
                &query,
                theme.text,
                theme.matched,
            ));
            ListItem::new(Line::from(spans))
        })
        .collect();
    let focused = app.focus == Pane::Goals;
    let list = List::new(items)
        .block(list_block(
            app,
            Pane::Goals,
            title,
            app.goals_cursor.selected,
            app.results.goals.len(),
        ))
        .highlight_style(if focused { theme.selection } else { theme.text })
        .highlight_symbol(if focused { "▶ " } else { "  " });
    let mut state = ListState::default()
        .with_selected((!app.results.goals.is_empty()).then_some(app.goals_cursor.selected))
        .with_offset(app.goals_cursor.offset);
    frame.render_stateful_widget(list, area, &mut state);
}
