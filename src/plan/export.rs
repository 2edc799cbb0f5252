//! The client's copy of a plan: Markdown to read and print, in the client's language, or JSON
//! for other systems.
//!
//! Everything typed into the plan passes through [`display_safe`] (no control characters reach
//! the copy) and is escaped just enough that it cannot change the Markdown's structure: it can
//! start no heading, list, quote, code block or table, and holds no HTML.

use super::model::{AttainmentScale, Coordinator, CoordinatorRole, Plan, PlanGoal, TaskOwner};
use crate::i18n::Language;
use crate::i18n::{ExportStrings, capitalised};
use crate::text::display_safe;

/// The plan as JSON: the plan model itself, every field, pretty-printed.
pub fn to_json(plan: &Plan) -> String {
    // Cannot fail: every map in the plan has string keys (`Text` is a map from language code
    // to text) and every value serializes as plain JSON (dates as strings, needs as ids).
    let mut json = serde_json::to_string_pretty(plan).expect("a plan always serializes as JSON");
    json.push('\n');
    json
}

/// The client's copy as Markdown, in `language`. Empty parts of the plan are left out; the
/// consent section is always there, and says so when the client has consented to nothing.
pub fn to_markdown(plan: &Plan, language: Language) -> String {
    let s = ExportStrings::of(language);
    let mut doc = Doc::default();
    doc.heading(1, s.terms.title(plan.kind));

    let dates: Vec<String> = [(s.made, plan.made), (s.changed, plan.changed)]
        .into_iter()
        .filter_map(|(label, date)| date.map(|d| item(label, &s.date(d))))
        .collect();
    doc.list(&dates);

    people(&mut doc, plan, s);
    consent(&mut doc, plan, s);

    for (title, text) in [
        (s.situation, &plan.situation),
        (s.own_view, &plan.own_view),
        (s.assessment, &plan.assessment),
    ] {
        if !text.trim().is_empty() {
            doc.heading(2, title);
            doc.block(&block(text));
        }
    }

    if !plan.needs.is_empty() {
        doc.heading(2, s.needs);
        let strings = language.strings();
        let needs: Vec<String> = plan
            .needs
            .iter()
            .map(|&n| format!("- {}", strings.need(n)))
            .collect();
        doc.list(&needs);
    }

    if !goal_is_empty(&plan.main_goal) {
        doc.heading(2, s.main_goal);
        if !plan.main_goal.text.trim().is_empty() {
            doc.block(&block(&plan.main_goal.text));
        }
        doc.list(&goal_details(&plan.main_goal, s));
    }
    let sub_goals: Vec<&PlanGoal> = plan
        .sub_goals
        .iter()
        .filter(|g| !goal_is_empty(g))
        .collect();
    if !sub_goals.is_empty() {
        doc.heading(2, s.sub_goals);
        for (i, goal) in sub_goals.iter().enumerate() {
            doc.heading(3, &format!("{}. {}", i + 1, inline(&goal.text)));
            doc.list(&goal_details(goal, s));
        }
    }

    services(&mut doc, plan, language, s);
    tasks(&mut doc, plan, s);

    if let Some(date) = plan.next_meeting {
        doc.heading(2, s.next_meeting);
        doc.block(&s.date(date));
    }

    if !plan.follow_ups.is_empty() {
        doc.heading(2, s.follow_ups);
        for follow_up in &plan.follow_ups {
            doc.heading(3, &s.date(follow_up.date));
            let mut lines = Vec::new();
            for review in &follow_up.reviews {
                lines.push(format!("- {}", line_start(&review.goal)));
                if let Some(reached) = review.level {
                    lines.push(format!("  {}", item(s.level, &level(reached))));
                }
                if !review.note.trim().is_empty() {
                    lines.push(format!("  {}", item(s.review_note, &inline(&review.note))));
                }
            }
            doc.list(&lines);
        }
    }
    doc.out
}

fn people(doc: &mut Doc, plan: &Plan, s: &ExportStrings) {
    let mut lines = Vec::new();
    for (label, value) in [
        (s.client, &plan.client),
        (s.professional, &plan.professional),
        (s.organisation, &plan.organisation),
    ] {
        if !value.trim().is_empty() {
            lines.push(item(label, &inline(value)));
        }
    }
    let others: Vec<String> = plan
        .others
        .iter()
        .filter(|o| !o.trim().is_empty())
        .map(|o| format!("  - {}", line_start(o)))
        .collect();
    if !others.is_empty() {
        lines.push(format!("- {}:", s.others));
        lines.extend(others);
    }
    if let Some(coordinator) = &plan.coordinator {
        lines.push(item(s.coordinator, &coordinator_text(coordinator, s)));
    }
    if !lines.is_empty() {
        doc.heading(2, s.people);
        doc.list(&lines);
    }
}

