//! Access to the app state from any component under `App`.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::domain::assessment::{Assessment, Respondent};
use crate::core::domain::catalog::ModelRef;
use crate::state::AppContext;
use crate::storage::Store;

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

/// The model an assessment was answered with, or `None` when there is no
/// assessment or this device doesn't have its model (a consultant's own
/// model that was deleted).
#[hook]
pub fn use_model(assessment: Option<&Assessment>) -> Option<ModelRef> {
    let catalog = use_app().catalog.clone();
    assessment.and_then(|a| catalog.find(&a.model_id, a.model_version))
}

/// The store the app saves to, for the pages that write something other
/// than assessments (the device's own models).
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("components are rendered inside App's store provider")
}
