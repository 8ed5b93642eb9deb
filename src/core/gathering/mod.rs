//! Bringing respondents' answers together in the consultant's browser:
//! what was brought in, which assessment it goes to, and what happened to
//! each respondent.

pub mod restore;
pub mod staging;

use std::cmp::Ordering;

use crate::core::domain::assessment::{Assessment, MergeOutcome, Millis, Respondent};
use crate::core::error::{ImportError, Problem};
use crate::core::formats::backup::BACKUP_FORMAT;
use crate::core::formats::csv::{Sheet, parse_sheet};
use crate::core::formats::files::{
    ASSESSMENT_FORMAT, AssessmentRef, MAX_RESPONDENTS, ResponseDocument, parse_assessment,
    parse_response,
};
use crate::core::formats::link::{decode_link, link_payload};
use crate::core::formats::locked::{
    LOCKED_FORMAT, Sealed, is_locked_payload, parse_locked_file, parse_locked_payload,
};
use crate::core::formats::sniff::extension;

/// One respondent brought in, with where they came from (a file's name,
/// "link", or a CSV row) and the assessment their file names, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub source: String,
    pub respondent: Respondent,
    pub assessment: Option<AssessmentRef>,
    /// The model (id and version) the answers were given to.
    pub model_id: String,
    pub model_version: u32,
}

impl Incoming {
    pub fn from_document(source: impl Into<String>, document: ResponseDocument) -> Self {
        Incoming {
            source: source.into(),
            respondent: document.respondent,
            assessment: Some(document.assessment),
            model_id: document.model_id,
            model_version: document.model_version,
        }
    }
}

/// Adds `incoming` to a staging list; the same respondent twice keeps the
/// newer copy (the same rule as merging into an assessment). Returns
/// whether an earlier copy in the list was replaced or kept.
pub fn stage(list: &mut Vec<Incoming>, incoming: Incoming) -> MergeOutcome {
    match list
        .iter_mut()
        .find(|i| i.respondent.id == incoming.respondent.id)
    {
        None => {
            list.push(incoming);
            MergeOutcome::Added
        }
        Some(existing)
            if incoming.respondent.newer_than(&existing.respondent) == Ordering::Greater =>
        {
            *existing = incoming;
            MergeOutcome::Replaced
        }
        Some(_) => MergeOutcome::KeptExisting,
    }
}

/// Where staged answers go by default: the stored assessment the first file
/// names (by id, then by school, team and date, so leaders who each started
/// their own copy still land together), else a new one made from it.
pub fn default_target<'a>(
    staged: &[Incoming],
    stored: impl IntoIterator<Item = &'a Assessment> + Clone,
) -> Option<String> {
    let reference = staged.iter().find_map(|i| i.assessment.as_ref())?;
    let fold = |s: &str| crate::core::formats::csv::fold(s);
    stored
        .clone()
        .into_iter()
        .find(|a| a.id == reference.id)
        .or_else(|| {
            stored.into_iter().find(|a| {
                fold(&a.school) == fold(&reference.school)
                    && fold(&a.team) == fold(&reference.team)
                    && a.date == reference.date
            })
        })
        .map(|a| a.id.clone())
}

/// A new assessment for the staged answers, from the first file's details.
/// The assessment is of the model the first file was answered with.
pub fn new_target(staged: &[Incoming], now: Millis) -> Option<Assessment> {
    let first = staged.iter().find(|i| i.assessment.is_some())?;
    let reference = first.assessment.as_ref()?;
    Some(reference.new_assessment(&first.model_id, first.model_version, now))
}

/// Merges every respondent into `target`, newest copy winning, and says
/// what happened to each (by name). The app's reducer merges with this too,
/// so the report shown is what was stored.
pub fn merge_all(
    target: &mut Assessment,
    respondents: impl IntoIterator<Item = Respondent>,
    now: Millis,
) -> Vec<(String, MergeOutcome)> {
    let report = respondents
        .into_iter()
        .map(|respondent| {
            let name = respondent.name.clone();
            (name, target.merge_respondent(respondent))
        })
        .collect();
    target.updated_at = target.updated_at.max(now);
    report
}

/// What a file brought in turned out to hold.
#[derive(Clone, Debug, PartialEq)]
pub enum FileContent {
    /// A respondent's file, or every respondent of a whole assessment file.
    Respondents(Vec<Incoming>),
    /// A survey tool's CSV, whose columns may need the user's word.
    Csv(Sheet),
    /// A file or link locked with a passphrase: read once it is unlocked.
    Locked(Sealed),
}

