//! The two file formats that leave the app: a whole team assessment, and
//! one respondent's answers (which later travels as a file or a link).
//!
//! Both carry a format name and a version. Older versions are migrated
//! forward on reading; newer or unknown ones are refused with a message a
//! user can act on. Reading never panics, whatever the input (see the
//! property tests).

use serde::Serialize;

use crate::core::domain::assessment::{
    AgreedScore, Assessment, Millis, Respondent, Response, Role, Round, is_iso_date,
};
use crate::core::domain::scale::{Answer, DONT_KNOW_JSON, Score};
use crate::core::error::{
    ImportError, Kind, Problem, check_count, check_id, check_size, check_text, invalid,
};
use crate::core::formats::json::{self, Fields, Json};
use crate::core::map::Map;

pub const ASSESSMENT_FORMAT: &str = "kapacitetsradar.assessment";
pub const ASSESSMENT_VERSION: u32 = 2;
pub const RESPONSE_FORMAT: &str = "kapacitetsradar.response";
pub const RESPONSE_VERSION: u32 = 1;

/// Files larger than these are refused before they are parsed.
pub const MAX_ASSESSMENT_BYTES: usize = 5_000_000;
/// What this app wrote to browser storage itself is read back up to this:
/// more than any browser's local storage holds (10 MB of UTF-16 at most,
/// under 30 MB as UTF-8), so an assessment that could be saved can always
/// be opened again, however long its comments.
pub const MAX_STORED_ASSESSMENT_BYTES: usize = 32_000_000;
pub const MAX_RESPONSE_BYTES: usize = 300_000;
pub const MAX_RESPONDENTS: usize = 300;
pub const MAX_ANSWERS: usize = 500;
pub const MAX_NAME: usize = 120;
pub const MAX_LABEL: usize = 200;
pub const MAX_COMMENT: usize = 4_000;
pub const MAX_FOCUS: usize = 12;

/// Reads the format name and version; the version's reader takes the rest
/// of the top-level fields from what this returns.
fn envelope<'a>(
    document: &'a Json,
    expected: &'static str,
    current: u32,
) -> Result<(u32, Fields<'a>), ImportError> {
    if !matches!(document, Json::Object(_)) {
        return Err(invalid("(document)", Problem::Expected(Kind::Object)));
    }
    let mut top = json::fields("", document)?;
    let format = top.text("format")?;
    let version: u32 = top.int("version")?;
    if format != expected {
        return Err(ImportError::WrongFormat {
            found: format.chars().take(60).collect(),
            expected,
        });
    }
    if version > current {
        return Err(ImportError::TooNew {
            found: version,
            supported: current,
        });
    }
    if version == 0 {
        return Err(ImportError::UnknownVersion { found: version });
    }
    Ok((version, top))
}

// ---------------------------------------------------------------- assessment

#[derive(Serialize)]
struct AssessmentDocument {
    format: String,
    version: u32,
    assessment: Assessment,
}

