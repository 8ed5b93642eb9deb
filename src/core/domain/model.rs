//! The capacity model: themes, statements a leadership team can score, and
//! focus actions, each traceable to a line range in a seed document.
//!
//! The built-in model is `model/kapacitetsmodel.json`, embedded at build
//! time. A consultant's own model goes through the same validator.

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::core::error::{ImportError, Problem, check_count, check_id, check_text, invalid};
use crate::core::formats::read::from_json;
use crate::core::lang::Lang;

pub const MODEL_FORMAT: &str = "kapacitetsradar.model";
pub const MODEL_VERSION: u32 = 1;
/// A model file larger than this is refused before it is parsed.
pub const MAX_MODEL_BYTES: usize = 1_000_000;
const MAX_TEXT: usize = 600;
const MAX_SHORT: usize = 40;

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

    fn check(&self, path: &str, max: usize) -> Result<(), ImportError> {
        for lang in Lang::ALL {
            check_text(
                &format!("{path}.{}", lang.code()),
                self.get(lang),
                max,
                true,
            )?;
        }
        Ok(())
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub text: Localized,
    /// What a high score looks like in practice.
    pub high: Localized,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FocusAction {
    pub id: String,
    pub text: Localized,
    pub sources: Vec<SourceRef>,
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
    pub statements: Vec<Statement>,
    pub actions: Vec<FocusAction>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub format: String,
    pub version: u32,
    pub id: String,
    pub title: Localized,
    pub seeds: Vec<Seed>,
    pub themes: Vec<Theme>,
}

impl Model {
    /// The model that ships with the app, read from the JSON file embedded
    /// at build time the first time it is asked for. The tests check that
    /// it reads and validates.
    pub fn builtin() -> &'static Model {
        static MODEL: LazyLock<Model> = LazyLock::new(|| {
            Model::from_json(include_str!("../../../model/kapacitetsmodel.json"))
                .unwrap_or_else(|error| panic!("the built-in model is invalid: {error}"))
        });
        &MODEL
    }

    /// Reads and validates a model file, such as a consultant's own.
    pub fn from_json(text: &str) -> Result<Model, ImportError> {
        crate::core::formats::read::check_size(text, MAX_MODEL_BYTES)?;
        crate::core::formats::read::envelope(text, MODEL_FORMAT, MODEL_VERSION)?;
        let model: Model = from_json(text, MAX_MODEL_BYTES)?;
        model.validate()?;
        Ok(model)
    }

    /// Checks everything the types cannot: ids, languages, sources, counts.
    pub fn validate(&self) -> Result<(), ImportError> {
        if self.format != MODEL_FORMAT {
            return Err(ImportError::WrongFormat {
                found: self.format.chars().take(60).collect(),
                expected: MODEL_FORMAT,
            });
        }
        if self.version > MODEL_VERSION {
            return Err(ImportError::TooNew {
                found: self.version,
                supported: MODEL_VERSION,
            });
        }
        if self.version == 0 {
            return Err(ImportError::UnknownVersion { found: 0 });
        }
        check_id("id", &self.id)?;
        self.title.check("title", MAX_TEXT)?;
        check_count("seeds", self.seeds.len(), 1, 50)?;
        let mut seed_ids = HashSet::new();
        for (i, seed) in self.seeds.iter().enumerate() {
            let path = format!("seeds[{i}]");
            check_id(&format!("{path}.id"), &seed.id)?;
            check_text(&format!("{path}.title"), &seed.title, MAX_TEXT, true)?;
            check_text(&format!("{path}.file"), &seed.file, MAX_TEXT, true)?;
            if !seed_ids.insert(seed.id.as_str()) {
                return Err(invalid(
                    format!("{path}.id"),
                    Problem::DuplicateId(seed.id.to_string()),
                ));
            }
        }
        // A radar needs at least three axes to be a shape.
        check_count("themes", self.themes.len(), 3, 12)?;
        let mut ids = HashSet::new();
        let mut unique = |path: String, id: &str| -> Result<(), ImportError> {
            check_id(&path, id)?;
            if ids.insert(id.to_owned()) {
                Ok(())
            } else {
                Err(invalid(path, Problem::DuplicateId(id.to_owned())))
            }
        };
        for (t, theme) in self.themes.iter().enumerate() {
            let path = format!("themes[{t}]");
            unique(format!("{path}.id"), &theme.id)?;
            theme.title.check(&format!("{path}.title"), MAX_TEXT)?;
            theme.short.check(&format!("{path}.short"), MAX_SHORT)?;
            theme.high.check(&format!("{path}.high"), MAX_TEXT)?;
            self.check_sources(&format!("{path}.sources"), &theme.sources)?;
            check_count(&format!("{path}.statements"), theme.statements.len(), 1, 12)?;
            for (s, statement) in theme.statements.iter().enumerate() {
                let path = format!("{path}.statements[{s}]");
                unique(format!("{path}.id"), &statement.id)?;
                statement.text.check(&format!("{path}.text"), MAX_TEXT)?;
                statement.high.check(&format!("{path}.high"), MAX_TEXT)?;
                self.check_sources(&format!("{path}.sources"), &statement.sources)?;
            }
            check_count(&format!("{path}.actions"), theme.actions.len(), 0, 10)?;
            for (a, action) in theme.actions.iter().enumerate() {
                let path = format!("{path}.actions[{a}]");
                unique(format!("{path}.id"), &action.id)?;
                action.text.check(&format!("{path}.text"), MAX_TEXT)?;
                self.check_sources(&format!("{path}.sources"), &action.sources)?;
            }
        }
        Ok(())
    }

    fn check_sources(&self, path: &str, sources: &[SourceRef]) -> Result<(), ImportError> {
        check_count(path, sources.len(), 1, 20)?;
        for (i, source) in sources.iter().enumerate() {
            let path = format!("{path}[{i}]");
            let seed = self
                .seeds
                .iter()
                .find(|s| s.id == source.seed)
                .ok_or_else(|| {
                    invalid(
                        format!("{path}.seed"),
                        Problem::UnknownReference(source.seed.chars().take(60).collect()),
                    )
                })?;
            if source.from == 0 || source.from > source.to || source.to > seed.lines {
                return Err(invalid(
                    path,
                    Problem::BadLines {
                        from: source.from,
                        to: source.to,
                        max: seed.lines,
                    },
                ));
            }
        }
        Ok(())
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn statement(&self, id: &str) -> Option<(&Theme, &Statement)> {
        self.themes
            .iter()
            .find_map(|t| t.statements.iter().find(|s| s.id == id).map(|s| (t, s)))
    }

    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.themes.iter().flat_map(|t| t.statements.iter())
    }

    pub fn statement_count(&self) -> usize {
        self.themes.iter().map(|t| t.statements.len()).sum()
    }
}
