//! The client view: the professional's panes hidden, the plan large and plain, for turning the
//! screen towards the client: the goals, the services with how to reach them, who does what,
//! and when to meet next. Dates are written the way the client's language writes them.

use ratatui::Frame;
use ratatui::layout::{HorizontalAlignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Padding, Paragraph, Wrap};

use super::{Kind, Outcome, Overlay};
use crate::plan::{FieldId, TaskOwner};
use crate::tui::action::{Action, Command};
use crate::tui::keymap::Place;
use crate::tui::state::State;
use crate::tui::view::widgets::safe;

#[derive(Debug, Default)]
pub struct ClientView {
    scroll: u16,
}

impl Overlay for ClientView {
    fn kind(&self) -> Kind {
        Kind::ClientView
    }

    fn places(&self) -> Vec<Place> {
        vec![Place::ClientView, Place::Everywhere]
    }

    fn covers_screen(&self) -> bool {
        true
    }

    fn event(&mut self, action: &Action, _state: &mut State) -> Outcome {
        self.scroll = match action.command() {
            Some(Command::Back) => return Outcome::Close,
            Some(Command::Up) => self.scroll.saturating_sub(1),
            Some(Command::Down) => self.scroll.saturating_add(1),
            Some(Command::PageUp) => self.scroll.saturating_sub(10),
            Some(Command::PageDown) => self.scroll.saturating_add(10),
            Some(Command::First) => 0,
            Some(_) => return Outcome::Ignored,
            None => match action {
                Action::ScrollUp { .. } => self.scroll.saturating_sub(3),
                Action::ScrollDown { .. } => self.scroll.saturating_add(3),
                _ => self.scroll,
            },
        };
        Outcome::Consumed
    }

    fn draw(&self, frame: &mut Frame, area: Rect, state: &State) {
        let s = state.strings();
        let theme = &state.theme;
        let body = Rect {
            height: area.height.saturating_sub(1),
            ..area
        };
        frame.render_widget(Clear, body);
        let plan = state.plan();
        let mut title = s.terms.kind(plan.kind).to_owned();
        if !plan.client.is_empty() {
            title = format!("{title} · {}", crate::text::display_safe(&plan.client));
        }
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .padding(Padding::new(3, 3, 1, 1))
            .title(Line::styled(format!(" {title} "), theme.accent))
            .title_alignment(HorizontalAlignment::Center);
        let paragraph = Paragraph::new(plan_lines(state))
            .block(block)
            .wrap(Wrap { trim: true })
            .scroll((self.scroll, 0));
        frame.render_widget(paragraph, body);
    }
}

fn heading<'a>(text: &str, style: Style) -> Line<'a> {
    Line::from(Span::styled(text.to_uppercase(), style))
}

fn labelled<'a>(label: &str, value: &str, state: &State) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{label}: "), state.theme.muted),
        safe(value, state.theme.text),
    ])
}

/// A field's value as the client reads it, through the plan's field lens.
fn value(state: &State, field: FieldId) -> String {
    field.read(state.plan(), state.language)
}

/// Goal `g` (0 the main goal): its text, target date and indicator.
fn goal_lines<'a>(g: usize, state: &State, lines: &mut Vec<Line<'a>>) {
    let s = state.strings();
    lines.push(Line::from(safe(
        &value(state, FieldId::GoalText(g)),
        state.theme.accent,
    )));
    for (label, field) in [
        (s.label_target_date, FieldId::GoalTarget(g)),
        (s.indicator_short, FieldId::GoalIndicator(g)),
    ] {
        let text = value(state, field);
        if !text.is_empty() {
            lines.push(labelled(label, &text, state));
        }
    }
    lines.push(Line::default());
}

/// The plan in the order a client reads it.
fn plan_lines<'a>(state: &State) -> Vec<Line<'a>> {
    let s = state.strings();
    let theme = &state.theme;
    let language = state.language.code();
    let plan = state.plan();
    let mut lines = Vec::new();

    if !plan.main_goal.text.is_empty() {
        lines.push(heading(s.main_goal, theme.muted));
        goal_lines(0, state, &mut lines);
    }
    let sub_goals: Vec<usize> = (1..=plan.sub_goals.len())
        .filter(|&g| !plan.sub_goals[g - 1].text.is_empty())
        .collect();
    if !sub_goals.is_empty() {
        lines.push(heading(s.sub_goal, theme.muted));
        for g in sub_goals {
            goal_lines(g, state, &mut lines);
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
                format!("  ({})", value(state, FieldId::ServiceStatus(i))),
                theme.muted,
            ),
        ]));
        if let Some(service) = state.catalog.service(chosen.service.as_str()) {
            lines.push(Line::from(safe(service.summary.get(language), theme.text)));
        }
        lines.push(labelled(s.field_provider, &chosen.provider, state));
        if let Some(contact) = chosen.contact.as_ref().filter(|c| !c.is_empty()) {
            lines.push(labelled(s.field_contact, &contact.one_line(), state));
        }
        let start = value(state, FieldId::ServiceStart(i));
        if !start.is_empty() {
            lines.push(labelled(s.label_start, &start, state));
        }
        lines.push(Line::default());
    }

    if !plan.tasks.is_empty() {
        lines.push(heading(s.section_tasks, theme.muted));
        for (i, task) in plan.tasks.iter().enumerate() {
            let who = match &task.who {
                TaskOwner::Other(name) if !name.is_empty() => crate::text::display_safe(name),
                // As on the client's copy: the task's line starts with who does it.
                _ => crate::i18n::capitalised(&value(state, FieldId::TaskWho(i))),
            };
            let mark = value(state, FieldId::TaskDone(i));
            let by = value(state, FieldId::TaskBy(i));
            let by = if by.is_empty() {
                by
            } else {
                format!(" ({} {by})", s.label_by.to_lowercase())
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{mark} {who}: "), theme.muted),
                safe(
                    &format!("{}{by}", value(state, FieldId::TaskWhat(i))),
                    theme.text,
                ),
            ]));
        }
        lines.push(Line::default());
    }

    let next = value(state, FieldId::NextMeeting);
    if !next.is_empty() {
        lines.push(heading(s.label_next_meeting, theme.muted));
        lines.push(Line::from(Span::styled(next, theme.accent)));
    }
    lines
}
