use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::error::ImportError;
use crate::i18n::{DataKey, error_message, tr, tr_with};
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct UnlockFormProps {
    /// The file's name, or "link": unique on the page, it also makes the id.
    pub source: String,
    pub id: String,
    /// Why the last try failed.
    #[prop_or_default]
    pub error: Option<ImportError>,
    pub on_unlock: Callback<String>,
    #[prop_or_default]
    pub busy: bool,
}

/// Asks for the passphrase of a locked file or link.
#[component]
pub fn UnlockForm(props: &UnlockFormProps) -> Html {
    let lang = use_app().lang;
    let passphrase = use_state(String::new);
    let on_input = {
        let passphrase = passphrase.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            passphrase.set(input.value());
        })
    };
    let on_submit = {
        let (passphrase, on_unlock) = (passphrase.clone(), props.on_unlock.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_unlock.emit((*passphrase).clone());
        })
    };
    let field = format!("{}-passphrase", props.id);
    let error_id = format!("{}-error", props.id);
    html! {
        <form class="unlock card" onsubmit={on_submit}>
            <p>{ tr_with(lang, DataKey::LockedItem, &[("source", &props.source)]) }</p>
            <label for={field.clone()}>{ tr_with(lang, DataKey::UnlockLabel, &[("source", &props.source)]) }</label>
            <div class="link-row">
                <input id={field} type="password" autocomplete="off" value={(*passphrase).clone()}
                    oninput={on_input} aria-invalid={props.error.is_some().to_string()}
                    aria-describedby={props.error.is_some().then(|| error_id.clone())} />
                <button type="submit" class="button primary" disabled={props.busy}>
                    { tr(lang, if props.busy { DataKey::Unlocking } else { DataKey::UnlockButton }) }
                </button>
            </div>
            if let Some(error) = &props.error {
                <p id={error_id} class="field-error" role="alert">{ error_message(lang, error) }</p>
            }
        </form>
    }
}