/// A whole assessment as a file, pretty-printed for people who open it.
pub fn assessment_to_json(assessment: &Assessment) -> String {
    let document = AssessmentDocument {
        format: ASSESSMENT_FORMAT.into(),
        version: ASSESSMENT_VERSION,
        assessment: assessment.clone(),
    };
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// The same document without indentation, for browser storage.
pub fn assessment_to_storage_json(assessment: &Assessment) -> String {
    serde_json::to_string(&AssessmentDocument {
        format: ASSESSMENT_FORMAT.into(),
        version: ASSESSMENT_VERSION,
        assessment: assessment.clone(),
    })
    .unwrap_or_default()
}

/// An assessment file (or link, or any text from outside the app).
pub fn parse_assessment(text: &str) -> Result<Assessment, ImportError> {
    check_size(text, MAX_ASSESSMENT_BYTES)?;
    read_assessment_document(text)
}

/// An assessment this app saved in browser storage.
pub fn parse_stored_assessment(text: &str) -> Result<Assessment, ImportError> {
    check_size(text, MAX_STORED_ASSESSMENT_BYTES)?;
    read_assessment_document(text)
}

fn read_assessment_document(text: &str) -> Result<Assessment, ImportError> {
    let document = json::parse(text)?;
    let (version, mut top) = envelope(&document, ASSESSMENT_FORMAT, ASSESSMENT_VERSION)?;
    let assessment = match version {
        1 => v1::read(top)?,
        _ => {
            let assessment = read_assessment("assessment", top.required("assessment")?)?;
            top.finish()?;
            assessment
        }
    };
    validate_assessment(&assessment)?;
    Ok(assessment)
}

fn read_assessment(path: &str, value: &Json) -> Result<Assessment, ImportError> {
    let mut f = json::fields(path, value)?;
    let assessment = Assessment {
        id: f.text("id")?,
        model_id: f.text("model_id")?,
        school: f.text("school")?,
        team: f.text("team")?,
        date: f.text("date")?,
        round: f.read_or("round", read_round, || Round::Baseline)?,
        respondents: f.read_or(
            "respondents",
            |p, v| read_list(p, v, read_respondent),
            Vec::new,
        )?,
        agreed: f.read_or("agreed", |p, v| read_map(p, v, read_agreed), Map::new)?,
        targets: f.read_or("targets", |p, v| read_map(p, v, read_score), Map::new)?,
        focus: f.read_or("focus", |p, v| read_list(p, v, json::text), Vec::new)?,
        updated_at: f.int("updated_at")?,
    };
    f.finish()?;
    Ok(assessment)
}

fn read_list<T>(
    path: &str,
    value: &Json,
    read: impl Fn(&str, &Json) -> Result<T, ImportError>,
) -> Result<Vec<T>, ImportError> {
    json::items(path, value)?
        .iter()
        .enumerate()
        .map(|(i, item)| read(&format!("{path}[{i}]"), item))
        .collect()
}

fn read_map<T>(
    path: &str,
    value: &Json,
    read: impl Fn(&str, &Json) -> Result<T, ImportError>,
) -> Result<Map<T>, ImportError> {
    let mut map = Map::new();
    for (key, item) in json::entries(path, value)? {
        map.insert(key.clone(), read(&json::join(path, key), item)?);
    }
    Ok(map)
}

fn read_respondent(path: &str, value: &Json) -> Result<Respondent, ImportError> {
    let mut f = json::fields(path, value)?;
    let respondent = Respondent {
        id: f.text("id")?,
        name: f.text("name")?,
        role: read_role(&f.path_of("role"), f.required("role")?)?,
        answers: f.read_or("answers", |p, v| read_map(p, v, read_response), Map::new)?,
        updated_at: f.int("updated_at")?,
    };
    f.finish()?;
    Ok(respondent)
}

fn read_response(path: &str, value: &Json) -> Result<Response, ImportError> {
    let mut f = json::fields(path, value)?;
    let response = Response {
        answer: f.read_or("answer", |p, v| read_answer(p, v).map(Some), || None)?,
        comment: f.text_or_empty("comment")?,
    };
    f.finish()?;
    Ok(response)
}

fn read_agreed(path: &str, value: &Json) -> Result<AgreedScore, ImportError> {
    let mut f = json::fields(path, value)?;
    let agreed = AgreedScore {
        score: read_score(&f.path_of("score"), f.required("score")?)?,
        rationale: f.text_or_empty("rationale")?,
    };
    f.finish()?;
    Ok(agreed)
}

/// A score 1–5, as a bare number.
pub fn read_score(path: &str, value: &Json) -> Result<Score, ImportError> {
    match value {
        Json::Int(n) => u8::try_from(*n).ok().and_then(Score::new),
        _ => None,
    }
    .ok_or_else(|| invalid(path, Problem::Expected(Kind::Score)))
}

/// A score 1–5, or `"dont_know"`.
pub fn read_answer(path: &str, value: &Json) -> Result<Answer, ImportError> {
    match value {
        Json::String(s) if s == DONT_KNOW_JSON => Some(Answer::DontKnow),
        Json::Int(n) => u8::try_from(*n)
            .ok()
            .and_then(Score::new)
            .map(Answer::Score),
        _ => None,
    }
    .ok_or_else(|| invalid(path, Problem::Expected(Kind::Answer)))
}

fn read_role(path: &str, value: &Json) -> Result<Role, ImportError> {
    match value {
        Json::String(s) => Role::ALL.into_iter().find(|r| r.json_name() == s),
        _ => None,
    }
    .ok_or_else(|| invalid(path, Problem::Expected(Kind::Role)))
}

fn read_round(path: &str, value: &Json) -> Result<Round, ImportError> {
    match value {
        Json::String(s) if s == "baseline" => Some(Round::Baseline),
        Json::String(s) if s == "follow_up" => Some(Round::FollowUp),
        _ => None,
    }
    .ok_or_else(|| invalid(path, Problem::Expected(Kind::Round)))
}

/// The fields an assessment and a respondent's file's reference to it
/// share, checked alike.
fn validate_heading(id: &str, school: &str, team: &str, date: &str) -> Result<(), ImportError> {
    check_id("assessment.id", id)?;
    check_text("assessment.school", school, MAX_LABEL, false)?;
    check_text("assessment.team", team, MAX_LABEL, false)?;
    if !is_iso_date(date) {
        return Err(invalid(
            "assessment.date",
            Problem::BadDate(date.chars().take(40).collect()),
        ));
    }
    Ok(())
}

pub fn validate_assessment(a: &Assessment) -> Result<(), ImportError> {
    check_id("assessment.model_id", &a.model_id)?;
    validate_heading(&a.id, &a.school, &a.team, &a.date)?;
    check_count(
        "assessment.respondents",
        a.respondents.len(),
        0,
        MAX_RESPONDENTS,
    )?;
    let mut seen: Vec<&str> = Vec::new();
    for (i, respondent) in a.respondents.iter().enumerate() {
        let path = format!("assessment.respondents[{i}]");
        validate_respondent(&path, respondent)?;
        if seen.contains(&respondent.id.as_str()) {
            return Err(invalid(
                format!("{path}.id"),
                Problem::DuplicateId(respondent.id.clone()),
            ));
        }
        seen.push(&respondent.id);
    }
    for (theme, agreed) in &a.agreed {
        check_id(&format!("assessment.agreed.{theme}"), theme)?;
        check_text(
            &format!("assessment.agreed.{theme}.rationale"),
            &agreed.rationale,
            MAX_COMMENT,
            false,
        )?;
    }
    for theme in a.targets.keys() {
        check_id(&format!("assessment.targets.{theme}"), theme)?;
    }
    check_count("assessment.focus", a.focus.len(), 0, MAX_FOCUS)?;
    for (i, theme) in a.focus.iter().enumerate() {
        check_id(&format!("assessment.focus[{i}]"), theme)?;
    }
    Ok(())
}

fn validate_respondent(path: &str, r: &Respondent) -> Result<(), ImportError> {
    check_id(&format!("{path}.id"), &r.id)?;
    check_text(&format!("{path}.name"), &r.name, MAX_NAME, true)?;
    check_count(&format!("{path}.answers"), r.answers.len(), 0, MAX_ANSWERS)?;
    for (statement, response) in &r.answers {
        check_id(&format!("{path}.answers.{statement}"), statement)?;
        check_text(
            &format!("{path}.answers.{statement}.comment"),
            &response.comment,
            MAX_COMMENT,
            false,
        )?;
    }
    Ok(())
}

// ---------------------------------------------------------------- response

/// What a respondent's file says about the assessment it belongs to, so the
/// consultant's browser can tell which team it is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AssessmentRef {
    pub id: String,
    pub school: String,
    pub team: String,
    pub date: String,
    pub round: Round,
}

