//! The plan as a form: sections of labelled rows that the plan editor shows and edits. Each
//! row names the part of the plan it stands for, so that reading and writing go through the
//! same place and cannot drift apart.

use crate::catalog::{Catalog, SupportNeed};
use crate::date::Date;
use crate::i18n::{Language, Strings};
use crate::plan::{
    AttainmentScale, Consent, Coordinator, CoordinatorRole, FollowUp, GoalReview, Plan, PlanGoal,
    PlanKind, ServiceStatus, Task, TaskOwner,
};

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

/// A goal of the plan: 0 is the main goal, then the sub-goals.
pub type GoalIndex = usize;

/// The part of the plan a row stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldId {
    Kind,
    Language,
    Made,
    Client,
    Professional,
    Organisation,
    Others,
    CoordinatorRole,
    CoordinatorName,
    NextMeeting,
    Situation,
    OwnView,
    Assessment,
    Need(SupportNeed),
    /// A catalogue goal that answers a ticked need (index into the catalogue's goals).
    SuggestedGoal(usize),
    GoalText(GoalIndex),
    GoalTarget(GoalIndex),
    GoalIndicator(GoalIndex),
    GoalScale(GoalIndex, i8),
    AddScale(GoalIndex),
    AddSubGoal,
    ServiceStatus(usize),
    /// Which catalogue goal the chosen service serves in this plan.
    ServiceGoal(usize),
    ServiceStart(usize),
    ServiceResponsible(usize),
    ServiceNotes(usize),
    TaskWho(usize),
    TaskOther(usize),
    TaskWhat(usize),
    TaskBy(usize),
    TaskDone(usize),
    AddTask,
    FollowUpDate(usize),
    ReviewLevel(usize, usize),
    ReviewNote(usize, usize),
    AddFollowUp,
    ConsentOrganisation(usize),
    ConsentDate(usize),
    AddConsent,
}

/// How a row is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A heading; not selectable.
    Heading,
    /// Free text, edited in place.
    Text,
    /// A date `YYYY-MM-DD`, edited as text and checked.
    Date,
    /// One of a few values; Space or Enter moves to the next.
    Choice,
    /// On or off.
    Check,
    /// Does something: adds a goal, a task, opens a suggested goal.
    Button,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: Option<FieldId>,
    pub kind: RowKind,
    pub label: String,
    pub value: String,
}

impl Row {
    fn heading(label: impl Into<String>) -> Self {
        Self {
            id: None,
            kind: RowKind::Heading,
            label: label.into(),
            value: String::new(),
        }
    }

    fn field(
        id: FieldId,
        kind: RowKind,
        label: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        Self {
            id: Some(id),
            kind,
            label: label.into(),
            value: value.into(),
        }
    }

    pub fn selectable(&self) -> bool {
        self.kind != RowKind::Heading
    }
}

/// What activating a row asks of the screen beyond changing the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    Changed,
    /// Show the services of this catalogue goal.
    OpenGoal(usize),
    Nothing,
}

