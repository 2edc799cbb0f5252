//! One typed lens over the plan's fields: what kind each field is, how it reads, how typed
//! text is checked and written into it, and what it is called. The editor, the client view and
//! the history all go through it, so that reading and writing cannot drift apart.

use crate::catalog::SupportNeed;
use crate::date::Date;
use crate::i18n::{Language, Strings};
use crate::plan::dates::{parse_date, show_date, show_optional};
use crate::plan::{AttainmentScale, Coordinator, Plan, PlanGoal, TaskOwner};

/// A goal of the plan: 0 is the main goal, then the sub-goals.
pub type GoalIndex = usize;

/// One part of the plan that can be read and changed.
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

/// How a field is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Free text on one line.
    Line,
    /// Free text that may hold several lines (the client's situation, notes).
    Lines,
    /// A date; `required` ones cannot be emptied.
    Date { required: bool },
    /// One of a few values, stepped forwards and backwards.
    Choice,
    /// On or off.
    Check,
    /// Does something: adds a goal, a task; opens a suggested goal.
    Button,
}

impl FieldKind {
    /// Whether the field is typed into.
    pub fn is_typed(self) -> bool {
        matches!(
            self,
            FieldKind::Line | FieldKind::Lines | FieldKind::Date { .. }
        )
    }
}

/// Why typed text could not be written into a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    NotADate(String),
    DateRequired,
}

impl FieldError {
    pub fn describe(&self, s: &Strings) -> String {
        match self {
            FieldError::NotADate(text) => format!("{} {text}", s.bad_date),
            FieldError::DateRequired => s.date_required.to_owned(),
        }
    }
}

fn goal(plan: &Plan, g: GoalIndex) -> Option<&PlanGoal> {
    if g == 0 {
        Some(&plan.main_goal)
    } else {
        plan.sub_goals.get(g - 1)
    }
}

pub(super) fn goal_mut(plan: &mut Plan, g: GoalIndex) -> Option<&mut PlanGoal> {
    if g == 0 {
        Some(&mut plan.main_goal)
    } else {
        plan.sub_goals.get_mut(g - 1)
    }
}

fn scale_slot(scale: &mut AttainmentScale, level: i8) -> &mut String {
    match level {
        2 => &mut scale.plus_two,
        1 => &mut scale.plus_one,
        0 => &mut scale.zero,
        -1 => &mut scale.minus_one,
        _ => &mut scale.minus_two,
    }
}

/// A level of the attainment scale as people write it: "+2", "0", "−1".
pub fn level_text(level: Option<i8>, s: &Strings) -> String {
    match level {
        Some(l) if l > 0 => format!("+{l}"),
        Some(l) => l.to_string(),
        None => s.not_assessed.to_owned(),
    }
}

impl FieldId {
    pub fn kind(self) -> FieldKind {
        use FieldId::*;
        match self {
            Kind | Language | CoordinatorRole | ServiceStatus(_) | ServiceGoal(_) | TaskWho(_)
            | ReviewLevel(..) => FieldKind::Choice,
            Need(_) | TaskDone(_) => FieldKind::Check,
            SuggestedGoal(_) | AddScale(_) | AddSubGoal | AddTask | AddFollowUp | AddConsent => {
                FieldKind::Button
            }
            Made | NextMeeting | GoalTarget(_) | ServiceStart(_) | TaskBy(_) => {
                FieldKind::Date { required: false }
            }
            FollowUpDate(_) | ConsentDate(_) => FieldKind::Date { required: true },
            Situation | OwnView | Assessment | ServiceNotes(_) | ReviewNote(..) => FieldKind::Lines,
            Client
            | Professional
            | Organisation
            | Others
            | CoordinatorName
            | GoalText(_)
            | GoalIndicator(_)
            | GoalScale(..)
            | ServiceResponsible(_)
            | TaskOther(_)
            | TaskWhat(_)
            | ConsentOrganisation(_) => FieldKind::Line,
        }
    }

