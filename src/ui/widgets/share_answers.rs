use yew::prelude::*;

use crate::browser;
use crate::core::formats::files::{ResponseDocument, response_to_json};
use crate::core::formats::link::share_link;
use crate::core::formats::qr::{Qr, qr_for};
use crate::i18n::{Key, Lang, tr};
use crate::ui::hooks::use_app;
use crate::ui::widgets::lock_share::LockShare;

#[derive(Properties, PartialEq)]
pub struct ShareAnswersProps {
    pub assessment: String,
    pub respondent: String,
}

/// One respondent's answers on their way to the consultant: as a file, as
/// a link, or as a QR code of that link. Nothing goes through a server.
#[component]
pub fn ShareAnswers(props: &ShareAnswersProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let copied = use_state(|| None::<bool>);
    // Stamped with the respondent's last change, so the link stays the same
    // until an answer does.
    let document = app.assessment(&props.assessment).and_then(|a| {
        a.respondent(&props.respondent)
            .map(|r| ResponseDocument::new(a, r, r.updated_at))
    });
    // Deflating and drawing the QR code only when the answers change, not on
    // every render of the page.
    let shared = use_memo(document.clone(), |document| {
        document.as_ref().map(|d| {
            let link = share_link(&browser::app_base(), d);
            let qr = qr_for(&link);
            (link, qr)
        })
    });
    let (Some(document), Some((link, qr))) = (document, (*shared).clone()) else {
        return Html::default();
    };

    let name = browser::file_name(
        &[
            "svar",
            &document.respondent.name,
            &document.assessment.school,
        ],
        "json",
    );
    let download = {
        let (name, document) = (name.clone(), document.clone());
        Callback::from(move |_| {
            let text = browser::pretty_json(&response_to_json(&document));
            let _ = browser::download(&name, "application/json", &text);
        })
    };
    let copy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_| {
            let (link, copied) = (link.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy_text(&link).await));
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.select();
    });

    html! {
        <section class="share card" aria-labelledby="share-heading">
            <h2 id="share-heading">{ tr(lang, Key::ShareHeading) }</h2>
            <p>{ tr(lang, Key::ShareIntro) }</p>
            <div class="share-grid">
                <div>
                    <p><button type="button" class="button primary" onclick={download}>{ tr(lang, Key::DownloadAnswers) }</button></p>
                    <label for="share-link">{ tr(lang, Key::ShareLinkLabel) }</label>
                    <div class="link-row">
                        <input id="share-link" type="text" readonly=true value={link} onfocus={select_all} />
                        <button type="button" class="button" onclick={copy}>{ tr(lang, Key::CopyLink) }</button>
                    </div>
                    <p class="meta" role="status">
                        { match *copied {
                            Some(true) => tr(lang, Key::Copied),
                            Some(false) => tr(lang, Key::CopyFailed),
                            None => "",
                        } }
                    </p>
                </div>
                { qr_view(lang, qr.as_ref()) }
            </div>
            <LockShare document={document} file_name={name} />
        </section>
    }
}

/// A link's QR code, or why there is none.
pub fn qr_view(lang: Lang, qr: Option<&Qr>) -> Html {
    match qr {
        Some(qr) => {
            let side = (qr.size + 8).to_string();
            html! {
                <svg class="qr" viewBox={format!("0 0 {side} {side}")} role="img"
                    aria-label={tr(lang, Key::QrLabel)} shape-rendering="crispEdges">
                    <rect width={side.clone()} height={side} fill="#fff" />
                    <path d={qr.path.clone()} fill="#000" />
                </svg>
            }
        }
        None => html! { <p class="meta">{ tr(lang, Key::QrTooLong) }</p> },
    }
}
