//! polku: find coaching and participation services by the client's goal, and make the client's
//! plan together, in a meeting between a service-guidance professional and a client whose work
//! ability is partly reduced.
//!
//! The domain (`catalog`, `search`) knows nothing of the terminal; `cli` is the command line.
#![forbid(unsafe_code)]

pub mod catalog;
pub mod cli;
pub mod config;
pub mod date;
pub mod hash;
pub mod i18n;
pub mod import;
pub mod local_time;
pub mod municipalities;
pub mod plan;
pub mod ready;
pub mod search;
pub mod synthetic;
pub mod text;
pub mod theme;
pub mod tui;
