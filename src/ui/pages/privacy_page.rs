use yew::prelude::*;

use crate::core::route::Route;
use crate::i18n::{DataKey, tr};
use crate::state::Action;
use crate::ui::hooks::use_app;

/// What is stored, where and for how long, that nothing is sent, what a
/// share link holds and how to delete it all, in plain words.
#[component]
pub fn PrivacyPage() -> Html {
    let app = use_app();
    let lang = app.lang;
    let to_data = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        app.dispatch(Action::Navigate(Route::Data));
    });
    let section = |id: &str, heading: DataKey, text: DataKey| {
        html! {
            <section aria-labelledby={id.to_owned()}>
                <h2 id={id.to_owned()}>{ tr(lang, heading) }</h2>
                <p>{ tr(lang, text) }</p>
            </section>
        }
    };
    html! {
        <section class="form-page prose" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, DataKey::PrivacyHeading) }</h1>
            <p class="lead">{ tr(lang, DataKey::PrivacyLead) }</p>
            { section("privacy-what", DataKey::WhatHeading, DataKey::WhatText) }
            { section("privacy-how-long", DataKey::HowLongHeading, DataKey::HowLongText) }
            { section("privacy-sent", DataKey::SentHeading, DataKey::SentText) }
            <section aria-labelledby="privacy-link">
                <h2 id="privacy-link">{ tr(lang, DataKey::LinkHeading) }</h2>
                <p>{ tr(lang, DataKey::LinkText) }</p>
                <p>{ tr(lang, DataKey::LockedText) }</p>
            </section>
            <section aria-labelledby="privacy-delete">
                <h2 id="privacy-delete">{ tr(lang, DataKey::DeleteHowHeading) }</h2>
                <p>{ tr(lang, DataKey::DeleteHowText) }</p>
                <p><a href={Route::Data.to_fragment()} onclick={to_data}>{ tr(lang, DataKey::DataLink) }</a></p>
            </section>
        </section>
    }
}
