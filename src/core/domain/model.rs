//! The capacity model: themes, statements a leadership team (and, in its
//! own words, the staff) can score, focus actions, a workshop guide per
//! theme and a glossary, each traceable to a line range in a seed document.
//!
//! A model has an id and a version (`model_version`): assessments record
//! which they were answered with, and the app keeps every built-in version,
//! so nothing answered earlier becomes unreadable. A consultant's own model
//! goes through the same validator (`model_check`).

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::core::domain::assessment::Role;
use crate::core::error::ImportError;
use crate::core::formats::read::{check_size, envelope, from_json};
use crate::core::lang::Lang;

pub const MODEL_FORMAT: &str = "kapacitetsradar.model";
/// The model file's format (version 2 adds the workshop guide, the staff
/// set, the glossary and `model_version`; version 1 files still read).
pub const MODEL_VERSION: u32 = 2;
/// A model file larger than this is refused before it is parsed.
pub const MAX_MODEL_BYTES: usize = 1_000_000;
/// Where a statement names the assessment's focal initiative.
pub const INITIATIVE: &str = "{initiative}";

/// A text in each of the product's languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub da: String,
    pub nb: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::Nb => &self.nb,
            Lang::En => &self.en,
        }
    }
}

/// A document the model is built from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    pub id: String,
    pub file: String,
    pub title: String,
    /// The document's length in lines, so references can be checked.
    pub lines: u32,
}

/// Lines `from`–`to` (inclusive, 1-based) of a seed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub seed: String,
    pub from: u32,
    pub to: u32,
    /// Evidence from the evaluation's chapter on vocational education
    /// (EUD), which a school reader should weigh as such.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vocational: bool,
}

impl SourceRef {
    /// As written in the research notes: `S001 L649–651`.
    pub fn citation(&self) -> String {
        if self.from == self.to {
            format!("{} L{}", self.seed, self.from)
        } else {
            format!("{} L{}–{}", self.seed, self.from, self.to)
        }
    }
}

/// Who a statement is put to: the leadership team about itself, or a staff
/// member about their own experience of the school and its leadership.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    #[default]
    Leaders,
    Staff,
}

impl Audience {
    /// Staff answer the staff set where the model has one; everyone else
    /// (leaders, the consultant, the municipality) the leaders' set.
    pub fn of(role: Role) -> Audience {
        match role {
            Role::StaffRepresentative => Audience::Staff,
            _ => Audience::Leaders,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    #[serde(default)]
    pub audience: Audience,
    pub text: Localized,
    /// What a high score looks like in practice.
    pub high: Localized,
    pub sources: Vec<SourceRef>,
    /// Glossary ids of the terms the statement uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
    /// The statements of the previous model version this one continues;
    /// empty for a statement that is new.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FocusAction {
    pub id: String,
    pub text: Localized,
    /// A first step for the next four weeks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_step: Option<Localized>,
    /// Who would usually own it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Localized>,
    /// How the team will see that it worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<Localized>,
    pub sources: Vec<SourceRef>,
}

/// What a low, a middle and a high level of a theme look like.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Levels {
    pub low: Localized,
    pub middle: Localized,
    pub high: Localized,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub title: Localized,
    /// A label short enough for a radar axis.
    pub short: Localized,
    pub high: Localized,
    pub sources: Vec<SourceRef>,
    /// The themes of the previous model version this one continues, so a
    /// follow-up compares with a baseline answered on that version.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from_v1: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels: Option<Levels>,
    /// Questions for the team's conversation about the theme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reflection: Vec<Localized>,
    /// For when the answers spread widely.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dialogue: Option<Localized>,
    pub statements: Vec<Statement>,
    pub actions: Vec<FocusAction>,
}

impl Theme {
    /// The statements put to `audience`. A model without a staff set puts
    /// every statement to everyone.
    pub fn statements_for(&self, audience: Audience) -> impl Iterator<Item = &Statement> {
        let has_staff_set = self
            .statements
            .iter()
            .any(|s| s.audience == Audience::Staff);
        let wanted = if has_staff_set {
            audience
        } else {
            Audience::Leaders
        };
        self.statements.iter().filter(move |s| s.audience == wanted)
    }
}

/// A word the statements use, explained.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    pub id: String,
    pub term: Localized,
    pub definition: Localized,
    pub sources: Vec<SourceRef>,
}

