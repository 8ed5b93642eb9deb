//! The 1–5 response scale from the seed survey (S001 L1524–1526), with
//! "Ved ikke" kept apart from the scores.

use serde::{Serialize, Serializer};

use crate::core::lang::Lang;

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

    pub fn label(self, lang: Lang) -> &'static str {
        const LABELS: [[&str; 5]; 3] = [
            [
                "Slet ikke",
                "I mindre grad",
                "I nogen grad",
                "I høj grad",
                "I meget høj grad",
            ],
            [
                "Ikke i det hele tatt",
                "I liten grad",
                "I noen grad",
                "I stor grad",
                "I svært stor grad",
            ],
            [
                "Not at all",
                "To a small extent",
                "To some extent",
                "To a large extent",
                "To a very large extent",
            ],
        ];
        LABELS[lang.index()][usize::from(self.0 - 1)]
    }
}

impl TryFrom<u8> for Score {
    type Error = String;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Score::new(value).ok_or_else(|| format!("a score must be 1–5, not {value}"))
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

/// One answer to a statement: a score, or "don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Score(Score),
    DontKnow,
}

pub const DONT_KNOW_JSON: &str = "dont_know";

impl Answer {
    pub fn score(self) -> Option<Score> {
        match self {
            Answer::Score(s) => Some(s),
            Answer::DontKnow => None,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Answer::Score(s) => s.label(lang),
            Answer::DontKnow => dont_know_label(lang),
        }
    }
}

pub fn dont_know_label(lang: Lang) -> &'static str {
    ["Ved ikke", "Vet ikke", "Don't know"][lang.index()]
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Score(s) => s.serialize(serializer),
            Answer::DontKnow => serializer.serialize_str(DONT_KNOW_JSON),
        }
    }
}
