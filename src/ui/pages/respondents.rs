use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::core::domain::assessment::{Respondent, Role};
use crate::core::domain::progress::{self, Scope};
use crate::core::formats::files::MAX_RESPONDENTS;
use crate::core::route::Route;
use crate::i18n::{Key, format_date, role_label, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::{use_app, use_assessment, use_model};
use crate::ui::widgets::invite_panel::InvitePanel;
use crate::ui::widgets::not_found::NotFound;

#[derive(Properties, PartialEq)]
pub struct RespondentsProps {
    pub assessment: String,
}

/// Who is answering: pick an existing respondent (a shared device) or add
/// a new one with a name and a role.
#[component]
pub fn Respondents(props: &RespondentsProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let name = use_state(String::new);
    let role = use_state(|| Role::Leader);
    let tried = use_state(|| false);
    let found = use_assessment(&props.assessment);
    let model = use_model(found.as_deref());
    let (Some(assessment), Some(model)) = (found, model) else {
        return html! { <NotFound /> };
    };

    let oninput = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            name.set(input.value());
        })
    };
    let onsubmit = {
        let (app, name, role, tried, id) = (
            app.clone(),
            name.clone(),
            role.clone(),
            tried.clone(),
            assessment.id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let trimmed = name.trim();
            if trimmed.is_empty() {
                tried.set(true);
                browser::focus_first_invalid();
                return;
            }
            let respondent = Respondent::new(browser::new_id("r"), trimmed, *role, browser::now());
            app.dispatch(Action::AddRespondent {
                assessment: id.clone(),
                respondent,
            });
        })
    };
    let show_error = *tried && name.trim().is_empty();
    let title = assessment.title();
    let full = assessment.respondents.len() >= MAX_RESPONDENTS;
    let show_results = {
        let app = app.clone();
        let route = Route::Results {
            assessment: assessment.id.clone(),
        };
        Callback::from(move |_| app.dispatch(Action::Navigate(route.clone())))
    };

    html! {
        <section class="form-page" aria-labelledby="page-heading">
            <p class="eyebrow">{ title }{ " · " }{ format_date(lang, &assessment.date) }</p>
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::WhoAnswers) }</h1>
            <p>{ tr(lang, Key::WhoAnswersIntro) }</p>
            if !assessment.respondents.is_empty() {
                <section aria-labelledby="existing-heading">
                    <h2 id="existing-heading">{ tr(lang, Key::ExistingRespondents) }</h2>
                    <ul class="respondent-list">
                        { for assessment.respondents.iter().map(|r| {
                            let go = {
                                let app = app.clone();
                                let route = Route::Question { assessment: assessment.id.clone(), respondent: r.id.clone(), theme: 0 };
                                Callback::from(move |_| app.dispatch(Action::Navigate(route.clone())))
                            };
                            let done = progress::answered(&model, r, Scope(&assessment.themes));
                            let total = progress::total(&model, r, Scope(&assessment.themes));
                            html! {
                                <li>
                                    <button type="button" class="button respondent-button" onclick={go}>
                                        <span class="respondent-name">{ &r.name }</span>
                                        <span class="meta">{ role_label(lang, r.role) }{ " · " }
                                            { tr_with(lang, Key::AnsweredOf, &[("done", &done.to_string()), ("total", &total.to_string())]) }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                    <p><button type="button" class="button" onclick={show_results}>{ tr(lang, Key::ShowResults) }</button></p>
                </section>
            }
            // A file over the limit would not read back on the next start.
            if full {
                <p class="notice warn">{ tr_with(lang, Key::RespondentLimit, &[("max", &MAX_RESPONDENTS.to_string())]) }</p>
            } else {
                <section aria-labelledby="new-heading">
                    <h2 id="new-heading">{ tr(lang, Key::NewRespondent) }</h2>
                    <form {onsubmit} novalidate=true>
                        <div class="field">
                            <label for="respondent-name">{ tr(lang, Key::NameLabel) }</label>
                            <input id="respondent-name" type="text" autocomplete="name" maxlength="120" required=true
                                value={(*name).clone()} {oninput}
                                aria-invalid={show_error.to_string()}
                                aria-describedby={show_error.then_some("name-error")} />
                            if show_error {
                                <p id="name-error" class="field-error">{ tr(lang, Key::RequiredField) }</p>
                            }
                        </div>
                        <fieldset class="field choice-group">
                            <legend>{ tr(lang, Key::RoleLabel) }</legend>
                            { for Role::ALL.into_iter().map(|r| {
                                let checked = *role == r;
                                let role = role.clone();
                                let onchange = Callback::from(move |_| role.set(r));
                                let id = match r {
                                    Role::Leader => "role-leader",
                                    Role::StaffRepresentative => "role-staff",
                                    Role::Consultant => "role-consultant",
                                    Role::Municipality => "role-municipality",
                                };
                                html! {
                                    <label class="choice" for={id}>
                                        <input type="radio" name="role" {id} checked={checked} {onchange} />
                                        <span>{ role_label(lang, r) }</span>
                                    </label>
                                }
                            }) }
                        </fieldset>
                        <div class="actions">
                            <button type="submit" class="button primary">{ tr(lang, Key::StartAnswering) }</button>
                        </div>
                    </form>
                </section>
            }
            <InvitePanel assessment={assessment.clone()} />
        </section>
    }
}
