//! Every way the state can change, each a verb, and the one reducer that
//! applies them.

use std::rc::Rc;

use yew::Reducible;

use crate::core::domain::assessment::{Assessment, Millis, Respondent};
use crate::core::domain::invitation::Invitation;
use crate::core::domain::model::Model;
use crate::core::domain::plan::{ActionField, PlanAction, PlanField};
use crate::core::domain::scale::{Answer, HalfScore};
use crate::core::formats::invitation_link::InvitationDocument;
use crate::core::gathering::merge_all;
use crate::core::route::Route;
use crate::i18n::Lang;
use crate::state::{AppState, ImportReport, Notice, SaveStatus};
use crate::storage::StorageError;

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
    /// The consultant's round: who is invited, by when, by whom.
    SetInvitation {
        assessment: String,
        invitation: Invitation,
        now: Millis,
    },
    /// A leader opens an invitation as `respondent` (the page has checked
    /// that this device has its model).
    AcceptInvitation {
        document: Box<InvitationDocument>,
        respondent: Respondent,
        now: Millis,
    },
    SetAnswer {
        assessment: String,
        respondent: String,
        statement: String,
        answer: Option<Answer>,
        now: Millis,
    },
    /// A keystroke in a comment: saved within 300 ms, not at once.
    SetComment {
        assessment: String,
        respondent: String,
        statement: String,
        comment: String,
        now: Millis,
    },
    /// The team's agreed score for a theme (or none yet).
    SetAgreed {
        assessment: String,
        theme: String,
        score: Option<HalfScore>,
        now: Millis,
    },
    /// A keystroke in an agreed score's rationale: saved within 300 ms.
    SetRationale {
        assessment: String,
        theme: String,
        rationale: String,
        now: Millis,
    },
    /// Where the team wants to be on a theme (or no target).
    SetTarget {
        assessment: String,
        theme: String,
        target: Option<HalfScore>,
        now: Millis,
    },
    /// Adds an action to the plan (`id` from the browser's random ids).
    AddPlanAction {
        assessment: String,
        id: String,
        action: PlanAction,
        now: Millis,
    },
    /// Changes one field of an action; typing is saved within 300 ms.
    EditPlanAction {
        assessment: String,
        id: String,
        field: ActionField,
        now: Millis,
    },
    RemovePlanAction {
        assessment: String,
        id: String,
        now: Millis,
    },
    /// The anchoring plan or the follow-up date.
    EditPlan {
        assessment: String,
        field: PlanField,
        now: Millis,
    },
    /// Shows the picture with or without names and small groups.
    SetAnonymous(bool),
    /// The presenter view in high contrast, for a washed-out projector.
    SetHighContrast(bool),
    /// Picks or unpicks a theme as one of the team's focus areas.
    ToggleFocus {
        assessment: String,
        theme: String,
        now: Millis,
    },
    /// Merges gathered respondents into an assessment (newest copy of each
    /// wins), creating it first when `create` holds it, and keeps what
    /// happened to each as `last_import`.
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
        copy: Rc<Assessment>,
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
    /// A consultant's own model, stored on the device, joins the catalog
    /// (replacing one of the same id and version).
    AddModel(Model),
    RemoveModel {
        id: String,
        version: u32,
    },
    /// A backup's assessments, merged in one by one (see
    /// `core::gathering::restore`); its models come in through `AddModel`.
    RestoreBackup {
        assessments: Vec<Assessment>,
        now: Millis,
    },
    /// A backup file of everything was saved.
    RecordBackup {
        at: Millis,
    },
    /// "Not now" on the backup reminder.
    DismissBackupNudge {
        at: Millis,
    },
    /// Everything on the device was deleted (here or in another tab): the
    /// app starts over, holding nothing.
    ForgetEverything,
    /// A new version of the app is downloaded and waits for a reload.
    OfferUpdate,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        // Compared once: assessments are `Rc`s, so unchanged ones compare
        // by pointer. An unchanged state is handed back as it was, and
        // nothing re-renders.
        if next == *self { self } else { Rc::new(next) }
    }
}

