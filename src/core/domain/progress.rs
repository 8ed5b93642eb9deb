//! How far a respondent has come through the statements put to them: the
//! themes the round asks (a follow-up may ask only the focus themes), and
//! in them the statements for their role (a staff member answers the staff
//! set where the model has one).

use crate::core::domain::assessment::Respondent;
use crate::core::domain::model::{Audience, Model, Statement, Theme};

/// Which themes a round asks: every one, or those listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scope<'a>(pub &'a [String]);

impl Scope<'_> {
    pub const ALL: Scope<'static> = Scope(&[]);

    pub fn asks(&self, theme: &Theme) -> bool {
        self.0.is_empty() || self.0.contains(&theme.id)
    }

    /// The model's themes this round asks, with their index in the model.
    pub fn themes<'m>(&self, model: &'m Model) -> Vec<(usize, &'m Theme)> {
        model
            .themes
            .iter()
            .enumerate()
            .filter(|(_, t)| self.asks(t))
            .collect()
    }
}

/// The statements `respondent` is asked, in all.
pub fn total(model: &Model, respondent: &Respondent, scope: Scope) -> usize {
    scope
        .themes(model)
        .into_iter()
        .map(|(_, theme)| asked(theme, respondent).len())
        .sum()
}

/// Of those, the ones with an answer (a score, "don't know" or "doesn't
/// apply").
pub fn answered(model: &Model, respondent: &Respondent, scope: Scope) -> usize {
    scope
        .themes(model)
        .into_iter()
        .flat_map(|(_, theme)| asked(theme, respondent))
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
    scope: Scope,
) -> Vec<(usize, &'m Theme, Vec<&'m Statement>)> {
    scope
        .themes(model)
        .into_iter()
        .filter_map(|(index, theme)| {
            let open: Vec<&Statement> = asked(theme, respondent)
                .into_iter()
                .filter(|s| respondent.answer(&s.id).is_none())
                .collect();
            (!open.is_empty()).then_some((index, theme, open))
        })
        .collect()
}
