//! The 1–5 response scale from the seed survey (S001 L1524–1526), with
//! "Ved ikke" kept apart from the scores. The labels are in `crate::i18n`.

use std::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::core::formats::read::{EXPECT_ANSWER, EXPECT_HALF_SCORE, EXPECT_SCORE};

/// A score on the 1–5 scale. Anything else cannot be constructed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

impl Score {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: u8) -> Option<Score> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Score(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// All five scores, lowest first.
    pub fn all() -> [Score; 5] {
        [Score(1), Score(2), Score(3), Score(4), Score(5)]
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match deserializer.deserialize_any(AnswerVisitor(EXPECT_SCORE))? {
            Answer::Score(score) => Ok(score),
            Answer::DontKnow => Err(de::Error::invalid_value(
                Unexpected::Str(DONT_KNOW_JSON),
                &EXPECT_SCORE,
            )),
            Answer::NotApplicable => Err(de::Error::invalid_value(
                Unexpected::Str(NOT_APPLICABLE_JSON),
                &EXPECT_SCORE,
            )),
        }
    }
}

/// One answer to a statement: a score, "don't know", or "doesn't apply"
/// (the school has no such thing). Neither of the last two is a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Score(Score),
    DontKnow,
    NotApplicable,
}

pub const DONT_KNOW_JSON: &str = "dont_know";
pub const NOT_APPLICABLE_JSON: &str = "not_applicable";

impl Answer {
    pub fn score(self) -> Option<Score> {
        match self {
            Answer::Score(s) => Some(s),
            Answer::DontKnow | Answer::NotApplicable => None,
        }
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Score(s) => s.serialize(serializer),
            Answer::DontKnow => serializer.serialize_str(DONT_KNOW_JSON),
            Answer::NotApplicable => serializer.serialize_str(NOT_APPLICABLE_JSON),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnswerVisitor(EXPECT_ANSWER))
    }
}

/// Reads a whole number 1–5, "dont_know" or "not_applicable"; `expecting` says which of the
/// two types asked, so a refusal names the right one.
struct AnswerVisitor(&'static str);

impl Visitor<'_> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Answer, E> {
        u8::try_from(value)
            .ok()
            .and_then(Score::new)
            .map(Answer::Score)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Answer, E> {
        match u64::try_from(value) {
            Ok(value) => self.visit_u64(value),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Answer, E> {
        match value {
            DONT_KNOW_JSON => Ok(Answer::DontKnow),
            NOT_APPLICABLE_JSON => Ok(Answer::NotApplicable),
            _ => Err(E::invalid_value(Unexpected::Str(value), &self)),
        }
    }
}

/// A score the team agrees on, or aims at: 1–5 in half steps (3½ when the
/// team lands between two). Held as halves, so it compares exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HalfScore(u8);

impl HalfScore {
    /// From a value such as 3.5; `None` off the scale or between halves.
    pub fn new(value: f64) -> Option<HalfScore> {
        let halves = value * 2.0;
        (halves.fract() == 0.0 && (2.0..=10.0).contains(&halves)).then_some(HalfScore(halves as u8))
    }

    pub fn whole(score: Score) -> HalfScore {
        HalfScore(score.value() * 2)
    }

    pub fn value(self) -> f64 {
        f64::from(self.0) / 2.0
    }

    /// Every choice, 1 to 5 by halves.
    pub fn all() -> impl Iterator<Item = HalfScore> {
        (2..=10).map(HalfScore)
    }
}

impl Serialize for HalfScore {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Whole scores as whole numbers, as version 2 files wrote them.
        if self.0.is_multiple_of(2) {
            serializer.serialize_u8(self.0 / 2)
        } else {
            serializer.serialize_f64(self.value())
        }
    }
}

impl<'de> Deserialize<'de> for HalfScore {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Halves;
        impl Visitor<'_> for Halves {
            type Value = HalfScore;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECT_HALF_SCORE)
            }
            fn visit_f64<E: de::Error>(self, value: f64) -> Result<HalfScore, E> {
                HalfScore::new(value)
                    .ok_or_else(|| E::invalid_value(Unexpected::Float(value), &self))
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<HalfScore, E> {
                u8::try_from(value)
                    .ok()
                    .and_then(Score::new)
                    .map(HalfScore::whole)
                    .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<HalfScore, E> {
                match u64::try_from(value) {
                    Ok(value) => self.visit_u64(value),
                    Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
                }
            }
        }
        deserializer.deserialize_any(Halves)
    }
}
