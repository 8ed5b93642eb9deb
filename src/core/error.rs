//! What can be wrong with a file a user brings in, in words a user reads.

use thiserror::Error;

use crate::core::lang::{Lang, fill};

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
    #[error("the link is incomplete or damaged")]
    BrokenLink,
    #[error(
        "row {row}, column \"{column}\": \"{value}\" is not a score 1–5, a scale label or \"Ved ikke\""
    )]
    UnknownLabel {
        row: usize,
        column: String,
        value: String,
    },
    #[error("row {row}: \"{value}\" is not a role")]
    UnknownRole { row: usize, value: String },
    #[error("the CSV file has no rows of answers")]
    NoRows,
    /// The browser could not read the file at all (moved or deleted since
    /// it was picked, no permission, or not text).
    #[error("the file could not be read")]
    Unreadable,
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
    #[error("should be {0}")]
    Expected(Kind),
    #[error("is missing")]
    Missing,
    #[error("is not part of this format")]
    NotInFormat,
    #[error("appears twice")]
    Twice,
    /// A description that has no translation, in English.
    #[error("{0}")]
    Malformed(String),
}

/// What a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    WholeNumber,
    Object,
    List,
    Score,
    Answer,
    Role,
    Round,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name(Lang::En))
    }
}

impl Kind {
    pub fn name(self, lang: Lang) -> &'static str {
        let names: [&'static str; 3] = match self {
            Kind::Text => ["tekst", "tekst", "text"],
            Kind::WholeNumber => ["et helt tal", "et heltall", "a whole number"],
            Kind::Object => ["et objekt {…}", "et objekt {…}", "an object {…}"],
            Kind::List => ["en liste […]", "en liste […]", "a list […]"],
            Kind::Score => [
                "et point fra 1 til 5",
                "et poeng fra 1 til 5",
                "a score from 1 to 5",
            ],
            Kind::Answer => [
                "et point fra 1 til 5 eller \"dont_know\"",
                "et poeng fra 1 til 5 eller \"dont_know\"",
                "a score from 1 to 5 or \"dont_know\"",
            ],
            Kind::Role => [
                "leader, staff_representative, consultant eller municipality",
                "leader, staff_representative, consultant eller municipality",
                "leader, staff_representative, consultant or municipality",
            ],
            Kind::Round => [
                "baseline eller follow_up",
                "baseline eller follow_up",
                "baseline or follow_up",
            ],
        };
        names[lang.index()]
    }
}

