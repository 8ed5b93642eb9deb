//! One page per route: a route's whole screen.

pub mod data_page;
pub mod follow_up_page;
pub mod home;
pub mod import_page;
pub mod invitation_page;
pub mod models_page;
pub mod new_assessment;
pub mod overview;
pub mod plan_page;
pub mod presenter;
pub mod privacy_page;
pub mod question_page;
pub mod respondents;
pub mod results;
