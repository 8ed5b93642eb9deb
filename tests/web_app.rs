//! Layer 2: the real app in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use kapacitetsradar::app::{App, AppProps};
use kapacitetsradar::i18n::{Key, Lang, tr};
use kapacitetsradar::storage::Store;
use kapacitetsradar::storage::{self, KeyValueStore, LocalStore, MemoryStore};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount(lang: Lang) -> (web_sys::Element, Rc<MemoryStore>) {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let memory = Rc::new(MemoryStore::default());
    let store: Rc<dyn KeyValueStore> = memory.clone();
    let props = AppProps {
        initial_lang: lang,
        initial_route: Default::default(),
        store: Store(store),
        persistent: true,
        started_at: 0,
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    (root, memory)
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_mounts_and_the_language_switch_changes_the_text() {
    let (root, store) = mount(Lang::Da);
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "h1"), tr(Lang::Da, Key::StartHeading));

    let english: web_sys::HtmlElement = root
        .query_selector(r#"button[lang="en"]"#)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    english.click();
    yew::scheduler::flush().await;

    assert_eq!(text_of(&root, "h1"), tr(Lang::En, Key::StartHeading));
    let html_lang = gloo::utils::document()
        .document_element()
        .unwrap()
        .get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("en"));
    assert_eq!(
        english.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    // Remembered in the store the app was given, not behind its back.
    assert_eq!(storage::load_lang(store.as_ref()), Lang::En);
    root.remove();
}

#[wasm_bindgen_test]
fn local_storage_round_trips_the_language() {
    let store = LocalStore::open().expect("localStorage in headless Chromium");
    storage::save_lang(&store, Lang::Nb).unwrap();
    assert_eq!(storage::load_lang(&store), Lang::Nb);
    store.set(storage::LANG_KEY, "xx").unwrap();
    assert_eq!(
        storage::load_lang(&store),
        Lang::Da,
        "unknown codes fall back"
    );
    store.remove(storage::LANG_KEY).unwrap();
    assert_eq!(store.get(storage::LANG_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn memory_store_stands_in_for_local_storage() {
    let store = MemoryStore::default();
    assert_eq!(storage::load_lang(&store), Lang::Da);
    storage::save_lang(&store, Lang::En).unwrap();
    assert_eq!(storage::load_lang(&store), Lang::En);
}
