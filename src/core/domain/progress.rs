//! How far a respondent has come through the model.

use crate::core::domain::assessment::Respondent;
use crate::core::domain::model::{Model, Statement, Theme};

/// Statements with an answer (a score or "don't know").
pub fn answered(model: &Model, respondent: &Respondent) -> usize {
    model
        .statements()
        .filter(|s| respondent.answer(&s.id).is_some())
        .count()
}

pub fn theme_answered(theme: &Theme, respondent: &Respondent) -> usize {
    theme
        .statements
        .iter()
        .filter(|s| respondent.answer(&s.id).is_some())
        .count()
}

pub fn theme_complete(theme: &Theme, respondent: &Respondent) -> bool {
    theme_answered(theme, respondent) == theme.statements.len()
}

/// The statements still without an answer, per theme (themes with none
/// left out), in the model's order.
pub fn unanswered<'m>(
    model: &'m Model,
    respondent: &Respondent,
) -> Vec<(usize, &'m Theme, Vec<&'m Statement>)> {
    model
        .themes
        .iter()
        .enumerate()
        .filter_map(|(index, theme)| {
            let open: Vec<&Statement> = theme
                .statements
                .iter()
                .filter(|s| respondent.answer(&s.id).is_none())
                .collect();
            (!open.is_empty()).then_some((index, theme, open))
        })
        .collect()
}
