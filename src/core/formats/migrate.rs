//! Older versions of the formats, read and brought forward to today's
//! types. Each old version is defined once, here, with serde.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Unexpected, Visitor};

use crate::core::domain::assessment::{Assessment, Respondent, Response, Role, Round};
use crate::core::domain::scale::{Answer, Score};
use crate::core::error::ImportError;
use crate::core::formats::read::{EXPECT_LEGACY_ANSWER, from_json, unique_keys};

/// Version 1 of the assessment file: the assessment's fields at the top
/// level, answers as bare numbers with 0 for "don't know", no comments,
/// rounds or agreed scores, and the staff role called "staff".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessmentV1 {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    id: String,
    model_id: String,
    school: String,
    team: String,
    date: String,
    #[serde(default)]
    respondents: Vec<RespondentV1>,
    updated_at: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RespondentV1 {
    id: String,
    name: String,
    role: RoleV1,
    #[serde(default, deserialize_with = "unique_keys")]
    answers: BTreeMap<String, AnswerV1>,
    updated_at: i64,
}

/// Version 1's roles: "staff" became "staff_representative" in version 2,
/// and a version 1 file that says "staff_representative" is damaged.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RoleV1 {
    Leader,
    Staff,
    Consultant,
    Municipality,
}

/// A version 1 answer: 0 for "don't know", or a score. Version 1 never
/// wrote other values; one that turns up means a damaged file, which is
/// refused, not guessed at.
struct AnswerV1(Answer);

impl<'de> Deserialize<'de> for AnswerV1 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Number;
        impl Visitor<'_> for Number {
            type Value = AnswerV1;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECT_LEGACY_ANSWER)
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<AnswerV1, E> {
                match n {
                    0 => Ok(AnswerV1(Answer::DontKnow)),
                    n => u8::try_from(n)
                        .ok()
                        .and_then(Score::new)
                        .map(|s| AnswerV1(Answer::Score(s)))
                        .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(n), &self)),
                }
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<AnswerV1, E> {
                match u64::try_from(n) {
                    Ok(n) => self.visit_u64(n),
                    Err(_) => Err(E::invalid_value(Unexpected::Signed(n), &self)),
                }
            }
        }
        deserializer.deserialize_any(Number)
    }
}

/// Reads a version 1 assessment file (its envelope already checked) into
/// today's `Assessment`.
pub fn assessment_v1(text: &str, limit: usize) -> Result<Assessment, ImportError> {
    let old: AssessmentV1 = from_json(text, limit)?;
    let respondents = old
        .respondents
        .into_iter()
        .map(|r| Respondent {
            id: r.id,
            name: r.name,
            role: match r.role {
                RoleV1::Leader => Role::Leader,
                RoleV1::Staff => Role::StaffRepresentative,
                RoleV1::Consultant => Role::Consultant,
                RoleV1::Municipality => Role::Municipality,
            },
            answers: r
                .answers
                .into_iter()
                .map(|(statement, AnswerV1(answer))| {
                    let response = Response {
                        answer: Some(answer),
                        comment: String::new(),
                    };
                    (statement, response)
                })
                .collect(),
            updated_at: r.updated_at,
        })
        .collect();
    Ok(Assessment {
        id: old.id,
        model_id: old.model_id,
        model_version: 1,
        school: old.school,
        team: old.team,
        date: old.date,
        round: Round::Baseline,
        initiative: String::new(),
        respondents,
        agreed: BTreeMap::new(),
        targets: BTreeMap::new(),
        focus: Vec::new(),
        plan: Default::default(),
        baseline: String::new(),
        themes: Vec::new(),
        invitation: Default::default(),
        updated_at: old.updated_at,
    })
}
