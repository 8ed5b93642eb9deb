//! The two file formats that leave the app: a whole team assessment, and
//! one respondent's answers (which travel as a file or a link).
//!
//! Each is defined once, by the domain types' serde derive; this module adds
//! the envelope (format name and version), the limits and the checks the
//! types cannot make. Older versions are migrated forward on reading
//! (`migrate`); newer or unknown ones are refused with a message a user can
//! act on. Reading never panics, whatever the input (see the property and
//! fuzz tests).

use serde::{Deserialize, Serialize};

use crate::core::domain::assessment::{Assessment, Millis, Respondent, Round, is_iso_date};
use crate::core::domain::invitation::Invitation;
use crate::core::domain::plan::Plan;
use crate::core::error::{ImportError, Kind, Problem, check_count, check_id, check_text, invalid};
use crate::core::formats::migrate;
use crate::core::formats::read::{envelope, from_json};

pub const ASSESSMENT_FORMAT: &str = "kapacitetsradar.assessment";
/// Version 4 adds the invitation (who is invited, by when). Version 3 adds
/// the model's version, the focal initiative, "doesn't
/// apply", agreed scores in half steps, the action plan and the link
/// between rounds; version 2 files read as answered with model version 1.
pub const ASSESSMENT_VERSION: u32 = 4;
pub const RESPONSE_FORMAT: &str = "kapacitetsradar.response";
/// Version 2 adds the model's version (version 1 files: model version 1).
pub const RESPONSE_VERSION: u32 = 2;

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
pub const MAX_PLAN_ACTIONS: usize = 100;
pub const MAX_PLAN_TEXT: usize = 600;

// ---------------------------------------------------------------- assessment

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessmentFile<A> {
    format: String,
    version: u32,
    assessment: A,
}

fn assessment_file(assessment: &Assessment) -> AssessmentFile<&Assessment> {
    AssessmentFile {
        format: ASSESSMENT_FORMAT.into(),
        version: ASSESSMENT_VERSION,
        assessment,
    }
}

/// A whole assessment as a file, pretty-printed for people who open it.
pub fn assessment_to_json(assessment: &Assessment) -> String {
    serde_json::to_string_pretty(&assessment_file(assessment)).unwrap_or_default()
}

/// The same document without indentation, for browser storage.
pub fn assessment_to_storage_json(assessment: &Assessment) -> String {
    serde_json::to_string(&assessment_file(assessment)).unwrap_or_default()
}

/// An assessment file (or any text from outside the app).
pub fn parse_assessment(text: &str) -> Result<Assessment, ImportError> {
    read_assessment(text, MAX_ASSESSMENT_BYTES)
}

/// An assessment this app saved in browser storage.
pub fn parse_stored_assessment(text: &str) -> Result<Assessment, ImportError> {
    read_assessment(text, MAX_STORED_ASSESSMENT_BYTES)
}

fn read_assessment(text: &str, limit: usize) -> Result<Assessment, ImportError> {
    crate::core::formats::read::check_size(text, limit)?;
    let assessment = match envelope(text, ASSESSMENT_FORMAT, ASSESSMENT_VERSION)? {
        1 => migrate::assessment_v1(text, limit)?,
        _ => from_json::<AssessmentFile<Assessment>>(text, limit)?.assessment,
    };
    validate_assessment(&assessment)?;
    Ok(assessment)
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

/// Everything the types cannot check: ids, lengths, counts, uniqueness.
pub fn validate_assessment(a: &Assessment) -> Result<(), ImportError> {
    check_id("assessment.model_id", &a.model_id)?;
    check_model_version("assessment.model_version", a.model_version)?;
    validate_heading(&a.id, &a.school, &a.team, &a.date)?;
    check_text("assessment.initiative", &a.initiative, MAX_LABEL, false)?;
    validate_invitation("assessment.invitation", &a.invitation)?;
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
        let path = crate::core::formats::read::join("assessment.agreed", theme);
        check_id(&path, theme)?;
        check_text(
            &format!("{path}.rationale"),
            &agreed.rationale,
            MAX_COMMENT,
            false,
        )?;
    }
    for theme in a.targets.keys() {
        check_id(
            &crate::core::formats::read::join("assessment.targets", theme),
            theme,
        )?;
    }
    check_count("assessment.focus", a.focus.len(), 0, MAX_FOCUS)?;
    for (i, theme) in a.focus.iter().enumerate() {
        check_id(&format!("assessment.focus[{i}]"), theme)?;
    }
    if !a.baseline.is_empty() {
        check_id("assessment.baseline", &a.baseline)?;
    }
    for (i, theme) in a.themes.iter().enumerate() {
        check_id(&format!("assessment.themes[{i}]"), theme)?;
    }
    validate_plan(&a.plan)
}

