use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::core::domain::assessment::AgreedScore;
use crate::core::domain::scale::HalfScore;
use crate::i18n::{Key, Lang, format_number, tr};
use crate::state::Action;
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct AgreedEditorProps {
    pub assessment: String,
    pub theme: String,
    /// The theme's name, for the controls' labels.
    pub title: String,
    pub agreed: Option<AgreedScore>,
    pub target: Option<HalfScore>,
    /// Where on the page, so ids stay unique (`results`, `slide`).
    pub place: String,
    /// Labels shown, or read only by a screen reader (in a table row).
    #[prop_or(true)]
    pub visible_labels: bool,
}

/// "3" or "3,5" in the user's language.
pub fn half(lang: Lang, score: HalfScore) -> String {
    let decimals = if score.value().fract() == 0.0 { 0 } else { 1 };
    format_number(lang, score.value(), decimals)
}

/// The team's agreed score for a theme (1–5 in half steps), why, and
/// where it wants to be: saved like any answer.
#[component]
pub fn AgreedEditor(props: &AgreedEditorProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let dom = format!("{}-{}", props.place, props.theme.replace('.', "-"));
    let parse = |value: String| value.parse::<f64>().ok().and_then(HalfScore::new);
    let on_score = {
        let (app, assessment, theme) = (app.clone(), props.assessment.clone(), props.theme.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            app.dispatch(Action::SetAgreed {
                assessment: assessment.clone(),
                theme: theme.clone(),
                score: parse(select.value()),
                now: browser::now(),
            })
        })
    };
    let on_target = {
        let (app, assessment, theme) = (app.clone(), props.assessment.clone(), props.theme.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            app.dispatch(Action::SetTarget {
                assessment: assessment.clone(),
                theme: theme.clone(),
                target: parse(select.value()),
                now: browser::now(),
            })
        })
    };
    let on_rationale = {
        let (app, assessment, theme) = (app.clone(), props.assessment.clone(), props.theme.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            app.dispatch(Action::SetRationale {
                assessment: assessment.clone(),
                theme: theme.clone(),
                rationale: area.value(),
                now: browser::now(),
            })
        })
    };
    let score = props.agreed.as_ref().and_then(|a| a.score);
    let rationale = props
        .agreed
        .as_ref()
        .map(|a| a.rationale.clone())
        .unwrap_or_default();
    let options = |current: Option<HalfScore>| {
        html! {
            <>
                <option value="" selected={current.is_none()}>{ tr(lang, Key::NotSet) }</option>
                { for HalfScore::all().map(|s| html! {
                    <option value={s.value().to_string()} selected={current == Some(s)}>{ half(lang, s) }</option>
                }) }
            </>
        }
    };
    let label_class = classes!((!props.visible_labels).then_some("visually-hidden"));
    let named = |key: Key| format!("{} – {}", tr(lang, key), props.title);
    html! {
        <div class="agreed-editor">
            <div class="agreed-score">
                <label for={format!("agreed-{dom}")} class={label_class.clone()}>
                    { if props.visible_labels { tr(lang, Key::AgreedScore).to_owned() } else { named(Key::AgreedScore) } }
                </label>
                <select id={format!("agreed-{dom}")} onchange={on_score}>{ options(score) }</select>
                <span class="print-only">{ format!("{}: {}", tr(lang, Key::AgreedScore), score.map_or_else(|| "–".to_owned(), |s| half(lang, s))) }</span>
            </div>
            <div class="agreed-target">
                <label for={format!("target-{dom}")} class={label_class.clone()}>
                    { if props.visible_labels { tr(lang, Key::TargetScore).to_owned() } else { named(Key::TargetScore) } }
                </label>
                <select id={format!("target-{dom}")} onchange={on_target}>{ options(props.target) }</select>
                <span class="print-only">{ format!("{}: {}", tr(lang, Key::TargetScore), props.target.map_or_else(|| "–".to_owned(), |s| half(lang, s))) }</span>
            </div>
            <div class="agreed-rationale">
                <label for={format!("rationale-{dom}")} class={label_class}>
                    { if props.visible_labels { tr(lang, Key::Rationale).to_owned() } else { named(Key::Rationale) } }
                </label>
                <textarea id={format!("rationale-{dom}")} rows="2" maxlength="4000"
                    value={rationale.clone()} oninput={on_rationale} />
                // The printed report shows the text, not a box that cuts it.
                <p class="print-only">{ rationale }</p>
            </div>
        </div>
    }
}
