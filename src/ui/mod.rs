//! The Yew UI: a page per route, built from widgets.

pub mod hooks;
pub mod pages;
pub mod widgets;
