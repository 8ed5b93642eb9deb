use yew::prelude::*;

use crate::browser;
use crate::i18n::{Key, format_time, tr, tr_with};
use crate::state::SaveStatus;
use crate::ui::hooks::use_app;

/// "Gemt kl. 10.32", announced politely to screen readers.
#[component]
pub fn SaveStatusView() -> Html {
    let app = use_app();
    let lang = app.lang;
    let (class, text) = match (&app.save, app.persistent) {
        (SaveStatus::Idle, _) => ("save-status", String::new()),
        (SaveStatus::Saved { .. }, false) | (SaveStatus::Failed { .. }, _) => {
            ("save-status warn", tr(lang, Key::NotSaved).to_owned())
        }
        (SaveStatus::Saved { at }, true) => {
            let (_, hour, minute) = browser::local_parts(*at);
            (
                "save-status ok",
                tr_with(
                    lang,
                    Key::Saved,
                    &[("when", &format_time(lang, hour, minute))],
                ),
            )
        }
    };
    html! {
        <p class={class} role="status" aria-live="polite" data-testid="save-status">{ text }</p>
    }
}