impl ImportError {
    /// The error in the user's language, as a sentence.
    pub fn message(&self, lang: Lang) -> String {
        use ImportError::*;
        let pick = |texts: [&'static str; 3]| texts[lang.index()];
        match self {
            TooLarge { actual, limit } => fill(
                pick([
                    "Filen fylder {actual} byte; grænsen er {limit} byte.",
                    "Filen er på {actual} byte; grensen er {limit} byte.",
                    "The file is {actual} bytes; the limit is {limit} bytes.",
                ]),
                &[
                    ("actual", &actual.to_string()),
                    ("limit", &limit.to_string()),
                ],
            ),
            NotJson { line, column } => fill(
                pick([
                    "Filen er ikke gyldig JSON (linje {line}, kolonne {column}).",
                    "Filen er ikke gyldig JSON (linje {line}, kolonne {column}).",
                    "This is not valid JSON (line {line}, column {column}).",
                ]),
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            WrongFormat { found, expected } => fill(
                pick([
                    "Det er en «{found}»-fil, men der skulle være en «{expected}»-fil.",
                    "Dette er en «{found}»-fil, men det skulle vært en «{expected}»-fil.",
                    "This is a \"{found}\" file, but a \"{expected}\" file was expected.",
                ]),
                &[("found", found), ("expected", expected)],
            ),
            TooNew { found, supported } => fill(
                pick([
                    "Filen er i version {found}, som er nyere end denne app kan læse (op til {supported}). Opdatér appen.",
                    "Filen er i versjon {found}, som er nyere enn denne appen kan lese (opp til {supported}). Oppdater appen.",
                    "Version {found} is newer than this app understands (up to {supported}): update the app.",
                ]),
                &[
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            UnknownVersion { found } => fill(
                pick([
                    "Version {found} af formatet findes ikke.",
                    "Versjon {found} av formatet finnes ikke.",
                    "Version {found} of this format does not exist.",
                ]),
                &[("found", &found.to_string())],
            ),
            BrokenLink => pick([
                "Linket er ufuldstændigt eller beskadiget. Kopiér hele linket igen, eller brug filen.",
                "Lenken er ufullstendig eller skadet. Kopier hele lenken på nytt, eller bruk filen.",
                "The link is incomplete or damaged. Copy the whole link again, or use the file.",
            ])
            .to_owned(),
            UnknownLabel { row, column, value } => fill(
                pick([
                    "Række {row}, kolonnen «{column}»: «{value}» er hverken et tal fra 1 til 5, en betegnelse fra skalaen eller «Ved ikke».",
                    "Rad {row}, kolonnen «{column}»: «{value}» er verken et tall fra 1 til 5, en betegnelse fra skalaen eller «Vet ikke».",
                    "Row {row}, column \"{column}\": \"{value}\" is neither a number from 1 to 5, a label from the scale nor \"Don't know\".",
                ]),
                &[("row", &row.to_string()), ("column", column), ("value", value)],
            ),
            UnknownRole { row, value } => fill(
                pick([
                    "Række {row}: «{value}» er ikke en rolle (leder, medarbejderrepræsentant, konsulent, forvaltning).",
                    "Rad {row}: «{value}» er ikke en rolle (leder, ansattrepresentant, konsulent, skoleeier).",
                    "Row {row}: \"{value}\" is not a role (leader, staff representative, consultant, municipality).",
                ]),
                &[("row", &row.to_string()), ("value", value)],
            ),
            NoRows => pick([
                "CSV-filen har ingen rækker med svar.",
                "CSV-filen har ingen rader med svar.",
                "The CSV file has no rows of answers.",
            ])
            .to_owned(),
            Unreadable => pick([
                "Filen kunne ikke læses. Er den flyttet eller slettet, siden den blev valgt? Prøv at vælge den igen.",
                "Filen kunne ikke leses. Er den flyttet eller slettet siden den ble valgt? Prøv å velge den på nytt.",
                "The file could not be read. Was it moved or deleted after it was picked? Try picking it again.",
            ])
            .to_owned(),
            Invalid { path, problem } => fill(
                pick([
                    "Feltet «{path}» {problem}.",
                    "Feltet «{path}» {problem}.",
                    "The field \"{path}\" {problem}.",
                ]),
                &[("path", path), ("problem", &problem.message(lang))],
            ),
        }
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        use Problem::*;
        let pick = |texts: [&'static str; 3]| texts[lang.index()];
        match self {
            Empty => pick(["er tomt", "er tomt", "is empty"]).to_owned(),
            TooLong { max } => fill(
                pick([
                    "er længere end {max} tegn",
                    "er lengre enn {max} tegn",
                    "is longer than {max} characters",
                ]),
                &[("max", &max.to_string())],
            ),
            TooMany { max } => fill(
                pick([
                    "har flere end {max} elementer",
                    "har flere enn {max} elementer",
                    "has more than {max} entries",
                ]),
                &[("max", &max.to_string())],
            ),
            TooFew { min } => fill(
                pick([
                    "har færre end {min} elementer",
                    "har færre enn {min} elementer",
                    "has fewer than {min} entries",
                ]),
                &[("min", &min.to_string())],
            ),
            DuplicateId(id) => fill(
                pick([
                    "bruger «{id}» to gange; id'er skal være unikke",
                    "bruker «{id}» to ganger; id-er må være unike",
                    "\"{id}\" is used twice; ids must be unique",
                ]),
                &[("id", id)],
            ),
            BadId(id) => fill(
                pick([
                    "«{id}» må kun bestå af bogstaver, tal, '.', '_' og '-' (højst 64 tegn)",
                    "«{id}» kan bare bestå av bokstaver, tall, '.', '_' og '-' (høyst 64 tegn)",
                    "\"{id}\" may only use letters, digits, '.', '_' and '-' (at most 64)",
                ]),
                &[("id", id)],
            ),
            BadDate(date) => fill(
                pick([
                    "«{date}» er ikke en dato på formen ÅÅÅÅ-MM-DD",
                    "«{date}» er ikke en dato på formen ÅÅÅÅ-MM-DD",
                    "\"{date}\" is not a date of the form YYYY-MM-DD",
                ]),
                &[("date", date)],
            ),
            UnknownReference(r) => fill(
                pick([
                    "henviser til «{r}», som modellen ikke kender",
                    "viser til «{r}», som modellen ikke kjenner",
                    "refers to \"{r}\", which the model does not list",
                ]),
                &[("r", r)],
            ),
            BadLines { from, to, max } => fill(
                pick([
                    "linje {from}–{to} ligger ikke inden for kildens {max} linjer",
                    "linje {from}–{to} ligger ikke innenfor kildens {max} linjer",
                    "lines {from}–{to} are not within the source's {max} lines",
                ]),
                &[
                    ("from", &from.to_string()),
                    ("to", &to.to_string()),
                    ("max", &max.to_string()),
                ],
            ),
            Expected(kind) => fill(
                pick(["skal være {kind}", "skal være {kind}", "should be {kind}"]),
                &[("kind", kind.name(lang))],
            ),
            Missing => pick(["mangler", "mangler", "is missing"]).to_owned(),
            NotInFormat => pick([
                "hører ikke til formatet",
                "hører ikke til formatet",
                "is not part of this format",
            ])
            .to_owned(),
            Twice => pick(["står der to gange", "står der to ganger", "appears twice"]).to_owned(),
            Malformed(detail) => fill(
                pick([
                    "kan ikke læses: {detail}",
                    "kan ikke leses: {detail}",
                    "{detail}",
                ]),
                &[("detail", detail)],
            ),
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

/// Parses JSON into `T`. A value of the wrong kind is reported with the
/// name of the field it stands in and its line, read back from the text:
/// tracking the full path while parsing would double the deserializer code
/// in the bundle for a message that names the field either way.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ImportError> {
    serde_json::from_str(text).map_err(|error| {
        let (line, column) = (error.line(), error.column());
        if error.is_syntax() || error.is_eof() {
            return ImportError::NotJson { line, column };
        }
        let detail = error.to_string();
        // serde_json appends " at line L column C"; the line is said separately.
        let detail = detail
            .split(" at line ")
            .next()
            .unwrap_or(&detail)
            .to_owned();
        let field = field_before(text, line, column).unwrap_or_else(|| "(document)".into());
        invalid(format!("{field} (line {line})"), Problem::Malformed(detail))
    })
}

/// The last object key that starts before line `line`, column `column`.
fn field_before(text: &str, line: usize, column: usize) -> Option<String> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let end = (line_start + column).min(text.len());
    let end = (0..=end).rev().find(|&i| text.is_char_boundary(i))?;
    let before = &text[..end];
    // Walk back to a `"key"` followed by `:`.
    let mut search = before;
    loop {
        let colon = search.rfind(':')?;
        let head = search[..colon].trim_end();
        if let Some(stripped) = head.strip_suffix('"')
            && let Some(open) = stripped.rfind('"')
        {
            let key = &stripped[open + 1..];
            if !key.contains(['{', '}', ',', '[', ']']) {
                return Some(key.chars().take(60).collect());
            }
        }
        search = &search[..colon];
    }
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
