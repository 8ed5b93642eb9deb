//! The domain core: pure Rust, no browser and no yew. Everything here is
//! tested natively with `cargo test`.
//!
//! * `domain`: the model, the scale, assessments, figures, focus and the
//!   two-tab merge: the product's intelligence.
//! * `formats`: what leaves and enters the app: files, share links, QR
//!   codes, CSV, and migrations of older versions.
//! * `gathering`: bringing respondents from many devices together.
//! * `radar`: the chart's geometry, painted by `crate::chart`.

pub mod domain;
pub mod error;
pub mod formats;
pub mod gathering;
pub mod lang;
pub mod presenter;
pub mod radar;
pub mod route;
pub mod time;
