use yew::prelude::*;

use crate::core::domain::assessment::Respondent;
use crate::core::domain::catalog::ModelRef;
use crate::core::domain::progress::{self, Scope};
use crate::core::route::Route;
use crate::i18n::{Key, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub assessment: String,
    pub respondent: Respondent,
    pub theme: usize,
    pub model: ModelRef,
    /// The themes the round asks; empty for all.
    #[prop_or_default]
    pub themes: Vec<String>,
}

/// How far the respondent is, and a way to jump to any theme.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let model = &props.model;
    let total = progress::total(model, &props.respondent, Scope(&props.themes));
    let done = progress::answered(model, &props.respondent, Scope(&props.themes));
    let label = tr_with(
        lang,
        Key::AnsweredOf,
        &[("done", &done.to_string()), ("total", &total.to_string())],
    );
    html! {
        <div class="progress-block">
            <div class="progress-line">
                <label for="progress">{ label.clone() }</label>
                <progress id="progress" max={total.to_string()} value={done.to_string()}>{ label }</progress>
            </div>
            <nav class="theme-nav" aria-label={tr(lang, Key::ThemesNav)}>
                <ol>
                    { for Scope(&props.themes).themes(model).into_iter().map(|(index, theme)| {
                        let current = index == props.theme;
                        let complete = progress::theme_complete(theme, &props.respondent);
                        let go = {
                            let app = app.clone();
                            let route = Route::Question {
                                assessment: props.assessment.clone(),
                                respondent: props.respondent.id.clone(),
                                theme: index,
                            };
                            Callback::from(move |_| app.dispatch(Action::Navigate(route.clone())))
                        };
                        let class = classes!("theme-step", current.then_some("current"), complete.then_some("complete"));
                        html! {
                            <li>
                                <button type="button" {class} onclick={go}
                                    aria-current={current.then_some("step")}>
                                    <span class="step-number" aria-hidden="true">{ if complete { "✓".to_owned() } else { (index + 1).to_string() } }</span>
                                    <span class="step-label">{ theme.short.get(lang) }</span>
                                    if complete {
                                        <span class="visually-hidden">{ format!(" ({})", tr(lang, Key::ThemeComplete)) }</span>
                                    }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            </nav>
        </div>
    }
}
