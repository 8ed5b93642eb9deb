//! Renders the start page, as a first-time visitor sees it, to HTML in each
//! language, for `scripts/post-build.mjs` to put into `index.html`: the
//! first paint then needs no WebAssembly.
//!
//! It is the same `App`, the same components and the same i18n table as in
//! the browser (yew's `ssr`), so the text and the markup the app replaces it
//! with are identical and nothing on the page moves when it takes over.
//!
//! Prints one JSON object: `{"da": "<header>…", "nb": …, "en": …}`.
//! Usage: `cargo run --quiet --example prerender`.

// Native only: yew's server renderer and tokio are native dev-dependencies.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::BTreeMap;
    use std::rc::Rc;

    use kapacitetsradar::app::{App, AppProps};
    use kapacitetsradar::core::route::Route;
    use kapacitetsradar::i18n::Lang;
    use kapacitetsradar::storage::{KeyValueStore, MemoryStore, Store};
    use yew::ServerRenderer;

    async fn start_page(lang: Lang) -> String {
        ServerRenderer::<App>::with_props(move || {
            let store: Rc<dyn KeyValueStore> = Rc::new(MemoryStore::default());
            AppProps {
                initial_lang: lang,
                initial_route: Route::Home,
                store: Store(store),
                persistent: true,
                started_at: 0,
            }
        })
        // Replaced, not hydrated: the app's first render depends on what this
        // device has stored, which a build can't know.
        .hydratable(false)
        .render()
        .await
    }

    #[tokio::main(flavor = "current_thread")]
    pub async fn main() {
        let mut pages = BTreeMap::new();
        for lang in Lang::ALL {
            pages.insert(lang.code(), start_page(lang).await);
        }
        match serde_json::to_string(&pages) {
            Ok(json) => println!("{json}"),
            Err(error) => {
                eprintln!("prerender: {error}");
                std::process::exit(1);
            }
        }
    }
}
