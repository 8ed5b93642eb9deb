//! The app's one state, changed only through verb-named actions. The
//! reducer is pure: saving, clocks and ids come in through the actions, and
//! the effects in `app.rs` do the browser work.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::domain::assessment::{Assessment, Millis, Respondent};
use crate::core::domain::merge::{Conflict, merge3};
use crate::core::domain::scale::Answer;
use crate::core::gathering::merge_all;
use crate::core::route::Route;
use crate::i18n::Lang;
use crate::storage::{Quarantined, StorageError};
use std::collections::BTreeMap;

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
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub route: Route,
    /// What the user sees and edits: the truth.
    pub assessments: BTreeMap<String, Assessment>,
    /// The last copy known to be in storage, per assessment: the common
    /// ancestor when another tab's changes are merged in.
    pub stored: BTreeMap<String, Assessment>,
    /// Assessments with changes not yet written.
    pub unsaved: BTreeMap<String, ()>,
    /// Bumped whenever `unsaved` gains work, so the save effect runs.
    pub save_requests: u64,
    pub save: SaveStatus,
    /// False when the browser blocks storage and everything is in memory.
    pub persistent: bool,
    pub notices: Vec<Notice>,
    /// Assessments whose "updated in another window" note the user has
    /// dismissed: it stays away for the rest of the session (conflicts are
    /// still reported).
    pub quiet: Vec<String>,
}

pub enum Action {
    SetLanguage(Lang),
    Navigate(Route),
    CreateAssessment {
        assessment: Assessment,
    },
    AddRespondent {
        assessment: String,
        respondent: Respondent,
    },
    SetAnswer {
        assessment: String,
        respondent: String,
        statement: String,
        answer: Option<Answer>,
        now: Millis,
    },
    SetComment {
        assessment: String,
        respondent: String,
        statement: String,
        comment: String,
        now: Millis,
    },
    /// Picks or unpicks a theme as one of the team's focus areas.
    ToggleFocus {
        assessment: String,
        theme: String,
        now: Millis,
    },
    /// Merges gathered respondents into an assessment (newest copy of each
    /// wins), creating it first when `create` holds it.
    ImportRespondents {
        target: String,
        create: Option<Assessment>,
        respondents: Vec<Respondent>,
        now: Millis,
    },
    RemoveRespondent {
        assessment: String,
        respondent: String,
        now: Millis,
    },
    /// The save effect wrote this copy.
    MarkSaved {
        copy: Assessment,
        at: Millis,
    },
    /// The save effect could not write.
    MarkSaveFailed {
        error: StorageError,
    },
    /// Storage holds another copy than the one we last knew (another tab
    /// wrote it); `None` when it was deleted there.
    MergeExternal {
        id: String,
        theirs: Option<Assessment>,
    },
    DismissNotice(usize),
}

impl AppState {
    pub fn new(
        lang: Lang,
        route: Route,
        assessments: Vec<Assessment>,
        persistent: bool,
        notices: Vec<Notice>,
    ) -> Self {
        let mut by_id = BTreeMap::new();
        for a in assessments {
            by_id.insert(a.id.clone(), a);
        }
        let assessments = by_id;
        Self {
            lang,
            route,
            stored: assessments.clone(),
            assessments,
            persistent,
            notices,
            ..Self::default()
        }
    }

    pub fn assessment(&self, id: &str) -> Option<&Assessment> {
        self.assessments.get(id)
    }

    /// Assessments, most recently changed first.
    pub fn assessments_by_recency(&self) -> Vec<&Assessment> {
        let mut list: Vec<&Assessment> = self.assessments.values().collect();
        list.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        list
    }

    fn request_save(&mut self, id: &str) {
        self.unsaved.insert(id.to_owned(), ());
        self.save_requests += 1;
    }

    /// Applies `change` to a stored assessment; when it says it changed
    /// something, stamps the assessment with `now` and queues a save.
    fn edit_assessment(
        &mut self,
        assessment: &str,
        now: Millis,
        change: impl FnOnce(&mut Assessment) -> bool,
    ) {
        let Some(a) = self.assessments.get_mut(assessment) else {
            return;
        };
        if change(a) {
            a.updated_at = a.updated_at.max(now);
            self.request_save(assessment);
        }
    }

