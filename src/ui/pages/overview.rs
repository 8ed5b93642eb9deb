use yew::prelude::*;

use crate::core::domain::progress::{self, Scope};
use crate::core::route::Route;
use crate::i18n::{Key, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::{use_app, use_model, use_respondent};
use crate::ui::widgets::not_found::NotFound;
use crate::ui::widgets::share_answers::ShareAnswers;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub assessment: String,
    pub respondent: String,
}

/// The end of the path: which statements are still unanswered.
#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let found = use_respondent(&props.assessment, &props.respondent);
    let model = use_model(found.as_ref().map(|(a, _)| a.as_ref()));
    let (Some((assessment, respondent)), Some(model)) = (found, model) else {
        return html! { <NotFound /> };
    };
    let open = progress::unanswered(&model, &respondent, Scope(&assessment.themes));
    let open_count: usize = open.iter().map(|(_, _, s)| s.len()).sum();
    let total = progress::total(&model, &respondent, Scope(&assessment.themes));
    let go = |route: Route| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(route.clone())))
    };

    html! {
        <section class="overview" aria-labelledby="page-heading">
            <h1 id="page-heading" tabindex="-1">{ tr(lang, Key::OverviewHeading) }</h1>
            <p class="lead">{ tr_with(lang, Key::AnsweredOf, &[("done", &(total - open_count).to_string()), ("total", &total.to_string())]) }</p>
            if open.is_empty() {
                <p class="notice ok" role="status">{ tr(lang, Key::AllAnswered) }</p>
            } else {
                <h2>{ tr_with(lang, Key::Unanswered, &[("n", &open_count.to_string())]) }</h2>
                <ul class="unanswered">
                    { for open.into_iter().map(|(index, theme, statements)| {
                        let route = Route::Question {
                            assessment: props.assessment.clone(),
                            respondent: props.respondent.clone(),
                            theme: index,
                        };
                        html! {
                            <li class="card">
                                <h3>{ format!("{}. {}", index + 1, theme.title.get(lang)) }</h3>
                                <ul>
                                    { for statements.into_iter().map(|s| html! { <li>{ model.with_initiative(s.text.get(lang), &assessment.initiative, lang) }</li> }) }
                                </ul>
                                <button type="button" class="button" onclick={go(route)}>
                                    { tr(lang, Key::GoToTheme) }
                                    <span class="visually-hidden">{ format!(": {}", theme.title.get(lang)) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <ShareAnswers assessment={props.assessment.clone()} respondent={props.respondent.clone()} />
            <div class="actions">
                <button type="button" class="button primary" onclick={go(Route::Results { assessment: props.assessment.clone() })}>{ tr(lang, Key::ShowResults) }</button>
                <button type="button" class="button" onclick={go(Route::Home)}>{ tr(lang, Key::BackToStart) }</button>
            </div>
        </section>
    }
}
