use yew::prelude::*;

use crate::core::route::Route;
use crate::i18n::{Key, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::use_app;

/// The route names an assessment or respondent this device doesn't have,
/// or an assessment whose model isn't on this device (then it says which,
/// and where to load it).
#[component]
pub fn NotFound() -> Html {
    let app = use_app();
    let lang = app.lang;
    let missing_model = app
        .route
        .assessment_id()
        .and_then(|id| app.assessment(id))
        .filter(|a| app.catalog.find(&a.model_id, a.model_version).is_none())
        .map(|a| (a.model_id.clone(), a.model_version));
    let go = |route: Route| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(route.clone())))
    };
    html! {
        <section aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::NotFound) }</h1>
            if let Some((id, version)) = missing_model {
                <p>{ tr_with(lang, Key::ModelMissing, &[("id", &id), ("version", &version.to_string())]) }</p>
                <p><button type="button" class="button primary" onclick={go(Route::Models)}>{ tr(lang, Key::OwnModelLink) }</button></p>
            }
            <button type="button" class="button" onclick={go(Route::Home)}>{ tr(lang, Key::BackToStart) }</button>
        </section>
    }
}
