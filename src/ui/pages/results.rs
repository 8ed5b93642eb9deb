use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::core::domain::aggregate::summarize;
use crate::core::domain::assessment::Assessment;
use crate::core::domain::compare::{new_statements, project};
use crate::core::domain::rounds::chain;
use crate::core::formats::csv::responses_to_csv;
use crate::core::radar::{LayerKind, Layers, radar_data};
use crate::core::route::Route;
use crate::i18n::words::csv_headers;
use crate::i18n::{Key, format_date, layer_label, round_label, tr};
use crate::state::Action;
use crate::ui::hooks::{use_app, use_assessment, use_model};
use crate::ui::widgets::not_found::NotFound;
use crate::ui::widgets::{
    agreed_picture::AgreedPicture, change_table::ChangeTable, focus_areas::FocusAreas,
    included::Included, layer_switches::LayerSwitches, plan_summary::PlanSummary,
    radar_chart::RadarChart, results_table::ResultsTable, roles_table::RolesTable,
    timeline::Timeline,
};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub assessment: String,
}

/// The team's combined picture: who is included, the radar with switchable
/// layers, the same numbers as a table, roles compared, the agreed picture
/// and the focus areas. Prints as an A4 report; runs the workshop as a
/// presentation.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let layers = use_state(Layers::default);
    // A follow-up is compared with its baseline without the user picking it.
    let compare = {
        let baseline = app
            .assessment(&props.assessment)
            .map(|a| a.baseline.clone())
            .filter(|b| !b.is_empty() && app.assessment(b).is_some());
        use_state(move || baseline)
    };
    let found = use_assessment(&props.assessment);
    let model = use_model(found.as_deref());
    // The figures are computed when the answers change, not on every render
    // (a layer switch, a resize).
    let summary = use_memo((found.clone(), model.clone()), |(a, m)| match (a, m) {
        (Some(a), Some(m)) => Some(summarize(m, a)),
        _ => None,
    });
    let before = compare.as_ref().and_then(|id| app.assessment(id)).cloned();
    let before_model = before
        .as_ref()
        .and_then(|a| app.catalog.find(&a.model_id, a.model_version));
    // An earlier round answered with an older version of the model is laid
    // onto this version's themes.
    let previous = use_memo(
        (before, before_model.clone(), model.clone()),
        |(b, bm, m)| match (b, bm, m) {
            (Some(b), Some(bm), Some(m)) => Some(project(&summarize(bm, b), bm, m)),
            _ => None,
        },
    );
    // Three rounds or more: each theme over time.
    let rounds = {
        let latest = found.clone();
        let everything: Vec<Rc<Assessment>> = app.assessments.values().cloned().collect();
        let catalog = app.catalog.clone();
        use_memo(
            (latest, everything, model.clone()),
            move |(latest, everything, model)| {
                let (Some(latest), Some(model)) = (latest, model) else {
                    return Vec::new();
                };
                let all: Vec<&Assessment> = everything.iter().map(|a| a.as_ref()).collect();
                let rounds = chain(latest, &all);
                if rounds.len() < 3 {
                    return Vec::new();
                }
                rounds
                    .into_iter()
                    .filter_map(|round| {
                        let own = catalog.find(&round.model_id, round.model_version)?;
                        Some((
                            round.date.clone(),
                            project(&summarize(&own, round), &own, model),
                        ))
                    })
                    .collect::<Vec<_>>()
            },
        )
    };
    let (Some(assessment), Some(model), Some(summary)) = (found, model, (*summary).clone()) else {
        return html! { <NotFound /> };
    };
    let new_statements = before_model
        .as_ref()
        .map(|earlier| new_statements(&model, earlier))
        .unwrap_or_default();
    let names = |id: &str| {
        assessment
            .respondent(id)
            .map_or_else(|| id.to_owned(), |r| r.name.clone())
    };
    let labels = |kind: LayerKind| layer_label(lang, kind).to_owned();
    let data = radar_data(
        &model,
        &summary,
        previous.as_ref().as_ref(),
        &layers,
        &names,
        lang,
        &labels,
        app.anonymous,
    );
    let shares_shown = !data.shares.is_empty();
    // Only layers with something to show: no "target" switch before the
    // team has set targets, no role group too small to show.
    let everything = Layers {
        shown: LayerKind::ALL.to_vec(),
    };
    let drawable = radar_data(
        &model,
        &summary,
        previous.as_ref().as_ref(),
        &everything,
        &names,
        lang,
        &labels,
        app.anonymous,
    );
    let available: Vec<LayerKind> = LayerKind::ALL
        .into_iter()
        .filter(|kind| {
            *kind == LayerKind::Band && !drawable.band.is_empty()
                || *kind == LayerKind::Respondent && !drawable.shares.is_empty()
                || drawable.series.iter().any(|s| s.kind == *kind)
        })
        .collect();
    let on_toggle = {
        let layers = layers.clone();
        Callback::from(move |kind: LayerKind| {
            let mut next = (*layers).clone();
            match next.shown.iter().position(|k| *k == kind) {
                Some(i) => {
                    next.shown.remove(i);
                }
                None => next.shown.push(kind),
            }
            layers.set(next);
        })
    };
    let others: Vec<(String, String)> = app
        .assessments_by_recency()
        .into_iter()
        .filter(|a| a.id != assessment.id)
        .map(|a| {
            let label = format!(
                "{} · {} · {}",
                a.school,
                format_date(lang, &a.date),
                round_label(lang, a.round)
            );
            (a.id.clone(), label)
        })
        .collect();
    let on_compare = {
        let compare = compare.clone();
        Callback::from(move |choice: Option<String>| compare.set(choice))
    };
    let go = |route: Route| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(route.clone())))
    };
    let present = {
        let (app, id) = (app.clone(), assessment.id.clone());
        Callback::from(move |_| {
            // The user's click is what lets the page fill the screen.
            browser::enter_fullscreen();
            app.dispatch(Action::Navigate(Route::Presenter {
                assessment: id.clone(),
                slide: 1,
                step: 1,
            }));
        })
    };
    let on_anonymous = {
        let app = app.clone();
        let anonymous = app.anonymous;
        Callback::from(move |_| app.dispatch(Action::SetAnonymous(!anonymous)))
    };
    let export_csv = {
        let (app, id) = (app.clone(), assessment.id.clone());
        Callback::from(move |_| {
            let Some(a) = app.assessment(&id) else { return };
            let Some(model) = app.catalog.find(&a.model_id, a.model_version) else {
                return;
            };
            let name = browser::file_name(&["svar", &a.school, &a.team, &a.date], "csv");
            let text = responses_to_csv(a, &model, app.lang, &csv_headers(app.lang));
            let _ = browser::download(&name, "text/csv", &text);
        })
    };
    let file_name = browser::file_name(
        &[&assessment.school, &assessment.team, &assessment.date],
        "png",
    );
    let heading = format!(
        "{} · {} · {}",
        assessment.title(),
        format_date(lang, &assessment.date),
        round_label(lang, assessment.round)
    );
    let has_data = summary.themes.iter().any(|t| t.scores.is_some());
    html! {
        <section class="results" aria-labelledby="page-heading">
            // The workshop's controls stand beside the heading, so the chart
            // and its key still fit a wall screen below them.
            <div class="results-head">
                <div>
                    <p class="eyebrow">{ heading.clone() }</p>
                    <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::ResultsHeading) }</h1>
                </div>
                <div class="results-bar no-print">
                    <label class="choice" for="anonymous">
                        <input type="checkbox" id="anonymous" checked={app.anonymous} onchange={on_anonymous} />
                        <span>{ tr(lang, Key::Anonymous) }</span>
                    </label>
                    if has_data {
                        <button type="button" class="button primary" onclick={present}>{ tr(lang, Key::StartPresentation) }</button>
                    }
                </div>
            </div>
            <Included assessment={assessment.clone()} />
            if !has_data {
                <p class="notice info">{ tr(lang, Key::ResultsNoData) }</p>
            } else {
                <div class="results-grid">
                    <div class="chart-column">
                        <RadarChart data={data} file_name={file_name} caption={heading}>
                            <LayerSwitches available={available} layers={(*layers).clone()} {on_toggle}
                                others={others} compare={(*compare).clone()} on_compare={on_compare} />
                            if shares_shown {
                                <p class="meta shares-note">{ tr(lang, Key::RespondentShares) }</p>
                            }
                        </RadarChart>
                    </div>
                    // Scrolls sideways on a phone; focusable so the keyboard can too.
                    <div class="table-column" role="region" tabindex="0" aria-label={tr(lang, Key::TableCaption)}>
                        <ResultsTable summary={summary.clone()} model={model.clone()} initiative={assessment.initiative.clone()} new_statements={new_statements} />
                        if let Some(previous) = previous.as_ref() {
                            <ChangeTable summary={summary.clone()} previous={previous.clone()} model={model.clone()} />
                        }
                        <RolesTable summary={summary.clone()} model={model.clone()} />
                    </div>
                </div>
                if !rounds.is_empty() {
                    <Timeline rounds={(*rounds).clone()} model={model.clone()} />
                }
                <AgreedPicture assessment={assessment.clone()} summary={summary.clone()} model={model.clone()} />
                <FocusAreas assessment={assessment.id.clone()} summary={summary} chosen={assessment.focus.clone()} model={model.clone()} initiative={assessment.initiative.clone()} />
                <PlanSummary assessment={assessment.clone()} model={model.clone()} />
            }
            // Below the picture, so on a wall screen the chart and its key
            // come first and fit the screen.
            <p class="card-actions no-print">
                if has_data {
                    <button type="button" class="button" onclick={Callback::from(|_| browser::print())}>{ tr(lang, Key::Print) }</button>
                }
                <button type="button" class="button" onclick={go(Route::Import)}>{ tr(lang, Key::GatherAnswers) }</button>
                <button type="button" class="button" onclick={go(Route::FollowUp { assessment: assessment.id.clone() })}>{ tr(lang, Key::StartFollowUp) }</button>
                if !assessment.respondents.is_empty() {
                    <button type="button" class="button" onclick={export_csv}>{ tr(lang, Key::ExportCsv) }</button>
                }
            </p>
        </section>
    }
}
