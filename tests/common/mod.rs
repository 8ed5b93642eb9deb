//! Builders shared by the native tests.
#![allow(dead_code)]

use kapacitetsradar::core::domain::assessment::{Assessment, Respondent, Role, Round};
use kapacitetsradar::core::domain::model::Model;
use kapacitetsradar::core::domain::scale::{Answer, Score};
use kapacitetsradar::core::formats::csv::Vocabulary;
use kapacitetsradar::core::lang::Lang;

/// The model the hand-checked examples were written for: version 1 (eight
/// themes, 41 statements), which stays built in for the answers given to it.
pub fn model() -> &'static Model {
    Model::builtins()[0]
}

/// The current model (version 2).
pub fn model_v2() -> &'static Model {
    Model::builtin()
}

pub fn assessment(respondents: Vec<Respondent>) -> Assessment {
    Assessment {
        respondents,
        ..Assessment::new(
            "a1",
            model(),
            "Nordskolen",
            "Ledelsen",
            "2026-11-24",
            Round::Baseline,
            1,
        )
    }
}

/// A respondent who gives every statement of each theme the score listed
/// for it (`0` = don't know, `None` = unanswered).
pub fn respondent(id: &str, role: Role, per_theme: &[Option<u8>]) -> Respondent {
    let mut r = Respondent::new(id, format!("Navn {id}"), role, 10);
    for (theme, value) in model().themes.iter().zip(per_theme) {
        for statement in theme.statements.iter() {
            let answer = match value {
                None => None,
                Some(0) => Some(Answer::DontKnow),
                Some(v) => Score::new(*v).map(Answer::Score),
            };
            r.set_answer(&statement.id, answer, 10);
        }
    }
    r
}

/// A respondent scoring every statement of theme `t` with `per_theme[t]`.
pub fn scored(id: &str, role: Role, per_theme: [u8; 8]) -> Respondent {
    respondent(id, role, &per_theme.map(Some))
}

pub fn score(v: u8) -> Score {
    Score::new(v).unwrap()
}

/// The words a CSV may use, as the app gives them to the reader.
pub fn words() -> Vocabulary {
    kapacitetsradar::i18n::words::csv_vocabulary(Lang::Da)
}

/// A whole score as an agreed score or target.
pub fn half(v: u8) -> kapacitetsradar::core::domain::scale::HalfScore {
    kapacitetsradar::core::domain::scale::HalfScore::whole(score(v))
}