    /// The field's value as text, in `language`: what the editor shows and starts typing
    /// from. Dates are written the way the language writes them, which reads back the same.
    pub fn read(self, plan: &Plan, language: Language) -> String {
        use FieldId::*;
        let s = language.strings();
        let date = |d: Option<Date>| show_optional(d, language);
        let check = |on: bool| if on { "[x]" } else { "[ ]" }.to_owned();
        let service = |i: usize| plan.services.get(i);
        let task = |i: usize| plan.tasks.get(i);
        let review = |f: usize, r: usize| plan.follow_ups.get(f).and_then(|f| f.reviews.get(r));
        match self {
            Kind => s.terms.kind(plan.kind).to_owned(),
            Language => crate::i18n::Language::from_code(&plan.language)
                .map_or(plan.language.clone(), |l| l.native_name().to_owned()),
            Made => date(plan.made),
            Client => plan.client.clone(),
            Professional => plan.professional.clone(),
            Organisation => plan.organisation.clone(),
            Others => plan.others.join(", "),
            CoordinatorRole => match &plan.coordinator {
                Some(c) => s.terms.role(c.role).to_owned(),
                None => s.not_chosen.to_owned(),
            },
            CoordinatorName => plan
                .coordinator
                .as_ref()
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            NextMeeting => date(plan.next_meeting),
            Situation => plan.situation.clone(),
            OwnView => plan.own_view.clone(),
            Assessment => plan.assessment.clone(),
            Need(need) => check(plan.needs.contains(&need)),
            GoalText(g) => goal(plan, g).map(|g| g.text.clone()).unwrap_or_default(),
            GoalTarget(g) => goal(plan, g)
                .map(|g| date(g.target_date))
                .unwrap_or_default(),
            GoalIndicator(g) => goal(plan, g)
                .map(|g| g.indicator.clone())
                .unwrap_or_default(),
            GoalScale(g, level) => goal(plan, g)
                .and_then(|g| g.scale.as_ref())
                .and_then(|s| s.level(level))
                .unwrap_or_default()
                .to_owned(),
            ServiceStatus(i) => service(i)
                .map(|c| s.terms.status(c.status).to_owned())
                .unwrap_or_default(),
            ServiceStart(i) => service(i).map(|c| date(c.start)).unwrap_or_default(),
            ServiceResponsible(i) => service(i)
                .map(|c| c.responsible.clone())
                .unwrap_or_default(),
            ServiceNotes(i) => service(i).map(|c| c.notes.clone()).unwrap_or_default(),
            TaskWho(i) => task(i)
                .map(|t| s.terms.owner(&t.who).to_owned())
                .unwrap_or_default(),
            TaskOther(i) => match task(i).map(|t| &t.who) {
                Some(TaskOwner::Other(name)) => name.clone(),
                _ => String::new(),
            },
            TaskWhat(i) => task(i).map(|t| t.what.clone()).unwrap_or_default(),
            TaskBy(i) => task(i).map(|t| date(t.by)).unwrap_or_default(),
            TaskDone(i) => check(task(i).is_some_and(|t| t.done)),
            FollowUpDate(f) => plan
                .follow_ups
                .get(f)
                .map(|f| show_date(f.date, language))
                .unwrap_or_default(),
            ReviewLevel(f, r) => review(f, r)
                .map(|r| level_text(r.level, s))
                .unwrap_or_default(),
            ReviewNote(f, r) => review(f, r).map(|r| r.note.clone()).unwrap_or_default(),
            ConsentOrganisation(i) => plan
                .consents
                .get(i)
                .map(|c| c.organisation.clone())
                .unwrap_or_default(),
            ConsentDate(i) => plan
                .consents
                .get(i)
                .map(|c| show_date(c.date, language))
                .unwrap_or_default(),
            // Choices read through the catalogue and buttons have no value of their own.
            ServiceGoal(_) | SuggestedGoal(_) | AddScale(_) | AddSubGoal | AddTask
            | AddFollowUp | AddConsent => String::new(),
        }
    }

    /// Checks typed text without writing it: a date must be a date of the calendar.
    pub fn validate(self, text: &str, today: Date) -> Result<(), FieldError> {
        self.parse_date(text, today).map(|_| ())
    }

    fn parse_date(self, text: &str, today: Date) -> Result<Option<Date>, FieldError> {
        let FieldKind::Date { required } = self.kind() else {
            return Ok(None);
        };
        let text = text.trim();
        if text.is_empty() {
            return if required {
                Err(FieldError::DateRequired)
            } else {
                Ok(None)
            };
        }
        parse_date(text, today)
            .map(Some)
            .ok_or_else(|| FieldError::NotADate(text.to_owned()))
    }