impl AppState {
    fn apply(&mut self, action: Action) {
        match action {
            Action::SetLanguage(lang) => self.lang = lang,
            Action::Navigate(route) => {
                if route != Route::Import {
                    self.last_import = None;
                }
                self.route = route;
            }
            Action::CreateAssessment { assessment } => {
                let id = assessment.id.clone();
                self.assessments.insert(id.clone(), Rc::new(assessment));
                self.request_save(&id, false);
                self.route = Route::Respondents { assessment: id };
            }
            Action::AddRespondent {
                assessment,
                respondent,
            } => {
                let route = Route::Question {
                    assessment: assessment.clone(),
                    respondent: respondent.id.clone(),
                    theme: 0,
                };
                let now = respondent.updated_at;
                let exists = self.assessments.contains_key(&assessment);
                self.edit_assessment(&assessment, now, false, |a| {
                    a.merge_respondent(respondent);
                    true
                });
                if exists {
                    self.route = route;
                }
            }
            Action::SetInvitation {
                assessment,
                invitation,
                now,
            } => self.set_invitation(&assessment, invitation, now),
            Action::AcceptInvitation {
                document,
                respondent,
                now,
            } => self.accept_invitation(*document, respondent, now),
            Action::SetAnswer {
                assessment,
                respondent,
                statement,
                answer,
                now,
            } => self.edit_respondent(&assessment, &respondent, now, false, |r| {
                r.set_answer(&statement, answer, now)
            }),
            Action::SetComment {
                assessment,
                respondent,
                statement,
                comment,
                now,
            } => self.edit_respondent(&assessment, &respondent, now, true, |r| {
                r.set_comment(&statement, &comment, now)
            }),
            Action::SetAgreed {
                assessment,
                theme,
                score,
                now,
            } => self.edit_assessment(&assessment, now, false, |a| a.set_agreed(&theme, score)),
            Action::SetRationale {
                assessment,
                theme,
                rationale,
                now,
            } => self.edit_assessment(&assessment, now, true, |a| {
                a.set_rationale(&theme, &rationale)
            }),
            Action::SetTarget {
                assessment,
                theme,
                target,
                now,
            } => self.edit_assessment(&assessment, now, false, |a| a.set_target(&theme, target)),
            Action::AddPlanAction {
                assessment,
                id,
                action,
                now,
            } => self.edit_assessment(&assessment, now, false, |a| {
                a.plan.actions.insert(id, action).is_none()
            }),
            Action::EditPlanAction {
                assessment,
                id,
                field,
                now,
            } => {
                let typing = field.is_typing();
                self.edit_assessment(&assessment, now, typing, |a| {
                    let Some(action) = a.plan.actions.get_mut(&id) else {
                        return false;
                    };
                    let before = action.clone();
                    field.apply(action);
                    *action != before
                })
            }
            Action::RemovePlanAction {
                assessment,
                id,
                now,
            } => self.edit_assessment(&assessment, now, false, |a| {
                a.plan.actions.remove(&id).is_some()
            }),
            Action::EditPlan {
                assessment,
                field,
                now,
            } => {
                let typing = field.is_typing();
                self.edit_assessment(&assessment, now, typing, |a| {
                    let before = a.plan.clone();
                    field.apply(&mut a.plan);
                    a.plan != before
                })
            }
            Action::SetAnonymous(anonymous) => self.anonymous = anonymous,
            Action::SetHighContrast(on) => self.high_contrast = on,
            Action::ToggleFocus {
                assessment,
                theme,
                now,
            } => self.edit_assessment(&assessment, now, false, |a| {
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
            } => self.import(target, create, respondents, now),
            Action::RemoveRespondent {
                assessment,
                respondent,
                now,
            } => self.edit_assessment(&assessment, now, false, |a| {
                a.remove_respondent(&respondent).is_some()
            }),
            Action::MarkSaved { copy, at } => {
                let id = copy.id.clone();
                // Only what was written is done; edits made meanwhile stay
                // queued (their request bumped `save_requests` already).
                if self.assessments.get(&id) == Some(&copy) {
                    self.unsaved.remove(&id);
                }
                self.stored.insert(id, copy);
                self.save = SaveStatus::Saved { at };
                self.backup.note_change(at);
                self.changed_this_session = true;
            }
            Action::MarkSaveFailed { error } => self.save = SaveStatus::Failed { error },
            Action::MergeExternal { id, theirs } => self.merge_external(id, theirs),
            Action::AddModel(model) => self.catalog.add(model),
            Action::RemoveModel { id, version } => self.catalog.remove(&id, version),
            Action::RestoreBackup { assessments, now } => self.restore(assessments, now),
            Action::RecordBackup { at } => self.backup.note_backup(at),
            Action::DismissBackupNudge { at } => self.backup.dismiss(at),
            Action::ForgetEverything => self.forget_everything(),
            Action::OfferUpdate => self.update_ready = true,
            Action::DismissNotice(index) => {
                if index < self.notices.len()
                    && let Notice::UpdatedElsewhere { assessment } = self.notices.remove(index)
                    && !self.quiet.contains(&assessment)
                {
                    self.quiet.push(assessment);
                }
            }
        }
    }

    fn import(
        &mut self,
        target: String,
        create: Option<Assessment>,
        respondents: Vec<Respondent>,
        now: Millis,
    ) {
        if let Some(new) = create
            && !self.assessments.contains_key(&target)
        {
            self.assessments.insert(target.clone(), Rc::new(new));
        }
        let mut outcomes = Vec::new();
        self.edit_assessment(&target, now, false, |a| {
            outcomes = merge_all(a, respondents, now);
            true
        });
        if let Some(a) = self.assessments.get(&target) {
            self.last_import = Some(ImportReport {
                assessment: target,
                title: a.title(),
                outcomes,
            });
        }
    }
}
