//! A backup of everything on the device, as one file: every assessment
//! (with its plan) and the device's own models.
//!
//! Each assessment and model inside is its own format's document, exactly
//! as it is stored, so a backup reads with the same readers, migrations
//! and checks as a single file, and a refusal names the entry:
//! `assessments[2].assessment.respondents[0].name`.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::core::domain::assessment::{Assessment, Millis};
use crate::core::domain::model::Model;
use crate::core::error::{ImportError, Problem, invalid};
use crate::core::formats::files::{assessment_to_storage_json, parse_stored_assessment};
use crate::core::formats::read::{envelope, from_json};

pub const BACKUP_FORMAT: &str = "kapacitetsradar.backup";
pub const BACKUP_VERSION: u32 = 1;
/// Far more than browser storage holds (about 5 MB), so every device's
/// backup fits, but a stray huge file is refused before it is read.
pub const MAX_BACKUP_BYTES: usize = 50_000_000;
pub const MAX_BACKUP_ENTRIES: usize = 1_000;

/// What a backup holds, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub created: Millis,
    pub assessments: Vec<Assessment>,
    pub models: Vec<Model>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupFile<R> {
    format: String,
    version: u32,
    created: Millis,
    assessments: Vec<R>,
    models: Vec<R>,
}

/// Everything on the device as one file.
pub fn backup_to_json<'a>(
    created: Millis,
    assessments: impl IntoIterator<Item = &'a Assessment>,
    models: impl IntoIterator<Item = &'a Model>,
) -> String {
    let raw = |text: String| RawValue::from_string(text).ok();
    let file = BackupFile {
        format: BACKUP_FORMAT.into(),
        version: BACKUP_VERSION,
        created,
        assessments: assessments
            .into_iter()
            .filter_map(|a| raw(assessment_to_storage_json(a)))
            .collect(),
        models: models
            .into_iter()
            .filter_map(|m| raw(serde_json::to_string(m).unwrap_or_default()))
            .collect(),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads a backup whole, or refuses it whole: a backup that is partly
/// damaged restores nothing, so nothing is half done.
pub fn parse_backup(text: &str) -> Result<Backup, ImportError> {
    envelope(text, BACKUP_FORMAT, BACKUP_VERSION)?;
    let file: BackupFile<Box<RawValue>> = from_json(text, MAX_BACKUP_BYTES)?;
    if file.assessments.len() > MAX_BACKUP_ENTRIES {
        return Err(invalid(
            "assessments",
            Problem::TooMany {
                max: MAX_BACKUP_ENTRIES,
            },
        ));
    }
    if file.models.len() > MAX_BACKUP_ENTRIES {
        return Err(invalid(
            "models",
            Problem::TooMany {
                max: MAX_BACKUP_ENTRIES,
            },
        ));
    }
    let assessments = file
        .assessments
        .iter()
        .enumerate()
        .map(|(i, raw)| {
            parse_stored_assessment(raw.get()).map_err(|e| within(&format!("assessments[{i}]"), e))
        })
        .collect::<Result<Vec<_>, _>>()?;
    for (i, a) in assessments.iter().enumerate() {
        if assessments[..i].iter().any(|b| b.id == a.id) {
            return Err(invalid(
                format!("assessments[{i}].assessment.id"),
                Problem::DuplicateId(a.id.clone()),
            ));
        }
    }
    let models = file
        .models
        .iter()
        .enumerate()
        .map(|(i, raw)| Model::from_json(raw.get()).map_err(|e| within(&format!("models[{i}]"), e)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Backup {
        created: file.created,
        assessments,
        models,
    })
}

/// An entry's refusal, with the entry's place in the backup in its path.
fn within(entry: &str, error: ImportError) -> ImportError {
    match error {
        ImportError::Invalid { path, problem } if path.is_empty() || path == "(document)" => {
            invalid(entry, problem)
        }
        ImportError::Invalid { path, problem } => invalid(format!("{entry}.{path}"), problem),
        ImportError::NotJson { .. } | ImportError::TooDeep { .. } => error,
        other => other,
    }
}
