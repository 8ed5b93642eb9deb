//! A team assessment: who answered, what they answered, and what the team
//! agreed on.

use std::cmp::Ordering;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::domain::invitation::Invitation;
use crate::core::domain::model::Model;
use crate::core::domain::plan::Plan;
use crate::core::domain::scale::{Answer, HalfScore};
use crate::core::formats::read::unique_keys;

fn first_version() -> u32 {
    1
}

/// Milliseconds since the Unix epoch, as the browser's `Date.now()` gives.
pub type Millis = i64;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Round {
    #[default]
    Baseline,
    FollowUp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Leader,
    StaffRepresentative,
    Consultant,
    Municipality,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Leader,
        Role::StaffRepresentative,
        Role::Consultant,
        Role::Municipality,
    ];

    /// The name files use (as serde writes it).
    pub fn json_name(self) -> &'static str {
        match self {
            Role::Leader => "leader",
            Role::StaffRepresentative => "staff_representative",
            Role::Consultant => "consultant",
            Role::Municipality => "municipality",
        }
    }

    /// "Self" in a self-other comparison: the leadership team scoring itself.
    pub fn is_self(self) -> bool {
        self == Role::Leader
    }
}

/// One respondent's reply to one statement. Either part may be missing: a
/// comment can come before a score.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

impl Response {
    pub fn is_empty(&self) -> bool {
        self.answer.is_none() && self.comment.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Respondent {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// Keyed by statement id.
    #[serde(default, deserialize_with = "unique_keys")]
    pub answers: BTreeMap<String, Response>,
    pub updated_at: Millis,
}

impl Respondent {
    pub fn new(id: impl Into<String>, name: impl Into<String>, role: Role, now: Millis) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            role,
            answers: BTreeMap::new(),
            updated_at: now,
        }
    }

    pub fn answer(&self, statement_id: &str) -> Option<Answer> {
        self.answers.get(statement_id).and_then(|r| r.answer)
    }

    /// Sets or clears an answer, keeping any comment.
    pub fn set_answer(&mut self, statement_id: &str, answer: Option<Answer>, now: Millis) {
        self.edit(statement_id, now, |r| r.answer = answer);
    }

    pub fn set_comment(&mut self, statement_id: &str, comment: &str, now: Millis) {
        self.edit(statement_id, now, |r| r.comment = comment.to_owned());
    }

    /// Changes one response; the respondent counts as changed (newer, for
    /// merging) only if the response really did.
    fn edit(&mut self, statement_id: &str, now: Millis, change: impl FnOnce(&mut Response)) {
        let before = self.answers.get(statement_id).cloned().unwrap_or_default();
        let mut response = before.clone();
        change(&mut response);
        if response == before {
            return;
        }
        if response.is_empty() {
            self.answers.remove(statement_id);
        } else {
            self.answers.insert(statement_id.to_owned(), response);
        }
        self.updated_at = self.updated_at.max(now);
    }

    /// Which of two copies of the same respondent is newer. Equal times fall
    /// back to comparing content, so merging is the same whatever the order.
    pub(crate) fn newer_than(&self, other: &Respondent) -> Ordering {
        self.updated_at.cmp(&other.updated_at).then_with(|| {
            let mine = serde_json::to_string(self).unwrap_or_default();
            let theirs = serde_json::to_string(other).unwrap_or_default();
            mine.cmp(&theirs)
        })
    }
}

/// A score the team agreed on for a theme, with why. The rationale may be
/// written before the score is settled.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreedScore {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<HalfScore>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rationale: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: String,
    pub model_id: String,
    /// The version of the model the answers were given to. Files from
    /// before models had versions were answered with version 1.
    #[serde(default = "first_version")]
    pub model_version: u32,
    pub school: String,
    pub team: String,
    /// The assessment's date, `YYYY-MM-DD`.
    pub date: String,
    #[serde(default)]
    pub round: Round,
    /// The initiative the assessment is about ("Læseløft 2027"); the
    /// statements name it where they say "{initiative}".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub initiative: String,
    #[serde(default)]
    pub respondents: Vec<Respondent>,
    /// Keyed by theme id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "unique_keys"
    )]
    pub agreed: BTreeMap<String, AgreedScore>,
    /// Where the team wants to be, keyed by theme id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "unique_keys"
    )]
    pub targets: BTreeMap<String, HalfScore>,
    /// Theme ids the team chose to work on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub focus: Vec<String>,
    /// The action plan for the focus areas, the anchoring plan and the
    /// follow-up date.
    #[serde(default, skip_serializing_if = "Plan::is_empty")]
    pub plan: Plan,
    /// A follow-up's baseline: the assessment it is compared with.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub baseline: String,
    /// The themes this round asks (a follow-up of the focus themes only);
    /// empty for every theme of the model.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    /// Who the consultant invited, and by when (assessment format 4).
    #[serde(default, skip_serializing_if = "Invitation::is_empty")]
    pub invitation: Invitation,
    pub updated_at: Millis,
}

