//! The client view: the professional's panes hidden, the plan large and plain, for turning the
//! screen towards the client: the goals, the services with how to reach them, who does what,
//! and when to meet next.

use ratatui::Frame;
use ratatui::layout::{HorizontalAlignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

use super::widgets::safe;
use crate::plan::{PlanGoal, TaskOwner};
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let s = app.strings();
    let theme = &app.theme;
    let body = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let mut title = s.terms.kind(app.plan.kind).to_owned();
    if !app.plan.client.is_empty() {
        title = format!("{title} · {}", crate::text::display_safe(&app.plan.client));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .padding(Padding::new(3, 3, 1, 1))
        .title(Line::styled(format!(" {title} "), theme.accent))
        .title_alignment(HorizontalAlignment::Center);
    let paragraph = Paragraph::new(plan_lines(app))
        .block(block)
        .wrap(Wrap { trim: true })
        .scroll((app.client_scroll, 0));
    frame.render_widget(paragraph, body);
}

fn heading<'a>(text: &str, style: Style) -> Line<'a> {
    Line::from(Span::styled(text.to_uppercase(), style))
}

fn labelled<'a>(label: &str, value: &str, app: &App) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{label}: "), app.theme.muted),
        safe(value, app.theme.text),
    ])
}

fn goal_lines<'a>(goal: &PlanGoal, app: &App, lines: &mut Vec<Line<'a>>) {
    let s = app.strings();
    lines.push(Line::from(safe(&goal.text, app.theme.accent)));
    if let Some(date) = goal.target_date {
        lines.push(labelled(s.label_target_date, &date.to_string(), app));
    }
    if !goal.indicator.is_empty() {
        lines.push(labelled(s.indicator_short, &goal.indicator, app));
    }
    lines.push(Line::default());
}

/// The plan in the order a client reads it.
fn plan_lines<'a>(app: &App) -> Vec<Line<'a>> {
    let s = app.strings();
    let theme = &app.theme;
    let language = app.language.code();
    let plan = &app.plan;
    let mut lines = Vec::new();

    if !plan.main_goal.text.is_empty() {
        lines.push(heading(s.main_goal, theme.muted));
        goal_lines(&plan.main_goal, app, &mut lines);
    }
    let sub_goals: Vec<&PlanGoal> = plan
        .sub_goals
        .iter()
        .filter(|g| !g.text.is_empty())
        .collect();
    if !sub_goals.is_empty() {
        lines.push(heading(s.sub_goal, theme.muted));
        for goal in sub_goals {
            goal_lines(goal, app, &mut lines);
        }
    }

    lines.push(heading(s.section_services, theme.muted));
    if plan.services.is_empty() {
        lines.push(Line::styled(s.plan_empty, theme.muted));
        lines.push(Line::default());
    }
    for (i, chosen) in plan.services.iter().enumerate() {
        lines.push(Line::from(vec![
            Span::styled(format!("{}. ", i + 1), theme.accent),
            safe(chosen.name.get(language), theme.accent),
            Span::styled(
                format!("  ({})", s.terms.status(chosen.status)),
                theme.muted,
            ),
        ]));
        if let Some(service) = app.catalog.service(chosen.service.as_str()) {
            lines.push(Line::from(safe(service.summary.get(language), theme.text)));
        }
        lines.push(labelled(s.field_provider, &chosen.provider, app));
        if let Some(contact) = chosen.contact.as_ref().filter(|c| !c.is_empty()) {
            lines.push(labelled(s.field_contact, &contact.one_line(), app));
        }
        if let Some(start) = chosen.start {
            lines.push(labelled(s.label_start, &start.to_string(), app));
        }
        lines.push(Line::default());
    }

    if !plan.tasks.is_empty() {
        lines.push(heading(s.section_tasks, theme.muted));
        for task in &plan.tasks {
            let who = match &task.who {
                TaskOwner::Other(name) if !name.is_empty() => crate::text::display_safe(name),
                // As on the client's copy: the task's line starts with who does it.
                other => crate::i18n::capitalised(s.terms.owner(other)),
            };
            let mark = if task.done { "[x]" } else { "[ ]" };
            let by = task
                .by
                .map(|d| format!(" ({} {d})", s.label_by.to_lowercase()))
                .unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(format!("{mark} {who}: "), theme.muted),
                safe(&format!("{}{by}", task.what), theme.text),
            ]));
        }
        lines.push(Line::default());
    }

    if let Some(next) = plan.next_meeting {
        lines.push(heading(s.label_next_meeting, theme.muted));
        lines.push(Line::from(Span::styled(next.to_string(), theme.accent)));
    }
    lines
}
