//! The domain core: pure Rust, no browser and no yew. Everything here is
//! tested natively with `cargo test`.

pub mod aggregate;
pub mod assessment;
pub mod csv;
pub mod error;
pub mod focus;
pub mod format;
pub mod gather;
pub mod json;
pub mod lang;
pub mod link;
pub mod map;
pub mod merge;
pub mod model;
pub mod num;
pub mod progress;
pub mod qr;
pub mod radar;
pub mod route;
pub mod scale;
pub mod sort;
pub mod time;
