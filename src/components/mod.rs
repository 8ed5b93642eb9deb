//! One component per file.

pub mod focus_areas;
pub mod footer;
pub mod header;
pub mod home;
pub mod import_page;
pub mod language_switch;
pub mod new_assessment;
pub mod notices;
pub mod overview;
pub mod progress;
pub mod question_page;
pub mod radar_chart;
pub mod respondents;
pub mod results;
pub mod results_table;
pub mod save_status;
pub mod share_answers;
pub mod statement_item;
