//! Reusable pieces of pages; data and callbacks arrive as props.

pub mod agreed_editor;
pub mod agreed_picture;
pub mod backup;
pub mod change_table;
pub mod csv_columns;
pub mod focus_areas;
pub mod footer;
pub mod header;
pub mod included;
pub mod language_switch;
pub mod layer_switches;
pub mod lock_share;
pub mod not_found;
pub mod notices;
pub mod plan_summary;
pub mod progress;
pub mod radar_chart;
pub mod restore_backup;
pub mod results_table;
pub mod roles_table;
pub mod save_status;
pub mod share_answers;
pub mod statement_item;
pub mod theme_guide;
pub mod timeline;
pub mod unlock_form;
