//! The domain core: pure Rust, no browser and no yew. Everything here is
//! tested natively with `cargo test`.

pub mod error;
pub mod lang;
pub mod model;
pub mod scale;
