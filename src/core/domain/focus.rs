//! Which themes to suggest as focus areas, and why.
//!
//! The rule (also in the README):
//!
//! * Each theme with data gets a team score `s`: the agreed score if the
//!   team set one, else the respondents' mean.
//! * Its priority is `(5 − s)`
//!   `+ 1` if the respondents disagree (see `aggregate`),
//!   `+ |gap|` if leaders and the others differ by at least 1 point,
//!   `+ (target − s)` if the team set a target above `s`.
//! * Themes are ranked by priority, highest first; ties go to the lower
//!   score, then to the model's order. The top 3 are suggested.
//! * Each suggestion lists the reasons that raised it: a low score
//!   (`s ≤ 3`), disagreement (said as a range in a small group, as the
//!   shares at each end or the spread in a larger one), a self-other gap, distance to the target. A
//!   theme raised by none of these is there because it is among the team's
//!   lowest.

use crate::core::domain::aggregate::{Disagreement, Summary, ThemeSummary};

pub const DEFAULT_SUGGESTIONS: usize = 3;
/// "I nogen grad" or lower counts as a low score.
pub const LOW_SCORE: f64 = 3.0;
pub const DISAGREEMENT_WEIGHT: f64 = 1.0;
pub const SELF_OTHER_GAP: f64 = 1.0;

#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    LowScore {
        score: f64,
    },
    /// The respondents disagree (`aggregate`'s rule), and how.
    Disagreement(Disagreement),
    SelfOtherGap {
        gap: f64,
    },
    BelowTarget {
        target: f64,
        score: f64,
    },
    AmongLowest {
        score: f64,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub theme_id: String,
    pub score: f64,
    pub priority: f64,
    pub reasons: Vec<Reason>,
}

/// Every theme with data, most pressing first.
pub fn rank(summary: &Summary) -> Vec<Suggestion> {
    let mut ranked: Vec<(usize, Suggestion)> = summary
        .themes
        .iter()
        .enumerate()
        .filter_map(|(order, theme)| assess(theme).map(|s| (order, s)))
        .collect();
    ranked.sort_by(|(oa, a), (ob, b)| {
        b.priority
            .total_cmp(&a.priority)
            .then(a.score.total_cmp(&b.score))
            .then(oa.cmp(ob))
    });
    ranked.into_iter().map(|(_, s)| s).collect()
}

/// The top `n` of `rank`.
pub fn suggest(summary: &Summary, n: usize) -> Vec<Suggestion> {
    let mut ranked = rank(summary);
    ranked.truncate(n);
    ranked
}

fn assess(theme: &ThemeSummary) -> Option<Suggestion> {
    let score = theme.team_score()?;
    let mut priority = 5.0 - score;
    let mut reasons = Vec::new();
    if score <= LOW_SCORE + 1e-9 {
        reasons.push(Reason::LowScore { score });
    }
    if let Some(how) = theme.scores.and_then(|s| s.disagreement_kind()) {
        priority += DISAGREEMENT_WEIGHT;
        reasons.push(Reason::Disagreement(how));
    }
    if let Some(gap) = theme
        .self_other_gap
        .filter(|g| g.abs() >= SELF_OTHER_GAP - 1e-9)
    {
        priority += gap.abs();
        reasons.push(Reason::SelfOtherGap { gap });
    }
    if let Some(target) = theme.target {
        let target_value = target.value();
        if target_value > score {
            priority += target_value - score;
            reasons.push(Reason::BelowTarget {
                target: target_value,
                score,
            });
        }
    }
    if reasons.is_empty() {
        reasons.push(Reason::AmongLowest { score });
    }
    Some(Suggestion {
        theme_id: theme.theme_id.clone(),
        score,
        priority,
        reasons,
    })
}
