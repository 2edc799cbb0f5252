//! The services that match, best first, with the words the ranking matched highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use super::widgets::{highlighted_why, inner_width, list_block};
use crate::search::suggest::as_typed;
use crate::text::display_safe;
use crate::tui::action::Pane;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let s = app.strings();
    let theme = &app.theme;
    let shown = app.results.services.len();
    let title = if shown < app.results.total {
        format!("{} ({shown} / {})", s.services_title, app.results.total)
    } else {
        format!("{} ({})", s.services_title, app.results.total)
    };
    let mut block = list_block(
        app,
        Pane::Services,
        title,
        app.services_cursor.selected,
        app.results.total,
    );
    if !app.results.unmatched.is_empty() && !app.results.services.is_empty() {
        // Services cover the rest of the query: say quietly which words found nothing.
        let words: Vec<String> = app
            .results
            .unmatched
            .iter()
            .map(|w| as_typed(app.query.text(), w))
            .collect();
        let note = format!(" {} {} ", s.no_match_for, words.join(", "));
        block = block.title_bottom(Line::styled(display_safe(&note), theme.muted));
    }
    if app.results.services.is_empty() {
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let mut lines = vec![Line::styled(s.no_services, theme.muted)];
        // Never a dead end: which words found nothing, and what is near them.
        let results = &app.results;
        let language = app.language.code();
        let goals: Vec<&str> = results
            .nearest_goals
            .iter()
            .filter_map(|&g| app.catalog.goals.get(g))
            .map(|g| g.name.get(language))
            .collect();
        let unmatched: Vec<String> = results
            .unmatched
            .iter()
            .map(|w| as_typed(app.query.text(), w))
            .collect();
        for (label, list) in [
            (s.no_match_for, unmatched.join(", ")),
            (s.nearest_words, results.nearest_words.join(", ")),
            (s.nearest_goals, goals.join(", ")),
        ] {
            if !list.is_empty() {
                lines.push(Line::from(vec![
                    Span::styled(format!("{label} "), theme.muted),
                    Span::styled(display_safe(&list), theme.text),
                ]));
            }
        }
        frame.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    }
    let language = app.language.code();
    let width = inner_width(area).saturating_sub(2);
    // Only the rows that fit are built: the list may hold every service of a large catalogue.
    let first = app.services_cursor.offset.min(app.results.services.len());
    let rows = usize::from(block.inner(area).height);
    let items: Vec<ListItem> = app
        .results
        .services
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, hit)| {
            let service = &app.catalog.services[hit.index];
            let in_plan = app.plan().contains(&service.id);
            // A record not updated for a year is marked quietly; the details say since when.
            let mark = if in_plan {
                Span::styled("✓ ", theme.accent)
            } else if service.is_stale(app.state.today()) {
                Span::styled("◦ ", theme.muted)
            } else {
                Span::raw("  ")
            };
            let mut spans = vec![mark];
            let name = service.name.get(language);
            // The words the ranking matched, not a second guess at them.
            let why = app.why_found(hit.index);
            spans.extend(highlighted_why(name, &why, theme.text, theme.matched));
            // The provider after the name when there is room: often what tells two apart.
            let used = name.chars().count() + 2;
            if used + 4 < width {
                let provider: String = display_safe(&service.provider)
                    .chars()
                    .take(width - used - 3)
                    .collect();
                spans.push(Span::styled(format!(" · {provider}"), theme.muted));
            }
            // Listed goal by goal (an empty search): each goal's name heads its services.
            match hit
                .group
                .and_then(|g| app.catalog.goals.get(g))
                .filter(|_| app.starts_group(i))
            {
                Some(goal) => ListItem::new(vec![
                    Line::from(Span::styled(
                        display_safe(goal.name.get(language)),
                        theme.accent,
                    )),
                    Line::from(spans),
                ]),
                None => ListItem::new(Line::from(spans)),
            }
        })
        .collect();
    let focused = matches!(app.focus, Pane::Services | Pane::Search);
    let list = List::new(items)
        .block(block)
        .highlight_style(if focused { theme.selection } else { theme.text })
        .highlight_symbol(if focused { "▶" } else { " " });
    let mut state =
        ListState::default().with_selected(app.services_cursor.selected.checked_sub(first));
    frame.render_stateful_widget(list, area, &mut state);
}