/// Reads a share link (as pasted, or opened) into the respondent it carries.
pub fn read_link_text(source: &str, link: &str) -> Result<FileContent, ImportError> {
    let payload = link_payload(link);
    if is_locked_payload(payload) {
        return parse_locked_payload(payload).map(FileContent::Locked);
    }
    let document = decode_link(link)?;
    Ok(FileContent::Respondents(vec![Incoming::from_document(
        source, document,
    )]))
}

/// Reads a file by its name and what it holds together: JSON (a
/// respondent's answers, or a whole assessment, say from another
/// consultant's browser), a locked file, or CSV; anything else is named as
/// what it is rather than read as the nearest format.
pub fn read_file_text(source: &str, text: &str) -> Result<FileContent, ImportError> {
    let extension = extension(source);
    let table = matches!(extension.as_str(), "csv" | "tsv" | "txt");
    match text.trim_start().chars().next() {
        None => Err(ImportError::Empty),
        _ if table => parse_sheet(text).map(FileContent::Csv),
        Some('{') => read_json_file(source, text),
        // A JSON list, or JSON gone wrong: none of the app's files.
        Some('[') => Err(json_problem(text).unwrap_or(ImportError::NotOurs)),
        _ if extension == "json" => Err(json_problem(text).unwrap_or(ImportError::NotOurs)),
        // No extension that says what it is: a table, if it is one.
        _ => match parse_sheet(text) {
            Ok(sheet) if sheet.headers.len() > 1 => Ok(FileContent::Csv(sheet)),
            Ok(_) | Err(ImportError::NoRows) => Err(ImportError::NotOurs),
            Err(error) => Err(error),
        },
    }
}

/// What is wrong with `text` as JSON (too deep, a syntax error), if
/// anything.
fn json_problem(text: &str) -> Option<ImportError> {
    crate::core::formats::read::check_depth(text)
        .err()
        .or_else(|| {
            serde_json::from_str::<serde::de::IgnoredAny>(text)
                .err()
                .map(|e| ImportError::NotJson {
                    line: e.line(),
                    column: e.column(),
                })
        })
}

fn read_json_file(source: &str, text: &str) -> Result<FileContent, ImportError> {
    match parse_response(text) {
        Ok(document) => Ok(FileContent::Respondents(vec![Incoming::from_document(
            source, document,
        )])),
        Err(ImportError::WrongFormat { found, .. }) if found == LOCKED_FORMAT => {
            parse_locked_file(text).map(FileContent::Locked)
        }
        Err(ImportError::WrongFormat { found, .. }) if found == BACKUP_FORMAT => {
            Err(ImportError::IsBackup)
        }
        Err(ImportError::WrongFormat { found, .. }) if found == ASSESSMENT_FORMAT => {
            let assessment = parse_assessment(text)?;
            let reference = AssessmentRef::of(&assessment);
            Ok(FileContent::Respondents(
                assessment
                    .respondents
                    .into_iter()
                    .map(|respondent| Incoming {
                        source: source.to_owned(),
                        respondent,
                        assessment: Some(reference.clone()),
                        model_id: assessment.model_id.clone(),
                        model_version: assessment.model_version,
                    })
                    .collect(),
            ))
        }
        // A JSON object that is no document of the app's at all.
        Err(ImportError::Invalid {
            path,
            problem: Problem::Missing,
        }) if path == "format" => Err(ImportError::NotOurs),
        Err(error) => Err(error),
    }
}

/// Refuses a merge that would take `target` past the respondent limit (so
/// the stored assessment always reads back: a file over the limit would be
/// set aside on the next start), or that would mix answers given to another
/// model or model version into it.
pub fn check_fits(target: &Assessment, staged: &[Incoming]) -> Result<(), ImportError> {
    if let Some(other) = staged
        .iter()
        .find(|i| i.model_id != target.model_id || i.model_version != target.model_version)
    {
        return Err(ImportError::OtherModel {
            found: other.model_id.clone(),
            found_version: other.model_version,
            expected: target.model_id.clone(),
            expected_version: target.model_version,
        });
    }
    let new = staged
        .iter()
        .filter(|i| target.respondent(&i.respondent.id).is_none())
        .count();
    if target.respondents.len() + new > MAX_RESPONDENTS {
        return Err(ImportError::Invalid {
            path: "respondents".into(),
            problem: crate::core::error::Problem::TooMany {
                max: MAX_RESPONDENTS,
            },
        });
    }
    Ok(())
}
