use yew::prelude::*;

use crate::core::route::Route;
use crate::i18n::{Key, tr};
use crate::state::Action;
use crate::ui::hooks::use_app;
use crate::ui::widgets::{language_switch::LanguageSwitch, save_status::SaveStatusView};

#[component]
pub fn Header() -> Html {
    let app = use_app();
    let lang = app.lang;
    let home = {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            app.dispatch(Action::Navigate(Route::Home));
        })
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ tr(lang, Key::SkipToContent) }</a>
            <a class="brand" href="#/" onclick={home}>
                <svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
                    <polygon points="32,4 58,22 48,56 16,56 6,22" fill="none" stroke="#ffffff" stroke-width="4" />
                    <polygon points="32,14 48,26 42,46 20,44 16,26" fill="#5fd3d5" />
                </svg>
                <span class="brand-name">{ tr(lang, Key::AppName) }</span>
            </a>
            <SaveStatusView />
            <LanguageSwitch />
        </header>
    }
}
