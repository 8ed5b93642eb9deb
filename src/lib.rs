//! Kapacitetsradar: a leadership team's self-assessment, drawn as radar charts.
//!
//! `core` is the pure domain (no browser, no yew) and carries the product's
//! intelligence; `i18n` holds the UI strings; the rest are the browser edges
//! (`storage`) and the Yew UI (`state`, `app`, `components`).

pub mod app;
pub mod components;
pub mod core;
pub mod i18n;
pub mod state;
pub mod storage;

/// Mounts the app on `<body>`. Called from `main` only.
pub fn start() {
    let initial_lang = storage::LocalStore::open()
        .map(|store| storage::load_lang(&store))
        .unwrap_or_default();
    yew::Renderer::<app::App>::with_props(app::AppProps { initial_lang }).render();
}