/// One respondent's answers, ready to travel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResponseDocument {
    pub format: String,
    pub version: u32,
    pub model_id: String,
    pub assessment: AssessmentRef,
    pub respondent: Respondent,
    pub exported_at: Millis,
}

impl ResponseDocument {
    pub fn new(assessment: &Assessment, respondent: &Respondent, now: Millis) -> Self {
        Self {
            format: RESPONSE_FORMAT.into(),
            version: RESPONSE_VERSION,
            model_id: assessment.model_id.clone(),
            assessment: AssessmentRef {
                id: assessment.id.clone(),
                school: assessment.school.clone(),
                team: assessment.team.clone(),
                date: assessment.date.clone(),
                round: assessment.round,
            },
            respondent: respondent.clone(),
            exported_at: now,
        }
    }
}

/// Compact: this is what goes into a link.
pub fn response_to_json(document: &ResponseDocument) -> String {
    serde_json::to_string(document).unwrap_or_default()
}

pub fn parse_response(text: &str) -> Result<ResponseDocument, ImportError> {
    check_size(text, MAX_RESPONSE_BYTES)?;
    let tree = json::parse(text)?;
    let (version, mut top) = envelope(&tree, RESPONSE_FORMAT, RESPONSE_VERSION)?;
    let document = ResponseDocument {
        format: RESPONSE_FORMAT.into(),
        version,
        model_id: top.text("model_id")?,
        assessment: read_assessment_ref("assessment", top.required("assessment")?)?,
        respondent: read_respondent("respondent", top.required("respondent")?)?,
        exported_at: top.int("exported_at")?,
    };
    top.finish()?;
    check_id("model_id", &document.model_id)?;
    let reference = &document.assessment;
    validate_heading(
        &reference.id,
        &reference.school,
        &reference.team,
        &reference.date,
    )?;
    validate_respondent("respondent", &document.respondent)?;
    Ok(document)
}

