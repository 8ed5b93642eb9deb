//! Restoring a backup into what the device holds: what it would change,
//! shown before anything is stored, and the merge itself.
//!
//! A backup is merged per assessment with the two-tab merge
//! (`merge3`), taking as the common ancestor only what the two copies
//! agree on. So whatever either copy has and the other lacks is kept
//! (a respondent deleted here since the backup comes back), and where both
//! hold different values the device's value stays and the difference is
//! reported. Nothing on the device is ever overwritten.

use crate::core::domain::assessment::{Assessment, Millis, Round};
use crate::core::domain::catalog::Catalog;
use crate::core::domain::merge::{Conflict, Merged, merge3};
use crate::core::domain::model::{Localized, Model};
use crate::core::formats::backup::Backup;

/// What restoring one assessment would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Not on this device: it is added as it is.
    New,
    /// The device already holds everything in it.
    Unchanged,
    /// It brings back what the device lacks.
    Adds {
        respondents: usize,
        answers: usize,
        /// Agreed scores, targets and plan actions.
        other: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct RestoreItem {
    pub id: String,
    pub title: String,
    pub date: String,
    pub round: Round,
    /// Respondents in the backup's copy.
    pub respondents: usize,
    /// When the backup's copy was last changed, and the device's.
    pub backup_changed: Millis,
    pub device_changed: Option<Millis>,
    pub change: Change,
    /// Answers that differ between the two; the device's are kept.
    pub differences: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RestorePreview {
    pub created: Millis,
    pub items: Vec<RestoreItem>,
    /// Own models in the backup that the device lacks (title, version).
    pub new_models: Vec<(Localized, u32)>,
}

impl RestorePreview {
    /// Whether restoring would change anything at all.
    pub fn changes_anything(&self) -> bool {
        !self.new_models.is_empty() || self.items.iter().any(|i| i.change != Change::Unchanged)
    }
}

/// The stored copy with the backup's copy merged in (see the module's
/// comment). `updated_at` moves only if something was added.
pub fn restore_merge(device: &Assessment, backup: &Assessment) -> Merged {
    let mut base = backup.clone();
    // The ancestor holds the backup's scalars (so the device's win where
    // they differ) but none of its collections (so both sides' entries
    // count as added, and nothing is taken as deleted).
    base.agreed.clear();
    base.targets.clear();
    base.plan.actions.clear();
    for r in &mut base.respondents {
        r.answers.clear();
    }
    base.respondents
        .retain(|r| device.respondent(&r.id).is_some());
    let mut merged = merge3(&base, device, backup);
    if same_content(&merged.assessment, device) {
        merged.assessment = device.clone();
    }
    merged
}

/// Equal but for when they (and their respondents) were last changed.
fn same_content(a: &Assessment, b: &Assessment) -> bool {
    fn undated(a: &Assessment) -> Assessment {
        let mut a = a.clone();
        a.updated_at = 0;
        for r in &mut a.respondents {
            r.updated_at = 0;
        }
        a
    }
    a == b || undated(a) == undated(b)
}

/// One assessment restored: what the device will hold, what that adds,
/// and the answers where the device's value was kept over the backup's.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub assessment: Assessment,
    pub change: Change,
    pub conflicts: Vec<Conflict>,
}

pub fn restore_one(device: Option<&Assessment>, backup: &Assessment) -> Restored {
    match device {
        None => Restored {
            assessment: backup.clone(),
            change: Change::New,
            conflicts: Vec::new(),
        },
        Some(device) => {
            let merged = restore_merge(device, backup);
            Restored {
                change: added(device, &merged.assessment),
                assessment: merged.assessment,
                conflicts: merged.conflicts,
            }
        }
    }
}

/// What restoring `backup` would do, assessment by assessment.
pub fn preview<'a>(
    backup: &Backup,
    device: impl Fn(&str) -> Option<&'a Assessment>,
    catalog: &Catalog,
) -> RestorePreview {
    let items = backup
        .assessments
        .iter()
        .map(|a| {
            let stored = device(&a.id);
            let restored = restore_one(stored, a);
            RestoreItem {
                id: a.id.clone(),
                title: a.title(),
                date: a.date.clone(),
                round: a.round,
                respondents: a.respondents.len(),
                backup_changed: a.updated_at,
                device_changed: stored.map(|s| s.updated_at),
                change: restored.change,
                differences: restored.conflicts.len(),
            }
        })
        .collect();
    let new_models = backup
        .models
        .iter()
        .filter(|m| !knows(catalog, m))
        .map(|m| (m.title.clone(), m.model_version))
        .collect();
    RestorePreview {
        created: backup.created,
        items,
        new_models,
    }
}

fn knows(catalog: &Catalog, model: &Model) -> bool {
    catalog.find(&model.id, model.model_version).is_some()
}

fn added(before: &Assessment, after: &Assessment) -> Change {
    if same_content(before, after) {
        return Change::Unchanged;
    }
    let respondents = after
        .respondents
        .iter()
        .filter(|r| before.respondent(&r.id).is_none())
        .count();
    let answers = after
        .respondents
        .iter()
        .map(|r| match before.respondent(&r.id) {
            None => r.answers.len(),
            Some(b) => r
                .answers
                .keys()
                .filter(|k| !b.answers.contains_key(*k))
                .count(),
        })
        .sum();
    let count = |a: &Assessment| a.agreed.len() + a.targets.len() + a.plan.actions.len();
    let other = count(after).saturating_sub(count(before));
    Change::Adds {
        respondents,
        answers,
        other,
    }
}
