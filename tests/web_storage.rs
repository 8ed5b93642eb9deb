//! Layer 2: browser storage in real Chromium: round-trips, damaged data set
//! aside, and the app carrying on when storage is full.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use kapacitetsradar::app::{App, AppProps};
use kapacitetsradar::core::domain::assessment::{Assessment, Respondent, Role, Round};
use kapacitetsradar::core::domain::model::Model;
use kapacitetsradar::core::domain::scale::{Answer, Score};
use kapacitetsradar::core::route::Route;
use kapacitetsradar::i18n::Lang;
use kapacitetsradar::storage::Store;
use kapacitetsradar::storage::{
    self, KeyValueStore, LocalStore, MemoryStore, QUARANTINE_PREFIX, StorageError,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn team(id: &str) -> Assessment {
    let mut r = Respondent::new("r1", "Anna <b>Holm</b>", Role::Leader, 5);
    r.set_answer("T1.1", Some(Answer::Score(Score::new(4).unwrap())), 6);
    r.set_comment("T1.1", "æøå «citat» \u{1F600}", 7);
    Assessment {
        respondents: vec![r],
        ..Assessment::new(
            id,
            Model::builtin(),
            "Nordskolen",
            "Ledelsen",
            "2026-11-24",
            Round::Baseline,
            7,
        )
    }
}

fn clear(store: &LocalStore) {
    for key in store.keys().unwrap() {
        if key.starts_with("kapacitetsradar.") {
            store.remove(&key).unwrap();
        }
    }
}

#[wasm_bindgen_test]
fn an_assessment_round_trips_through_local_storage() {
    let store = LocalStore::open().unwrap().probe().unwrap();
    clear(&store);
    let original = team("rt");
    storage::save_assessment(&store, &original).unwrap();
    assert_eq!(
        storage::read_assessment(&store, "rt").unwrap(),
        Some(original.clone())
    );
    let loaded = storage::load_assessments(&store, 1);
    assert_eq!(loaded.assessments, vec![original]);
    assert!(loaded.quarantined.is_empty());
    clear(&store);
}

#[wasm_bindgen_test]
fn damaged_data_is_copied_aside_byte_for_byte_and_never_overwritten() {
    let store = LocalStore::open().unwrap();
    clear(&store);
    let damaged = "{\"format\":\"kapacitetsradar.assessment\",\"version\":2,\"assess";
    store
        .set("kapacitetsradar.assessment.bad", damaged)
        .unwrap();
    // A copy from an earlier start sits under the first free name already.
    store
        .set(&format!("{QUARANTINE_PREFIX}bad.42"), "older copy")
        .unwrap();
    storage::save_assessment(&store, &team("good")).unwrap();

    let loaded = storage::load_assessments(&store, 42);
    assert_eq!(loaded.assessments.len(), 1);
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(
        loaded.set_aside_earlier,
        [format!("{QUARANTINE_PREFIX}bad.42")]
    );
    let kept = &loaded.quarantined[0].key;
    assert_eq!(kept, &format!("{QUARANTINE_PREFIX}bad.42.1"));
    assert_eq!(store.get(kept).unwrap().as_deref(), Some(damaged));
    assert_eq!(
        store
            .get(&format!("{QUARANTINE_PREFIX}bad.42"))
            .unwrap()
            .as_deref(),
        Some("older copy")
    );
    assert_eq!(store.get("kapacitetsradar.assessment.bad").unwrap(), None);
    clear(&store);
}

/// Memory that refuses writes once `full` is set, as a full quota does.
struct FullStore {
    inner: MemoryStore,
    full: Cell<bool>,
}

impl KeyValueStore for FullStore {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.inner.keys()
    }
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.full.get() {
            Err(StorageError::QuotaExceeded)
        } else {
            self.inner.set(key, value)
        }
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.inner.remove(key)
    }
    fn clear(&self) -> Result<(), StorageError> {
        self.inner.clear()
    }
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn with_storage_full_the_app_warns_and_keeps_the_answer_in_memory() {
    let store = Rc::new(FullStore {
        inner: MemoryStore::default(),
        full: Cell::new(false),
    });
    storage::save_assessment(store.as_ref(), &team("full")).unwrap();
    store.full.set(true);
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let route = Route::Question {
        assessment: "full".into(),
        respondent: "r1".into(),
        theme: 0,
    };
    // The app follows the address bar, as a page opened on that route.
    gloo::utils::window()
        .location()
        .set_hash(&route.to_fragment())
        .unwrap();
    let props = AppProps {
        initial_lang: Lang::Da,
        initial_route: route,
        store: Store(store.clone()),
        persistent: true,
        started_at: 0,
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    click(&root, "#a-T1-2-5");
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;

    let warning = root
        .query_selector(".notice.warn")
        .unwrap()
        .expect("a warning");
    assert!(
        warning
            .text_content()
            .unwrap()
            .contains("Browserens lager er fuldt")
    );
    let checked: web_sys::HtmlInputElement = root
        .query_selector("#a-T1-2-5")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(checked.checked(), "the answer stays on screen");
    // Storage still has the old copy, untouched.
    let stored = storage::read_assessment(store.as_ref(), "full")
        .unwrap()
        .unwrap();
    assert_eq!(stored.respondents[0].answer("T1.2"), None);

    // Space frees up: the next change writes everything.
    store.full.set(false);
    click(&root, "#a-T1-3-2");
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    let stored = storage::read_assessment(store.as_ref(), "full")
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.respondents[0].answer("T1.2"),
        Some(Answer::Score(Score::new(5).unwrap()))
    );
    assert!(root.query_selector(".notice.warn").unwrap().is_none());
    root.remove();
}
