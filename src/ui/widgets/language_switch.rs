use yew::prelude::*;

use crate::i18n::words::language_name;
use crate::i18n::{Key, Lang, tr};
use crate::state::Action;
use crate::ui::hooks::use_app;

/// Three buttons, each naming its language in that language, so a user who
/// cannot read the current one still finds their own.
#[component]
pub fn LanguageSwitch() -> Html {
    let app = use_app();
    let current = app.lang;
    html! {
        <div class="language-switch" role="group" aria-label={tr(current, Key::LanguageLabel)}>
            { for Lang::ALL.into_iter().map(|lang| {
                let app = app.clone();
                let onclick = Callback::from(move |_| app.dispatch(Action::SetLanguage(lang)));
                html! {
                    <button type="button" lang={lang.code()} aria-pressed={(lang == current).to_string()} {onclick}>
                        { language_name(lang) }
                    </button>
                }
            }) }
        </div>
    }
}
