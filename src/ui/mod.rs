//! The Yew UI: a page per route, built from widgets.

pub mod pages;
pub mod widgets;
