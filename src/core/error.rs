//! What can be wrong with a file a user brings in, in words a user reads.

use thiserror::Error;

use super::lang::Lang;

/// Why an import (a model, an assessment, a respondent's answers) was
/// refused. Nothing already stored is touched when this is returned.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ImportError {
    #[error("the file is {actual} bytes; the limit is {limit} bytes")]
    TooLarge { actual: usize, limit: usize },
    #[error("this is not valid JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("this is a \"{found}\" file, but a \"{expected}\" file was expected")]
    WrongFormat {
        found: String,
        expected: &'static str,
    },
    #[error(
        "version {found} is newer than this app understands (up to {supported}): update the app"
    )]
    TooNew { found: u32, supported: u32 },
    #[error("version {found} of this format does not exist")]
    UnknownVersion { found: u32 },
    #[error("{path}: {problem}")]
    Invalid { path: String, problem: Problem },
}

/// A field's problem, kept as data so it can be said in every language.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum Problem {
    #[error("is empty")]
    Empty,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error("has more than {max} entries")]
    TooMany { max: usize },
    #[error("has fewer than {min} entries")]
    TooFew { min: usize },
    #[error("\"{0}\" is used twice; ids must be unique")]
    DuplicateId(String),
    #[error("\"{0}\" may only use letters, digits, '.', '_' and '-' (at most 64)")]
    BadId(String),
    #[error("\"{0}\" is not a date of the form YYYY-MM-DD")]
    BadDate(String),
    #[error("refers to \"{0}\", which the model does not list")]
    UnknownReference(String),
    #[error("lines {from}–{to} are not within the source's {max} lines")]
    BadLines { from: u32, to: u32, max: u32 },
    /// The JSON reader's own description, which is in English.
    #[error("{0}")]
    Malformed(String),
}

impl ImportError {
    /// The error in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        use ImportError::*;
        match (self, lang) {
            (TooLarge { actual, limit }, Lang::Da) => {
                format!("Filen fylder {actual} byte; grænsen er {limit} byte.")
            }
            (TooLarge { actual, limit }, Lang::Nb) => {
                format!("Filen er på {actual} byte; grensen er {limit} byte.")
            }
            (NotJson { line, column }, Lang::Da) => {
                format!("Filen er ikke gyldig JSON (linje {line}, kolonne {column}).")
            }
            (NotJson { line, column }, Lang::Nb) => {
                format!("Filen er ikke gyldig JSON (linje {line}, kolonne {column}).")
            }
            (WrongFormat { found, expected }, Lang::Da) => {
                format!("Det er en «{found}»-fil, men der skulle være en «{expected}»-fil.")
            }
            (WrongFormat { found, expected }, Lang::Nb) => {
                format!("Dette er en «{found}»-fil, men det skulle vært en «{expected}»-fil.")
            }
            (TooNew { found, supported }, Lang::Da) => format!(
                "Filen er i version {found}, som er nyere end denne app kan læse (op til {supported}). Opdatér appen."
            ),
            (TooNew { found, supported }, Lang::Nb) => format!(
                "Filen er i versjon {found}, som er nyere enn denne appen kan lese (opp til {supported}). Oppdater appen."
            ),
            (UnknownVersion { found }, Lang::Da) => {
                format!("Version {found} af formatet findes ikke.")
            }
            (UnknownVersion { found }, Lang::Nb) => {
                format!("Versjon {found} av formatet finnes ikke.")
            }
            (Invalid { path, problem }, Lang::Da) => {
                format!("Feltet «{path}» {}.", problem.message(Lang::Da))
            }
            (Invalid { path, problem }, Lang::Nb) => {
                format!("Feltet «{path}» {}.", problem.message(Lang::Nb))
            }
            (error, Lang::En) => {
                let text = error.to_string();
                let mut chars = text.chars();
                match chars.next() {
                    Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
                    None => text,
                }
            }
        }
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        use Problem::*;
        match (self, lang) {
            (Empty, Lang::Da) => "er tomt".into(),
            (Empty, Lang::Nb) => "er tomt".into(),
            (TooLong { max }, Lang::Da) => format!("er længere end {max} tegn"),
            (TooLong { max }, Lang::Nb) => format!("er lengre enn {max} tegn"),
            (TooMany { max }, Lang::Da) => format!("har flere end {max} elementer"),
            (TooMany { max }, Lang::Nb) => format!("har flere enn {max} elementer"),
            (TooFew { min }, Lang::Da) => format!("har færre end {min} elementer"),
            (TooFew { min }, Lang::Nb) => format!("har færre enn {min} elementer"),
            (DuplicateId(id), Lang::Da) => {
                format!("bruger «{id}» to gange; id'er skal være unikke")
            }
            (DuplicateId(id), Lang::Nb) => format!("bruker «{id}» to ganger; id-er må være unike"),
            (BadId(id), Lang::Da) => {
                format!("«{id}» må kun bestå af bogstaver, tal, '.', '_' og '-' (højst 64 tegn)")
            }
            (BadId(id), Lang::Nb) => {
                format!("«{id}» kan bare bestå av bokstaver, tall, '.', '_' og '-' (høyst 64 tegn)")
            }
            (BadDate(d), Lang::Da) => format!("«{d}» er ikke en dato på formen ÅÅÅÅ-MM-DD"),
            (BadDate(d), Lang::Nb) => format!("«{d}» er ikke en dato på formen ÅÅÅÅ-MM-DD"),
            (UnknownReference(r), Lang::Da) => {
                format!("henviser til «{r}», som modellen ikke kender")
            }
            (UnknownReference(r), Lang::Nb) => {
                format!("viser til «{r}», som modellen ikke kjenner")
            }
            (BadLines { from, to, max }, Lang::Da) => {
                format!("linje {from}–{to} ligger ikke inden for kildens {max} linjer")
            }
            (BadLines { from, to, max }, Lang::Nb) => {
                format!("linje {from}–{to} ligger ikke innenfor kildens {max} linjer")
            }
            (Malformed(detail), Lang::Da) => format!("kan ikke læses: {detail}"),
            (Malformed(detail), Lang::Nb) => format!("kan ikke leses: {detail}"),
            (problem, Lang::En) => problem.to_string(),
        }
    }
}

