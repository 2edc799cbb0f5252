//! The client's plan: what the client and the professional agree on in the meeting.

mod model;

pub use model::{
    AttainmentScale, ChosenService, Consent, Coordinator, CoordinatorRole, FollowUp, GoalReview,
    PLAN_VERSION, Plan, PlanGoal, PlanKind, ServiceStatus, Task, TaskOwner,
};
