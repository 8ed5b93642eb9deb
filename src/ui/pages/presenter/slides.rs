//! The slides around the themes: whose picture it is, the whole radar, and
//! what the team chose to work on.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::domain::aggregate::Summary;
use crate::core::domain::assessment::{Assessment, Role};
use crate::core::domain::catalog::ModelRef;
use crate::core::domain::focus::{DEFAULT_SUGGESTIONS, suggest};
use crate::core::domain::model::Localized;
use crate::core::radar::{LayerKind, Layers, radar_data};
use crate::i18n::{
    Key, format_date, format_number, layer_label, role_group_label, round_label, tr, tr_with,
};
use crate::ui::hooks::use_app;
use crate::ui::widgets::radar_chart::RadarChart;

#[derive(Properties, PartialEq)]
pub struct TitleProps {
    pub assessment: Rc<Assessment>,
}

/// School, team, round and who answered, by role.
#[component]
pub fn TitleSlide(props: &TitleProps) -> Html {
    let lang = use_app().lang;
    let a = &props.assessment;
    let counts: Vec<String> = Role::ALL
        .into_iter()
        .filter_map(|role| {
            let n = a.respondents.iter().filter(|r| r.role == role).count();
            (n > 0).then(|| format!("{n} {}", role_group_label(lang, role).to_lowercase()))
        })
        .collect();
    html! {
        <section class="slide-title" aria-labelledby="page-heading">
            <p class="eyebrow">{ format!("{} · {}", format_date(lang, &a.date), round_label(lang, a.round)) }</p>
            <h1 id="page-heading" tabindex="-1">{ a.title() }</h1>
            if !a.initiative.is_empty() {
                <p class="slide-lead">{ &a.initiative }</p>
            }
            <p class="slide-lead">
                { tr_with(lang, Key::RespondentsByRole, &[("n", &a.respondents.len().to_string()), ("list", &counts.join(", "))]) }
            </p>
            <p class="slide-hint">{ tr(lang, Key::PresenterKeys) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PictureProps {
    pub assessment: Rc<Assessment>,
    pub model: ModelRef,
    pub summary: Summary,
}

/// The whole radar: the spread, the mean, and what the team agreed.
#[component]
pub fn OverviewSlide(props: &PictureProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let layers = Layers {
        shown: vec![
            LayerKind::Band,
            LayerKind::Mean,
            LayerKind::Agreed,
            LayerKind::Target,
        ],
    };
    let labels = |kind: LayerKind| layer_label(lang, kind).to_owned();
    let data = radar_data(
        &props.model,
        &props.summary,
        None,
        &layers,
        &|id| id.to_owned(),
        lang,
        &labels,
        app.anonymous,
    );
    let key: Vec<LayerKind> = layers
        .shown
        .iter()
        .copied()
        .filter(|k| {
            *k == LayerKind::Band && !data.band.is_empty()
                || data.series.iter().any(|s| s.kind == *k)
        })
        .collect();
    html! {
        <section class="slide-overview" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::ResultsHeading) }</h1>
            <RadarChart data={data} file_name="" caption={props.assessment.title()} actions={false}>
                <ul class="slide-key">
                    { for key.into_iter().map(|kind| {
                        let (r, g, b) = kind.style().rgb;
                        html! {
                            <li>
                                <svg class="swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
                                    <rect width="28" height="12" fill={format!("rgb({r},{g},{b})")} />
                                </svg>
                                { layer_label(lang, kind) }
                            </li>
                        }
                    }) }
                </ul>
            </RadarChart>
        </section>
    }
}

/// The focus areas the team chose, each with the model's first step; or,
/// before any is chosen, the suggestions to choose from.
#[component]
pub fn ClosingSlide(props: &PictureProps) -> Html {
    let lang = use_app().lang;
    let model = &props.model;
    let a = &props.assessment;
    let say = |text: &Localized| model.with_initiative(text.get(lang), &a.initiative, lang);
    let chosen: Vec<&str> = a.focus.iter().map(String::as_str).collect();
    let (heading, themes): (Key, Vec<String>) = if chosen.is_empty() {
        let suggested = suggest(&props.summary, DEFAULT_SUGGESTIONS);
        (
            Key::FocusHeading,
            suggested.into_iter().map(|s| s.theme_id).collect(),
        )
    } else {
        (
            Key::ChosenFocusHeading,
            chosen.iter().map(|s| (*s).to_owned()).collect(),
        )
    };
    html! {
        <section class="slide-closing" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, heading) }</h1>
            <ol class="slide-focus">
                { for themes.iter().filter_map(|id| model.theme(id)).map(|theme| {
                    let score = props.summary.theme(&theme.id).and_then(|t| t.team_score());
                    html! {
                        <li>
                            <strong>{ theme.title.get(lang) }</strong>
                            if let Some(score) = score {
                                { format!(" ({})", format_number(lang, score, 1)) }
                            }
                            if let Some(step) = theme.actions.first().and_then(|a| a.first_step.as_ref()) {
                                <p>{ tr(lang, Key::FirstStep) }{ ": " }{ say(step) }</p>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
