//! Comparing two rounds that may have been answered with different
//! versions of a model: the earlier round's figures laid onto the later
//! model's themes (by the model's theme mapping), and which statements are
//! new since.

use crate::core::domain::aggregate::{Stats, Summary, ThemeSummary};
use crate::core::domain::model::Model;

/// True when `later` is a later version of the same model as `earlier`.
fn succeeds(later: &Model, earlier: &Model) -> bool {
    later.id == earlier.id && later.model_version > earlier.model_version
}

/// `earlier`'s figures, one per theme of `later`: a theme takes the themes
/// it continues (`from_v1`) when `later` is a later version of `earlier`'s
/// model, else the theme of the same id. A new theme has no figures.
pub fn project(earlier: &Summary, earlier_model: &Model, later: &Model) -> Summary {
    if earlier_model.id == later.id && earlier_model.model_version == later.model_version {
        return earlier.clone();
    }
    let mapped = succeeds(later, earlier_model);
    let themes = later
        .themes
        .iter()
        .map(|theme| {
            let sources: Vec<&ThemeSummary> = if mapped {
                theme
                    .from_v1
                    .iter()
                    .filter_map(|id| earlier.theme(id))
                    .collect()
            } else {
                earlier.theme(&theme.id).into_iter().collect()
            };
            combine(&theme.id, &sources)
        })
        .collect();
    Summary {
        respondents: earlier.respondents,
        themes,
        statements: Vec::new(),
    }
}

/// Several earlier themes as one: each respondent's means averaged.
fn combine(id: &str, sources: &[&ThemeSummary]) -> ThemeSummary {
    if let [one] = sources {
        return ThemeSummary {
            theme_id: id.to_owned(),
            ..(*one).clone()
        };
    }
    let means: Vec<f64> = sources
        .iter()
        .flat_map(|t| t.respondent_means.iter().map(|(_, m)| *m))
        .collect();
    let scores = Stats::of(&means);
    ThemeSummary {
        theme_id: id.to_owned(),
        scores,
        answered: sources.iter().map(|t| t.answered).sum(),
        dont_know: sources.iter().map(|t| t.dont_know).sum(),
        not_applicable: sources.iter().map(|t| t.not_applicable).sum(),
        high: sources.iter().map(|t| t.high).sum(),
        disagreement: scores.is_some_and(|s| s.disagreement()),
        respondent_means: Vec::new(),
        by_role: Vec::new(),
        self_other_gap: None,
        agreed: None,
        target: None,
    }
}

/// The statements of `later` that continue none of `earlier`'s, when
/// `later` is a later version of the same model; otherwise none.
pub fn new_statements(later: &Model, earlier: &Model) -> Vec<String> {
    if !succeeds(later, earlier) {
        return Vec::new();
    }
    later
        .statements()
        .filter(|s| s.replaces.is_empty())
        .map(|s| s.id.clone())
        .collect()
}