    /// Writes typed text into the plan. Text that is not valid for the field (a date that is
    /// not a date) is refused and the plan is left as it was.
    pub fn write(self, plan: &mut Plan, text: &str, today: Date) -> Result<(), FieldError> {
        use FieldId::*;
        let date = self.parse_date(text, today)?;
        let owned = trim_lines(text);
        match self {
            Made => plan.made = date,
            Client => plan.client = owned,
            Professional => plan.professional = owned,
            Organisation => plan.organisation = owned,
            Others => {
                plan.others = text
                    .split(',')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned)
                    .collect();
            }
            CoordinatorName => {
                plan.coordinator
                    .get_or_insert_with(Coordinator::default)
                    .name = owned
            }
            NextMeeting => plan.next_meeting = date,
            Situation => plan.situation = owned,
            OwnView => plan.own_view = owned,
            Assessment => plan.assessment = owned,
            GoalText(g) => with(goal_mut(plan, g), |goal| goal.text = owned),
            GoalTarget(g) => with(goal_mut(plan, g), |goal| goal.target_date = date),
            GoalIndicator(g) => with(goal_mut(plan, g), |goal| goal.indicator = owned),
            GoalScale(g, level) => with(goal_mut(plan, g), |goal| {
                let scale = goal.scale.get_or_insert_with(AttainmentScale::default);
                *scale_slot(scale, level) = owned;
            }),
            ServiceStart(i) => with(plan.services.get_mut(i), |c| c.start = date),
            ServiceResponsible(i) => with(plan.services.get_mut(i), |c| c.responsible = owned),
            ServiceNotes(i) => with(plan.services.get_mut(i), |c| c.notes = owned),
            TaskOther(i) => with(plan.tasks.get_mut(i), |t| t.who = TaskOwner::Other(owned)),
            TaskWhat(i) => with(plan.tasks.get_mut(i), |t| t.what = owned),
            TaskBy(i) => with(plan.tasks.get_mut(i), |t| t.by = date),
            FollowUpDate(f) => {
                if let Some(date) = date {
                    with(plan.follow_ups.get_mut(f), |f| f.date = date)
                }
            }
            ReviewNote(f, r) => with(
                plan.follow_ups
                    .get_mut(f)
                    .and_then(|f| f.reviews.get_mut(r)),
                |r| r.note = owned,
            ),
            ConsentOrganisation(i) => with(plan.consents.get_mut(i), |c| c.organisation = owned),
            ConsentDate(i) => {
                if let Some(date) = date {
                    with(plan.consents.get_mut(i), |c| c.date = date)
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The field's name in the interface language.
    pub fn describe(self, s: &Strings) -> String {
        use FieldId::*;
        match self {
            Kind => s.label_kind.to_owned(),
            Language => s.label_plan_language.to_owned(),
            Made => s.label_made.to_owned(),
            Client => s.label_client.to_owned(),
            Professional => s.label_professional.to_owned(),
            Organisation => s.label_organisation.to_owned(),
            Others => s.label_others.to_owned(),
            CoordinatorRole => s.label_coordinator_role.to_owned(),
            CoordinatorName => s.label_coordinator_name.to_owned(),
            NextMeeting => s.label_next_meeting.to_owned(),
            Situation => s.label_situation.to_owned(),
            OwnView => s.label_own_view.to_owned(),
            Assessment => s.label_assessment.to_owned(),
            Need(need) => s.need(need).to_owned(),
            SuggestedGoal(_) => s.suggested_goals.to_owned(),
            GoalText(_) => s.label_goal_text.to_owned(),
            GoalTarget(_) => s.label_target_date.to_owned(),
            GoalIndicator(_) => s.label_indicator.to_owned(),
            GoalScale(_, level) => {
                format!("{} {}", s.label_scale_level, level_text(Some(level), s))
            }
            AddScale(_) => s.add_scale.to_owned(),
            AddSubGoal => s.add_sub_goal.to_owned(),
            ServiceStatus(_) => s.label_status.to_owned(),
            ServiceGoal(_) => s.label_serves_goal.to_owned(),
            ServiceStart(_) => s.label_start.to_owned(),
            ServiceResponsible(_) => s.label_responsible.to_owned(),
            ServiceNotes(_) => s.label_notes.to_owned(),
            TaskWho(_) => s.label_who.to_owned(),
            TaskOther(_) => s.label_who_other.to_owned(),
            TaskWhat(_) => s.label_what.to_owned(),
            TaskBy(_) => s.label_by.to_owned(),
            TaskDone(_) => s.label_done.to_owned(),
            AddTask => s.add_task.to_owned(),
            FollowUpDate(_) | ConsentDate(_) => s.label_date.to_owned(),
            ReviewLevel(..) => s.label_level.to_owned(),
            ReviewNote(..) => s.label_note.to_owned(),
            AddFollowUp => s.add_follow_up.to_owned(),
            ConsentOrganisation(_) => s.label_consent_organisation.to_owned(),
            AddConsent => s.add_consent.to_owned(),
        }
    }

    /// The item a field belongs to, if it belongs to one that can be removed as a whole.
    pub fn item(self) -> Option<Item> {
        use FieldId::*;
        Some(match self {
            GoalText(g) | GoalTarget(g) | GoalIndicator(g) if g > 0 => Item::SubGoal(g - 1),
            GoalScale(g, _) => Item::Scale(g),
            ServiceStatus(i)
            | ServiceGoal(i)
            | ServiceStart(i)
            | ServiceResponsible(i)
            | ServiceNotes(i) => Item::Service(i),
            TaskWho(i) | TaskOther(i) | TaskWhat(i) | TaskBy(i) | TaskDone(i) => Item::Task(i),
            FollowUpDate(f) | ReviewLevel(f, _) | ReviewNote(f, _) => Item::FollowUp(f),
            ConsentOrganisation(i) | ConsentDate(i) => Item::Consent(i),
            _ => return None,
        })
    }
}

/// Trims each line's ends and the blank lines around the text, keeping the lines themselves.
fn trim_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    lines.join("\n").trim().to_owned()
}

pub(super) fn with<T>(target: Option<&mut T>, change: impl FnOnce(&mut T)) {
    if let Some(target) = target {
        change(target);
    }
}

/// Something in the plan larger than a field, removed as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    SubGoal(usize),
    /// The attainment scale of a goal (all five levels).
    Scale(GoalIndex),
    Service(usize),
    Task(usize),
    FollowUp(usize),
    Consent(usize),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Consent, Task};