/// "Role, name"; for a role without a name of its own, just the name when there is one.
fn coordinator_text(coordinator: &Coordinator, s: &ExportStrings) -> String {
    let name = inline(&coordinator.name);
    match (coordinator.role, name.is_empty()) {
        (_, true) => capitalised(s.terms.role(coordinator.role)),
        (CoordinatorRole::Other, false) => name,
        (role, false) => format!("{}, {name}", capitalised(s.terms.role(role))),
    }
}

fn consent(doc: &mut Doc, plan: &Plan, s: &ExportStrings) {
    doc.heading(2, s.consent);
    if !plan.has_consent() {
        doc.block(s.no_consent);
        return;
    }
    doc.block(s.consent_given);
    let lines: Vec<String> = plan
        .consents
        .iter()
        .map(|c| {
            format!(
                "- {} ({} {})",
                line_start(&c.organisation),
                s.consent_date,
                s.date(c.date)
            )
        })
        .collect();
    doc.list(&lines);
}

fn goal_is_empty(goal: &PlanGoal) -> bool {
    goal.text.trim().is_empty()
        && goal.target_date.is_none()
        && goal.indicator.trim().is_empty()
        && goal.scale.as_ref().is_none_or(scale_is_empty)
}

fn scale_is_empty(scale: &AttainmentScale) -> bool {
    (-2..=2).all(|l| scale.level(l).is_none_or(|t| t.trim().is_empty()))
}

/// The target date, the indicator and the attainment scale, as list lines.
fn goal_details(goal: &PlanGoal, s: &ExportStrings) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(date) = goal.target_date {
        lines.push(item(s.target_date, &s.date(date)));
    }
    if !goal.indicator.trim().is_empty() {
        lines.push(item(s.indicator, &inline(&goal.indicator)));
    }
    if let Some(scale) = goal.scale.as_ref().filter(|sc| !scale_is_empty(sc)) {
        lines.push(format!("- {}:", s.scale));
        for l in -2..=2 {
            let Some(text) = scale.level(l).filter(|t| !t.trim().is_empty()) else {
                continue;
            };
            let label = if l == 0 {
                format!("{} 0 ({})", s.level, s.expected_level)
            } else {
                format!("{} {}", s.level, level(l))
            };
            lines.push(format!("  {}", item(&label, &inline(text))));
        }
    }
    lines
}

fn services(doc: &mut Doc, plan: &Plan, language: Language, s: &ExportStrings) {
    if plan.services.is_empty() {
        return;
    }
    doc.heading(2, s.services);
    for (i, service) in plan.services.iter().enumerate() {
        let name = service.name.get(language.code());
        let name = if name.trim().is_empty() {
            service.service.as_str()
        } else {
            name
        };
        doc.heading(3, &format!("{}. {}", i + 1, inline(name)));
        let status = capitalised(s.terms.status(service.status));
        let mut lines = vec![item(s.status, &status)];
        if let Some(date) = service.start {
            lines.push(item(s.start, &s.date(date)));
        }
        let mut text_item = |label: &str, value: &str| {
            if !value.trim().is_empty() {
                lines.push(item(label, &inline(value)));
            }
        };
        text_item(s.responsible, &service.responsible);
        text_item(s.provider, &service.provider);
        if let Some(contact) = &service.contact {
            for (label, value) in [
                (s.phone, &contact.phone),
                (s.email, &contact.email),
                (s.web, &contact.web),
                (s.address, &contact.address),
            ] {
                text_item(label, value.as_deref().unwrap_or(""));
            }
        }
        text_item(s.notes, &service.notes);
        doc.list(&lines);
    }
}

fn tasks(doc: &mut Doc, plan: &Plan, s: &ExportStrings) {
    if plan.tasks.is_empty() {
        return;
    }
    doc.heading(2, s.tasks);
    let lines: Vec<String> = plan
        .tasks
        .iter()
        .map(|task| {
            let who = match &task.who {
                TaskOwner::Other(name) if !name.trim().is_empty() => inline(name),
                owner => capitalised(s.terms.owner(owner)),
            };
            let mut line = format!(
                "- [{}] {}",
                if task.done { 'x' } else { ' ' },
                item_text(&who, &inline(&task.what))
            );
            if let Some(by) = task.by {
                line.push_str(&format!(" ({} {})", s.by, s.date(by)));
            }
            line
        })
        .collect();
    doc.list(&lines);
}

