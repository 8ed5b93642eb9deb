use yew::prelude::*;

use crate::core::route::Route;
use crate::i18n::{Key, tr};
use crate::state::Action;
use crate::ui::hooks::use_app;

/// The route names an assessment or respondent this device doesn't have.
#[component]
pub fn NotFound() -> Html {
    let app = use_app();
    let lang = app.lang;
    let home = Callback::from(move |_| app.dispatch(Action::Navigate(Route::Home)));
    html! {
        <section aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::NotFound) }</h1>
            <button type="button" class="button" onclick={home}>{ tr(lang, Key::BackToStart) }</button>
        </section>
    }
}
