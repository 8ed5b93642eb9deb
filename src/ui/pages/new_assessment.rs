use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser;
use crate::core::domain::assessment::{Assessment, Round, is_iso_date};
use crate::core::domain::catalog::{Catalog, ModelRef};
use crate::core::route::Route;
use crate::i18n::{Key, round_label, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::use_app;

#[component]
pub fn NewAssessment() -> Html {
    let app = use_app();
    let lang = app.lang;
    let school = use_state(String::new);
    let team = use_state(String::new);
    let date = use_state(browser::today);
    let round = use_state(|| Round::Baseline);
    let initiative = use_state(String::new);
    // An index into the catalog's choices: the current built-in model first.
    let model_choice = use_state(|| 0usize);
    let tried = use_state(|| false);
    let choices = app.catalog.choices();

    let text_input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.set(input.value());
        })
    };
    let school_missing = school.trim().is_empty();
    let date_bad = !is_iso_date(&date);
    let onsubmit = {
        let (app, school, team, date, round, tried) = (
            app.clone(),
            school.clone(),
            team.clone(),
            date.clone(),
            round.clone(),
            tried.clone(),
        );
        let (initiative, model) = (initiative.clone(), choices.get(*model_choice).cloned());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if school.trim().is_empty() || !is_iso_date(&date) {
                tried.set(true);
                browser::focus_first_invalid();
                return;
            }
            let model = model.clone().unwrap_or_else(Catalog::current);
            let mut assessment = Assessment::new(
                browser::new_id("a"),
                &model,
                &school,
                &team,
                &date,
                *round,
                browser::now(),
            );
            assessment.initiative = initiative.trim().to_owned();
            app.dispatch(Action::CreateAssessment { assessment });
        })
    };
    let cancel = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Route::Home)))
    };
    let show_school_error = *tried && school_missing;
    let show_date_error = *tried && date_bad;

    html! {
        <section class="form-page" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::NewAssessmentHeading) }</h1>
            <p>{ tr(lang, Key::NewAssessmentIntro) }</p>
            <form {onsubmit} novalidate=true>
                <div class="field">
                    <label for="school">{ tr(lang, Key::SchoolLabel) }</label>
                    <input id="school" type="text" autocomplete="organization" maxlength="200" required=true
                        value={(*school).clone()} oninput={text_input(&school)}
                        aria-invalid={show_school_error.to_string()}
                        aria-describedby={show_school_error.then_some("school-error")} />
                    if show_school_error {
                        <p id="school-error" class="field-error">{ tr(lang, Key::RequiredField) }</p>
                    }
                </div>
                <div class="field">
                    <label for="team">{ tr(lang, Key::TeamLabel) }</label>
                    <input id="team" type="text" maxlength="200" value={(*team).clone()} oninput={text_input(&team)} />
                </div>
                <div class="field">
                    <label for="date">{ tr(lang, Key::DateLabel) }</label>
                    <input id="date" type="date" required=true value={(*date).clone()} oninput={text_input(&date)}
                        aria-invalid={show_date_error.to_string()}
                        aria-describedby={show_date_error.then_some("date-error")} />
                    if show_date_error {
                        <p id="date-error" class="field-error">{ tr(lang, Key::RequiredField) }</p>
                    }
                </div>
                <div class="field">
                    <label for="initiative">{ tr(lang, Key::InitiativeLabel) }</label>
                    <p id="initiative-hint" class="hint">{ tr(lang, Key::InitiativeHint) }</p>
                    <input id="initiative" type="text" maxlength="200" value={(*initiative).clone()}
                        oninput={text_input(&initiative)} aria-describedby="initiative-hint" />
                </div>
                if choices.len() > 1 {
                    <div class="field">
                        <label for="model">{ tr(lang, Key::ModelLabel) }</label>
                        <select id="model" onchange={{
                            let model_choice = model_choice.clone();
                            Callback::from(move |e: Event| {
                                let select: HtmlSelectElement = e.target_unchecked_into();
                                model_choice.set(select.value().parse().unwrap_or(0));
                            })
                        }}>
                            { for choices.iter().enumerate().map(|(i, m)| html! {
                                <option value={i.to_string()} selected={*model_choice == i}>
                                    { model_name(lang, m) }
                                </option>
                            }) }
                        </select>
                    </div>
                }
                <fieldset class="field choice-group">
                    <legend>{ tr(lang, Key::RoundLabel) }</legend>
                    { for [Round::Baseline, Round::FollowUp].into_iter().map(|r| {
                        let checked = *round == r;
                        let round = round.clone();
                        let onchange = Callback::from(move |_| round.set(r));
                        let id = format!("round-{}", if r == Round::Baseline { "baseline" } else { "follow-up" });
                        html! {
                            <label class="choice" for={id.clone()}>
                                <input type="radio" name="round" id={id} checked={checked} {onchange} />
                                <span>{ round_label(lang, r) }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <div class="actions">
                    <button type="submit" class="button primary">{ tr(lang, Key::Create) }</button>
                    <button type="button" class="button subtle" onclick={cancel}>{ tr(lang, Key::Cancel) }</button>
                </div>
            </form>
        </section>
    }
}

/// "Kapacitetsmodel for skoleledelse (version 2)".
pub fn model_name(lang: crate::i18n::Lang, model: &ModelRef) -> String {
    tr_with(
        lang,
        Key::ModelName,
        &[
            ("title", model.title.get(lang)),
            ("version", &model.model_version.to_string()),
        ],
    )
}