/// Collects a path like `themes[2].statements[0].text.nb` while validating.
pub(crate) fn invalid(path: impl Into<String>, problem: Problem) -> ImportError {
    ImportError::Invalid {
        path: path.into(),
        problem,
    }
}

/// Ids appear in links and file names, so they stay short and plain.
pub(crate) fn check_id(path: &str, id: &str) -> Result<(), ImportError> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else if id.is_empty() {
        Err(invalid(path, Problem::Empty))
    } else {
        Err(invalid(path, Problem::BadId(id.chars().take(80).collect())))
    }
}

pub(crate) fn check_text(
    path: &str,
    text: &str,
    max: usize,
    required: bool,
) -> Result<(), ImportError> {
    if required && text.trim().is_empty() {
        return Err(invalid(path, Problem::Empty));
    }
    if text.chars().count() > max {
        return Err(invalid(path, Problem::TooLong { max }));
    }
    Ok(())
}

pub(crate) fn check_count(
    path: &str,
    count: usize,
    min: usize,
    max: usize,
) -> Result<(), ImportError> {
    if count < min {
        Err(invalid(path, Problem::TooFew { min }))
    } else if count > max {
        Err(invalid(path, Problem::TooMany { max }))
    } else {
        Ok(())
    }
}

/// Parses JSON into `T`, naming the field that failed.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ImportError> {
    let mut reader = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut reader).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            ImportError::NotJson {
                line: inner.line(),
                column: inner.column(),
            }
        } else {
            let detail = inner.to_string();
            // serde_json appends " at line L column C", which a user doesn't need.
            let detail = detail
                .split(" at line ")
                .next()
                .unwrap_or(&detail)
                .to_owned();
            invalid(
                if path == "." {
                    "(document)".into()
                } else {
                    path
                },
                Problem::Malformed(detail),
            )
        }
    })
}

/// Refuses a file before parsing when it is larger than `limit`.
pub(crate) fn check_size(text: &str, limit: usize) -> Result<(), ImportError> {
    if text.len() > limit {
        Err(ImportError::TooLarge {
            actual: text.len(),
            limit,
        })
    } else {
        Ok(())
    }
}
