use yew::prelude::*;

use crate::browser;
use crate::core::route::Route;
use crate::i18n::{DataKey, Key, format_date, format_time, round_label, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::use_app;

/// The start page: what the tool is for, a new assessment, and the ones
/// stored on this device.
#[component]
pub fn Home() -> Html {
    let app = use_app();
    let lang = app.lang;
    let start_new = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Route::NewAssessment)))
    };
    let gather = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Route::Import)))
    };
    let models = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Route::Models)))
    };
    let privacy = {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            app.dispatch(Action::Navigate(Route::Privacy));
        })
    };
    let stored = app.assessments_by_recency();
    html! {
        <section class="start" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::StartHeading) }</h1>
            <p class="lead">{ tr(lang, Key::Tagline) }</p>
            <p>{ tr(lang, Key::StartIntro) }</p>
            <p class="card-actions">
                <button type="button" class="button primary large" onclick={start_new}>{ tr(lang, Key::NewAssessment) }</button>
                <button type="button" class="button large" onclick={gather}>{ tr(lang, Key::GatherAnswers) }</button>
            </p>
            <p><button type="button" class="button subtle" onclick={models}>{ tr(lang, Key::OwnModelLink) }</button></p>

            <section class="stored" aria-labelledby="stored-heading">
                <h2 id="stored-heading">{ tr(lang, Key::StoredAssessments) }</h2>
                if stored.is_empty() {
                    <p>{ tr(lang, Key::NoStoredAssessments) }</p>
                } else {
                    <ul class="assessment-list">
                        { for stored.into_iter().map(|a| {
                            let open = {
                                let app = app.clone();
                                let id = a.id.clone();
                                Callback::from(move |_| app.dispatch(Action::Navigate(Route::Respondents { assessment: id.clone() })))
                            };
                            let results = {
                                let app = app.clone();
                                let id = a.id.clone();
                                Callback::from(move |_| app.dispatch(Action::Navigate(Route::Results { assessment: id.clone() })))
                            };
                            let (date, hour, minute) = browser::local_parts(a.updated_at);
                            let when = format!("{} {}", format_date(lang, &date), format_time(lang, hour, minute));
                            let title = a.title();
                            html! {
                                <li class="card assessment-card">
                                    <div>
                                        <h3>{ title.clone() }</h3>
                                        <p class="meta">
                                            { format_date(lang, &a.date) }{ " · " }{ round_label(lang, a.round) }{ " · " }
                                            { tr_with(lang, Key::RespondentCount, &[("n", &a.respondents.len().to_string())]) }
                                        </p>
                                        <p class="meta">{ tr_with(lang, Key::LastChanged, &[("when", &when)]) }</p>
                                    </div>
                                    <div class="card-actions">
                                        <button type="button" class="button" onclick={open}>
                                            { tr(lang, Key::Continue) }
                                            <span class="visually-hidden">{ format!(": {title}") }</span>
                                        </button>
                                        <button type="button" class="button" onclick={results}>
                                            { tr(lang, Key::ShowResults) }
                                            <span class="visually-hidden">{ format!(": {title}") }</span>
                                        </button>
                                    </div>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>

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
                <p><a href={Route::Privacy.to_fragment()} onclick={privacy}>{ tr(lang, DataKey::ReadMorePrivacy) }</a></p>
            </aside>
        </section>
    }
}
