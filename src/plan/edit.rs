//! The edits that change a plan, as data: what the screen sends and what the history keeps,
//! so that any of them can be taken back. Fields are read and written through the lens in
//! `field`.

use crate::catalog::Catalog;
use crate::date::Date;
use crate::plan::field::{FieldError, FieldId, Item, goal_mut, with};
use crate::plan::{
    AttainmentScale, ChosenService, Consent, Coordinator, CoordinatorRole, FollowUp, GoalReview,
    Plan, PlanGoal, PlanKind, ServiceStatus, Task, TaskOwner,
};

/// A change to a plan, as data: what the history keeps and what the screen sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Typed text into a field.
    Write {
        field: FieldId,
        text: String,
    },
    /// A choice moved on (`forward`) or back, a box ticked, a button pressed.
    Step {
        field: FieldId,
        forward: bool,
    },
    Remove(Item),
    AddService(ChosenService),
    /// The whole plan replaced (a recovery copy brought back).
    Replace(Box<Plan>),
}

/// What an edit did beyond changing the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The plan changed; after adding an item, its first field is `go_to`.
    Changed { go_to: Option<FieldId> },
    /// The plan is as it was.
    Unchanged,
    /// A suggested goal was chosen: the screen shows that goal's services.
    OpenGoal(usize),
}

/// What an edit needs to know besides the plan.
pub struct EditContext<'a> {
    pub catalog: &'a Catalog,
    pub today: Date,
}

/// Carries out `edit` on `plan`.
pub fn apply(plan: &mut Plan, edit: &Edit, cx: &EditContext) -> Result<Applied, FieldError> {
    let before = plan.clone();
    let applied = match edit {
        Edit::Write { field, text } => {
            field.write(plan, text, cx.today)?;
            Applied::Changed { go_to: None }
        }
        Edit::Step { field, forward } => step(plan, *field, *forward, cx),
        Edit::Remove(item) => {
            remove(plan, *item);
            Applied::Changed { go_to: None }
        }
        Edit::AddService(chosen) => {
            if !plan.contains(&chosen.service) {
                plan.services.push(chosen.clone());
            }
            Applied::Changed { go_to: None }
        }
        Edit::Replace(replacement) => {
            *plan = (**replacement).clone();
            Applied::Changed { go_to: None }
        }
    };
    Ok(match applied {
        Applied::Changed { .. } if *plan == before => Applied::Unchanged,
        other => other,
    })
}

/// The value after (or before) `current` in `all`, round.
fn cycle<T: Copy + PartialEq>(all: &[T], current: T, forward: bool) -> T {
    let n = all.len();
    let at = all.iter().position(|x| *x == current).unwrap_or(0);
    all[if forward {
        (at + 1) % n
    } else {
        (at + n - 1) % n
    }]
}