    fn edit_respondent(
        &mut self,
        assessment: &str,
        respondent: &str,
        now: Millis,
        change: impl FnOnce(&mut Respondent),
    ) {
        self.edit_assessment(assessment, now, |a| {
            let Some(r) = a.respondent_mut(respondent) else {
                return false;
            };
            let before = r.clone();
            change(r);
            *r != before
        });
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLanguage(lang) => next.lang = lang,
            Action::Navigate(route) => next.route = route,
            Action::CreateAssessment { assessment } => {
                let id = assessment.id.clone();
                next.assessments.insert(id.clone(), assessment);
                next.request_save(&id);
                next.route = Route::Respondents { assessment: id };
            }
            Action::AddRespondent {
                assessment,
                respondent,
            } => {
                if let Some(a) = next.assessments.get_mut(&assessment) {
                    let route = Route::Question {
                        assessment: assessment.clone(),
                        respondent: respondent.id.clone(),
                        theme: 0,
                    };
                    a.updated_at = a.updated_at.max(respondent.updated_at);
                    a.merge_respondent(respondent);
                    next.request_save(&assessment);
                    next.route = route;
                }
            }
            Action::SetAnswer {
                assessment,
                respondent,
                statement,
                answer,
                now,
            } => next.edit_respondent(&assessment, &respondent, now, |r| {
                r.set_answer(&statement, answer, now)
            }),
            Action::SetComment {
                assessment,
                respondent,
                statement,
                comment,
                now,
            } => next.edit_respondent(&assessment, &respondent, now, |r| {
                r.set_comment(&statement, &comment, now)
            }),
            Action::ToggleFocus {
                assessment,
                theme,
                now,
            } => next.edit_assessment(&assessment, now, |a| {
                match a.focus.iter().position(|t| *t == theme) {
                    Some(i) => {
                        a.focus.remove(i);
                    }
                    None => a.focus.push(theme),
                }
                true
            }),
            Action::ImportRespondents {
                target,
                create,
                respondents,
                now,
            } => {
                if let Some(new) = create
                    && !next.assessments.contains_key(&target)
                {
                    next.assessments.insert(target.clone(), new);
                }
                next.edit_assessment(&target, now, |a| {
                    merge_all(a, respondents, now);
                    true
                });
            }
            Action::RemoveRespondent {
                assessment,
                respondent,
                now,
            } => next.edit_assessment(&assessment, now, |a| {
                a.remove_respondent(&respondent).is_some()
            }),
            Action::MarkSaved { copy, at } => {
                let id = copy.id.clone();
                // Only what was written is done; edits made meanwhile stay
                // queued (their request bumped `save_requests` already).
                if next.assessments.get(&id) == Some(&copy) {
                    next.unsaved.remove(&id);
                }
                next.stored.insert(id, copy);
                next.save = SaveStatus::Saved { at };
            }
            Action::MarkSaveFailed { error } => next.save = SaveStatus::Failed { error },
            Action::MergeExternal { id, theirs } => next.merge_external(id, theirs),
            Action::DismissNotice(index) => {
                if index < next.notices.len()
                    && let Notice::UpdatedElsewhere { assessment } = next.notices.remove(index)
                    && !next.quiet.contains(&assessment)
                {
                    next.quiet.push(assessment);
                }
            }
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

impl AppState {
    fn merge_external(&mut self, id: String, theirs: Option<Assessment>) {
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
                    self.request_save(&id);
                }
            }
            (Some(theirs), None) => {
                self.stored.insert(id.clone(), theirs.clone());
                self.assessments.insert(id, theirs);
            }
            (Some(theirs), Some(ours)) => {
                let base = base.unwrap_or_else(|| ours.clone());
                let merged = merge3(&base, &ours, &theirs);
                if merged.assessment != ours && !self.quiet.contains(&id) {
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
                self.stored.insert(id.clone(), theirs.clone());
                if merged.assessment != theirs {
                    self.request_save(&id);
                } else {
                    self.unsaved.remove(&id);
                }
                self.assessments.insert(id, merged.assessment);
            }
        }
    }

    fn add_notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }
}

pub type AppContext = UseReducerHandle<AppState>;

/// The app state from the nearest provider; every component is under `App`'s.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App's ContextProvider")
}
