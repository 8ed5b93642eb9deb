//! Browser storage, behind a small trait so the rest of the app (and the
//! tests) can run on memory when the browser refuses.

use std::cell::RefCell;
use std::collections::BTreeMap;

use thiserror::Error;

use crate::core::domain::assessment::{Assessment, Millis};
use crate::core::domain::model::Model;
use crate::core::domain::safekeeping::BackupRecord;
use crate::core::error::ImportError;
use crate::core::formats::files::{assessment_to_storage_json, parse_stored_assessment};
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

/// The store the app saves to, as components hold it. Compared by identity.
#[derive(Clone)]
pub struct Store(pub std::rc::Rc<dyn KeyValueStore>);

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

pub trait KeyValueStore {
    fn keys(&self) -> Result<Vec<String>, StorageError>;
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Removes everything this origin keeps here, the app's or not.
    fn clear(&self) -> Result<(), StorageError>;
}

/// Keeps everything in memory: for tests, and the fallback when the browser
/// blocks storage.
#[derive(Default)]
pub struct MemoryStore {
    items: RefCell<BTreeMap<String, String>>,
}

impl KeyValueStore for MemoryStore {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.items.borrow().keys().cloned().collect())
    }

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

    fn clear(&self) -> Result<(), StorageError> {
        self.items.borrow_mut().clear();
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

impl LocalStore {
    /// Checks that storage can be read at all: some browsers hand out a
    /// storage object whose every call throws.
    pub fn probe(self) -> Result<Self, StorageError> {
        self.storage.length().map_err(classify)?;
        Ok(self)
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
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let length = self.storage.length().map_err(classify)?;
        (0..length)
            .filter_map(|i| self.storage.key(i).map_err(classify).transpose())
            .collect()
    }

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }

    fn clear(&self) -> Result<(), StorageError> {
        self.storage.clear().map_err(classify)
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

pub const ASSESSMENT_PREFIX: &str = "kapacitetsradar.assessment.";
pub const QUARANTINE_PREFIX: &str = "kapacitetsradar.quarantine.";

pub fn assessment_key(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

/// Stored data that could not be read, and where it now is.
#[derive(Clone, Debug, PartialEq)]
pub struct Quarantined {
    /// The key that holds the unreadable text now; it is never written again.
    pub key: String,
    pub error: ImportError,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub assessments: Vec<Assessment>,
    /// Set aside by this load.
    pub quarantined: Vec<Quarantined>,
    /// Keys of copies set aside by an earlier start and still kept, so the
    /// user is reminded of them until they fetch or delete them.
    pub set_aside_earlier: Vec<String>,
    pub error: Option<StorageError>,
}

/// Reads every stored assessment. Text that can't be read (damaged, or from
/// a newer version of the app) is copied aside under a quarantine key of its
/// own and only then removed from its old key; if the copy can't be made,
/// it is left where it is. Either way it is never overwritten.
pub fn load_assessments(store: &dyn KeyValueStore, now: Millis) -> Loaded {
    let mut loaded = Loaded::default();
    let keys = match store.keys() {
        Ok(keys) => keys,
        Err(error) => {
            loaded.error = Some(error);
            return loaded;
        }
    };
    loaded.set_aside_earlier = keys
        .iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .cloned()
        .collect();
    loaded.set_aside_earlier.sort();
    let mut keys: Vec<String> = keys
        .into_iter()
        .filter(|k| k.starts_with(ASSESSMENT_PREFIX))
        .collect();
    keys.sort();
    for key in keys {
        let text = match store.get(&key) {
            Ok(Some(text)) => text,
            Ok(None) => continue,
            Err(error) => {
                loaded.error = Some(error);
                continue;
            }
        };
        match parse_stored_assessment(&text) {
            Ok(assessment) => loaded.assessments.push(assessment),
            Err(error) => {
                let kept_at = quarantine(store, &key, &text, now).unwrap_or(key);
                loaded.quarantined.push(Quarantined {
                    key: kept_at,
                    error,
                });
            }
        }
    }
    loaded
}

fn quarantine(store: &dyn KeyValueStore, key: &str, text: &str, now: Millis) -> Option<String> {
    let name = key.strip_prefix(ASSESSMENT_PREFIX).unwrap_or(key);
    let free = (0..100)
        .map(|n| match n {
            0 => format!("{QUARANTINE_PREFIX}{name}.{now}"),
            n => format!("{QUARANTINE_PREFIX}{name}.{now}.{n}"),
        })
        .find(|candidate| matches!(store.get(candidate), Ok(None)))?;
    store.set(&free, text).ok()?;
    // Only once the copy reads back whole is the original removed.
    if store.get(&free).ok()?.as_deref() != Some(text) {
        return None;
    }
    store.remove(key).ok()?;
    Some(free)
}

pub fn save_assessment(
    store: &dyn KeyValueStore,
    assessment: &Assessment,
) -> Result<(), StorageError> {
    store.set(
        &assessment_key(&assessment.id),
        &assessment_to_storage_json(assessment),
    )
}

/// The stored copy of one assessment, if it is there and readable.
pub fn read_assessment(
    store: &dyn KeyValueStore,
    id: &str,
) -> Result<Option<Assessment>, StorageError> {
    Ok(store
        .get(&assessment_key(id))?
        .and_then(|text| parse_stored_assessment(&text).ok()))
}

pub const MODEL_PREFIX: &str = "kapacitetsradar.model.";

fn model_key(id: &str, version: u32) -> String {
    format!("{MODEL_PREFIX}{id}.v{version}")
}

/// The device's own models. One that no longer reads (say, stored by a
/// newer app) is left where it is, untouched, and not offered.
pub fn load_models(store: &dyn KeyValueStore) -> Vec<Model> {
    let Ok(keys) = store.keys() else {
        return Vec::new();
    };
    let mut keys: Vec<String> = keys
        .into_iter()
        .filter(|k| k.starts_with(MODEL_PREFIX))
        .collect();
    keys.sort();
    keys.iter()
        .filter_map(|key| store.get(key).ok().flatten())
        .filter_map(|text| Model::from_json(&text).ok())
        .collect()
}

pub fn save_model(store: &dyn KeyValueStore, model: &Model) -> Result<(), StorageError> {
    let text = serde_json::to_string(model).unwrap_or_default();
    store.set(&model_key(&model.id, model.model_version), &text)
}

pub fn remove_model(store: &dyn KeyValueStore, id: &str, version: u32) -> Result<(), StorageError> {
    store.remove(&model_key(id, version))
}

pub const BACKUP_KEY: &str = "kapacitetsradar.backup";

/// When the last backup was saved and what has changed since; a record
/// that can't be read counts as no backup yet.
pub fn load_backup_record(store: &dyn KeyValueStore) -> BackupRecord {
    store
        .get(BACKUP_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

pub fn save_backup_record(
    store: &dyn KeyValueStore,
    record: &BackupRecord,
) -> Result<(), StorageError> {
    store.set(
        BACKUP_KEY,
        &serde_json::to_string(record).unwrap_or_default(),
    )
}

/// What this app's data takes up in browser storage, in bytes: browsers
/// keep its text as UTF-16, two bytes a unit, and count the keys too.
pub fn app_usage(store: &dyn KeyValueStore) -> Result<usize, StorageError> {
    let units = |text: &str| text.encode_utf16().count();
    let mut total = 0;
    for key in store.keys()? {
        if key.starts_with("kapacitetsradar.") {
            total += 2 * (units(&key) + store.get(&key)?.as_deref().map_or(0, units));
        }
    }
    Ok(total)
}
