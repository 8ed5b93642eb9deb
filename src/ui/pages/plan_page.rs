use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::core::domain::plan::{ActionField, PlanAction, PlanField, Status};
use crate::core::formats::plan_export::{plan_themes, plan_to_csv, plan_to_ics};
use crate::core::route::Route;
use crate::i18n::words::{plan_words, status_label};
use crate::i18n::{Key, format_date, round_label, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::{use_app, use_assessment, use_model};
use crate::ui::widgets::not_found::NotFound;

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub assessment: String,
}

/// The value of the input, textarea or select an event came from.
fn value_of(e: &Event) -> String {
    let target = e.target();
    if let Some(input) = target
        .clone()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(t).ok())
    {
        return input.value();
    }
    if let Some(area) = target
        .clone()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<HtmlTextAreaElement>(t).ok())
    {
        return area.value();
    }
    target
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(t).ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The milestone plan for the chosen focus areas (who does what, when, and
/// how success will be seen), the anchoring plan and the follow-up date;
/// saved like any answer, and exported as CSV or a calendar.
#[component]
pub fn PlanPage(props: &PlanPageProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let found = use_assessment(&props.assessment);
    let model = use_model(found.as_deref());
    // The action just added, whose first field takes the focus.
    let added = use_state(|| None::<String>);
    {
        let added = (*added).clone();
        use_effect_with(added, |added| {
            if let Some(id) = added {
                browser::focus_element(&format!("what-{id}"));
            }
        });
    }
    let (Some(assessment), Some(model)) = (found, model) else {
        return html! { <NotFound /> };
    };
    let id = assessment.id.clone();
    let edit = |action: &str, make: fn(String) -> ActionField| {
        let (app, id, action) = (app.clone(), id.clone(), action.to_owned());
        Callback::from(move |e: Event| {
            app.dispatch(Action::EditPlanAction {
                assessment: id.clone(),
                id: action.clone(),
                field: make(value_of(&e)),
                now: browser::now(),
            })
        })
    };
    let typing = |action: &str, make: fn(String) -> ActionField| {
        let (app, id, action) = (app.clone(), id.clone(), action.to_owned());
        Callback::from(move |e: InputEvent| {
            app.dispatch(Action::EditPlanAction {
                assessment: id.clone(),
                id: action.clone(),
                field: make(value_of(&e)),
                now: browser::now(),
            })
        })
    };
    let plan_field = |make: fn(String) -> PlanField| {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |e: InputEvent| {
            app.dispatch(Action::EditPlan {
                assessment: id.clone(),
                field: make(value_of(&e)),
                now: browser::now(),
            })
        })
    };
    let add = |theme: String, from: Option<PlanAction>| {
        let (app, id, added) = (app.clone(), id.clone(), added.clone());
        Callback::from(move |_| {
            let now = browser::now();
            let key = browser::new_id("h");
            let action = from.clone().unwrap_or_else(|| PlanAction {
                theme: theme.clone(),
                added_at: now,
                ..PlanAction::default()
            });
            app.dispatch(Action::AddPlanAction {
                assessment: id.clone(),
                id: key.clone(),
                action: PlanAction {
                    added_at: now,
                    ..action
                },
                now,
            });
            added.set(Some(key));
        })
    };
    let copy_suggested = |theme_id: &str| {
        let (app, id) = (app.clone(), id.clone());
        let existing: Vec<String> = assessment
            .plan
            .actions
            .values()
            .map(|a| a.suggested.clone())
            .collect();
        let suggestions: Vec<PlanAction> = model
            .theme(theme_id)
            .map(|theme| {
                let say = |text: &crate::core::domain::model::Localized| {
                    model.with_initiative(text.get(lang), &assessment.initiative, lang)
                };
                theme
                    .actions
                    .iter()
                    .filter(|a| !existing.contains(&a.id))
                    .map(|a| PlanAction {
                        theme: theme.id.clone(),
                        what: say(&a.text),
                        owner: a.owner.as_ref().map(&say).unwrap_or_default(),
                        success: a.success.as_ref().map(&say).unwrap_or_default(),
                        suggested: a.id.clone(),
                        ..PlanAction::default()
                    })
                    .collect()
            })
            .unwrap_or_default();
        let none_left = suggestions.is_empty();
        let onclick = Callback::from(move |_| {
            let now = browser::now();
            for (i, action) in suggestions.iter().enumerate() {
                app.dispatch(Action::AddPlanAction {
                    assessment: id.clone(),
                    id: browser::new_id("h"),
                    action: PlanAction {
                        added_at: now + i as i64,
                        ..action.clone()
                    },
                    now,
                });
            }
        });
        (onclick, none_left)
    };
    let export = |ics: bool| {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |_| {
            let Some(a) = app.assessment(&id) else { return };
            let Some(model) = app.catalog.find(&a.model_id, a.model_version) else {
                return;
            };
            let words = plan_words(app.lang);
            let (name, mime, text) = if ics {
                let name = browser::file_name(&["handleplan", &a.school, &a.team, &a.date], "ics");
                (
                    name,
                    "text/calendar",
                    plan_to_ics(a, &model, app.lang, &words, browser::now()),
                )
            } else {
                let name = browser::file_name(&["handleplan", &a.school, &a.team, &a.date], "csv");
                (name, "text/csv", plan_to_csv(a, &model, app.lang, &words))
            };
            let _ = browser::download(&name, mime, &text);
        })
    };
    let go = |route: Route| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(route.clone())))
    };
    let themes = plan_themes(&assessment);
    let heading = format!(
        "{} · {} · {}",
        assessment.title(),
        format_date(lang, &assessment.date),
        round_label(lang, assessment.round)
    );
    html! {
        <section class="plan-page" aria-labelledby="page-heading">
            <p class="eyebrow">{ heading }</p>
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::PlanHeading) }</h1>
            <p>{ tr(lang, Key::PlanIntro) }</p>
            if themes.is_empty() {
                <p class="notice info">{ tr(lang, Key::PlanNoFocus) }</p>
            }
            { for themes.iter().filter_map(|t| model.theme(t)).map(|theme| {
                let (copy, none_left) = copy_suggested(&theme.id);
                html! {
                    <section class="card plan-theme" aria-labelledby={format!("plan-{}", theme.id)}>
                        <h2 id={format!("plan-{}", theme.id)}>{ theme.title.get(lang) }</h2>
                        <ol class="plan-actions">
                            { for assessment.plan.for_theme(&theme.id).into_iter().map(|(key, action)| {
                                let remove = {
                                    let (app, id, key) = (app.clone(), id.clone(), key.to_owned());
                                    Callback::from(move |_| {
                                        if browser::confirm(tr(app.lang, Key::ConfirmRemoveAction)) {
                                            app.dispatch(Action::RemovePlanAction { assessment: id.clone(), id: key.clone(), now: browser::now() });
                                        }
                                    })
                                };
                                let field = |name: &str| format!("{name}-{key}");
                                html! {
                                    <li class="plan-action" key={key.to_owned()}>
                                        <div class="field wide">
                                            <label for={field("what")}>{ tr(lang, Key::ActionWhat) }</label>
                                            <textarea id={field("what")} rows="2" maxlength="600" value={action.what.clone()} oninput={typing(key, ActionField::What)} />
                                        </div>
                                        <div class="field">
                                            <label for={field("owner")}>{ tr(lang, Key::ActionOwner) }</label>
                                            <input id={field("owner")} type="text" maxlength="600" value={action.owner.clone()} oninput={typing(key, ActionField::Owner)} />
                                        </div>
                                        <div class="field">
                                            <label for={field("start")}>{ tr(lang, Key::ActionStart) }</label>
                                            <input id={field("start")} type="date" value={action.start.clone()} onchange={edit(key, ActionField::Start)} />
                                        </div>
                                        <div class="field">
                                            <label for={field("deadline")}>{ tr(lang, Key::ActionDeadline) }</label>
                                            <input id={field("deadline")} type="date" value={action.deadline.clone()} onchange={edit(key, ActionField::Deadline)} />
                                        </div>
                                        <div class="field wide">
                                            <label for={field("success")}>{ tr(lang, Key::ActionSuccess) }</label>
                                            <textarea id={field("success")} rows="2" maxlength="600" value={action.success.clone()} oninput={typing(key, ActionField::Success)} />
                                        </div>
                                        <div class="field">
                                            <label for={field("status")}>{ tr(lang, Key::ActionStatus) }</label>
                                            <select id={field("status")} onchange={edit(key, |v| ActionField::Status(match v.as_str() {
                                                "under_way" => Status::UnderWay,
                                                "done" => Status::Done,
                                                _ => Status::NotStarted,
                                            }))}>
                                                { for Status::ALL.into_iter().map(|s| {
                                                    let value = match s { Status::NotStarted => "not_started", Status::UnderWay => "under_way", Status::Done => "done" };
                                                    html! { <option value={value} selected={action.status == s}>{ status_label(lang, s) }</option> }
                                                }) }
                                            </select>
                                        </div>
                                        <p class="plan-remove">
                                            <button type="button" class="button subtle small" onclick={remove}>
                                                { tr(lang, Key::Remove) }<span class="visually-hidden">{ format!(": {}", action.what) }</span>
                                            </button>
                                        </p>
                                    </li>
                                }
                            }) }
                        </ol>
                        <p class="card-actions no-print">
                            <button type="button" class="button" id={format!("add-{}", theme.id)} onclick={add(theme.id.clone(), None)}>
                                { tr(lang, Key::AddAction) }<span class="visually-hidden">{ format!(": {}", theme.title.get(lang)) }</span>
                            </button>
                            if !none_left {
                                <button type="button" class="button subtle" onclick={copy}>
                                    { tr(lang, Key::CopySuggested) }<span class="visually-hidden">{ format!(": {}", theme.title.get(lang)) }</span>
                                </button>
                            }
                        </p>
                    </section>
                }
            }) }
            <section class="card" aria-labelledby="anchoring-heading">
                <h2 id="anchoring-heading">{ tr(lang, Key::AnchoringHeading) }</h2>
                <p>{ tr(lang, Key::AnchoringIntro) }</p>
                <div class="field">
                    <label for="anchoring-who">{ tr(lang, Key::AnchoringWho) }</label>
                    <input id="anchoring-who" type="text" maxlength="600" value={assessment.plan.anchoring.who.clone()} oninput={plan_field(PlanField::Who)} />
                </div>
                <div class="field">
                    <label for="anchoring-how">{ tr(lang, Key::AnchoringHow) }</label>
                    <textarea id="anchoring-how" rows="3" maxlength="4000" value={assessment.plan.anchoring.how.clone()} oninput={plan_field(PlanField::How)} />
                </div>
                <div class="field">
                    <label for="follow-up-date">{ tr(lang, Key::FollowUpDate) }</label>
                    <input id="follow-up-date" type="date" value={assessment.plan.follow_up.clone()} onchange={{
                        let (app, id) = (app.clone(), id.clone());
                        Callback::from(move |e: Event| app.dispatch(Action::EditPlan { assessment: id.clone(), field: PlanField::FollowUp(value_of(&e)), now: browser::now() }))
                    }} />
                </div>
            </section>
            <p class="card-actions no-print">
                <button type="button" class="button" onclick={export(false)}>{ tr(lang, Key::ExportPlanCsv) }</button>
                <button type="button" class="button" onclick={export(true)}>{ tr(lang, Key::ExportPlanIcs) }</button>
                <button type="button" class="button" onclick={Callback::from(|_| browser::print())}>{ tr(lang, Key::Print) }</button>
                <button type="button" class="button" onclick={go(Route::FollowUp { assessment: id.clone() })}>{ tr(lang, Key::StartFollowUp) }</button>
                <button type="button" class="button subtle" onclick={go(Route::Results { assessment: id.clone() })}>{ tr_with(lang, Key::BackTo, &[("page", tr(lang, Key::ResultsHeading))]) }</button>
            </p>
        </section>
    }
}
