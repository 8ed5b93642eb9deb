use yew::prelude::*;

use crate::i18n::{Key, tr};
use crate::ui::hooks::use_app;

#[component]
pub fn Footer() -> Html {
    let lang = use_app().lang;
    html! {
        <footer class="site-footer">
            <p>{ tr(lang, Key::FooterText) }</p>
        </footer>
    }
}