fn read_assessment_ref(path: &str, value: &Json) -> Result<AssessmentRef, ImportError> {
    let mut f = json::fields(path, value)?;
    let reference = AssessmentRef {
        id: f.text("id")?,
        school: f.text("school")?,
        team: f.text("team")?,
        date: f.text("date")?,
        round: f.read_or("round", read_round, || Round::Baseline)?,
    };
    f.finish()?;
    Ok(reference)
}

// ---------------------------------------------------------------- version 1

/// Version 1 of the assessment file: answers were bare numbers with 0 for
/// "don't know", there were no comments, rounds or agreed scores, and the
/// staff role was called "staff".
pub mod v1 {
    use super::*;

    /// Reads a version 1 file into today's `Assessment`.
    /// Reads the rest of a version 1 file whose format and version
    /// `envelope` has taken.
    pub fn read(mut f: Fields) -> Result<Assessment, ImportError> {
        let assessment = Assessment {
            id: f.text("id")?,
            model_id: f.text("model_id")?,
            school: f.text("school")?,
            team: f.text("team")?,
            date: f.text("date")?,
            round: Round::Baseline,
            respondents: f.read_or(
                "respondents",
                |p, v| read_list(p, v, read_respondent),
                Vec::new,
            )?,
            agreed: Map::new(),
            targets: Map::new(),
            focus: Vec::new(),
            updated_at: f.int("updated_at")?,
        };
        f.finish()?;
        Ok(assessment)
    }

    fn read_respondent(path: &str, value: &Json) -> Result<Respondent, ImportError> {
        let mut f = json::fields(path, value)?;
        let id = f.text("id")?;
        let name = f.text("name")?;
        let role_path = f.path_of("role");
        // Version 1 called the staff representative "staff".
        let role = match f.required("role")? {
            Json::String(s) if s == "staff" => Role::StaffRepresentative,
            Json::String(s) if s == "staff_representative" => {
                return Err(invalid(role_path, Problem::Expected(Kind::Role)));
            }
            other => read_role(&role_path, other)?,
        };
        let mut answers = Map::new();
        if let Some(v) = f.optional("answers") {
            let answers_path = f.path_of("answers");
            for (statement, value) in json::entries(&answers_path, v)? {
                let path = json::join(&answers_path, statement);
                // Answers were bare numbers, 0 for "don't know". Version 1
                // never wrote other values; one that turns up means a damaged
                // file, which is refused, not guessed at.
                let n = json::int::<i64>(&path, value)?;
                let answer = match n {
                    0 => Some(Answer::DontKnow),
                    n => u8::try_from(n).ok().and_then(Score::new).map(Answer::Score),
                }
                .ok_or_else(|| {
                    invalid(
                        path.clone(),
                        Problem::Malformed(format!(
                            "{n} is neither 0 (don't know) nor a score 1–5"
                        )),
                    )
                })?;
                answers.insert(
                    statement.clone(),
                    Response {
                        answer: Some(answer),
                        comment: String::new(),
                    },
                );
            }
        }
        let updated_at = f.int("updated_at")?;
        f.finish()?;
        Ok(Respondent {
            id,
            name,
            role,
            answers,
            updated_at,
        })
    }
}
