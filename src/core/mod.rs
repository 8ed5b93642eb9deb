//! The domain core: pure Rust, no browser and no yew. Everything here is
//! tested natively with `cargo test`.
