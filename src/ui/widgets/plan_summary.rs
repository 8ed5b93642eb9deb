use std::rc::Rc;

use yew::prelude::*;

use crate::core::domain::assessment::Assessment;
use crate::core::domain::catalog::ModelRef;
use crate::core::formats::plan_export::plan_themes;
use crate::core::route::Route;
use crate::i18n::words::status_label;
use crate::i18n::{Key, format_date, tr};
use crate::state::Action;
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct PlanSummaryProps {
    pub assessment: Rc<Assessment>,
    pub model: ModelRef,
}

/// The action plan as it stands, read only (the report prints it), with
/// the way to edit it.
#[component]
pub fn PlanSummary(props: &PlanSummaryProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let a = &props.assessment;
    let open = {
        let (app, id) = (app.clone(), a.id.clone());
        Callback::from(move |_| {
            app.dispatch(Action::Navigate(Route::Plan {
                assessment: id.clone(),
            }))
        })
    };
    let date = |d: &str| {
        if d.is_empty() {
            "–".to_owned()
        } else {
            format_date(lang, d)
        }
    };
    let themes = plan_themes(a);
    html! {
        <section class="plan-summary" aria-labelledby="plan-summary-heading">
            <h2 id="plan-summary-heading">{ tr(lang, Key::PlanHeading) }</h2>
            if a.plan.is_empty() {
                <p class="no-print">{ tr(lang, Key::PlanEmpty) }</p>
            } else {
                { for themes.iter().filter_map(|t| props.model.theme(t)).map(|theme| {
                    let actions = a.plan.for_theme(&theme.id);
                    html! {
                        <>
                            <h3>{ theme.title.get(lang) }</h3>
                            if actions.is_empty() {
                                <p class="meta">{ tr(lang, Key::PlanNoActions) }</p>
                            } else {
                                <table class="plan-table">
                                    <thead><tr>
                                        <th scope="col">{ tr(lang, Key::ActionWhat) }</th>
                                        <th scope="col">{ tr(lang, Key::ActionOwner) }</th>
                                        <th scope="col">{ tr(lang, Key::ActionStart) }</th>
                                        <th scope="col">{ tr(lang, Key::ActionDeadline) }</th>
                                        <th scope="col">{ tr(lang, Key::ActionSuccess) }</th>
                                        <th scope="col">{ tr(lang, Key::ActionStatus) }</th>
                                    </tr></thead>
                                    <tbody>
                                        { for actions.iter().map(|(_, action)| html! {
                                            <tr>
                                                <td>{ &action.what }</td>
                                                <td>{ &action.owner }</td>
                                                <td class="date">{ date(&action.start) }</td>
                                                <td class="date">{ date(&action.deadline) }</td>
                                                <td>{ &action.success }</td>
                                                <td>{ status_label(lang, action.status) }</td>
                                            </tr>
                                        }) }
                                    </tbody>
                                </table>
                            }
                        </>
                    }
                }) }
                <dl class="plan-anchoring">
                    <dt>{ tr(lang, Key::AnchoringWho) }</dt><dd>{ if a.plan.anchoring.who.is_empty() { "–" } else { &a.plan.anchoring.who } }</dd>
                    <dt>{ tr(lang, Key::AnchoringHow) }</dt><dd>{ if a.plan.anchoring.how.is_empty() { "–" } else { &a.plan.anchoring.how } }</dd>
                    <dt>{ tr(lang, Key::FollowUpDate) }</dt><dd>{ date(&a.plan.follow_up) }</dd>
                </dl>
            }
            <p class="no-print"><button type="button" class="button primary" onclick={open}>{ tr(lang, Key::MakePlan) }</button></p>
        </section>
    }
}
