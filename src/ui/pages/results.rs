use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::browser;
use crate::core::domain::aggregate::summarize;
use crate::core::domain::compare::{new_statements, project};
use crate::core::formats::csv::responses_to_csv;
use crate::core::radar::{LayerKind, Layers, radar_data};
use crate::core::route::Route;
use crate::i18n::words::csv_headers;
use crate::i18n::{Key, Lang, format_date, format_number, role_label, round_label, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::{use_app, use_assessment, use_model};
use crate::ui::widgets::not_found::NotFound;
use crate::ui::widgets::{
    focus_areas::FocusAreas, radar_chart::RadarChart, results_table::ResultsTable,
};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub assessment: String,
}

pub fn layer_label(lang: Lang, kind: LayerKind) -> &'static str {
    tr(
        lang,
        match kind {
            LayerKind::Mean => Key::LayerMean,
            LayerKind::Band => Key::LayerBand,
            LayerKind::Respondent => Key::LayerRespondent,
            LayerKind::Agreed => Key::LayerAgreed,
            LayerKind::Previous => Key::LayerPrevious,
            LayerKind::Target => Key::LayerTarget,
        },
    )
}

/// The team's combined picture: who is included, the radar with switchable
/// layers, the same numbers as a table, and the focus areas. Prints as an
/// A4 report.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let layers = use_state(Layers::default);
    let compare = use_state(|| None::<String>);
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
    );
    let title = assessment.title();
    let others: Vec<_> = app
        .assessments_by_recency()
        .into_iter()
        .filter(|a| a.id != assessment.id)
        .map(|a| {
            (
                a.id.clone(),
                format!(
                    "{} · {} · {}",
                    a.school,
                    format_date(lang, &a.date),
                    round_label(lang, a.round)
                ),
            )
        })
        .collect();
    let on_compare = {
        let compare = compare.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            compare.set((!value.is_empty()).then_some(value));
        })
    };
    let print = Callback::from(|_| browser::print());
    let gather = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(Route::Import)))
    };
    let export_csv = {
        let (app, id) = (app.clone(), assessment.id.clone());
        Callback::from(move |_| {
            if let Some(a) = app.assessment(&id) {
                let name = browser::file_name(&["svar", &a.school, &a.team, &a.date], "csv");
                let Some(model) = app.catalog.find(&a.model_id, a.model_version) else {
                    return;
                };
                let text = responses_to_csv(a, &model, app.lang, &csv_headers(app.lang));
                let _ = browser::download(&name, "text/csv", &text);
            }
        })
    };
    let file_name = browser::file_name(
        &[&assessment.school, &assessment.team, &assessment.date],
        "png",
    );

    let heading = format!(
        "{title} · {} · {}",
        format_date(lang, &assessment.date),
        round_label(lang, assessment.round)
    );

    let has_data = summary.themes.iter().any(|t| t.scores.is_some());
    html! {
        <section class="results" aria-labelledby="page-heading">
            <p class="eyebrow">{ heading.clone() }</p>
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::ResultsHeading) }</h1>
            <details class="included">
                <summary>{ tr_with(lang, Key::RespondentsIncluded, &[("n", &assessment.respondents.len().to_string())]) }</summary>
                <ul>
                    { for assessment.respondents.iter().map(|r| {
                        let remove = {
                            let (app, assessment, respondent, name) =
                                (app.clone(), assessment.id.clone(), r.id.clone(), r.name.clone());
                            Callback::from(move |_| {
                                if browser::confirm(&tr_with(app.lang, Key::ConfirmRemove, &[("name", &name)])) {
                                    app.dispatch(Action::RemoveRespondent {
                                        assessment: assessment.clone(),
                                        respondent: respondent.clone(),
                                        now: browser::now(),
                                    });
                                }
                            })
                        };
                        html! {
                            <li>
                                { &r.name }{ " – " }{ role_label(lang, r.role) }
                                <button type="button" class="button subtle small no-print" onclick={remove}>
                                    { tr(lang, Key::Remove) }
                                    <span class="visually-hidden">{ format!(": {}", r.name) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </details>
            if !has_data {
                <p class="notice info">{ tr(lang, Key::ResultsNoData) }</p>
            } else {
                <div class="results-grid">
                    <div class="chart-column">
                        <RadarChart data={data} file_name={file_name} caption={heading}>
                            <fieldset class="layers">
                                <legend>{ tr(lang, Key::LayersLegend) }</legend>
                                // Only layers with something to show: no "target" switch
                                // before the team has set targets.
                                { for LayerKind::ALL.into_iter().filter(|kind| match kind {
                                    LayerKind::Agreed => !assessment.agreed.is_empty(),
                                    LayerKind::Target => !assessment.targets.is_empty(),
                                    LayerKind::Previous => previous.is_some(),
                                    _ => true,
                                }).map(|kind| {
                                    let style = kind.style();
                                    let (r, g, b) = style.rgb;
                                    let colour = format!("rgb({r},{g},{b})");
                                    let dash = style.dash.iter().map(|d| format_number(Lang::En, *d, 0)).collect::<Vec<_>>().join(" ");
                                    let checked = layers.shows(kind);
                                    let toggle = {
                                        let layers = layers.clone();
                                        Callback::from(move |_| {
                                            let mut next = (*layers).clone();
                                            match next.shown.iter().position(|k| *k == kind) {
                                                Some(i) => { next.shown.remove(i); }
                                                None => next.shown.push(kind),
                                            }
                                            layers.set(next);
                                        })
                                    };
                                    let id = format!("layer-{}", kind as u8);
                                    html! {
                                        <label class="choice layer" for={id.clone()}>
                                            <input type="checkbox" {id} {checked} onchange={toggle} />
                                            <svg width="36" height="14" aria-hidden="true" focusable="false">
                                                if style.fill > 0.0 && style.width == 0.0 {
                                                    <rect x="0" y="2" width="36" height="10" fill={colour.clone()} fill-opacity={format_number(Lang::En, style.fill, 2)} />
                                                } else {
                                                    <line x1="0" y1="7" x2="36" y2="7" stroke={colour.clone()}
                                                        stroke-width={format_number(Lang::En, style.width, 1)} stroke-dasharray={dash} />
                                                }
                                            </svg>
                                            <span>{ layer_label(lang, kind) }</span>
                                        </label>
                                    }
                                }) }
                                if !others.is_empty() {
                                    <label class="compare" for="compare">{ tr(lang, Key::CompareWith) }</label>
                                    <select id="compare" onchange={on_compare}>
                                        <option value="" selected={compare.is_none()}>{ tr(lang, Key::CompareNone) }</option>
                                        { for others.into_iter().map(|(id, label)| {
                                            let selected = compare.as_deref() == Some(id.as_str());
                                            html! { <option value={id} {selected}>{ label }</option> }
                                        }) }
                                    </select>
                                }
                            </fieldset>
                        </RadarChart>
                    </div>
                    // Scrolls sideways on a phone; focusable so the keyboard can too.
                    <div class="table-column" role="region" tabindex="0" aria-label={tr(lang, Key::TableCaption)}>
                        <ResultsTable summary={summary.clone()} model={model.clone()} initiative={assessment.initiative.clone()} new_statements={new_statements} />
                    </div>
                </div>
                <FocusAreas assessment={assessment.id.clone()} summary={summary} chosen={assessment.focus.clone()} model={model.clone()} initiative={assessment.initiative.clone()} />
            }
            // Below the picture, so on a wall screen the chart and its key
            // come first and fit the screen.
            <p class="card-actions no-print">
                if has_data {
                    <button type="button" class="button" onclick={print}>{ tr(lang, Key::Print) }</button>
                }
                <button type="button" class="button" onclick={gather}>{ tr(lang, Key::GatherAnswers) }</button>
                if !assessment.respondents.is_empty() {
                    <button type="button" class="button" onclick={export_csv}>{ tr(lang, Key::ExportCsv) }</button>
                }
            </p>
        </section>
    }
}
