//! A plan with the history of its changes. Every edit is kept with the plan as it was before
//! it, so that undo brings back exactly what was there, and redo takes the same road forwards:
//! one mechanism for both. Whether the plan has unsaved changes is derived here, once: the
//! plan is saved when it is the revision that was last written to its file.

use crate::date::Date;
use crate::plan::Plan;
use crate::plan::edit::{Applied, Edit, EditContext, apply};
use crate::plan::field::FieldError;

/// How many steps back undo reaches. A plan is a few kilobytes; a meeting makes hundreds of
/// edits at most.
const HISTORY_STEPS: usize = 1_000;

/// A plan as it was, and the edit that led away from it.
#[derive(Clone, Debug)]
struct Step {
    plan: Plan,
    revision: u64,
    edit: Edit,
}

#[derive(Clone, Debug)]
pub struct Document {
    plan: Plan,
    /// Which state of the plan this is; every change makes a new number.
    revision: u64,
    /// The last number given out.
    newest: u64,
    /// The revision in the plan's file, if it has been saved.
    saved: Option<u64>,
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl Document {
    /// A plan as it was opened or started: nothing in it is unsaved yet.
    pub fn new(plan: Plan) -> Self {
        Self {
            plan,
            revision: 0,
            newest: 0,
            saved: Some(0),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Whether there are changes not written to the plan's file.
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.revision)
    }

    /// Carries out `edit` and keeps it in the history. An edit that changes nothing is not
    /// kept, so that undo never seems to do nothing.
    pub fn apply(&mut self, edit: Edit, cx: &EditContext) -> Result<Applied, FieldError> {
        let before = self.plan.clone();
        let applied = apply(&mut self.plan, &edit, cx)?;
        if let Applied::Changed { .. } = applied {
            self.undo.push(Step {
                plan: before,
                revision: self.revision,
                edit,
            });
            if self.undo.len() > HISTORY_STEPS {
                self.undo.remove(0);
            }
            self.redo.clear();
            self.newest += 1;
            self.revision = self.newest;
        }
        Ok(applied)
    }

    /// Takes the last edit back; returns it, or `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Option<&Edit> {
        let step = self.undo.pop()?;
        let current = self.swap(step);
        self.redo.push(current);
        self.redo.last().map(|s| &s.edit)
    }

    /// Does again what undo took back.
    pub fn redo(&mut self) -> Option<&Edit> {
        let step = self.redo.pop()?;
        let current = self.swap(step);
        self.undo.push(current);
        self.undo.last().map(|s| &s.edit)
    }

    /// Puts `step`'s plan in place and returns the current one as a step with the same edit.
    fn swap(&mut self, step: Step) -> Step {
        let current = Step {
            plan: std::mem::replace(&mut self.plan, step.plan),
            revision: self.revision,
            edit: step.edit,
        };
        self.revision = step.revision;
        current
    }

    /// Notes that the plan as it is now has been written, with `changed` as its date of
    /// change (which is not an edit of its own).
    pub fn saved(&mut self, changed: Date) {
        self.plan.changed = Some(changed);
        self.saved = Some(self.revision);
    }

    /// The plan as it will be written when saved on `changed`.
    pub fn to_save(&self, changed: Date) -> Plan {
        let mut plan = self.plan.clone();
        plan.changed = Some(changed);
        plan
    }

    /// A plan brought back from a recovery copy: unsaved, and its restoring can be undone.
    pub fn restore(&mut self, plan: Plan, cx: &EditContext) {
        // Replacing the whole plan cannot fail.
        let _ = self.apply(Edit::Replace(Box::new(plan)), cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::plan::field::{FieldId, Item};
    use crate::plan::{AttainmentScale, PlanGoal};

    fn write(field: FieldId, text: &str) -> Edit {
        Edit::Write {
            field,
            text: text.into(),
        }
    }

    #[test]
    fn undo_and_redo_walk_the_same_road() {
        let catalog = Catalog::default();
        let cx = EditContext {
            catalog: &catalog,
            today: Date::new(2026, 6, 10).unwrap(),
        };
        let mut doc = Document::new(Plan::default());
        assert!(!doc.is_dirty());
        doc.apply(write(FieldId::Client, "A. K."), &cx).unwrap();
        doc.apply(write(FieldId::Situation, "Moved in spring"), &cx)
            .unwrap();
        assert!(doc.is_dirty());
        doc.undo();
        assert_eq!(doc.plan().situation, "");
        assert_eq!(doc.plan().client, "A. K.");
        doc.undo();
        assert!(!doc.is_dirty(), "back where the file is");
        assert_eq!(doc.undo(), None);
        doc.redo();
        doc.redo();
        assert_eq!(doc.plan().situation, "Moved in spring");
        // A new edit after undo makes a new road: what was undone cannot be redone.
        doc.undo();
        doc.apply(write(FieldId::OwnView, "Can work part-time"), &cx)
            .unwrap();
        assert_eq!(doc.redo(), None);
    }

    #[test]
    fn a_removed_scale_comes_back_exactly() {
        let catalog = Catalog::default();
        let cx = EditContext {
            catalog: &catalog,
            today: Date::new(2026, 6, 10).unwrap(),
        };
        let scale = AttainmentScale {
            minus_two: "Stays in".into(),
            minus_one: "Goes out weekly".into(),
            zero: "Visits the club".into(),
            plus_one: "Volunteers".into(),
            plus_two: "Works part-time".into(),
        };
        let plan = Plan {
            main_goal: PlanGoal {
                text: "Meets people".into(),
                scale: Some(scale.clone()),
                ..PlanGoal::default()
            },
            ..Plan::default()
        };
        let mut doc = Document::new(plan);
        doc.apply(Edit::Remove(Item::Scale(0)), &cx).unwrap();
        assert_eq!(doc.plan().main_goal.scale, None);
        doc.undo();
        assert_eq!(doc.plan().main_goal.scale, Some(scale));
        assert!(!doc.is_dirty());
    }

    #[test]
    fn an_edit_that_changes_nothing_is_not_a_step() {
        let catalog = Catalog::default();
        let cx = EditContext {
            catalog: &catalog,
            today: Date::new(2026, 6, 10).unwrap(),
        };
        let mut doc = Document::new(Plan::default());
        doc.apply(write(FieldId::Client, ""), &cx).unwrap();
        assert!(!doc.is_dirty());
        assert_eq!(doc.undo(), None);
    }
}