fn date_text(date: Option<Date>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

fn level_text(level: Option<i8>, s: &Strings) -> String {
    match level {
        Some(l) if l > 0 => format!("+{l}"),
        Some(l) => l.to_string(),
        None => s.not_assessed.to_owned(),
    }
}

fn goal_of(plan: &Plan, g: GoalIndex) -> Option<&PlanGoal> {
    if g == 0 {
        Some(&plan.main_goal)
    } else {
        plan.sub_goals.get(g - 1)
    }
}

fn goal_of_mut(plan: &mut Plan, g: GoalIndex) -> Option<&mut PlanGoal> {
    if g == 0 {
        Some(&mut plan.main_goal)
    } else {
        plan.sub_goals.get_mut(g - 1)
    }
}

/// The rows of one section of the form.
/// `goal_size` says how many services serve a catalogue goal (by number), for the suggestions.
pub fn rows(
    plan: &Plan,
    section: Section,
    catalog: &Catalog,
    goal_size: impl Fn(usize) -> usize,
    language: Language,
) -> Vec<Row> {
    let s = language.strings();
    let code = language.code();
    let mut rows = Vec::new();
    match section {
        Section::Basics => {
            rows.push(Row::field(
                FieldId::Kind,
                RowKind::Choice,
                s.label_kind,
                s.terms.kind(plan.kind),
            ));
            let plan_language = Language::from_code(&plan.language)
                .map_or(plan.language.clone(), |l| l.native_name().to_owned());
            rows.push(Row::field(
                FieldId::Language,
                RowKind::Choice,
                s.label_plan_language,
                plan_language,
            ));
            rows.push(Row::field(
                FieldId::Made,
                RowKind::Date,
                s.label_made,
                date_text(plan.made),
            ));
            rows.push(Row::field(
                FieldId::Client,
                RowKind::Text,
                s.label_client,
                plan.client.clone(),
            ));
            rows.push(Row::field(
                FieldId::Professional,
                RowKind::Text,
                s.label_professional,
                plan.professional.clone(),
            ));
            rows.push(Row::field(
                FieldId::Organisation,
                RowKind::Text,
                s.label_organisation,
                plan.organisation.clone(),
            ));
            rows.push(Row::field(
                FieldId::Others,
                RowKind::Text,
                s.label_others,
                plan.others.join(", "),
            ));
            let coordinator = plan.coordinator.clone().unwrap_or_default();
            rows.push(Row::field(
                FieldId::CoordinatorRole,
                RowKind::Choice,
                s.label_coordinator_role,
                if plan.coordinator.is_some() {
                    s.terms.role(coordinator.role)
                } else {
                    s.not_chosen
                },
            ));
            rows.push(Row::field(
                FieldId::CoordinatorName,
                RowKind::Text,
                s.label_coordinator_name,
                coordinator.name,
            ));
            rows.push(Row::field(
                FieldId::NextMeeting,
                RowKind::Date,
                s.label_next_meeting,
                date_text(plan.next_meeting),
            ));
        }
        Section::Situation => {
            rows.push(Row::field(
                FieldId::Situation,
                RowKind::Text,
                s.label_situation,
                plan.situation.clone(),
            ));
            rows.push(Row::field(
                FieldId::OwnView,
                RowKind::Text,
                s.label_own_view,
                plan.own_view.clone(),
            ));
            rows.push(Row::field(
                FieldId::Assessment,
                RowKind::Text,
                s.label_assessment,
                plan.assessment.clone(),
            ));
        }
        Section::Needs => {
            for need in SupportNeed::ALL {
                let mark = if plan.needs.contains(&need) {
                    "[x]"
                } else {
                    "[ ]"
                };
                rows.push(Row::field(
                    FieldId::Need(need),
                    RowKind::Check,
                    s.need(need),
                    mark,
                ));
            }
            let suggestions = suggested_goals(plan, catalog);
            if !suggestions.is_empty() {
                rows.push(Row::heading(s.suggested_goals));
                for goal in suggestions {
                    let g = &catalog.goals[goal];
                    let count = goal_size(goal);
                    rows.push(Row::field(
                        FieldId::SuggestedGoal(goal),
                        RowKind::Button,
                        g.name.get(code),
                        format!("{count} {}", s.services_count),
                    ));
                }
            }
        }
        Section::Goals => {
            for (g, goal) in plan.goals().enumerate() {
                let heading = if g == 0 {
                    s.main_goal.to_owned()
                } else {
                    format!("{} {g}", s.sub_goal)
                };
                rows.push(Row::heading(heading));
                rows.push(Row::field(
                    FieldId::GoalText(g),
                    RowKind::Text,
                    s.label_goal_text,
                    goal.text.clone(),
                ));
                rows.push(Row::field(
                    FieldId::GoalTarget(g),
                    RowKind::Date,
                    s.label_target_date,
                    date_text(goal.target_date),
                ));
                rows.push(Row::field(
                    FieldId::GoalIndicator(g),
                    RowKind::Text,
                    s.label_indicator,
                    goal.indicator.clone(),
                ));
                match &goal.scale {
                    Some(scale) => {
                        for level in [2i8, 1, 0, -1, -2] {
                            let label =
                                format!("{} {}", s.label_scale_level, level_text(Some(level), s));
                            let value = scale.level(level).unwrap_or_default().to_owned();
                            rows.push(Row::field(
                                FieldId::GoalScale(g, level),
                                RowKind::Text,
                                label,
                                value,
                            ));
                        }
                    }
                    None => rows.push(Row::field(
                        FieldId::AddScale(g),
                        RowKind::Button,
                        s.add_scale,
                        "",
                    )),
                }
            }
            rows.push(Row::field(
                FieldId::AddSubGoal,
                RowKind::Button,
                s.add_sub_goal,
                "",
            ));
        }
        Section::Services => {
            if plan.services.is_empty() {
                rows.push(Row::heading(s.plan_empty));
            }
            for (i, chosen) in plan.services.iter().enumerate() {
                rows.push(Row::heading(format!(
                    "{}. {} · {}",
                    i + 1,
                    chosen.name.get(code),
                    chosen.provider
                )));
                rows.push(Row::field(
                    FieldId::ServiceStatus(i),
                    RowKind::Choice,
                    s.label_status,
                    s.terms.status(chosen.status),
                ));
                let goal = chosen
                    .goal
                    .as_ref()
                    .and_then(|g| catalog.goal(g))
                    .map_or("—", |g| g.name.get(code));
                rows.push(Row::field(
                    FieldId::ServiceGoal(i),
                    RowKind::Choice,
                    s.label_serves_goal,
                    goal,
                ));
                rows.push(Row::field(
                    FieldId::ServiceStart(i),
                    RowKind::Date,
                    s.label_start,
                    date_text(chosen.start),
                ));
                rows.push(Row::field(
                    FieldId::ServiceResponsible(i),
                    RowKind::Text,
                    s.label_responsible,
                    chosen.responsible.clone(),
                ));
                rows.push(Row::field(
                    FieldId::ServiceNotes(i),
                    RowKind::Text,
                    s.label_notes,
                    chosen.notes.clone(),
                ));
            }
        }
        Section::Tasks => {
            for (i, task) in plan.tasks.iter().enumerate() {
                rows.push(Row::heading(format!("{} {}", s.task, i + 1)));
                rows.push(Row::field(
                    FieldId::TaskWho(i),
                    RowKind::Choice,
                    s.label_who,
                    s.terms.owner(&task.who),
                ));
                if let TaskOwner::Other(name) = &task.who {
                    rows.push(Row::field(
                        FieldId::TaskOther(i),
                        RowKind::Text,
                        s.label_who_other,
                        name.clone(),
                    ));
                }
                rows.push(Row::field(
                    FieldId::TaskWhat(i),
                    RowKind::Text,
                    s.label_what,
                    task.what.clone(),
                ));
                rows.push(Row::field(
                    FieldId::TaskBy(i),
                    RowKind::Date,
                    s.label_by,
                    date_text(task.by),
                ));
                rows.push(Row::field(
                    FieldId::TaskDone(i),
                    RowKind::Check,
                    s.label_done,
                    if task.done { "[x]" } else { "[ ]" },
                ));
            }
            rows.push(Row::field(
                FieldId::AddTask,
                RowKind::Button,
                s.add_task,
                "",
            ));
        }
        Section::FollowUp => {
            rows.push(Row::field(
                FieldId::NextMeeting,
                RowKind::Date,
                s.label_next_meeting,
                date_text(plan.next_meeting),
            ));
            for (f, follow_up) in plan.follow_ups.iter().enumerate() {
                rows.push(Row::heading(format!("{} {}", s.follow_up, follow_up.date)));
                rows.push(Row::field(
                    FieldId::FollowUpDate(f),
                    RowKind::Date,
                    s.label_date,
                    follow_up.date.to_string(),
                ));
                for (r, review) in follow_up.reviews.iter().enumerate() {
                    rows.push(Row::field(
                        FieldId::ReviewLevel(f, r),
                        RowKind::Choice,
                        format!("{}: {}", s.label_level, review.goal),
                        level_text(review.level, s),
                    ));
                    rows.push(Row::field(
                        FieldId::ReviewNote(f, r),
                        RowKind::Text,
                        s.label_note,
                        review.note.clone(),
                    ));
                }
            }
            rows.push(Row::field(
                FieldId::AddFollowUp,
                RowKind::Button,
                s.add_follow_up,
                "",
            ));
        }
        Section::Consent => {
            if plan.consents.is_empty() {
                rows.push(Row::heading(s.no_consent));
            }
            for (i, consent) in plan.consents.iter().enumerate() {
                rows.push(Row::field(
                    FieldId::ConsentOrganisation(i),
                    RowKind::Text,
                    s.label_consent_organisation,
                    consent.organisation.clone(),
                ));
                rows.push(Row::field(
                    FieldId::ConsentDate(i),
                    RowKind::Date,
                    s.label_date,
                    consent.date.to_string(),
                ));
            }
            rows.push(Row::field(
                FieldId::AddConsent,
                RowKind::Button,
                s.add_consent,
                "",
            ));
        }
    }
    rows
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

/// The text to start editing a text or date row with.
pub fn text_of(plan: &Plan, id: FieldId) -> String {
    let goal = |g| goal_of(plan, g);
    match id {
        FieldId::Made => date_text(plan.made),
        FieldId::Client => plan.client.clone(),
        FieldId::Professional => plan.professional.clone(),
        FieldId::Organisation => plan.organisation.clone(),
        FieldId::Others => plan.others.join(", "),
        FieldId::CoordinatorName => plan
            .coordinator
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        FieldId::NextMeeting => date_text(plan.next_meeting),
        FieldId::Situation => plan.situation.clone(),
        FieldId::OwnView => plan.own_view.clone(),
        FieldId::Assessment => plan.assessment.clone(),
        FieldId::GoalText(g) => goal(g).map(|g| g.text.clone()).unwrap_or_default(),
        FieldId::GoalTarget(g) => goal(g)
            .map(|g| date_text(g.target_date))
            .unwrap_or_default(),
        FieldId::GoalIndicator(g) => goal(g).map(|g| g.indicator.clone()).unwrap_or_default(),
        FieldId::GoalScale(g, level) => goal(g)
            .and_then(|g| g.scale.as_ref())
            .and_then(|s| s.level(level))
            .unwrap_or_default()
            .to_owned(),
        FieldId::ServiceStart(i) => plan
            .services
            .get(i)
            .map(|s| date_text(s.start))
            .unwrap_or_default(),
        FieldId::ServiceResponsible(i) => plan
            .services
            .get(i)
            .map(|s| s.responsible.clone())
            .unwrap_or_default(),
        FieldId::ServiceNotes(i) => plan
            .services
            .get(i)
            .map(|s| s.notes.clone())
            .unwrap_or_default(),
        FieldId::TaskOther(i) => match plan.tasks.get(i).map(|t| &t.who) {
            Some(TaskOwner::Other(name)) => name.clone(),
            _ => String::new(),
        },
        FieldId::TaskWhat(i) => plan
            .tasks
            .get(i)
            .map(|t| t.what.clone())
            .unwrap_or_default(),
        FieldId::TaskBy(i) => plan
            .tasks
            .get(i)
            .map(|t| date_text(t.by))
            .unwrap_or_default(),
        FieldId::FollowUpDate(f) => plan
            .follow_ups
            .get(f)
            .map(|f| f.date.to_string())
            .unwrap_or_default(),
        FieldId::ReviewNote(f, r) => plan
            .follow_ups
            .get(f)
            .and_then(|f| f.reviews.get(r))
            .map(|r| r.note.clone())
            .unwrap_or_default(),
        FieldId::ConsentOrganisation(i) => plan
            .consents
            .get(i)
            .map(|c| c.organisation.clone())
            .unwrap_or_default(),
        FieldId::ConsentDate(i) => plan
            .consents
            .get(i)
            .map(|c| c.date.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// An optional date from what was typed: empty clears it.
fn parse_optional_date(text: &str, s: &Strings) -> Result<Option<Date>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<Date>()
        .map(Some)
        .map_err(|_| format!("{} {text}", s.bad_date))
}

fn parse_date(text: &str, s: &Strings) -> Result<Date, String> {
    parse_optional_date(text, s)?.ok_or_else(|| s.date_required.to_owned())
}

/// Writes what was typed into the plan. A date that is not a date is refused with a message
/// and the plan is left as it was.
pub fn set_text(plan: &mut Plan, id: FieldId, text: &str, s: &Strings) -> Result<(), String> {
    let owned = text.trim().to_owned();
    match id {
        FieldId::Made => plan.made = parse_optional_date(text, s)?,
        FieldId::Client => plan.client = owned,
        FieldId::Professional => plan.professional = owned,
        FieldId::Organisation => plan.organisation = owned,
        FieldId::Others => {
            plan.others = text
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect();
        }
        FieldId::CoordinatorName => {
            plan.coordinator
                .get_or_insert_with(Coordinator::default)
                .name = owned
        }
        FieldId::NextMeeting => plan.next_meeting = parse_optional_date(text, s)?,
        FieldId::Situation => plan.situation = owned,
        FieldId::OwnView => plan.own_view = owned,
        FieldId::Assessment => plan.assessment = owned,
        FieldId::GoalText(g) => with_goal(plan, g, |goal| goal.text = owned),
        FieldId::GoalTarget(g) => {
            let date = parse_optional_date(text, s)?;
            with_goal(plan, g, |goal| goal.target_date = date);
        }
        FieldId::GoalIndicator(g) => with_goal(plan, g, |goal| goal.indicator = owned),
        FieldId::GoalScale(g, level) => with_goal(plan, g, |goal| {
            let scale = goal.scale.get_or_insert_with(AttainmentScale::default);
            let slot = match level {
                2 => &mut scale.plus_two,
                1 => &mut scale.plus_one,
                0 => &mut scale.zero,
                -1 => &mut scale.minus_one,
                _ => &mut scale.minus_two,
            };
            *slot = owned;
        }),
        FieldId::ServiceStart(i) => {
            let date = parse_optional_date(text, s)?;
            if let Some(service) = plan.services.get_mut(i) {
                service.start = date;
            }
        }
        FieldId::ServiceResponsible(i) => {
            if let Some(service) = plan.services.get_mut(i) {
                service.responsible = owned;
            }
        }
        FieldId::ServiceNotes(i) => {
            if let Some(service) = plan.services.get_mut(i) {
                service.notes = owned;
            }
        }
        FieldId::TaskOther(i) => {
            if let Some(task) = plan.tasks.get_mut(i) {
                task.who = TaskOwner::Other(owned);
            }
        }
        FieldId::TaskWhat(i) => {
            if let Some(task) = plan.tasks.get_mut(i) {
                task.what = owned;
            }
        }
        FieldId::TaskBy(i) => {
            let date = parse_optional_date(text, s)?;
            if let Some(task) = plan.tasks.get_mut(i) {
                task.by = date;
            }
        }
        FieldId::FollowUpDate(f) => {
            let date = parse_date(text, s)?;
            if let Some(follow_up) = plan.follow_ups.get_mut(f) {
                follow_up.date = date;
            }
        }
        FieldId::ReviewNote(f, r) => {
            if let Some(review) = plan
                .follow_ups
                .get_mut(f)
                .and_then(|f| f.reviews.get_mut(r))
            {
                review.note = owned;
            }
        }
        FieldId::ConsentOrganisation(i) => {
            if let Some(consent) = plan.consents.get_mut(i) {
                consent.organisation = owned;
            }
        }
        FieldId::ConsentDate(i) => {
            let date = parse_date(text, s)?;
            if let Some(consent) = plan.consents.get_mut(i) {
                consent.date = date;
            }
        }
        _ => {}
    }
    Ok(())
}

fn with_goal(plan: &mut Plan, g: GoalIndex, change: impl FnOnce(&mut PlanGoal)) {
    if let Some(goal) = goal_of_mut(plan, g) {
        change(goal);
    }
}

fn next_in<T: Copy + PartialEq>(all: &[T], current: T) -> T {
    let i = all
        .iter()
        .position(|x| *x == current)
        .map_or(0, |i| (i + 1) % all.len());
    all[i]
}

/// Space or Enter on a choice, check or button row.
pub fn activate(plan: &mut Plan, catalog: &Catalog, id: FieldId, today: Date) -> Activation {
    match id {
        FieldId::Kind => plan.kind = next_in(&PlanKind::ALL, plan.kind),
        FieldId::Language => {
            let current = Language::from_code(&plan.language).unwrap_or(Language::Fi);
            plan.language = next_in(&Language::ALL, current).code().to_owned();
        }
        FieldId::CoordinatorRole => match &mut plan.coordinator {
            None => plan.coordinator = Some(Coordinator::default()),
            Some(c) if c.role == CoordinatorRole::Other && c.name.is_empty() => {
                plan.coordinator = None
            }
            Some(c) => c.role = next_in(&CoordinatorRole::ALL, c.role),
        },
        FieldId::Need(need) => {
            if !plan.needs.remove(&need) {
                plan.needs.insert(need);
            }
        }
        FieldId::SuggestedGoal(goal) => return Activation::OpenGoal(goal),
        FieldId::AddScale(g) => with_goal(plan, g, |goal| {
            goal.scale = Some(AttainmentScale::default())
        }),
        FieldId::AddSubGoal => plan.sub_goals.push(PlanGoal::default()),
        FieldId::ServiceStatus(i) => {
            if let Some(service) = plan.services.get_mut(i) {
                service.status = next_in(&ServiceStatus::ALL, service.status);
            }
        }
        FieldId::ServiceGoal(i) => {
            // The goals the catalogue says the service serves, in turn.
            if let Some(chosen) = plan.services.get_mut(i)
                && let Some(service) = catalog.service(chosen.service.as_str())
                && !service.goals.is_empty()
            {
                let at = chosen
                    .goal
                    .as_ref()
                    .and_then(|g| service.goals.iter().position(|x| x == g));
                let next = at.map_or(0, |i| (i + 1) % service.goals.len());
                chosen.goal = Some(service.goals[next].clone());
            }
        }
        FieldId::TaskWho(i) => {
            if let Some(task) = plan.tasks.get_mut(i) {
                task.who = match task.who {
                    TaskOwner::Client => TaskOwner::Professional,
                    TaskOwner::Professional => TaskOwner::Other(String::new()),
                    TaskOwner::Other(_) => TaskOwner::Client,
                };
            }
        }
        FieldId::TaskDone(i) => {
            if let Some(task) = plan.tasks.get_mut(i) {
                task.done = !task.done;
            }
        }
        FieldId::AddTask => plan.tasks.push(Task::default()),
        FieldId::ReviewLevel(f, r) => {
            if let Some(review) = plan
                .follow_ups
                .get_mut(f)
                .and_then(|f| f.reviews.get_mut(r))
            {
                review.level = match review.level {
                    None => Some(-2),
                    Some(l) if l >= 2 => None,
                    Some(l) => Some(l + 1),
                };
            }
        }
        FieldId::AddFollowUp => {
            let reviews = plan
                .goals()
                .filter(|g| !g.text.trim().is_empty())
                .map(|g| GoalReview {
                    goal: g.text.clone(),
                    level: None,
                    note: String::new(),
                })
                .collect();
            plan.follow_ups.push(FollowUp {
                date: today,
                reviews,
            });
        }
        FieldId::AddConsent => plan.consents.push(Consent {
            organisation: String::new(),
            date: today,
        }),
        _ => return Activation::Nothing,
    }
    Activation::Changed
}

/// The row to move to after a button added something: the new item's first field.
pub fn first_field_after_add(plan: &Plan, id: FieldId) -> Option<FieldId> {
    Some(match id {
        FieldId::AddSubGoal => FieldId::GoalText(plan.sub_goals.len()),
        FieldId::AddScale(g) => FieldId::GoalScale(g, 2),
        FieldId::AddTask => FieldId::TaskWhat(plan.tasks.len().checked_sub(1)?),
        FieldId::AddFollowUp => {
            let f = plan.follow_ups.len().checked_sub(1)?;
            if plan.follow_ups[f].reviews.is_empty() {
                FieldId::FollowUpDate(f)
            } else {
                FieldId::ReviewLevel(f, 0)
            }
        }
        FieldId::AddConsent => FieldId::ConsentOrganisation(plan.consents.len().checked_sub(1)?),
        _ => return None,
    })
}

/// Removes the list item a row belongs to (a sub-goal, a service, a task, a follow-up, a
/// consent). The main goal and single fields are not removable.
pub fn remove_item(plan: &mut Plan, id: FieldId) -> bool {
    fn take<T>(list: &mut Vec<T>, i: usize) -> bool {
        (i < list.len()).then(|| list.remove(i)).is_some()
    }
    match id {
        FieldId::GoalText(g) | FieldId::GoalTarget(g) | FieldId::GoalIndicator(g) if g > 0 => {
            take(&mut plan.sub_goals, g - 1)
        }
        FieldId::GoalScale(g, _) => {
            goal_of_mut(plan, g).is_some_and(|goal| goal.scale.take().is_some())
        }
        FieldId::ServiceStatus(i)
        | FieldId::ServiceGoal(i)
        | FieldId::ServiceStart(i)
        | FieldId::ServiceResponsible(i)
        | FieldId::ServiceNotes(i) => take(&mut plan.services, i),
        FieldId::TaskWho(i)
        | FieldId::TaskOther(i)
        | FieldId::TaskWhat(i)
        | FieldId::TaskBy(i)
        | FieldId::TaskDone(i) => take(&mut plan.tasks, i),
        FieldId::FollowUpDate(f) | FieldId::ReviewLevel(f, _) | FieldId::ReviewNote(f, _) => {
            take(&mut plan.follow_ups, f)
        }
        FieldId::ConsentOrganisation(i) | FieldId::ConsentDate(i) => take(&mut plan.consents, i),
        _ => false,
    }
}

/// Whether a row is typed into (text and dates).
pub fn is_typed(kind: RowKind) -> bool {
    matches!(kind, RowKind::Text | RowKind::Date)
}
