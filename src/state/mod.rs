//! The app's one state, changed only through verb-named actions
//! (`actions.rs`). The reducer is pure: saving, clocks and ids come in
//! through the actions, and the effects in `app.rs` do the browser work.
//!
//! Assessments are held behind `Rc`, so an action clones only the one it
//! changes, and comparing two states compares pointers first.

mod actions;
mod device;
mod invitations;
mod tabs;

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use yew::prelude::UseReducerHandle;

pub use actions::Action;

use crate::core::domain::assessment::{Assessment, MergeOutcome, Millis, Respondent};
use crate::core::domain::catalog::Catalog;
use crate::core::domain::merge::Conflict;
use crate::core::domain::safekeeping::BackupRecord;
use crate::core::gathering::restore::Change;
use crate::core::route::Route;
use crate::i18n::Lang;
use crate::storage::{Quarantined, StorageError};

/// Whether the latest changes are safely stored.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SaveStatus {
    /// Nothing changed yet in this window.
    #[default]
    Idle,
    Saved {
        at: Millis,
    },
    /// The browser refused the last write; the changes are in memory only.
    Failed {
        error: StorageError,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Quarantined(Quarantined),
    /// A copy set aside at an earlier start, still kept under `key`.
    SetAsideEarlier {
        key: String,
    },
    Conflicts {
        assessment: String,
        conflicts: Vec<Conflict>,
    },
    UpdatedElsewhere {
        assessment: String,
    },
    /// A restored backup's answers that differ from the device's (which
    /// were kept).
    RestoreDifferences {
        assessment: String,
        conflicts: Vec<Conflict>,
    },
}

/// What the last import did, per respondent (by name): the very merge that
/// was stored, so the report can't say other than what happened.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReport {
    pub assessment: String,
    pub title: String,
    pub outcomes: Vec<(String, MergeOutcome)>,
}

/// What restoring did to one assessment (by title).
#[derive(Clone, Debug, PartialEq)]
pub struct RestoreOutcome {
    pub title: String,
    pub change: Change,
    pub differences: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub route: Route,
    /// What the user sees and edits: the truth.
    pub assessments: BTreeMap<String, Rc<Assessment>>,
    /// The last copy known to be in storage, per assessment: the common
    /// ancestor when another tab's changes are merged in.
    pub stored: BTreeMap<String, Rc<Assessment>>,
    /// Assessments with changes not yet written.
    pub unsaved: BTreeSet<String>,
    /// Bumped whenever `unsaved` gains work, so the save effect runs.
    pub save_requests: u64,
    /// The queued work may wait a moment: the user is typing a comment, so
    /// the save effect writes 300 ms after the last keystroke (and at once
    /// when the page is hidden or closed) instead of on every keystroke.
    pub save_may_wait: bool,
    pub save: SaveStatus,
    /// False when the browser blocks storage and everything is in memory.
    pub persistent: bool,
    pub notices: Vec<Notice>,
    /// Assessments whose "updated in another window" note the user has
    /// dismissed: it stays away for the rest of the session (conflicts are
    /// still reported).
    pub quiet: Vec<String>,
    /// Shown on the import page until the user goes elsewhere.
    pub last_import: Option<ImportReport>,
    /// The models this device knows: built in, and brought along.
    pub catalog: Catalog,
    /// The picture hides names and role groups under three people. On by
    /// default, every session: a wall screen is public.
    pub anonymous: bool,
    pub high_contrast: bool,
    /// When the last backup was saved and what changed since.
    pub backup: BackupRecord,
    /// Whether anything was stored in this session (the backup reminder
    /// shows only then).
    pub changed_this_session: bool,
    /// A new version of the app is ready; the user reloads when they like.
    pub update_ready: bool,
    /// What the last restore did, for the data page to report.
    pub last_restore: Option<Vec<RestoreOutcome>>,
}

impl AppState {
    pub fn new(
        lang: Lang,
        route: Route,
        assessments: Vec<Assessment>,
        persistent: bool,
        notices: Vec<Notice>,
    ) -> Self {
        let assessments: BTreeMap<String, Rc<Assessment>> = assessments
            .into_iter()
            .map(|a| (a.id.clone(), Rc::new(a)))
            .collect();
        Self {
            lang,
            route,
            stored: assessments.clone(),
            assessments,
            persistent,
            notices,
            anonymous: true,
            ..Self::default()
        }
    }

    /// The backup record, as read from storage at start.
    pub fn with_backup_record(mut self, backup: BackupRecord) -> Self {
        self.backup = backup;
        self
    }

    /// The device's own models, as read from storage at start.
    pub fn with_models(mut self, models: Vec<crate::core::domain::model::Model>) -> Self {
        for model in models {
            self.catalog.add(model);
        }
        self
    }

    pub fn assessment(&self, id: &str) -> Option<&Rc<Assessment>> {
        self.assessments.get(id)
    }

    /// Assessments, most recently changed first.
    pub fn assessments_by_recency(&self) -> Vec<&Rc<Assessment>> {
        let mut list: Vec<&Rc<Assessment>> = self.assessments.values().collect();
        list.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        list
    }

    /// Queues a save of `id`; `may_wait` when it is typing that caused it.
    fn request_save(&mut self, id: &str, may_wait: bool) {
        self.unsaved.insert(id.to_owned());
        self.save_requests += 1;
        self.save_may_wait = may_wait;
    }

    /// Applies `change` to a stored assessment; when it says it changed
    /// something, stamps the assessment with `now` and queues a save.
    fn edit_assessment(
        &mut self,
        assessment: &str,
        now: Millis,
        may_wait: bool,
        change: impl FnOnce(&mut Assessment) -> bool,
    ) {
        let Some(a) = self.assessments.get_mut(assessment) else {
            return;
        };
        // Only the changed assessment is copied (and only if a tab or the
        // save effect still holds the old one).
        let mut edited = Assessment::clone(a);
        if change(&mut edited) {
            edited.updated_at = edited.updated_at.max(now);
            *a = Rc::new(edited);
            self.request_save(assessment, may_wait);
        }
    }

    fn edit_respondent(
        &mut self,
        assessment: &str,
        respondent: &str,
        now: Millis,
        may_wait: bool,
        change: impl FnOnce(&mut Respondent),
    ) {
        self.edit_assessment(assessment, now, may_wait, |a| {
            let Some(r) = a.respondent_mut(respondent) else {
                return false;
            };
            let before = r.clone();
            change(r);
            *r != before
        });
    }

    fn add_notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }
}

pub type AppContext = UseReducerHandle<AppState>;
