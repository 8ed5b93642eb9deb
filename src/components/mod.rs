//! One component per file.

pub mod footer;
pub mod header;
pub mod language_switch;
pub mod start_screen;
