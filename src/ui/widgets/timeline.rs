use yew::prelude::*;

use crate::core::domain::aggregate::Summary;
use crate::core::domain::catalog::ModelRef;
use crate::i18n::{Key, format_date, format_number, tr};
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Each round, oldest first: its date and its figures laid onto the
    /// current model's themes.
    pub rounds: Vec<(String, Summary)>,
    pub model: ModelRef,
}

const W: f64 = 160.0;
const H: f64 = 40.0;

/// Each theme's team score over the rounds: a small line, and the numbers
/// beside it.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = use_app().lang;
    let n = props.rounds.len();
    let x = |i: usize| 6.0 + (W - 12.0) * i as f64 / (n.max(2) - 1) as f64;
    let y = |v: f64| H - 4.0 - (H - 8.0) * (v - 1.0) / 4.0;
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ tr(lang, Key::TimelineHeading) }</h2>
            <table class="timeline-table">
                <thead>
                    <tr>
                        <th scope="col">{ tr(lang, Key::ColTheme) }</th>
                        <th scope="col"><span class="visually-hidden">{ tr(lang, Key::TimelineHeading) }</span></th>
                        { for props.rounds.iter().map(|(date, _)| html! { <th scope="col">{ format_date(lang, date) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.model.themes.iter().enumerate().map(|(t, theme)| {
                        let values: Vec<Option<f64>> = props.rounds.iter().map(|(_, s)| s.theme(&theme.id).and_then(|th| th.team_score())).collect();
                        let points: Vec<String> = values.iter().enumerate().filter_map(|(i, v)| v.map(|v| format!("{:.1},{:.1}", x(i), y(v)))).collect();
                        html! {
                            <tr>
                                <th scope="row"><span class="theme-no">{ t + 1 }</span>{ theme.short.get(lang) }</th>
                                <td>
                                    <svg class="spark" viewBox={format!("0 0 {W} {H}")} width="160" height="40" aria-hidden="true" focusable="false">
                                        <line class="spark-base" x1="0" x2={W.to_string()} y1={y(3.0).to_string()} y2={y(3.0).to_string()} />
                                        if points.len() > 1 {
                                            <polyline class="spark-line" points={points.join(" ")} />
                                        }
                                        { for values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).map(|(i, v)| html! {
                                            <circle class="spark-dot" cx={format!("{:.1}", x(i))} cy={format!("{:.1}", y(v))} r="3.5" />
                                        }) }
                                    </svg>
                                </td>
                                { for values.iter().map(|v| html! { <td>{ v.map_or_else(|| "–".to_owned(), |v| format_number(lang, v, 1)) }</td> }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
