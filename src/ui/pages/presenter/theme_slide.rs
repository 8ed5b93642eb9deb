//! One theme on the wall, revealed step by step: each respondent's score,
//! then the mean and spread, then the role groups, then the agreed score.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::domain::aggregate::Summary;
use crate::core::domain::assessment::Assessment;
use crate::core::domain::catalog::ModelRef;
use crate::core::domain::model::Localized;
use crate::core::domain::roles::RoleComparison;
use crate::core::domain::scale::Score;
use crate::i18n::{Key, format_number, role_group_label, score_label, tr, tr_with};
use crate::ui::hooks::use_app;
use crate::ui::widgets::agreed_editor::{AgreedEditor, half};

#[derive(Properties, PartialEq)]
pub struct ThemeSlideProps {
    pub assessment: Rc<Assessment>,
    pub model: ModelRef,
    pub summary: Summary,
    pub index: usize,
    pub step: u8,
}

/// More respondents than this are drawn as a histogram, not a row each.
const ROWS_MAX: usize = 12;
const WIDTH: f64 = 1000.0;
const LEFT: f64 = 230.0;
const RIGHT: f64 = 960.0;

fn x(value: f64) -> f64 {
    LEFT + (value - 1.0) / 4.0 * (RIGHT - LEFT)
}