fn step(plan: &mut Plan, field: FieldId, forward: bool, cx: &EditContext) -> Applied {
    use FieldId::*;
    let changed = Applied::Changed { go_to: None };
    match field {
        Kind => plan.kind = cycle(&PlanKind::ALL, plan.kind, forward),
        Language => {
            let current = crate::i18n::Language::from_code(&plan.language).unwrap_or_default();
            plan.language = cycle(&crate::i18n::Language::ALL, current, forward)
                .code()
                .to_owned();
        }
        CoordinatorRole => {
            // "Not chosen" is one more value of the choice.
            let mut all: Vec<Option<self::CoordinatorRole>> = vec![None];
            all.extend(self::CoordinatorRole::ALL.map(Some));
            let current = plan.coordinator.as_ref().map(|c| c.role);
            match cycle(&all, current, forward) {
                None => plan.coordinator = None,
                Some(role) => {
                    plan.coordinator
                        .get_or_insert_with(Coordinator::default)
                        .role = role
                }
            }
        }
        Need(need) => {
            if !plan.needs.remove(&need) {
                plan.needs.insert(need);
            }
        }
        SuggestedGoal(goal) => return Applied::OpenGoal(goal),
        AddScale(g) => {
            with(goal_mut(plan, g), |goal| {
                goal.scale = Some(AttainmentScale::default())
            });
            return Applied::Changed {
                go_to: Some(GoalScale(g, 2)),
            };
        }
        AddSubGoal => {
            plan.sub_goals.push(PlanGoal::default());
            return Applied::Changed {
                go_to: Some(GoalText(plan.sub_goals.len())),
            };
        }
        ServiceStatus(i) => with(plan.services.get_mut(i), |c| {
            c.status = cycle(&self::ServiceStatus::ALL, c.status, forward)
        }),
        ServiceGoal(i) => {
            // The goals the catalogue says the service serves, in turn.
            if let Some(chosen) = plan.services.get_mut(i)
                && let Some(service) = cx.catalog.service(chosen.service.as_str())
                && !service.goals.is_empty()
            {
                let n = service.goals.len();
                let at = chosen
                    .goal
                    .as_ref()
                    .and_then(|g| service.goals.iter().position(|x| x == g));
                let next = match (at, forward) {
                    (None, _) => 0,
                    (Some(i), true) => (i + 1) % n,
                    (Some(i), false) => (i + n - 1) % n,
                };
                chosen.goal = Some(service.goals[next].clone());
            }
        }
        TaskWho(i) => with(plan.tasks.get_mut(i), |t| {
            let order = [0, 1, 2];
            let at = match t.who {
                TaskOwner::Client => 0,
                TaskOwner::Professional => 1,
                TaskOwner::Other(_) => 2,
            };
            t.who = match cycle(&order, at, forward) {
                0 => TaskOwner::Client,
                1 => TaskOwner::Professional,
                _ => TaskOwner::Other(String::new()),
            };
        }),
        TaskDone(i) => with(plan.tasks.get_mut(i), |t| t.done = !t.done),
        AddTask => {
            plan.tasks.push(Task::default());
            return Applied::Changed {
                go_to: Some(TaskWhat(plan.tasks.len() - 1)),
            };
        }
        ReviewLevel(f, r) => with(
            plan.follow_ups
                .get_mut(f)
                .and_then(|f| f.reviews.get_mut(r)),
            |review| {
                let levels = [None, Some(-2), Some(-1), Some(0), Some(1), Some(2)];
                review.level = cycle(&levels, review.level, forward);
            },
        ),
        AddFollowUp => {
            let reviews: Vec<GoalReview> = plan
                .goals()
                .filter(|g| !g.text.trim().is_empty())
                .map(|g| GoalReview {
                    goal: g.text.clone(),
                    level: None,
                    note: String::new(),
                })
                .collect();
            let f = plan.follow_ups.len();
            let go_to = if reviews.is_empty() {
                FollowUpDate(f)
            } else {
                ReviewLevel(f, 0)
            };
            plan.follow_ups.push(FollowUp {
                date: cx.today,
                reviews,
            });
            return Applied::Changed { go_to: Some(go_to) };
        }
        AddConsent => {
            plan.consents.push(Consent {
                organisation: String::new(),
                date: cx.today,
            });
            return Applied::Changed {
                go_to: Some(ConsentOrganisation(plan.consents.len() - 1)),
            };
        }
        _ => return Applied::Unchanged,
    }
    changed
}

fn remove(plan: &mut Plan, item: Item) {
    fn take<T>(list: &mut Vec<T>, i: usize) {
        if i < list.len() {
            list.remove(i);
        }
    }
    match item {
        Item::SubGoal(i) => take(&mut plan.sub_goals, i),
        Item::Scale(g) => with(goal_mut(plan, g), |goal| goal.scale = None),
        Item::Service(i) => take(&mut plan.services, i),
        Item::Task(i) => take(&mut plan.tasks, i),
        Item::FollowUp(i) => take(&mut plan.follow_ups, i),
        Item::Consent(i) => take(&mut plan.consents, i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx(catalog: &Catalog) -> EditContext<'_> {
        EditContext {
            catalog,
            today: Date::new(2026, 6, 10).unwrap(),
        }
    }

    #[test]
    fn choices_step_both_ways_and_come_back_round() {
        let catalog = Catalog::default();
        let mut plan = Plan::default();
        let step = |plan: &mut Plan, forward| {
            apply(
                plan,
                &Edit::Step {
                    field: FieldId::Kind,
                    forward,
                },
                &cx(&catalog),
            )
            .unwrap();
        };
        step(&mut plan, true);
        assert_eq!(plan.kind, PlanKind::EmploymentPlan);
        step(&mut plan, false);
        step(&mut plan, false);
        assert_eq!(plan.kind, PlanKind::Other);
    }

    #[test]
    fn adding_goes_to_the_new_item_and_removing_takes_all_of_it() {
        let catalog = Catalog::default();
        let mut plan = Plan::default();
        let added = apply(
            &mut plan,
            &Edit::Step {
                field: FieldId::AddScale(0),
                forward: true,
            },
            &cx(&catalog),
        );
        assert_eq!(
            added,
            Ok(Applied::Changed {
                go_to: Some(FieldId::GoalScale(0, 2))
            })
        );
        let item = FieldId::GoalScale(0, -2).item().unwrap();
        apply(&mut plan, &Edit::Remove(item), &cx(&catalog)).unwrap();
        assert_eq!(plan.main_goal.scale, None);
    }
}
