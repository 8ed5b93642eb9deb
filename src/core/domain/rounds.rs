//! Rounds of the same team: a follow-up made from its baseline, the chain
//! of rounds back to the first, and each theme's figure over them.

use crate::core::domain::assessment::{Assessment, Millis, Respondent, Round};
use crate::core::domain::model::Model;

/// A follow-up of `baseline`: the same school, team, initiative and
/// respondents (names and roles, not their answers), linked to its
/// baseline, of `model` (the newest version of the baseline's model), and
/// asking every theme or, with `themes`, only those.
pub fn follow_up_of(
    baseline: &Assessment,
    id: impl Into<String>,
    model: &Model,
    themes: Vec<String>,
    date: &str,
    now: Millis,
) -> Assessment {
    let mut next = Assessment::new(
        id,
        model,
        &baseline.school,
        &baseline.team,
        date,
        Round::FollowUp,
        now,
    );
    next.initiative = baseline.initiative.clone();
    next.baseline = baseline.id.clone();
    next.themes = themes;
    next.respondents = baseline
        .respondents
        .iter()
        .map(|r| Respondent::new(r.id.clone(), r.name.clone(), r.role, now))
        .collect();
    next
}

/// `latest` and the rounds before it, oldest first, following each round's
/// baseline among `all` (a round that isn't on the device ends the chain;
/// a loop can't make it endless).
pub fn chain<'a>(latest: &'a Assessment, all: &[&'a Assessment]) -> Vec<&'a Assessment> {
    let mut rounds = vec![latest];
    let mut current = latest;
    while !current.baseline.is_empty() {
        let Some(earlier) = all.iter().find(|a| a.id == current.baseline) else {
            break;
        };
        if rounds.iter().any(|r| r.id == earlier.id) {
            break;
        }
        rounds.push(earlier);
        current = earlier;
    }
    rounds.reverse();
    rounds
}
