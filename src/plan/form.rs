//! The plan as a form: sections of labelled rows, each standing for a field of the plan (or a
//! heading). The editor shows these rows; reading and writing go through the field lens in
//! `edit`, so the form and the plan cannot drift apart.

use crate::catalog::{Catalog, SupportNeed};
use crate::i18n::{Language, Strings};
use crate::plan::Plan;
use crate::plan::field::{FieldId, FieldKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Basics,
    Situation,
    Needs,
    Goals,
    Services,
    Tasks,
    FollowUp,
    Consent,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Basics,
        Section::Situation,
        Section::Needs,
        Section::Goals,
        Section::Services,
        Section::Tasks,
        Section::FollowUp,
        Section::Consent,
    ];

    pub fn title(self, s: &Strings) -> &'static str {
        match self {
            Section::Basics => s.section_basics,
            Section::Situation => s.section_situation,
            Section::Needs => s.section_needs,
            Section::Goals => s.section_goals,
            Section::Services => s.section_services,
            Section::Tasks => s.section_tasks,
            Section::FollowUp => s.section_follow_up,
            Section::Consent => s.section_consent,
        }
    }
}

/// A line of the form: a heading, or a field with its label and value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub field: Option<FieldId>,
    pub label: String,
    pub value: String,
}

impl Row {
    fn heading(label: impl Into<String>) -> Self {
        Self {
            field: None,
            label: label.into(),
            value: String::new(),
        }
    }

    pub fn selectable(&self) -> bool {
        self.field.is_some()
    }

    pub fn kind(&self) -> Option<FieldKind> {
        self.field.map(FieldId::kind)
    }
}

/// The form's rows for one plan, in one language.
struct Builder<'a> {
    plan: &'a Plan,
    language: Language,
    rows: Vec<Row>,
}

impl Builder<'_> {
    fn field(&mut self, field: FieldId) {
        let s = self.language.strings();
        self.rows.push(Row {
            field: Some(field),
            label: field.describe(s),
            value: field.read(self.plan, self.language),
        });
    }

    fn labelled(&mut self, field: FieldId, label: String, value: String) {
        self.rows.push(Row {
            field: Some(field),
            label,
            value,
        });
    }

    fn heading(&mut self, label: impl Into<String>) {
        self.rows.push(Row::heading(label));
    }
}

