//! How far a respondent has come through the statements put to them (a
//! staff member answers the staff set where the model has one).

use crate::core::domain::assessment::Respondent;
use crate::core::domain::model::{Audience, Model, Statement, Theme};

/// The statements `respondent` is asked, in all.
pub fn total(model: &Model, respondent: &Respondent) -> usize {
    model.statements_for(respondent.role).count()
}

/// Of those, the ones with an answer (a score, "don't know" or "doesn't
/// apply").
pub fn answered(model: &Model, respondent: &Respondent) -> usize {
    model
        .statements_for(respondent.role)
        .filter(|s| respondent.answer(&s.id).is_some())
        .count()
}

/// The theme's statements for this respondent.
pub fn asked<'m>(theme: &'m Theme, respondent: &Respondent) -> Vec<&'m Statement> {
    theme
        .statements_for(Audience::of(respondent.role))
        .collect()
}

pub fn theme_complete(theme: &Theme, respondent: &Respondent) -> bool {
    asked(theme, respondent)
        .iter()
        .all(|s| respondent.answer(&s.id).is_some())
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
            let open: Vec<&Statement> = asked(theme, respondent)
                .into_iter()
                .filter(|s| respondent.answer(&s.id).is_none())
                .collect();
            (!open.is_empty()).then_some((index, theme, open))
        })
        .collect()
}