fn first_version() -> u32 {
    1
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub format: String,
    /// The file format's version.
    pub version: u32,
    pub id: String,
    /// The content's version: answers are kept with the version they were
    /// given to.
    #[serde(default = "first_version")]
    pub model_version: u32,
    pub title: Localized,
    /// What `{initiative}` reads as when an assessment names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiative_default: Option<Localized>,
    pub seeds: Vec<Seed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryTerm>,
    pub themes: Vec<Theme>,
}

/// The built-in models, read from the JSON files embedded at build time
/// the first time each is asked for (the tests check that they read and
/// validate). Each on its own, so starting the app reads only the current
/// one, and version 1 only when an assessment needs it.
fn read_builtin(text: &str) -> Model {
    Model::from_json(text).unwrap_or_else(|error| panic!("a built-in model is invalid: {error}"))
}

static VERSION_1: LazyLock<Model> =
    LazyLock::new(|| read_builtin(include_str!("../../../model/kapacitetsmodel.v1.json")));
static VERSION_2: LazyLock<Model> =
    LazyLock::new(|| read_builtin(include_str!("../../../model/kapacitetsmodel.v2.json")));

impl Model {
    /// The current built-in model, for new assessments.
    pub fn builtin() -> &'static Model {
        &VERSION_2
    }

    /// Every built-in model version, oldest first.
    pub fn builtins() -> [&'static Model; 2] {
        [&VERSION_1, &VERSION_2]
    }

    /// A built-in model by id and version. Only that version is read.
    pub fn builtin_version(id: &str, version: u32) -> Option<&'static Model> {
        const ID: &str = "kapacitet-2026";
        match (id, version) {
            (ID, 1) => Some(&VERSION_1),
            (ID, 2) => Some(&VERSION_2),
            _ => None,
        }
    }

    /// Reads and validates a model file, such as a consultant's own.
    pub fn from_json(text: &str) -> Result<Model, ImportError> {
        check_size(text, MAX_MODEL_BYTES)?;
        envelope(text, MODEL_FORMAT, MODEL_VERSION)?;
        let model: Model = from_json(text, MAX_MODEL_BYTES)?;
        model.validate()?;
        Ok(model)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn statement(&self, id: &str) -> Option<(&Theme, &Statement)> {
        self.themes
            .iter()
            .find_map(|t| t.statements.iter().find(|s| s.id == id).map(|s| (t, s)))
    }

    /// Every statement, both sets.
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.themes.iter().flat_map(|t| t.statements.iter())
    }

    /// The statements one role answers.
    pub fn statements_for(&self, role: Role) -> impl Iterator<Item = &Statement> {
        let audience = Audience::of(role);
        self.themes
            .iter()
            .flat_map(move |t| t.statements_for(audience))
    }

    pub fn statement_count(&self) -> usize {
        self.themes.iter().map(|t| t.statements.len()).sum()
    }

    pub fn term(&self, id: &str) -> Option<&GlossaryTerm> {
        self.glossary.iter().find(|t| t.id == id)
    }

    /// `text` with `{initiative}` replaced by the assessment's focal
    /// initiative, or the model's general word for it.
    pub fn with_initiative(&self, text: &str, initiative: &str, lang: Lang) -> String {
        if !text.contains(INITIATIVE) {
            return text.to_owned();
        }
        let name = match initiative.trim() {
            "" => self.initiative_default.as_ref().map_or("", |d| d.get(lang)),
            named => named,
        };
        text.replace(INITIATIVE, name)
    }
}