/// An attainment level as written on the scale: -2, -1, 0, +1, +2.
fn level(level: i8) -> String {
    if level > 0 {
        format!("+{level}")
    } else {
        level.to_string()
    }
}

/// `- Label: value`.
fn item(label: &str, value: &str) -> String {
    format!("- {}", item_text(label, value))
}

fn item_text(label: &str, value: &str) -> String {
    if value.is_empty() {
        label.to_owned()
    } else {
        format!("{label}: {value}")
    }
}

/// The Markdown being written: blocks separated by one blank line.
#[derive(Default)]
struct Doc {
    out: String,
}

impl Doc {
    fn block(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn list(&mut self, lines: &[String]) {
        self.block(&lines.join("\n"));
    }

    /// A heading; `text` is already safe. A run of `#` at the end after a space would be
    /// taken as the heading's closing marker and vanish, so it is escaped.
    fn heading(&mut self, level: usize, text: &str) {
        let text = text.trim_end();
        let before = text.trim_end_matches('#');
        let text = if before.len() < text.len() && (before.is_empty() || before.ends_with(' ')) {
            format!("{before}\\{}", &text[before.len()..])
        } else {
            text.to_owned()
        };
        self.block(format!("{} {text}", "#".repeat(level)).trim_end());
    }
}

/// User text for inside a line: on one line, without control characters, with nothing that
/// could start HTML or a table cell.
fn inline(text: &str) -> String {
    escape_inline(display_safe(text).trim())
}

/// User text at the start of a line (or of a list item): also escapes what would begin a
/// heading, list, quote, code block, thematic break or link definition there.
fn line_start(text: &str) -> String {
    let text = display_safe(text);
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 2);
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after_digits = &text[digits..];
    if digits > 0 && (after_digits.starts_with('.') || after_digits.starts_with(')')) {
        // "1. " or "1) " would start a numbered list.
        out.push_str(&text[..digits]);
        out.push('\\');
        out.push_str(&escape_inline(after_digits));
        return out;
    }
    if text.starts_with(['#', '>', '-', '+', '*', '=', '_', '`', '~', '[', ':']) {
        out.push('\\');
    }
    out.push_str(&escape_inline(text));
    out
}

/// User text of several lines, kept as lines and paragraphs, each line made safe.
fn block(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let line = line_start(line);
        if line.is_empty() && lines.last().is_none_or(String::is_empty) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines.join("\n")
}

fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' | '|' => {
                out.push('\\');
                out.push(c);
            }
            // A backslash before punctuation (or at the end of a line) would escape it or
            // break the line; doubled, it is shown as it was typed.
            '\\' if chars.peek().is_none_or(|n| n.is_ascii_punctuation()) => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_change_the_structure() {
        assert_eq!(line_start("# Otsikko"), "\\# Otsikko");
        assert_eq!(line_start("- lista"), "\\- lista");
        assert_eq!(line_start("* lista"), "\\* lista");
        assert_eq!(line_start("1. lista"), "1\\. lista");
        assert_eq!(line_start("2024) vuosi"), "2024\\) vuosi");
        assert_eq!(line_start("2024 vuosi"), "2024 vuosi");
        assert_eq!(line_start("    koodi"), "koodi");
        assert_eq!(line_start("[a]: http://x"), "\\[a]: http://x");
        assert_eq!(inline("a | b <script>"), "a \\| b \\<script>");
        assert_eq!(inline("C:\\polku"), "C:\\polku");
        assert_eq!(inline("loppuu \\"), "loppuu \\\\");
        assert_eq!(inline("a\u{1b}[2Jb"), "a\u{fffd}[2Jb");
        assert_eq!(inline("rivi\nrivi"), "rivi rivi");
        assert_eq!(block("a\n\n\n- b\n\n"), "a\n\n\\- b");
        assert_eq!(level(-2), "-2");
        assert_eq!(level(0), "0");
        assert_eq!(level(2), "+2");
    }

    #[test]
    fn a_closing_hash_stays_in_the_heading() {
        let mut doc = Doc::default();
        doc.heading(3, "C#");
        doc.heading(3, "1. Kurssi ##");
        assert_eq!(doc.out, "### C#\n\n### 1. Kurssi \\##\n");
    }
}
