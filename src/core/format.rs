//! The two file formats that leave the app: a whole team assessment, and
//! one respondent's answers (which later travels as a file or a link).
//!
//! Both carry a format name and a version. Older versions are migrated
//! forward on reading; newer or unknown ones are refused with a message a
//! user can act on. Reading never panics, whatever the input (see the
//! property tests).

use serde::{Deserialize, Serialize};

use super::assessment::{Assessment, Millis, Respondent, Response, Role, Round, is_iso_date};
use super::error::{
    ImportError, Problem, check_count, check_id, check_size, check_text, invalid, parse_json,
};
use super::map::Map;
use super::scale::{Answer, Score};

pub const ASSESSMENT_FORMAT: &str = "kapacitetsradar.assessment";
pub const ASSESSMENT_VERSION: u32 = 2;
pub const RESPONSE_FORMAT: &str = "kapacitetsradar.response";
pub const RESPONSE_VERSION: u32 = 1;

/// Files larger than these are refused before they are parsed.
pub const MAX_ASSESSMENT_BYTES: usize = 5_000_000;
pub const MAX_RESPONSE_BYTES: usize = 300_000;
pub const MAX_RESPONDENTS: usize = 300;
pub const MAX_ANSWERS: usize = 500;
pub const MAX_NAME: usize = 120;
pub const MAX_LABEL: usize = 200;
pub const MAX_COMMENT: usize = 4_000;
pub const MAX_FOCUS: usize = 12;

#[derive(Deserialize)]
struct Envelope {
    format: String,
    version: u32,
}

fn envelope(text: &str, expected: &'static str, current: u32) -> Result<u32, ImportError> {
    let Envelope { format, version } = parse_json(text)?;
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
    Ok(version)
}

// ---------------------------------------------------------------- assessment

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

pub fn parse_assessment(text: &str) -> Result<Assessment, ImportError> {
    check_size(text, MAX_ASSESSMENT_BYTES)?;
    let assessment = match envelope(text, ASSESSMENT_FORMAT, ASSESSMENT_VERSION)? {
        1 => parse_json::<v1::Document>(text)?.migrate()?,
        _ => parse_json::<AssessmentDocument>(text)?.assessment,
    };
    validate_assessment(&assessment)?;
    Ok(assessment)
}

pub fn validate_assessment(a: &Assessment) -> Result<(), ImportError> {
    check_id("assessment.id", &a.id)?;
    check_id("assessment.model_id", &a.model_id)?;
    check_text("assessment.school", &a.school, MAX_LABEL, false)?;
    check_text("assessment.team", &a.team, MAX_LABEL, false)?;
    if !is_iso_date(&a.date) {
        return Err(invalid(
            "assessment.date",
            Problem::BadDate(a.date.chars().take(40).collect()),
        ));
    }
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRef {
    pub id: String,
    pub school: String,
    pub team: String,
    pub date: String,
    #[serde(default)]
    pub round: Round,
}

/// One respondent's answers, ready to travel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    envelope(text, RESPONSE_FORMAT, RESPONSE_VERSION)?;
    let document: ResponseDocument = parse_json(text)?;
    check_id("model_id", &document.model_id)?;
    check_id("assessment.id", &document.assessment.id)?;
    check_text(
        "assessment.school",
        &document.assessment.school,
        MAX_LABEL,
        false,
    )?;
    check_text(
        "assessment.team",
        &document.assessment.team,
        MAX_LABEL,
        false,
    )?;
    if !is_iso_date(&document.assessment.date) {
        return Err(invalid(
            "assessment.date",
            Problem::BadDate(document.assessment.date.chars().take(40).collect()),
        ));
    }
    validate_respondent("respondent", &document.respondent)?;
    Ok(document)
}

// ---------------------------------------------------------------- version 1

/// Version 1 of the assessment file: answers were bare numbers with 0 for
/// "don't know", there were no comments, rounds or agreed scores, and the
/// staff role was called "staff".
pub mod v1 {
    use super::*;

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Document {
        pub format: String,
        pub version: u32,
        pub id: String,
        pub model_id: String,
        pub school: String,
        pub team: String,
        pub date: String,
        #[serde(default)]
        pub respondents: Vec<Respondent>,
        pub updated_at: Millis,
    }

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Respondent {
        pub id: String,
        pub name: String,
        pub role: Role,
        #[serde(default)]
        pub answers: Map<u8>,
        pub updated_at: Millis,
    }

    #[derive(Clone, Copy, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Role {
        Leader,
        Staff,
        Consultant,
        Municipality,
    }

    impl Document {
        pub fn migrate(self) -> Result<Assessment, ImportError> {
            let respondents = self
                .respondents
                .into_iter()
                .enumerate()
                .map(|(i, r)| r.migrate(i))
                .collect::<Result<_, _>>()?;
            Ok(Assessment {
                id: self.id,
                model_id: self.model_id,
                school: self.school,
                team: self.team,
                date: self.date,
                round: Round::Baseline,
                respondents,
                agreed: Map::new(),
                targets: Map::new(),
                focus: Vec::new(),
                updated_at: self.updated_at,
            })
        }
    }

    impl Respondent {
        fn migrate(self, index: usize) -> Result<super::Respondent, ImportError> {
            // Inserted one by one: collecting into a map sorts first, and
            // that sort costs bundle size.
            let mut answers = Map::new();
            for (statement, value) in self.answers {
                // Version 1 never wrote other values; one that turns up
                // means a damaged file, which is refused, not guessed at.
                let answer = match value {
                    0 => Some(Answer::DontKnow),
                    n => Score::new(n).map(Answer::Score),
                }
                .ok_or_else(|| {
                    invalid(
                        format!("respondents[{index}].answers.{statement}"),
                        Problem::Malformed(format!(
                            "{value} is neither 0 (don't know) nor a score 1–5"
                        )),
                    )
                })?;
                answers.insert(
                    statement,
                    Response {
                        answer: Some(answer),
                        comment: String::new(),
                    },
                );
            }
            Ok(super::Respondent {
                id: self.id,
                name: self.name,
                role: match self.role {
                    Role::Leader => super::Role::Leader,
                    Role::Staff => super::Role::StaffRepresentative,
                    Role::Consultant => super::Role::Consultant,
                    Role::Municipality => super::Role::Municipality,
                },
                answers,
                updated_at: self.updated_at,
            })
        }
    }
}
