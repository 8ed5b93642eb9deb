//! Invitation links: the consultant's round, carried in the address's
//! fragment (`…/#/inv/1.<data>`) to each leader, who answers under it. They
//! hold the assessment's heading, its model and version, who invites, the
//! answer-by date and the invited names, and never any answers.
//!
//! `<data>` is the invitation document (its own format name and version),
//! deflated and base64url-encoded like a share link, with the same bounds.

use serde::{Deserialize, Serialize};

use crate::core::domain::assessment::{Assessment, Millis};
use crate::core::domain::invitation::Invitation;
use crate::core::error::ImportError;
use crate::core::formats::files::{AssessmentRef, validate_invitation, validate_reference};
use crate::core::formats::link::{pack, unpack};
use crate::core::formats::read::{envelope, from_json};

pub const INVITATION_FORMAT: &str = "kapacitetsradar.invitation";
pub const INVITATION_VERSION: u32 = 1;
/// The route that opens an invitation in the app.
pub const INVITATION_ROUTE: &str = "#/inv/";
/// An invitation of 300 names is far below this.
pub const MAX_INVITATION_BYTES: usize = 200_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvitationDocument {
    pub format: String,
    pub version: u32,
    pub model_id: String,
    pub model_version: u32,
    pub assessment: AssessmentRef,
    pub invitation: Invitation,
}

impl InvitationDocument {
    pub fn of(assessment: &Assessment) -> Self {
        InvitationDocument {
            format: INVITATION_FORMAT.into(),
            version: INVITATION_VERSION,
            model_id: assessment.model_id.clone(),
            model_version: assessment.model_version,
            assessment: AssessmentRef::of(assessment),
            invitation: assessment.invitation.clone(),
        }
    }
}

impl InvitationDocument {
    /// The invited assessment as a leader's device starts it: the
    /// consultant's id and heading, so the answers travel back to it, and
    /// no respondents yet.
    pub fn new_assessment(&self, now: Millis) -> Assessment {
        Assessment {
            invitation: self.invitation.clone(),
            ..self
                .assessment
                .new_assessment(&self.model_id, self.model_version, now)
        }
    }
}

/// The part after `#/inv/`.
pub fn encode_invitation(document: &InvitationDocument) -> String {
    pack(&serde_json::to_string(document).unwrap_or_default())
}

/// A full link for `base` (the app's address without its fragment).
pub fn invitation_link(base: &str, document: &InvitationDocument) -> String {
    format!("{base}{INVITATION_ROUTE}{}", encode_invitation(document))
}

/// Reads what follows `#/inv/` (or a whole pasted link).
pub fn decode_invitation(text: &str) -> Result<InvitationDocument, ImportError> {
    let text = text.trim();
    let payload = text
        .find(INVITATION_ROUTE)
        .map_or(text, |i| &text[i + INVITATION_ROUTE.len()..]);
    let json = unpack(payload, MAX_INVITATION_BYTES)?;
    parse_invitation(&json).map_err(|error| match error {
        // Inflated but not JSON: damaged in a way deflate didn't notice.
        ImportError::NotJson { .. } => ImportError::BrokenLink,
        other => other,
    })
}

pub fn parse_invitation(text: &str) -> Result<InvitationDocument, ImportError> {
    envelope(text, INVITATION_FORMAT, INVITATION_VERSION)?;
    let document: InvitationDocument = from_json(text, MAX_INVITATION_BYTES)?;
    validate_reference(
        &document.model_id,
        document.model_version,
        &document.assessment,
    )?;
    validate_invitation("invitation", &document.invitation)?;
    Ok(document)
}