/// What happened when a respondent was merged in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeOutcome {
    Added,
    /// A copy was there; the incoming one was newer and replaced it.
    Replaced,
    /// A copy was there and was as new or newer; nothing changed.
    KeptExisting,
}

impl Assessment {
    /// A new assessment of `model` (its id and version) with no
    /// respondents yet.
    pub fn new(
        id: impl Into<String>,
        model: &Model,
        school: &str,
        team: &str,
        date: &str,
        round: Round,
        now: Millis,
    ) -> Self {
        Self {
            id: id.into(),
            model_id: model.id.clone(),
            model_version: model.model_version,
            initiative: String::new(),
            school: school.trim().to_owned(),
            team: team.trim().to_owned(),
            date: date.to_owned(),
            round,
            respondents: Vec::new(),
            agreed: BTreeMap::new(),
            targets: BTreeMap::new(),
            focus: Vec::new(),
            plan: Plan::default(),
            baseline: String::new(),
            themes: Vec::new(),
            invitation: Invitation::default(),
            updated_at: now,
        }
    }

    /// Whether this round asks `theme` (every theme, unless it is a
    /// follow-up of some themes only).
    pub fn asks(&self, theme: &str) -> bool {
        self.themes.is_empty() || self.themes.iter().any(|t| t == theme)
    }

    /// "School · Team", leaving out whichever is empty.
    pub fn title(&self) -> String {
        [self.school.as_str(), self.team.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    }

    pub fn respondent(&self, id: &str) -> Option<&Respondent> {
        self.respondents.iter().find(|r| r.id == id)
    }

    pub fn respondent_mut(&mut self, id: &str) -> Option<&mut Respondent> {
        self.respondents.iter_mut().find(|r| r.id == id)
    }

    /// Brings in a respondent's answers. The same respondent (by id) twice
    /// keeps only the newest copy.
    pub fn merge_respondent(&mut self, incoming: Respondent) -> MergeOutcome {
        match self.respondents.iter_mut().find(|r| r.id == incoming.id) {
            None => {
                self.respondents.push(incoming);
                MergeOutcome::Added
            }
            Some(existing) if incoming.newer_than(existing) == Ordering::Greater => {
                *existing = incoming;
                MergeOutcome::Replaced
            }
            Some(_) => MergeOutcome::KeptExisting,
        }
    }

    /// Sets or clears the team's agreed score for a theme, keeping any
    /// rationale. Returns whether anything changed.
    pub fn set_agreed(&mut self, theme: &str, score: Option<HalfScore>) -> bool {
        self.edit_agreed(theme, |a| a.score = score)
    }

    pub fn set_rationale(&mut self, theme: &str, rationale: &str) -> bool {
        self.edit_agreed(theme, |a| a.rationale = rationale.to_owned())
    }

    fn edit_agreed(&mut self, theme: &str, change: impl FnOnce(&mut AgreedScore)) -> bool {
        let before = self.agreed.get(theme).cloned().unwrap_or_default();
        let mut after = before.clone();
        change(&mut after);
        if after == before {
            return false;
        }
        if after == AgreedScore::default() {
            self.agreed.remove(theme);
        } else {
            self.agreed.insert(theme.to_owned(), after);
        }
        true
    }

    /// Sets or clears where the team wants to be on a theme.
    pub fn set_target(&mut self, theme: &str, target: Option<HalfScore>) -> bool {
        let before = self.targets.get(theme).copied();
        match target {
            Some(t) => self.targets.insert(theme.to_owned(), t),
            None => self.targets.remove(theme),
        };
        before != target
    }

    pub fn remove_respondent(&mut self, id: &str) -> Option<Respondent> {
        let index = self.respondents.iter().position(|r| r.id == id)?;
        Some(self.respondents.remove(index))
    }
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}
