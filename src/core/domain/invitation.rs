//! The consultant's round: who is invited, by when, and who has answered.
//! Kept on the assessment, so a backup and another tab carry it too.

use serde::{Deserialize, Serialize};

use crate::core::domain::assessment::{Assessment, Millis, Respondent, Role};

/// How many statements a respondent has answered (a score, "don't know"
/// or "doesn't apply").
fn answered_count(r: &Respondent) -> usize {
    r.answers.values().filter(|a| a.answer.is_some()).count()
}

/// One invited respondent. A leader who picks their name from the
/// invitation answers under this id, so their answers land on them exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitee {
    pub id: String,
    pub name: String,
    pub role: Role,
}

/// Who invites, whom, and by when; empty until the consultant invites.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    /// Who sends it, as the invited will read it ("Jens, læringskonsulent").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub inviter: String,
    /// Answer by this date (`YYYY-MM-DD`); empty for no date.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub answer_by: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invited: Vec<Invitee>,
}

impl Invitation {
    pub fn is_empty(&self) -> bool {
        *self == Invitation::default()
    }
}

/// Where an invited (or uninvited) respondent stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    NotHeardFrom,
    Received { at: Millis, answered: usize },
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoundStatus {
    /// Each invitee, in the order invited, and where they stand.
    pub invited: Vec<(Invitee, Status)>,
    /// Respondents whose answers came in without an invitation to match:
    /// (name, role, when, answered).
    pub uninvited: Vec<(String, Role, Millis, usize)>,
}

impl RoundStatus {
    pub fn missing(&self) -> Vec<&Invitee> {
        self.invited
            .iter()
            .filter(|(_, s)| *s == Status::NotHeardFrom)
            .map(|(i, _)| i)
            .collect()
    }

    pub fn received(&self) -> usize {
        self.invited.len() - self.missing().len()
    }
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Who of the invited has answered in `assessment`: matched by id (a name
/// picked from the invitation), else by name (typed, or answered before the
/// invitation existed). A respondent with no answer yet counts as not
/// heard from.
pub fn round_status(assessment: &Assessment) -> RoundStatus {
    let invited = &assessment.invitation.invited;
    let matched = |invitee: &Invitee| {
        assessment
            .respondents
            .iter()
            .find(|r| r.id == invitee.id)
            .or_else(|| {
                assessment
                    .respondents
                    .iter()
                    .find(|r| same_name(&r.name, &invitee.name))
            })
    };
    let statuses = invited
        .iter()
        .map(|invitee| {
            let status = match matched(invitee) {
                Some(r) if answered_count(r) > 0 => Status::Received {
                    at: r.updated_at,
                    answered: answered_count(r),
                },
                _ => Status::NotHeardFrom,
            };
            (invitee.clone(), status)
        })
        .collect();
    let uninvited = assessment
        .respondents
        .iter()
        .filter(|r| {
            answered_count(r) > 0
                && !invited
                    .iter()
                    .any(|i| i.id == r.id || same_name(&i.name, &r.name))
        })
        .map(|r| (r.name.clone(), r.role, r.updated_at, answered_count(r)))
        .collect();
    RoundStatus {
        invited: statuses,
        uninvited,
    }
}
