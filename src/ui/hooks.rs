//! Access to the app state from any component under `App`.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::domain::assessment::{Assessment, Respondent};
use crate::state::AppContext;

/// The app state from the nearest provider; every component is under `App`'s.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App's ContextProvider")
}

/// The assessment the route names, or `None` when this device doesn't have
/// it (the page then shows `NotFound`).
#[hook]
pub fn use_assessment(id: &str) -> Option<Rc<Assessment>> {
    use_app().assessment(id).cloned()
}

/// An assessment and one of its respondents, or `None` when either is
/// missing.
#[hook]
pub fn use_respondent(assessment: &str, respondent: &str) -> Option<(Rc<Assessment>, Respondent)> {
    let assessment = use_assessment(assessment)?;
    let respondent = assessment.respondent(respondent)?.clone();
    Some((assessment, respondent))
}