/// The rows of one section of the form. `goal_size` says how many services serve a catalogue
/// goal (by number), shown beside the suggested goals.
pub fn rows(
    plan: &Plan,
    section: Section,
    catalog: &Catalog,
    goal_size: impl Fn(usize) -> usize,
    language: Language,
) -> Vec<Row> {
    use FieldId::*;
    let s = language.strings();
    let code = language.code();
    let mut b = Builder {
        plan,
        language,
        rows: Vec::new(),
    };
    match section {
        Section::Basics => {
            // The client's name first: it is what the editor opens on.
            for field in [
                Client,
                Kind,
                Language,
                Made,
                Professional,
                Organisation,
                Others,
                CoordinatorRole,
                CoordinatorName,
                NextMeeting,
            ] {
                b.field(field);
            }
        }
        Section::Situation => [Situation, OwnView, Assessment]
            .into_iter()
            .for_each(|f| b.field(f)),
        Section::Needs => {
            SupportNeed::ALL.into_iter().for_each(|n| b.field(Need(n)));
            let suggestions = suggested_goals(plan, catalog);
            if !suggestions.is_empty() {
                b.heading(s.suggested_goals);
                for goal in suggestions {
                    let name = catalog.goals[goal].name.get(code).to_owned();
                    let size = goal_size(goal);
                    let count = format!("{size} {}", s.services_word(size));
                    b.labelled(SuggestedGoal(goal), name, count);
                }
            }
        }
        Section::Goals => {
            for (g, goal) in plan.goals().enumerate() {
                b.heading(if g == 0 {
                    s.main_goal.to_owned()
                } else {
                    format!("{} {g}", s.sub_goal)
                });
                [GoalText(g), GoalTarget(g), GoalIndicator(g)]
                    .into_iter()
                    .for_each(|f| b.field(f));
                match goal.scale {
                    Some(_) => [2i8, 1, 0, -1, -2]
                        .into_iter()
                        .for_each(|level| b.field(GoalScale(g, level))),
                    None => b.field(AddScale(g)),
                }
            }
            b.field(AddSubGoal);
        }
        Section::Services => {
            if plan.services.is_empty() {
                b.heading(s.plan_empty);
            }
            for (i, chosen) in plan.services.iter().enumerate() {
                b.heading(format!(
                    "{}. {} · {}",
                    i + 1,
                    chosen.name.get(code),
                    chosen.provider
                ));
                b.field(ServiceStatus(i));
                let goal = chosen
                    .goal
                    .as_ref()
                    .and_then(|g| catalog.goal(g))
                    .map_or("—", |g| g.name.get(code));
                b.labelled(ServiceGoal(i), s.label_serves_goal.to_owned(), goal.into());
                [ServiceStart(i), ServiceResponsible(i), ServiceNotes(i)]
                    .into_iter()
                    .for_each(|f| b.field(f));
            }
        }
        Section::Tasks => {
            for (i, task) in plan.tasks.iter().enumerate() {
                b.heading(format!("{} {}", s.task, i + 1));
                b.field(TaskWho(i));
                if matches!(task.who, crate::plan::TaskOwner::Other(_)) {
                    b.field(TaskOther(i));
                }
                [TaskWhat(i), TaskBy(i), TaskDone(i)]
                    .into_iter()
                    .for_each(|f| b.field(f));
            }
            b.field(AddTask);
        }
        Section::FollowUp => {
            b.field(NextMeeting);
            for (f, follow_up) in plan.follow_ups.iter().enumerate() {
                let date = crate::plan::dates::show_date(follow_up.date, language);
                b.heading(format!("{} {date}", s.follow_up));
                b.field(FollowUpDate(f));
                for (r, review) in follow_up.reviews.iter().enumerate() {
                    let label = format!("{}: {}", s.label_level, review.goal);
                    let value = ReviewLevel(f, r).read(plan, language);
                    b.labelled(ReviewLevel(f, r), label, value);
                    b.field(ReviewNote(f, r));
                }
            }
            b.field(AddFollowUp);
        }
        Section::Consent => {
            if plan.consents.is_empty() {
                b.heading(s.no_consent);
            }
            for i in 0..plan.consents.len() {
                b.field(ConsentOrganisation(i));
                b.field(ConsentDate(i));
            }
            b.field(AddConsent);
        }
    }
    b.rows
}

/// Catalogue goals that answer a ticked need, in catalogue order.
pub fn suggested_goals(plan: &Plan, catalog: &Catalog) -> Vec<usize> {
    catalog
        .goals
        .iter()
        .enumerate()
        .filter(|(_, g)| g.needs.iter().any(|n| plan.needs.contains(n)))
        .map(|(i, _)| i)
        .collect()
}

/// The section a field is shown in (the next meeting shows in two; the basics are its home).
pub fn section_of(field: FieldId) -> Section {
    use FieldId::*;
    match field {
        Kind | Language | Made | Client | Professional | Organisation | Others
        | CoordinatorRole | CoordinatorName | NextMeeting => Section::Basics,
        Situation | OwnView | Assessment => Section::Situation,
        Need(_) | SuggestedGoal(_) => Section::Needs,
        GoalText(_) | GoalTarget(_) | GoalIndicator(_) | GoalScale(..) | AddScale(_)
        | AddSubGoal => Section::Goals,
        ServiceStatus(_)
        | ServiceGoal(_)
        | ServiceStart(_)
        | ServiceResponsible(_)
        | ServiceNotes(_) => Section::Services,
        TaskWho(_) | TaskOther(_) | TaskWhat(_) | TaskBy(_) | TaskDone(_) | AddTask => {
            Section::Tasks
        }
        FollowUpDate(_) | ReviewLevel(..) | ReviewNote(..) | AddFollowUp => Section::FollowUp,
        ConsentOrganisation(_) | ConsentDate(_) | AddConsent => Section::Consent,
    }
}
