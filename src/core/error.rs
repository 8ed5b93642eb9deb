//! What can be wrong with a file a user brings in, as data: a kind and the
//! facts of the case. `crate::i18n::errors` turns each into a sentence in
//! the user's language; the English `Display` is for logs and tests.

use thiserror::Error;

/// Why an import (a model, an assessment, a respondent's answers) was
/// refused. Nothing already stored is touched when this is returned.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ImportError {
    #[error("the file is {actual} bytes; the limit is {limit} bytes")]
    TooLarge { actual: usize, limit: usize },
    #[error("this is not valid JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("the JSON is nested deeper than {max} levels")]
    TooDeep { max: usize },
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
    #[error("row {row}, column \"{column}\": \"{value}\" is not an answer")]
    UnknownLabel {
        row: usize,
        column: String,
        value: String,
    },
    #[error("row {row}: \"{value}\" is not a role")]
    UnknownRole { row: usize, value: String },
    #[error("the CSV file has no rows of answers")]
    NoRows,
    /// Answers given to a model this device doesn't have.
    #[error("answered with model {id} version {version}, which this device doesn't have")]
    UnknownModel { id: String, version: u32 },
    /// Answers given to another model (or version) than the assessment's.
    #[error(
        "answers to {found} v{found_version} can't join an assessment of {expected} v{expected_version}"
    )]
    OtherModel {
        found: String,
        found_version: u32,
        expected: String,
        expected_version: u32,
    },
    /// The browser could not read the file at all (moved or deleted since
    /// it was picked, no permission).
    #[error("the file could not be read")]
    Unreadable,
    /// A locked file or link: the passphrase is wrong, or the data was
    /// changed on the way (AES-GCM can't tell the two apart).
    #[error("the passphrase is wrong, or the locked data was changed")]
    WrongPassphrase,
    /// Locking needs the browser's Web Crypto, which it offers only on
    /// https (and on this machine's own addresses).
    #[error("this browser can't lock or unlock here (Web Crypto needs https)")]
    LockingUnavailable,
    /// A backup of a device, brought to the page that gathers answers.
    #[error("this is a backup; restore it on the data page")]
    IsBackup,
    #[error("the file is empty")]
    Empty,
    /// No UTF-8 text: another encoding, or no text at all.
    #[error("the file is not UTF-8 text ({0:?})")]
    NotText(NotText),
    /// Readable, but none of the app's formats: JSON of another kind, or a
    /// text that is no table.
    #[error("not a Kapacitetsradar file")]
    NotOurs,
    /// A quotation mark opened on this line is never closed.
    #[error("line {line}: a quotation mark is never closed")]
    CsvQuote { line: usize },
    /// No column of the CSV was given to a statement.
    #[error("no column of the CSV holds answers to a statement")]
    NoStatementColumns,
}

/// What a file that is no UTF-8 text looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotText {
    Utf16,
    /// Text in an 8-bit encoding (Windows-1252, Latin-1).
    EightBit,
    /// A zip archive, such as an Excel workbook (.xlsx).
    Zip,
    Pdf,
    Binary,
}

/// A field's problem.
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
    #[error("should be {0:?}")]
    Expected(Kind),
    #[error("is missing")]
    Missing,
    #[error("is not part of this format")]
    NotInFormat,
    #[error("appears twice")]
    Twice,
    #[error("uses {0} in some languages and not in others")]
    Placeholder(String),
    /// What the JSON reader said, when it fits none of the above (it is
    /// shown as it is, in English).
    /// A value this app knows of but does not accept (say, a cipher).
    #[error("\"{0}\" is not supported")]
    NotSupported(String),
    #[error("{0}")]
    Malformed(String),
}

/// What a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    WholeNumber,
    /// A whole number from 1 up.
    Positive,
    Number,
    Bool,
    Object,
    List,
    Score,
    /// 1–5 in half steps.
    HalfScore,
    /// A score, "dont_know" or "not_applicable".
    Answer,
    /// Version 1's answers: 0 for "don't know", else a score.
    LegacyAnswer,
    Role,
    Round,
}

/// Builds the refusal of one field.
pub(crate) fn invalid(path: impl Into<String>, problem: Problem) -> ImportError {
    ImportError::Invalid {
        path: path.into(),
        problem,
    }
}

/// Ids appear in links and file names, so they stay short and plain.
pub(crate) fn check_id(path: &str, id: &str) -> Result<(), ImportError> {
    let plain = id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if id.is_empty() {
        Err(invalid(path, Problem::Empty))
    } else if id.len() > 64 || !plain {
        Err(invalid(path, Problem::BadId(id.chars().take(80).collect())))
    } else {
        Ok(())
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
