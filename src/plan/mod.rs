//! The client's plan: what the client and the professional agree on in the meeting.

mod model;

pub use model::{ChosenService, Plan, ServiceStatus};
