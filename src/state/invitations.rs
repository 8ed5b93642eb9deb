//! Actions of a consultant's round: setting who is invited, and a leader
//! accepting an invitation.

use std::rc::Rc;

use crate::core::domain::assessment::{Millis, Respondent};
use crate::core::domain::invitation::Invitation;
use crate::core::formats::invitation_link::InvitationDocument;
use crate::core::route::Route;
use crate::state::AppState;

impl AppState {
    pub(super) fn set_invitation(&mut self, assessment: &str, invitation: Invitation, now: Millis) {
        self.edit_assessment(assessment, now, false, |a| {
            let changed = a.invitation != invitation;
            a.invitation = invitation;
            changed
        });
    }

    /// Opens the invited assessment for `respondent`: the one already on
    /// this device (no copy is added), else a new one from the invitation;
    /// the respondent is added unless they are there already, with what
    /// they have answered. Then straight to the first statement.
    pub(super) fn accept_invitation(
        &mut self,
        document: InvitationDocument,
        respondent: Respondent,
        now: Millis,
    ) {
        let id = document.assessment.id.clone();
        if !self.assessments.contains_key(&id) {
            self.assessments
                .insert(id.clone(), Rc::new(document.new_assessment(now)));
            self.request_save(&id, false);
        }
        let existing = self.assessments.get(&id).and_then(|a| {
            a.respondents
                .iter()
                .find(|r| r.id == respondent.id)
                .map(|r| r.id.clone())
        });
        let respondent_id = match existing {
            Some(known) => known,
            None => {
                let new_id = respondent.id.clone();
                self.edit_assessment(&id, now, false, |a| {
                    a.merge_respondent(respondent);
                    true
                });
                new_id
            }
        };
        self.route = Route::Question {
            assessment: id,
            respondent: respondent_id,
            theme: 0,
        };
    }
}
