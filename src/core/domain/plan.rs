//! What the workshop leaves with: an action plan for the chosen focus areas
//! (the seeds' milestone plan: who does what, when, and how success will be
//! seen), an anchoring plan (how the practice goes on when the
//! consultant's support ends) and the date of the follow-up assessment.

use serde::{Deserialize, Serialize};

use crate::core::domain::assessment::Millis;
use crate::core::formats::read::unique_keys;

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    NotStarted,
    UnderWay,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::NotStarted, Status::UnderWay, Status::Done];
}

/// One step of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanAction {
    /// The focus theme it serves.
    pub theme: String,
    /// What is done.
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub owner: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub start: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deadline: String,
    /// How success will be seen.
    #[serde(default)]
    pub success: String,
    #[serde(default)]
    pub status: Status,
    /// The model's suggested action it was copied from, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suggested: String,
    /// Its order in the plan, by when it was added.
    pub added_at: Millis,
}

/// How the new practice goes on after the support ends.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anchoring {
    /// Who follows up.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// How the practice continues.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub how: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Keyed by a random id, so two tabs adding actions never collide.
    #[serde(
        default,
        skip_serializing_if = "std::collections::BTreeMap::is_empty",
        deserialize_with = "unique_keys"
    )]
    pub actions: std::collections::BTreeMap<String, PlanAction>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub anchoring: Anchoring,
    /// When the team assesses itself again, `YYYY-MM-DD`, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub follow_up: String,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }

    /// The actions for a theme, in the order they were added.
    pub fn for_theme<'a>(&'a self, theme: &str) -> Vec<(&'a str, &'a PlanAction)> {
        let mut list: Vec<(&str, &PlanAction)> = self
            .actions
            .iter()
            .filter(|(_, a)| a.theme == theme)
            .map(|(id, a)| (id.as_str(), a))
            .collect();
        list.sort_by(|a, b| a.1.added_at.cmp(&b.1.added_at).then(a.0.cmp(b.0)));
        list
    }

    /// Every action, theme by theme in `themes`' order, each in the order
    /// added.
    pub fn ordered<'a>(&'a self, themes: &[String]) -> Vec<(&'a str, &'a PlanAction)> {
        themes
            .iter()
            .flat_map(|theme| self.for_theme(theme))
            .collect()
    }
}

/// One change to one field of an action, as the plan's form makes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionField {
    What(String),
    Owner(String),
    Start(String),
    Deadline(String),
    Success(String),
    Status(Status),
}

impl ActionField {
    /// A keystroke in a text, which may be saved a moment later.
    pub fn is_typing(&self) -> bool {
        matches!(
            self,
            ActionField::What(_) | ActionField::Owner(_) | ActionField::Success(_)
        )
    }

    pub fn apply(self, action: &mut PlanAction) {
        match self {
            ActionField::What(text) => action.what = text,
            ActionField::Owner(text) => action.owner = text,
            ActionField::Start(date) => action.start = date,
            ActionField::Deadline(date) => action.deadline = date,
            ActionField::Success(text) => action.success = text,
            ActionField::Status(status) => action.status = status,
        }
    }
}

/// One change to the plan as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanField {
    Who(String),
    How(String),
    FollowUp(String),
}

impl PlanField {
    pub fn is_typing(&self) -> bool {
        !matches!(self, PlanField::FollowUp(_))
    }

    pub fn apply(self, plan: &mut Plan) {
        match self {
            PlanField::Who(text) => plan.anchoring.who = text,
            PlanField::How(text) => plan.anchoring.how = text,
            PlanField::FollowUp(date) => plan.follow_up = date,
        }
    }
}