#[component]
pub fn ThemeSlide(props: &ThemeSlideProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let a = &props.assessment;
    let model = &props.model;
    let Some(theme) = model.themes.get(props.index) else {
        return Html::default();
    };
    let say = |text: &Localized| model.with_initiative(text.get(lang), &a.initiative, lang);
    let summary = props.summary.theme(&theme.id);
    let stats = summary.and_then(|t| t.scores);
    let step = props.step;
    let num = |v: f64| format_number(lang, v, 1);

    // Step 1: each respondent's mean for the theme, lowest first.
    let mut means: Vec<(String, f64)> = summary
        .map(|t| {
            t.respondent_means
                .iter()
                .map(|(id, mean)| {
                    // Anonymous: no label at all, not even a number that
                    // would follow one person from theme to theme.
                    let name = match (app.anonymous, a.respondent(id)) {
                        (false, Some(r)) => r.name.clone(),
                        _ => String::new(),
                    };
                    (name, *mean)
                })
                .collect()
        })
        .unwrap_or_default();
    means.sort_by(|p, q| p.1.total_cmp(&q.1));
    let rows = means.len().min(ROWS_MAX);
    let row_height = 40.0;
    let plot_top = 30.0;
    let plot_height = if means.len() > ROWS_MAX {
        240.0
    } else {
        (rows.max(1) as f64) * row_height
    };
    let axis_y = plot_top + plot_height + 10.0;
    let height = axis_y + 70.0;
    let comparison = summary.map(|t| RoleComparison::of(t, app.anonymous));
    let agreed = a.agreed.get(&theme.id).and_then(|g| g.score);

    let plot = html! {
        <svg class="dots" viewBox={format!("0 0 {WIDTH} {height}")} role="img"
            aria-label={tr_with(lang, Key::DotsLabel, &[("n", &means.len().to_string())])}>
            // The scale: 1–5, its ends named.
            <line class="axis" x1={LEFT.to_string()} x2={RIGHT.to_string()} y1={axis_y.to_string()} y2={axis_y.to_string()} />
            { for Score::all().into_iter().map(|s| {
                let at = x(f64::from(s.value()));
                html! {
                    <>
                        <line class="grid" x1={at.to_string()} x2={at.to_string()} y1={plot_top.to_string()} y2={axis_y.to_string()} />
                        <text class="tick" x={at.to_string()} y={(axis_y + 34.0).to_string()} text-anchor="middle">{ s.value() }</text>
                    </>
                }
            }) }
            <text class="end" x={LEFT.to_string()} y={(axis_y + 62.0).to_string()} text-anchor="start">{ score_label(lang, Score::all()[0]) }</text>
            <text class="end" x={RIGHT.to_string()} y={(axis_y + 62.0).to_string()} text-anchor="end">{ score_label(lang, Score::all()[4]) }</text>
            // Step 2 first, so the dots are drawn over the band.
            if step >= 2 {
                if let Some(s) = stats {
                    <rect class="band" x={x(s.min).to_string()} y={plot_top.to_string()}
                        width={(x(s.max) - x(s.min)).max(4.0).to_string()} height={plot_height.to_string()} />
                    <line class="mean" x1={x(s.mean).to_string()} x2={x(s.mean).to_string()}
                        y1={(plot_top - 10.0).to_string()} y2={axis_y.to_string()} />
                }
            }
            if means.len() > ROWS_MAX {
                // Many respondents: how many landed at each half point.
                { histogram(&means, plot_top, plot_height) }
            } else {
                { for means.iter().enumerate().map(|(i, (name, value))| {
                    let y = plot_top + row_height * (i as f64 + 0.5);
                    html! {
                        <>
                            <text class="who" x={(LEFT - 20.0).to_string()} y={(y + 9.0).to_string()} text-anchor="end">{ name }</text>
                            <circle class="dot" cx={x(*value).to_string()} cy={y.to_string()} r="14" />
                        </>
                    }
                }) }
            }
            if step >= 4 {
                if let Some(score) = agreed {
                    <path class="agreed" d={format!("M{} {}l18 18l-18 18l-18 -18z", x(score.value()), axis_y - 18.0)} />
                }
            }
        </svg>
    };

    html! {
        <section class="slide-theme" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">
                <span class="theme-no">{ props.index + 1 }</span>{ theme.title.get(lang) }
            </h1>
            <div class="slide-columns">
                <div class="slide-main">
                    { plot }
                    <p class="sr-step visually-hidden" aria-live="polite">{ tr(lang, step_key(step)) }</p>
                    if step >= 2 {
                        if let Some(s) = stats {
                            <p class="slide-figures">
                                { tr_with(lang, Key::MeanAndSpread, &[
                                    ("mean", &num(s.mean)),
                                    ("sd", &format_number(lang, s.sd, 1)),
                                    ("min", &num(s.min)),
                                    ("max", &num(s.max)),
                                ]) }
                                if summary.is_some_and(|t| t.disagreement) {
                                    <strong class="flag">{ format!(" ⚑ {}", tr(lang, Key::Disagree)) }</strong>
                                }
                            </p>
                        }
                    }
                    if step >= 3 {
                        if let Some(c) = &comparison {
                            <ul class="slide-roles">
                                { for c.groups.iter().map(|(role, s)| html! {
                                    <li>
                                        <span class="role">{ role_group_label(lang, *role) }</span>
                                        // A bar from 1 to the group's mean (SVG: the page's
                                        // CSP allows no inline styles).
                                        <svg class="role-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                            <rect class="track" width="100" height="10" />
                                            <rect class="fill" width={format!("{:.1}", (s.mean - 1.0) / 4.0 * 100.0)} height="10" />
                                        </svg>
                                        <span class="role-mean">{ num(s.mean) }{ format!(" (n = {})", s.n) }</span>
                                    </li>
                                }) }
                            </ul>
                            if c.groups.len() < 2 {
                                <p class="meta">{ tr(lang, Key::RolesNothingToCompare) }</p>
                            } else if let Some((role, gap)) = c.largest_gap.filter(|_| c.notable()) {
                                <p class="flag">{ tr_with(lang, Key::GapFlag, &[("group", role_group_label(lang, role)), ("gap", &num(gap.abs()))]) }</p>
                            }
                        }
                    }
                    if step >= 4 {
                        <AgreedEditor assessment={a.id.clone()} theme={theme.id.clone()}
                            title={theme.title.get(lang).to_owned()}
                            agreed={a.agreed.get(&theme.id).cloned()}
                            target={a.targets.get(&theme.id).copied()} place="slide" />
                        if let Some(score) = agreed {
                            <p class="visually-hidden">{ format!("{}: {}", tr(lang, Key::AgreedScore), half(lang, score)) }</p>
                        }
                    }
                </div>
                <aside class="slide-side">
                    if step >= 2 && summary.is_some_and(|t| t.disagreement) {
                        if let Some(prompt) = &theme.dialogue {
                            <p class="dialogue"><strong>{ tr(lang, Key::DialoguePrompt) }</strong>{ " " }{ say(prompt) }</p>
                        }
                    }
                    if !theme.reflection.is_empty() {
                        <h2>{ tr(lang, Key::ReflectionHeading) }</h2>
                        <ul class="reflection">
                            { for theme.reflection.iter().map(|q| html! { <li>{ say(q) }</li> }) }
                        </ul>
                    }
                </aside>
            </div>
        </section>
    }
}

fn step_key(step: u8) -> Key {
    match step {
        1 => Key::StepDots,
        2 => Key::StepSpread,
        3 => Key::StepRoles,
        _ => Key::StepAgreed,
    }
}

/// How many respondents' means fall at each half point of the scale.
fn histogram(means: &[(String, f64)], top: f64, height: f64) -> Html {
    let mut counts = [0usize; 9];
    for (_, value) in means {
        let bucket = ((value - 1.0) * 2.0).round().clamp(0.0, 8.0) as usize;
        counts[bucket] += 1;
    }
    let most = counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    html! {
        { for counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| {
            let at = x(1.0 + i as f64 / 2.0);
            let h = height * *n as f64 / most;
            html! {
                <>
                    <rect class="bar" x={(at - 30.0).to_string()} y={(top + height - h).to_string()} width="60" height={h.to_string()} />
                    <text class="count" x={at.to_string()} y={(top + height - h - 8.0).to_string()} text-anchor="middle">{ n }</text>
                </>
            }
        }) }
    }
}
