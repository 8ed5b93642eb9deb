//! Actions on the device's data as a whole: restoring a backup and
//! deleting everything.

use std::rc::Rc;

use crate::core::domain::assessment::{Assessment, Millis};
use crate::core::gathering::restore::{Change, restore_one};
use crate::state::{AppState, Notice, RestoreOutcome};

impl AppState {
    /// Merges each of a backup's assessments into the device's copy, never
    /// replacing what the device holds; where both differ, the user is told
    /// as after a two-tab merge.
    pub(super) fn restore(&mut self, assessments: Vec<Assessment>, now: Millis) {
        let mut outcomes = Vec::new();
        for incoming in assessments {
            let id = incoming.id.clone();
            let restored = restore_one(self.assessments.get(&id).map(|a| &**a), &incoming);
            outcomes.push(RestoreOutcome {
                title: incoming.title(),
                change: restored.change.clone(),
                differences: restored.conflicts.len(),
            });
            if !restored.conflicts.is_empty() {
                self.add_notice(Notice::RestoreDifferences {
                    assessment: id.clone(),
                    conflicts: restored.conflicts,
                });
            }
            if restored.change != Change::Unchanged {
                let mut assessment = restored.assessment;
                if restored.change != Change::New {
                    assessment.updated_at = assessment.updated_at.max(now);
                }
                self.assessments.insert(id.clone(), Rc::new(assessment));
                self.request_save(&id, false);
            }
        }
        self.last_restore = Some(outcomes);
    }

    /// Holds nothing any more: no assessments, no own models, no backup
    /// record. The language and the page stay, so the user sees it done.
    pub(super) fn forget_everything(&mut self) {
        *self = AppState {
            lang: self.lang,
            route: self.route.clone(),
            persistent: self.persistent,
            anonymous: true,
            ..AppState::default()
        };
    }
}