/// The plan's ids, dates and lengths.
fn validate_plan(plan: &Plan) -> Result<(), ImportError> {
    use crate::core::formats::read::join;
    check_count(
        "assessment.plan.actions",
        plan.actions.len(),
        0,
        MAX_PLAN_ACTIONS,
    )?;
    for (id, action) in &plan.actions {
        let path = join("assessment.plan.actions", id);
        check_id(&path, id)?;
        check_id(&format!("{path}.theme"), &action.theme)?;
        for (field, text) in [
            ("what", &action.what),
            ("owner", &action.owner),
            ("success", &action.success),
        ] {
            check_text(&format!("{path}.{field}"), text, MAX_PLAN_TEXT, false)?;
        }
        for (field, date) in [("start", &action.start), ("deadline", &action.deadline)] {
            check_optional_date(&format!("{path}.{field}"), date)?;
        }
        if !action.suggested.is_empty() {
            check_id(&format!("{path}.suggested"), &action.suggested)?;
        }
    }
    check_text(
        "assessment.plan.anchoring.who",
        &plan.anchoring.who,
        MAX_PLAN_TEXT,
        false,
    )?;
    check_text(
        "assessment.plan.anchoring.how",
        &plan.anchoring.how,
        MAX_COMMENT,
        false,
    )?;
    check_optional_date("assessment.plan.follow_up", &plan.follow_up)
}

fn check_optional_date(path: &str, date: &str) -> Result<(), ImportError> {
    if !date.is_empty() && !is_iso_date(date) {
        return Err(invalid(
            path,
            Problem::BadDate(date.chars().take(40).collect()),
        ));
    }
    Ok(())
}

fn check_model_version(path: &str, version: u32) -> Result<(), ImportError> {
    if version == 0 {
        return Err(invalid(path, Problem::Expected(Kind::Positive)));
    }
    Ok(())
}

