//! The browser's side of keeping data on this device: persistent storage
//! and its estimate, the service worker (offline use and quiet updates),
//! and deleting everything the app keeps.
//!
//! Every call here can be missing (an older browser, a page opened over
//! plain http, a private window): each says so by returning `None` or
//! doing nothing, never by failing the page.

use gloo::events::EventListener;
use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use crate::storage::{KeyValueStore, StorageError};

fn navigator_has(name: &str) -> Option<web_sys::Navigator> {
    // No browser outside wasm (native renders of the pages).
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let navigator = web_sys::window()?.navigator();
    Reflect::has(&navigator, &name.into())
        .unwrap_or(false)
        .then_some(navigator)
}

async fn wait(promise: Result<Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Asks the browser not to evict this site's data (`navigator.storage.persist()`).
/// Chromium decides silently; Firefox may ask the user.
pub async fn request_persistence() -> Option<bool> {
    let storage = navigator_has("storage")?.storage();
    wait(storage.persist()).await?.as_bool()
}

/// Whether this browser can be asked at all (Safari before 15.2 can't), so
/// the page never offers a button that does nothing.
pub fn can_ask_persistence() -> bool {
    navigator_has("storage").is_some_and(|n| {
        js_sys::Reflect::get(&n.storage(), &"persist".into()).is_ok_and(|f| f.is_function())
    })
}

/// Whether the browser has promised to keep this site's data.
pub async fn is_persistent() -> Option<bool> {
    let storage = navigator_has("storage")?.storage();
    wait(storage.persisted()).await?.as_bool()
}

/// The browser's estimate of what this site uses and may use, in bytes.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = navigator_has("storage")?.storage();
    let estimate: web_sys::StorageEstimate = wait(storage.estimate()).await?.unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}

fn service_workers() -> Option<ServiceWorkerContainer> {
    Some(navigator_has("serviceWorker")?.service_worker())
}

/// Registers the service worker (`sw.js`, beside the page, so the app
/// works under any folder) and calls `on_update` when a new version has
/// been downloaded and waits: now, or whenever one arrives later.
pub fn start_service_worker(on_update: impl Fn() + Clone + 'static) {
    let Some(container) = service_workers() else {
        return;
    };
    let registering = container.register("./sw.js");
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(registering).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // The very first worker has no page to update: only a worker that
        // arrives while another controls the page is a new version.
        let controlled = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if registration.waiting().is_some() && controlled() {
            on_update();
        }
        let watched = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(installing) = watched.installing() else {
                return;
            };
            let (on_update, controlled, worker) =
                (on_update.clone(), controlled.clone(), installing.clone());
            EventListener::new(&installing, "statechange", move |_| {
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    on_update();
                }
            })
            .forget();
        })
        .forget();
    });
}

/// Lets the waiting version take over, and reloads once it has: only ever
/// because the user asked.
pub fn apply_update() {
    let Some(container) = service_workers() else {
        return;
    };
    EventListener::once(&container, "controllerchange", |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    })
    .forget();
    spawn_local(async move {
        let Some(registration) = JsFuture::from(container.get_registration()).await.ok() else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        match registration.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&"activate-update".into());
            }
            None => {
                // Already active (another tab let it in): a reload is enough.
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        }
    });
}

/// Deletes everything this site keeps in the browser: local and session
/// storage, the service worker and its caches, and any IndexedDB database
/// (the app makes none, but "everything" means everything). Storage is
/// cleared first, so the user's data is gone even if a later step fails.
pub async fn delete_everything(store: &dyn KeyValueStore) -> Result<(), StorageError> {
    store.clear()?;
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    if let Ok(Some(session)) = window.session_storage() {
        let _ = session.clear();
    }
    if let Some(container) = service_workers()
        && let Some(list) = wait(Ok(container.get_registrations())).await
    {
        for registration in Array::from(&list).iter() {
            let registration: ServiceWorkerRegistration = registration.unchecked_into();
            wait(registration.unregister()).await;
        }
    }
    if let Ok(caches) = window.caches()
        && let Some(names) = wait(Ok(caches.keys())).await
    {
        for name in Array::from(&names).iter() {
            if let Some(name) = name.as_string() {
                wait(Ok(caches.delete(&name))).await;
            }
        }
    }
    if let Ok(Some(databases)) = window.indexed_db()
        && let Ok(list) = Reflect::get(&databases, &"databases".into())
        && let Some(list) = list.dyn_ref::<Function>()
        && let Ok(promise) = list.call0(&databases)
        && let Some(found) = wait(promise.dyn_into::<Promise>()).await
    {
        for info in Array::from(&found).iter() {
            if let Some(name) = Reflect::get(&info, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
            {
                let _ = databases.delete_database(&name);
            }
        }
    }
    Ok(())
}
