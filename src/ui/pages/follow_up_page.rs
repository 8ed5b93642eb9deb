use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser;
use crate::core::domain::plan::{ActionField, Status};
use crate::core::domain::rounds::follow_up_of;
use crate::core::route::Route;
use crate::i18n::words::status_label;
use crate::i18n::{Key, format_date, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::{use_app, use_assessment, use_model};
use crate::ui::widgets::not_found::NotFound;

#[derive(Properties, PartialEq)]
pub struct FollowUpPageProps {
    /// The baseline.
    pub assessment: String,
}

/// Starts the next round from this one: the same team and respondents, the
/// whole model or only the focus themes; and first, where each action of
/// the plan stands.
#[component]
pub fn FollowUpPage(props: &FollowUpPageProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let found = use_assessment(&props.assessment);
    let model = use_model(found.as_deref());
    let focus_only = use_state(|| false);
    let date = use_state(browser::today);
    let (Some(baseline), Some(model)) = (found, model) else {
        return html! { <NotFound /> };
    };
    let latest = app.catalog.latest(&model.id).unwrap_or(model.clone());
    let focus_names: Vec<&str> = baseline
        .focus
        .iter()
        .filter_map(|t| model.theme(t))
        .map(|t| t.short.get(lang))
        .collect();
    let start = {
        let (app, baseline, latest, focus_only, date) = (
            app.clone(),
            baseline.clone(),
            latest.clone(),
            focus_only.clone(),
            date.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let themes = if *focus_only {
                baseline.focus.clone()
            } else {
                Vec::new()
            };
            let day = if date.is_empty() {
                browser::today()
            } else {
                (*date).clone()
            };
            let next = follow_up_of(
                &baseline,
                browser::new_id("a"),
                &latest,
                themes,
                &day,
                browser::now(),
            );
            app.dispatch(Action::CreateAssessment { assessment: next });
        })
    };
    let scope = |only: bool| {
        let focus_only = focus_only.clone();
        Callback::from(move |_| focus_only.set(only))
    };
    let on_date = {
        let date = date.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            date.set(input.value());
        })
    };
    let cancel = {
        let (app, id) = (app.clone(), baseline.id.clone());
        Callback::from(move |_| {
            app.dispatch(Action::Navigate(Route::Results {
                assessment: id.clone(),
            }))
        })
    };
    let actions = baseline.plan.ordered(&baseline.focus);
    html! {
        <section class="form-page" aria-labelledby="page-heading">
            <p class="eyebrow">{ format!("{} · {}", baseline.title(), format_date(lang, &baseline.date)) }</p>
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::StartFollowUp) }</h1>
            <p>{ tr(lang, Key::FollowUpIntro) }</p>
            <form onsubmit={start}>
                if !actions.is_empty() {
                    <fieldset class="field">
                        <legend>{ tr(lang, Key::FollowUpStatuses) }</legend>
                        { for actions.into_iter().map(|(key, action)| {
                            let id = format!("status-{key}");
                            let onchange = {
                                let (app, assessment, key) = (app.clone(), baseline.id.clone(), key.to_owned());
                                Callback::from(move |e: Event| {
                                    let select: HtmlSelectElement = e.target_unchecked_into();
                                    let status = match select.value().as_str() {
                                        "under_way" => Status::UnderWay,
                                        "done" => Status::Done,
                                        _ => Status::NotStarted,
                                    };
                                    app.dispatch(Action::EditPlanAction { assessment: assessment.clone(), id: key.clone(), field: ActionField::Status(status), now: browser::now() });
                                })
                            };
                            html! {
                                <div class="field status-row">
                                    <label for={id.clone()}>{ &action.what }</label>
                                    <select id={id} {onchange}>
                                        { for Status::ALL.into_iter().map(|s| {
                                            let value = match s { Status::NotStarted => "not_started", Status::UnderWay => "under_way", Status::Done => "done" };
                                            html! { <option value={value} selected={action.status == s}>{ status_label(lang, s) }</option> }
                                        }) }
                                    </select>
                                </div>
                            }
                        }) }
                    </fieldset>
                }
                <fieldset class="field choice-group">
                    <legend>{ tr(lang, Key::FollowUpScope) }</legend>
                    <label class="choice" for="scope-all">
                        <input type="radio" name="scope" id="scope-all" checked={!*focus_only} onchange={scope(false)} />
                        <span>{ tr_with(lang, Key::FollowUpAll, &[("n", &model.themes.len().to_string())]) }</span>
                    </label>
                    if !focus_names.is_empty() {
                        <label class="choice" for="scope-focus">
                            <input type="radio" name="scope" id="scope-focus" checked={*focus_only} onchange={scope(true)} />
                            <span>{ tr_with(lang, Key::FollowUpFocus, &[("list", &focus_names.join(", "))]) }</span>
                        </label>
                    }
                </fieldset>
                <div class="field">
                    <label for="follow-up-day">{ tr(lang, Key::DateLabel) }</label>
                    <input id="follow-up-day" type="date" value={(*date).clone()} oninput={on_date} />
                </div>
                <p class="meta">{ tr_with(lang, Key::FollowUpCarries, &[("n", &baseline.respondents.len().to_string())]) }</p>
                <div class="actions">
                    <button type="submit" class="button primary">{ tr(lang, Key::FollowUpCreate) }</button>
                    <button type="button" class="button subtle" onclick={cancel}>{ tr(lang, Key::Cancel) }</button>
                </div>
            </form>
        </section>
    }
}
