//! Browser storage, behind a small trait so the rest of the app (and the
//! tests) can run on memory when the browser refuses.

use std::cell::RefCell;
use std::collections::HashMap;

use thiserror::Error;

use crate::i18n::Lang;

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum StorageError {
    #[error("browser storage is unavailable (blocked or disabled)")]
    Unavailable,
    #[error("browser storage is full")]
    QuotaExceeded,
    #[error("browser storage failed: {0}")]
    Other(String),
}

pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
}

/// Keeps everything in memory: for tests, and the fallback when the browser
/// blocks storage.
#[derive(Default)]
pub struct MemoryStore {
    items: RefCell<HashMap<String, String>>,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.items.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.items
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.items.borrow_mut().remove(key);
        Ok(())
    }
}

/// `window.localStorage`. Every call can fail: private modes block it, a
/// full quota refuses writes, and an embedding page may deny access.
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    pub fn open() -> Result<Self, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            _ => Err(StorageError::Unavailable),
        }
    }
}

fn classify(error: wasm_bindgen::JsValue) -> StorageError {
    let name = js_error_name(&error);
    if name.contains("Quota") {
        StorageError::QuotaExceeded
    } else if name.contains("Security") {
        StorageError::Unavailable
    } else {
        StorageError::Other(name)
    }
}

fn js_error_name(error: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }
}

pub const LANG_KEY: &str = "kapacitetsradar.lang";

/// The remembered UI language, or Danish.
pub fn load_lang(store: &dyn KeyValueStore) -> Lang {
    store
        .get(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

pub fn save_lang(store: &dyn KeyValueStore, lang: Lang) -> Result<(), StorageError> {
    store.set(LANG_KEY, lang.code())
}