fn validate_respondent(path: &str, r: &Respondent) -> Result<(), ImportError> {
    use crate::core::formats::read::join;
    check_id(&format!("{path}.id"), &r.id)?;
    check_text(&format!("{path}.name"), &r.name, MAX_NAME, true)?;
    check_count(&format!("{path}.answers"), r.answers.len(), 0, MAX_ANSWERS)?;
    let answers = format!("{path}.answers");
    for (statement, response) in &r.answers {
        let path = join(&answers, statement);
        check_id(&path, statement)?;
        check_text(
            &format!("{path}.comment"),
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
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub initiative: String,
    /// A follow-up's baseline, so the consultant's merge lands in the
    /// right round.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub baseline: String,
    /// The themes the round asks; empty for all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
}

impl AssessmentRef {
    /// An empty assessment of model `model_id` `model_version` under this
    /// heading (its id, so answers sent back land on it): what a file's or
    /// an invitation's reference starts on a device that lacks it.
    pub fn new_assessment(&self, model_id: &str, model_version: u32, now: Millis) -> Assessment {
        Assessment {
            id: self.id.clone(),
            model_id: model_id.to_owned(),
            model_version,
            school: self.school.trim().to_owned(),
            team: self.team.trim().to_owned(),
            date: self.date.clone(),
            round: self.round,
            initiative: self.initiative.clone(),
            respondents: Vec::new(),
            agreed: Default::default(),
            targets: Default::default(),
            focus: Vec::new(),
            plan: Default::default(),
            baseline: self.baseline.clone(),
            themes: self.themes.clone(),
            invitation: Default::default(),
            updated_at: now,
        }
    }

    pub fn of(assessment: &Assessment) -> Self {
        AssessmentRef {
            id: assessment.id.clone(),
            school: assessment.school.clone(),
            team: assessment.team.clone(),
            date: assessment.date.clone(),
            round: assessment.round,
            initiative: assessment.initiative.clone(),
            baseline: assessment.baseline.clone(),
            themes: assessment.themes.clone(),
        }
    }
}

/// One respondent's answers, ready to travel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseDocument {
    pub format: String,
    pub version: u32,
    pub model_id: String,
    /// Files of version 1 were all answered with model version 1.
    #[serde(default = "first_version")]
    pub model_version: u32,
    pub assessment: AssessmentRef,
    pub respondent: Respondent,
    pub exported_at: Millis,
}

fn first_version() -> u32 {
    1
}

impl ResponseDocument {
    pub fn new(assessment: &Assessment, respondent: &Respondent, now: Millis) -> Self {
        Self {
            format: RESPONSE_FORMAT.into(),
            version: RESPONSE_VERSION,
            model_id: assessment.model_id.clone(),
            model_version: assessment.model_version,
            assessment: AssessmentRef::of(assessment),
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
    crate::core::formats::read::check_size(text, MAX_RESPONSE_BYTES)?;
    envelope(text, RESPONSE_FORMAT, RESPONSE_VERSION)?;
    let document: ResponseDocument = from_json(text, MAX_RESPONSE_BYTES)?;
    validate_reference(
        &document.model_id,
        document.model_version,
        &document.assessment,
    )?;
    validate_respondent("respondent", &document.respondent)?;
    Ok(document)
}

/// A model and an assessment named by a file or link from outside.
pub(crate) fn validate_reference(
    model_id: &str,
    model_version: u32,
    reference: &AssessmentRef,
) -> Result<(), ImportError> {
    check_id("model_id", model_id)?;
    check_model_version("model_version", model_version)?;
    check_text(
        "assessment.initiative",
        &reference.initiative,
        MAX_LABEL,
        false,
    )?;
    validate_heading(
        &reference.id,
        &reference.school,
        &reference.team,
        &reference.date,
    )
}

/// Who is invited and by when, wherever it is carried.
pub(crate) fn validate_invitation(path: &str, invitation: &Invitation) -> Result<(), ImportError> {
    check_text(
        &format!("{path}.inviter"),
        &invitation.inviter,
        MAX_LABEL,
        false,
    )?;
    if !invitation.answer_by.is_empty() && !is_iso_date(&invitation.answer_by) {
        return Err(invalid(
            format!("{path}.answer_by"),
            Problem::BadDate(invitation.answer_by.chars().take(40).collect()),
        ));
    }
    check_count(
        &format!("{path}.invited"),
        invitation.invited.len(),
        0,
        MAX_RESPONDENTS,
    )?;
    let mut seen: Vec<&str> = Vec::new();
    for (i, invitee) in invitation.invited.iter().enumerate() {
        let at = format!("{path}.invited[{i}]");
        check_id(&format!("{at}.id"), &invitee.id)?;
        check_text(&format!("{at}.name"), &invitee.name, MAX_NAME, true)?;
        if seen.contains(&invitee.id.as_str()) {
            return Err(invalid(
                format!("{at}.id"),
                Problem::DuplicateId(invitee.id.clone()),
            ));
        }
        seen.push(&invitee.id);
    }
    Ok(())
}
