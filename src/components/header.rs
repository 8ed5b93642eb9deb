use yew::prelude::*;

use crate::components::language_switch::LanguageSwitch;
use crate::i18n::{Key, tr};
use crate::state::use_app;

#[component]
pub fn Header() -> Html {
    let lang = use_app().lang;
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ tr(lang, Key::SkipToContent) }</a>
            <div class="brand">
                <svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
                    <polygon points="32,4 58,22 48,56 16,56 6,22" fill="none" stroke="#ffffff" stroke-width="4" />
                    <polygon points="32,14 48,26 42,46 20,44 16,26" fill="#5fd3d5" />
                </svg>
                <span class="brand-name">{ tr(lang, Key::AppName) }</span>
            </div>
            <LanguageSwitch />
        </header>
    }
}
