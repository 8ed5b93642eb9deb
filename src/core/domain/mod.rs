//! The capacity model and what a team's answers to it add up to.

pub mod aggregate;
pub mod assessment;
pub mod catalog;
pub mod compare;
pub mod focus;
pub mod invitation;
pub mod merge;
pub mod model;
pub mod model_check;
pub mod plan;
pub mod progress;
pub mod roles;
pub mod rounds;
pub mod safekeeping;
pub mod scale;
