//! Everything the catalogue knows of the selected service.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::{highlighted_why, inner_width, pane_block, safe};
use crate::catalog::{Cost, Service};
use crate::i18n::Strings;
use crate::search::Explanation;
use crate::tui::action::Pane;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let s = app.strings();
    let block = pane_block(app, Pane::Details, s.details_title.to_owned());
    let Some(service) = app.detailed_service() else {
        let inner = block.inner(area);
        frame.render_widget(block, area);
        frame.render_widget(
            Paragraph::new(Line::styled(s.no_selection, app.theme.muted)),
            inner,
        );
        return;
    };
    let why = app.detailed_hit().map(|s| app.why_found(s));
    let lines = service_lines(app, service, why.as_ref(), inner_width(area));
    let paragraph = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((app.details_scroll, 0));
    frame.render_widget(paragraph, area);
}

/// The service as labelled lines, in the order a professional reads them out.
/// With `why` (for a search result), the words the query matched are lit in the name and said
/// on a line of their own, cut to `width`.
pub fn service_lines<'a>(
    app: &App,
    service: &Service,
    why: Option<&Explanation>,
    width: usize,
) -> Vec<Line<'a>> {
    let s: &Strings = app.strings();
    let theme = &app.theme;
    let language = app.language.code();
    let name = service.name.get(language);
    let mut lines = vec![
        Line::from(match why {
            Some(why) => highlighted_why(name, why, theme.accent, theme.matched),
            None => vec![safe(name, theme.accent)],
        }),
        Line::from(safe(&service.provider, theme.muted)),
    ];
    if let Some(line) = why.and_then(|why| s.why.line(why, app.query.text(), name, width)) {
        // The label quiet, what matched in plain text.
        let label = s.why.matched;
        lines.push(match line.strip_prefix(label) {
            Some(rest) => Line::from(vec![
                Span::styled(label, theme.muted),
                safe(rest, theme.text),
            ]),
            None => Line::from(safe(&line, theme.muted)),
        });
    }
    lines.push(Line::default());
    lines.push(Line::from(safe(service.summary.get(language), theme.text)));
    if let Some(description) = &service.description {
        // Paragraphs and list items on lines of their own, as the register wrote them.
        for paragraph in description.get(language).split("\n\n") {
            lines.push(Line::default());
            lines.extend(
                paragraph
                    .lines()
                    .map(|line| Line::from(safe(line, theme.text))),
            );
        }
    }
    lines.push(Line::default());
    let field = |label: &str, value: String, style: Style| -> Line<'a> {
        Line::from(vec![
            Span::styled(format!("{label}: "), theme.muted),
            safe(&value, style),
        ])
    };
    let formats: Vec<&str> = service.formats.iter().map(|f| s.format(*f)).collect();
    lines.push(field(s.field_formats, formats.join(", "), theme.text));
    if let Some(intensity) = service.intensity {
        lines.push(field(
            s.field_intensity,
            s.intensity(intensity).to_owned(),
            theme.text,
        ));
    }
    lines.push(field(
        s.field_languages,
        service.languages.join(", "),
        theme.text,
    ));
    let areas = if service.areas.is_empty() {
        s.whole_region.to_owned()
    } else {
        service.areas.join(", ")
    };
    lines.push(field(s.field_areas, areas, theme.text));
    if !service.target_groups.is_empty() {
        lines.push(field(
            s.field_target_groups,
            service.target_groups.join(", "),
            theme.text,
        ));
    }
    if let Some(eligibility) = &service.eligibility {
        lines.push(field(
            s.field_eligibility,
            eligibility.get(language).to_owned(),
            theme.text,
        ));
    }
    if let Some(cost) = &service.cost {
        let value = match cost {
            Cost::Free => s.cost_free.to_owned(),
            Cost::Fee(fee) => fee.get(language).to_owned(),
        };
        lines.push(field(s.field_cost, value, theme.text));
    }
    if let Some(duration) = &service.duration {
        lines.push(field(
            s.field_duration,
            duration.get(language).to_owned(),
            theme.text,
        ));
    }
    if let Some(contact) = service.contact.as_ref().filter(|c| !c.is_empty()) {
        lines.push(field(s.field_contact, contact.one_line(), theme.text));
    }
    let goals: Vec<&str> = service
        .goals
        .iter()
        .filter_map(|g| app.catalog.goal(g))
        .map(|g| g.name.get(language))
        .collect();
    lines.push(field(s.field_goals, goals.join(", "), theme.text));
    let checked = match service.updated {
        Some(date) if service.is_stale(app.today()) => format!(
            "{} ({})",
            crate::i18n::show_date(date, app.language),
            s.stale_note
        ),
        Some(date) => crate::i18n::show_date(date, app.language),
        None => s.not_recorded.to_owned(),
    };
    lines.push(field(s.field_updated, checked, theme.muted));
    if let Some(source) = &service.source {
        let mut value = format!("{} {}", source.format.name().to_uppercase(), source.id);
        if let Some(url) = &source.url {
            value.push_str(" · ");
            value.push_str(url);
        }
        lines.push(field(s.field_source, value, theme.muted));
    }
    lines
}
