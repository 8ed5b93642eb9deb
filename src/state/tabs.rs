//! Another tab (or window) wrote an assessment: its copy is merged into
//! ours, three ways, against the copy both last knew to be stored.

use std::rc::Rc;

use crate::core::domain::assessment::Assessment;
use crate::core::domain::merge::merge3;
use crate::state::{AppState, Notice};

impl AppState {
    pub(super) fn merge_external(&mut self, id: String, theirs: Option<Assessment>) {
        let base = self.stored.get(&id).cloned();
        let ours = self.assessments.get(&id).cloned();
        match (theirs, ours) {
            (None, None) => {}
            (None, Some(ours)) => {
                self.stored.remove(&id);
                if base.as_ref() == Some(&ours) {
                    // Deleted elsewhere and untouched here.
                    self.assessments.remove(&id);
                } else {
                    // Deleted elsewhere but edited here: the edits are kept.
                    self.request_save(&id, false);
                }
            }
            (Some(theirs), None) => {
                let theirs = Rc::new(theirs);
                self.stored.insert(id.clone(), theirs.clone());
                self.assessments.insert(id, theirs);
            }
            (Some(theirs), Some(ours)) => {
                let base = base.unwrap_or_else(|| ours.clone());
                let merged = merge3(&base, &ours, &theirs);
                if merged.assessment != *ours && !self.quiet.contains(&id) {
                    self.add_notice(Notice::UpdatedElsewhere {
                        assessment: id.clone(),
                    });
                }
                if !merged.conflicts.is_empty() {
                    self.add_notice(Notice::Conflicts {
                        assessment: id.clone(),
                        conflicts: merged.conflicts,
                    });
                }
                let same_as_theirs = merged.assessment == theirs;
                self.stored.insert(id.clone(), Rc::new(theirs));
                if same_as_theirs {
                    self.unsaved.remove(&id);
                } else {
                    self.request_save(&id, false);
                }
                self.assessments.insert(id, Rc::new(merged.assessment));
            }
        }
    }
}
