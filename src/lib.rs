//! Kapacitetsradar: a leadership team's self-assessment, drawn as radar charts.
//!
//! `core` is the pure domain (no browser, no yew) and carries the product's
//! intelligence; `i18n` holds the UI strings; the rest are the browser edges
//! (`storage`, `browser`, `chart`, `crypto`, `device`) and the Yew UI
//! (`state`, `app`, `ui`).

pub mod app;
pub mod browser;
pub mod chart;
pub mod core;
pub mod crypto;
pub mod device;
pub mod i18n;
pub mod state;
pub mod storage;
pub mod ui;

/// Mounts the app on `<body>` in place of the prerendered start page, on
/// browser storage when the browser allows it and on memory when it does
/// not. Called from `main` only.
pub fn start() {
    use std::rc::Rc;

    let (store, persistent): (Rc<dyn storage::KeyValueStore>, bool) =
        match storage::LocalStore::open().and_then(storage::LocalStore::probe) {
            Ok(local) => (Rc::new(local), true),
            Err(_) => (Rc::new(storage::MemoryStore::default()), false),
        };
    let initial_lang = storage::load_lang(store.as_ref());
    let props = app::AppProps {
        initial_lang,
        initial_route: core::route::Route::from_fragment(&browser::current_fragment()),
        store: storage::Store(store),
        persistent,
        started_at: browser::now(),
    };
    // Mounting clears the prerendered start page from <body> at once, and
    // the first render follows before the next paint.
    browser::after_first_paint(move || {
        yew::Renderer::<app::App>::with_props(props).render();
        browser::wake_page();
    });
}
