use yew::prelude::*;

use crate::i18n::{Key, tr};
use crate::state::use_app;

#[component]
pub fn StartScreen() -> Html {
    let lang = use_app().lang;
    html! {
        <section class="start" aria-labelledby="start-heading">
            <h1 id="start-heading">{ tr(lang, Key::StartHeading) }</h1>
            <p class="lead">{ tr(lang, Key::Tagline) }</p>
            <p>{ tr(lang, Key::StartIntro) }</p>
            <div class="moments">
                <article class="card">
                    <h2>{ tr(lang, Key::MomentBeforeTitle) }</h2>
                    <p>{ tr(lang, Key::MomentBeforeText) }</p>
                </article>
                <article class="card">
                    <h2>{ tr(lang, Key::MomentWorkshopTitle) }</h2>
                    <p>{ tr(lang, Key::MomentWorkshopText) }</p>
                </article>
            </div>
            <aside class="privacy" aria-labelledby="privacy-heading">
                <h2 id="privacy-heading">{ tr(lang, Key::PrivacyTitle) }</h2>
                <p>{ tr(lang, Key::PrivacyText) }</p>
            </aside>
        </section>
    }
}
