use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::core::error::ImportError;
use crate::core::formats::files::{ResponseDocument, response_to_json};
use crate::core::formats::link::LINK_ROUTE;
use crate::core::formats::locked::{locked_file_json, locked_link_payload};
use crate::core::formats::qr::{Qr, qr_for};
use crate::i18n::{DataKey, Key, error_message, tr};
use crate::ui::hooks::use_app;
use crate::ui::pages::data_page::MIN_PASSPHRASE;
use crate::ui::widgets::share_answers::qr_view;

#[derive(Properties, PartialEq)]
pub struct LockShareProps {
    pub document: ResponseDocument,
    /// The unlocked file's name; the locked one adds "laast".
    pub file_name: String,
}

#[derive(Clone, PartialEq)]
struct LockedShare {
    link: String,
    file: String,
    qr: Option<Qr>,
}

#[derive(Clone, PartialEq)]
enum Lock {
    Open,
    TooShort,
    Busy,
    Done(LockedShare),
    Failed(ImportError),
}

/// The same answers locked with a passphrase, as a file, a link and its
/// QR code: one encryption makes all three.
#[component]
pub fn LockShare(props: &LockShareProps) -> Html {
    let lang = use_app().lang;
    let passphrase = use_state(String::new);
    let lock = use_state(|| Lock::Open);
    {
        // New answers make the locked copy stale.
        let lock = lock.clone();
        use_effect_with(props.document.clone(), move |_| lock.set(Lock::Open));
    }
    let on_input = {
        let passphrase = passphrase.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            passphrase.set(input.value());
        })
    };
    let on_lock = {
        let (passphrase, lock, document) =
            (passphrase.clone(), lock.clone(), props.document.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if passphrase.chars().count() < MIN_PASSPHRASE {
                lock.set(Lock::TooShort);
                return;
            }
            lock.set(Lock::Busy);
            let (passphrase, lock, text) = (
                (*passphrase).clone(),
                lock.clone(),
                response_to_json(&document),
            );
            wasm_bindgen_futures::spawn_local(async move {
                lock.set(match crate::crypto::lock(&passphrase, &text).await {
                    Ok(sealed) => {
                        let link = format!(
                            "{}{LINK_ROUTE}{}",
                            browser::app_base(),
                            locked_link_payload(&sealed)
                        );
                        Lock::Done(LockedShare {
                            qr: qr_for(&link),
                            file: locked_file_json(&sealed),
                            link,
                        })
                    }
                    Err(error) => Lock::Failed(error),
                });
            });
        })
    };
    let locked_name = props.file_name.replace(".json", "-laast.json");
    let too_short = *lock == Lock::TooShort;

    html! {
        <details class="lock-share">
            <summary>{ tr(lang, DataKey::LockHeading) }</summary>
            <p>{ tr(lang, DataKey::LockIntro) }</p>
            <form onsubmit={on_lock}>
                <label for="lock-passphrase">{ tr(lang, DataKey::PassphraseLabel) }</label>
                <div class="link-row">
                    <input id="lock-passphrase" type="password" autocomplete="new-password"
                        value={(*passphrase).clone()} oninput={on_input}
                        aria-invalid={too_short.to_string()}
                        aria-describedby={too_short.then_some("lock-passphrase-error")} />
                    <button type="submit" class="button" disabled={*lock == Lock::Busy}>
                        { tr(lang, if *lock == Lock::Busy { DataKey::Locking } else { DataKey::LockButton }) }
                    </button>
                </div>
                if too_short {
                    <p id="lock-passphrase-error" class="field-error" role="alert">{ tr(lang, DataKey::PassphraseTooShort) }</p>
                }
            </form>
            if let Lock::Failed(error) = &*lock {
                <p class="field-error" role="alert">{ error_message(lang, error) }</p>
            }
            if let Lock::Done(done) = &*lock {
                <p role="status">{ tr(lang, DataKey::Locked) }</p>
                <div class="share-grid">
                    <div>
                        <p>
                            <button type="button" class="button primary" onclick={{
                                let (name, file) = (locked_name.clone(), done.file.clone());
                                Callback::from(move |_| { let _ = browser::download(&name, "application/json", &file); })
                            }}>{ tr(lang, DataKey::DownloadLocked) }</button>
                        </p>
                        <label for="locked-link">{ tr(lang, DataKey::LockedLinkLabel) }</label>
                        <div class="link-row">
                            <input id="locked-link" type="text" readonly=true value={done.link.clone()} />
                            <button type="button" class="button" onclick={{
                                let link = done.link.clone();
                                Callback::from(move |_| {
                                    let link = link.clone();
                                    wasm_bindgen_futures::spawn_local(async move { browser::copy_text(&link).await; });
                                })
                            }}>{ tr(lang, Key::CopyLink) }</button>
                        </div>
                    </div>
                    { qr_view(lang, done.qr.as_ref()) }
                </div>
            }
        </details>
    }
}
