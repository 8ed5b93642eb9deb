//! Everything about a model that its types can't say: ids, languages,
//! sizes, sources within their seeds, glossary references, placeholders.
//! The built-in models and a consultant's own go through the same checks.

use std::collections::HashSet;

use crate::core::domain::model::{
    Audience, INITIATIVE, Localized, MODEL_FORMAT, MODEL_VERSION, Model, SourceRef,
};
use crate::core::error::{ImportError, Problem, check_count, check_id, check_text, invalid};
use crate::core::lang::Lang;

const MAX_TEXT: usize = 600;
const MAX_SHORT: usize = 40;
/// Statements per theme and set: a theme page should fit a sitting.
const MAX_STATEMENTS: usize = 12;

impl Localized {
    /// Filled in every language, within `max` characters, and naming the
    /// focal initiative in all languages or none.
    fn check(&self, path: &str, max: usize) -> Result<(), ImportError> {
        for lang in Lang::ALL {
            check_text(
                &format!("{path}.{}", lang.code()),
                self.get(lang),
                max,
                true,
            )?;
        }
        let named = Lang::ALL.map(|lang| self.get(lang).contains(INITIATIVE));
        if named.contains(&true) && named.contains(&false) {
            return Err(invalid(path, Problem::Placeholder(INITIATIVE.into())));
        }
        Ok(())
    }
}

impl Model {
    /// Checks everything the types cannot.
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
        if self.model_version == 0 {
            return Err(invalid(
                "model_version",
                Problem::Expected(crate::core::error::Kind::Positive),
            ));
        }
        self.title.check("title", MAX_TEXT)?;
        if let Some(default) = &self.initiative_default {
            default.check("initiative_default", MAX_SHORT)?;
        }
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
        let mut ids = Unique::default();
        check_count("glossary", self.glossary.len(), 0, 100)?;
        for (g, term) in self.glossary.iter().enumerate() {
            let path = format!("glossary[{g}]");
            ids.add(format!("{path}.id"), &term.id)?;
            term.term.check(&format!("{path}.term"), MAX_TEXT)?;
            term.definition
                .check(&format!("{path}.definition"), MAX_TEXT)?;
            self.check_sources(&format!("{path}.sources"), &term.sources)?;
        }
        // A radar needs at least three axes to be a shape.
        check_count("themes", self.themes.len(), 3, 12)?;
        for (t, theme) in self.themes.iter().enumerate() {
            let path = format!("themes[{t}]");
            ids.add(format!("{path}.id"), &theme.id)?;
            theme.title.check(&format!("{path}.title"), MAX_TEXT)?;
            theme.short.check(&format!("{path}.short"), MAX_SHORT)?;
            theme.high.check(&format!("{path}.high"), MAX_TEXT)?;
            self.check_sources(&format!("{path}.sources"), &theme.sources)?;
            for (i, id) in theme.from_v1.iter().enumerate() {
                check_id(&format!("{path}.from_v1[{i}]"), id)?;
            }
            if let Some(levels) = &theme.levels {
                levels.low.check(&format!("{path}.levels.low"), MAX_TEXT)?;
                levels
                    .middle
                    .check(&format!("{path}.levels.middle"), MAX_TEXT)?;
                levels
                    .high
                    .check(&format!("{path}.levels.high"), MAX_TEXT)?;
            }
            check_count(&format!("{path}.reflection"), theme.reflection.len(), 0, 5)?;
            for (r, question) in theme.reflection.iter().enumerate() {
                question.check(&format!("{path}.reflection[{r}]"), MAX_TEXT)?;
            }
            if let Some(dialogue) = &theme.dialogue {
                dialogue.check(&format!("{path}.dialogue"), MAX_TEXT)?;
            }
            let leaders = theme.statements_for(Audience::Leaders).count();
            let staff = theme.statements.len() - leaders;
            check_count(&format!("{path}.statements"), leaders, 1, MAX_STATEMENTS)?;
            check_count(&format!("{path}.statements"), staff, 0, MAX_STATEMENTS)?;
            for (s, statement) in theme.statements.iter().enumerate() {
                let path = format!("{path}.statements[{s}]");
                ids.add(format!("{path}.id"), &statement.id)?;
                statement.text.check(&format!("{path}.text"), MAX_TEXT)?;
                statement.high.check(&format!("{path}.high"), MAX_TEXT)?;
                self.check_sources(&format!("{path}.sources"), &statement.sources)?;
                for (i, term) in statement.terms.iter().enumerate() {
                    if self.term(term).is_none() {
                        return Err(invalid(
                            format!("{path}.terms[{i}]"),
                            Problem::UnknownReference(term.chars().take(60).collect()),
                        ));
                    }
                }
                for (i, id) in statement.replaces.iter().enumerate() {
                    check_id(&format!("{path}.replaces[{i}]"), id)?;
                }
            }
            check_count(&format!("{path}.actions"), theme.actions.len(), 0, 10)?;
            for (a, action) in theme.actions.iter().enumerate() {
                let path = format!("{path}.actions[{a}]");
                ids.add(format!("{path}.id"), &action.id)?;
                action.text.check(&format!("{path}.text"), MAX_TEXT)?;
                for (field, text) in [
                    ("first_step", &action.first_step),
                    ("owner", &action.owner),
                    ("success", &action.success),
                ] {
                    if let Some(text) = text {
                        text.check(&format!("{path}.{field}"), MAX_TEXT)?;
                    }
                }
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
}

/// Ids of themes, statements, actions and terms share one namespace.
#[derive(Default)]
struct Unique(HashSet<String>);

impl Unique {
    fn add(&mut self, path: String, id: &str) -> Result<(), ImportError> {
        check_id(&path, id)?;
        if self.0.insert(id.to_owned()) {
            Ok(())
        } else {
            Err(invalid(path, Problem::DuplicateId(id.to_owned())))
        }
    }
}