    fn today() -> Date {
        Date::new(2026, 6, 10).unwrap()
    }

    #[test]
    fn every_typed_field_reads_back_what_was_written() {
        let mut plan = Plan::default();
        plan.sub_goals.push(PlanGoal::default());
        plan.tasks.push(Task::default());
        plan.consents.push(Consent {
            organisation: String::new(),
            date: Date::new(2026, 1, 1).unwrap(),
        });
        let fields = [
            (FieldId::Client, "A. K."),
            (FieldId::Situation, "Moved in spring\nLooking for work"),
            (FieldId::GoalText(1), "Finish the course"),
            (FieldId::GoalScale(0, -1), "Stays at home"),
            (FieldId::TaskWhat(0), "Call Kela"),
            (FieldId::ConsentOrganisation(0), "Kela"),
        ];
        for (field, text) in fields {
            field.write(&mut plan, text, today()).unwrap();
            assert_eq!(field.read(&plan, Language::En), text, "{field:?}");
        }
    }

    #[test]
    fn dates_are_read_the_finnish_way_and_a_bad_one_changes_nothing() {
        let mut plan = Plan::default();
        let write = |plan: &mut Plan, text: &str| FieldId::NextMeeting.write(plan, text, today());
        write(&mut plan, "15.1.").unwrap();
        assert_eq!(plan.next_meeting, Date::new(2027, 1, 15));
        assert_eq!(FieldId::NextMeeting.read(&plan, Language::Fi), "15.1.2027");
        assert_eq!(
            write(&mut plan, "31.2.2027"),
            Err(FieldError::NotADate("31.2.2027".into()))
        );
        assert_eq!(plan.next_meeting, Date::new(2027, 1, 15));
        write(&mut plan, "").unwrap();
        assert_eq!(plan.next_meeting, None);
    }
}
