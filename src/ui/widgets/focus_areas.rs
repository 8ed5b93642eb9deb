use yew::prelude::*;

use crate::browser;
use crate::core::domain::aggregate::{Disagreement, Summary};
use crate::core::domain::catalog::ModelRef;
use crate::core::domain::focus::{DEFAULT_SUGGESTIONS, Reason, Suggestion, rank};
use crate::core::domain::model::Localized;
use crate::i18n::{Key, Lang, format_number, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct FocusAreasProps {
    pub assessment: String,
    pub summary: Summary,
    pub chosen: Vec<String>,
    pub model: ModelRef,
    #[prop_or_default]
    pub initiative: String,
}

/// The core's top suggestions, why each was suggested, what could be done,
/// and the team's own pick (saved with the assessment).
#[component]
pub fn FocusAreas(props: &FocusAreasProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let model = &props.model;
    let say = |text: &Localized| model.with_initiative(text.get(lang), &props.initiative, lang);
    let ranked = rank(&props.summary);
    // The top suggestions, then any theme the team chose further down.
    let shown: Vec<&Suggestion> = ranked
        .iter()
        .enumerate()
        .filter(|(i, s)| *i < DEFAULT_SUGGESTIONS || props.chosen.contains(&s.theme_id))
        .map(|(_, s)| s)
        .collect();
    html! {
        <section class="focus" aria-labelledby="focus-heading">
            <h2 id="focus-heading">{ tr(lang, Key::FocusHeading) }</h2>
            <p>{ tr(lang, Key::FocusIntro) }</p>
            <p class="meta" role="status">{ tr_with(lang, Key::ChosenFocus, &[("n", &props.chosen.len().to_string())]) }</p>
            <ol class="focus-list">
                { for shown.into_iter().filter_map(|s| model.theme(&s.theme_id).map(|t| (s, t))).map(|(s, theme)| {
                    let chosen = props.chosen.contains(&s.theme_id);
                    let toggle = {
                        let (app, assessment, theme) = (app.clone(), props.assessment.clone(), s.theme_id.clone());
                        Callback::from(move |_| app.dispatch(Action::ToggleFocus {
                            assessment: assessment.clone(),
                            theme: theme.clone(),
                            now: browser::now(),
                        }))
                    };
                    let id = format!("focus-{}", s.theme_id);
                    html! {
                        <li class={classes!("card", "focus-card", chosen.then_some("chosen"))}>
                            <h3>{ theme.title.get(lang) }</h3>
                            if chosen {
                                <p class="chosen-mark">{ "✓ " }{ tr(lang, Key::Chosen) }</p>
                            }
                            <p class="why"><strong>{ tr(lang, Key::WhySuggested) }</strong></p>
                            <ul class="reasons">
                                { for s.reasons.iter().map(|r| html! { <li>{ reason(lang, r) }</li> }) }
                            </ul>
                            <p class="why"><strong>{ tr(lang, Key::ActionsHeading) }</strong></p>
                            <ul class="actions-list">
                                { for theme.actions.iter().map(|a| html! {
                                    <li>
                                        { say(&a.text) }
                                        <span class="source">{ format!(" ({})", a.sources.iter().map(|s| s.citation()).collect::<Vec<_>>().join("; ")) }</span>
                                        if a.first_step.is_some() || a.owner.is_some() || a.success.is_some() {
                                            <dl class="action-details">
                                                if let Some(step) = &a.first_step {
                                                    <dt>{ tr(lang, Key::FirstStep) }</dt><dd>{ say(step) }</dd>
                                                }
                                                if let Some(owner) = &a.owner {
                                                    <dt>{ tr(lang, Key::SuggestedOwner) }</dt><dd>{ say(owner) }</dd>
                                                }
                                                if let Some(success) = &a.success {
                                                    <dt>{ tr(lang, Key::SignOfSuccess) }</dt><dd>{ say(success) }</dd>
                                                }
                                            </dl>
                                        }
                                    </li>
                                }) }
                            </ul>
                            <label class="choice no-print" for={id.clone()}>
                                <input type="checkbox" {id} checked={chosen} onchange={toggle} />
                                <span>{ tr(lang, Key::ChooseFocus) }</span>
                            </label>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

fn reason(lang: Lang, reason: &Reason) -> String {
    let n = |v: f64| format_number(lang, v, 1);
    match reason {
        Reason::LowScore { score } => tr_with(lang, Key::ReasonLow, &[("score", &n(*score))]),
        Reason::Disagreement(how) => {
            let percent = |share: f64| format_number(lang, share * 100.0, 0);
            match how {
                Disagreement::Range { min, max } => tr_with(
                    lang,
                    Key::ReasonDisagree,
                    &[("min", &n(*min)), ("max", &n(*max))],
                ),
                Disagreement::Split { low, high } => tr_with(
                    lang,
                    Key::ReasonSplit,
                    &[("low", &percent(*low)), ("high", &percent(*high))],
                ),
                Disagreement::Spread { sd } => tr_with(lang, Key::ReasonSpread, &[("sd", &n(*sd))]),
            }
        }
        Reason::SelfOtherGap { gap } => tr_with(
            lang,
            if *gap > 0.0 {
                Key::ReasonGapHigher
            } else {
                Key::ReasonGapLower
            },
            &[("gap", &n(gap.abs()))],
        ),
        Reason::BelowTarget { target, score } => tr_with(
            lang,
            Key::ReasonTarget,
            &[
                ("gap", &n(target - score)),
                (
                    "target",
                    &format_number(lang, *target, if target.fract() == 0.0 { 0 } else { 1 }),
                ),
            ],
        ),
        Reason::AmongLowest { score } => tr_with(lang, Key::ReasonLowest, &[("score", &n(*score))]),
    }
}
