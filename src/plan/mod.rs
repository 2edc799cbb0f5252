//! The client's plan: what the client and the professional agree on in the meeting.

pub mod dates;
pub mod edit;
mod export;
pub mod field;
pub mod form;
pub mod history;
mod model;
mod recovery;
mod store;

pub use dates::Clock;
pub use edit::{Applied, Edit, EditContext};
pub use export::{to_json, to_markdown};
pub use field::{FieldError, FieldId, FieldKind, Item};
pub use history::Document;
pub use model::{
    AttainmentScale, ChosenService, Consent, Coordinator, CoordinatorRole, FollowUp, GoalReview,
    PLAN_VERSION, Plan, PlanGoal, PlanKind, ServiceStatus, Task, TaskOwner,
};
pub use recovery::{
    AUTOSAVE_AT_MOST, AUTOSAVE_QUIET, Autosave, Recoveries, RecoverySnapshot, RecoveryStore,
    recovery_file_name,
};
pub use store::{
    MAX_PLAN_FILE_BYTES, OpenError, SaveError, create_private_dir, default_plan_path, open_plan,
    plan_to_ron, save_new_plan, save_plan, write_atomic,
};
