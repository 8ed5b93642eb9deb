use yew::prelude::*;

use crate::core::domain::model::Localized;
use crate::core::domain::progress;
use crate::core::route::Route;
use crate::i18n::{Key, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::{use_app, use_model, use_respondent};
use crate::ui::widgets::not_found::NotFound;
use crate::ui::widgets::{progress::Progress, statement_item::StatementItem};

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub assessment: String,
    pub respondent: String,
    pub theme: usize,
}

/// One theme per page, with progress, the statements and next/back.
#[component]
pub fn QuestionPage(props: &QuestionPageProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let found = use_respondent(&props.assessment, &props.respondent);
    let model = use_model(found.as_ref().map(|(a, _)| a.as_ref()));
    let (Some((assessment, respondent)), Some(model)) = (found, model) else {
        return html! { <NotFound /> };
    };
    let Some(theme) = model.themes.get(props.theme) else {
        return html! { <NotFound /> };
    };
    let say =
        |text: &Localized| model.with_initiative(text.get(lang), &assessment.initiative, lang);
    let count = model.themes.len();
    let go = |route: Route| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Navigate(route.clone())))
    };
    let question = |theme: usize| Route::Question {
        assessment: props.assessment.clone(),
        respondent: props.respondent.clone(),
        theme,
    };
    let overview = Route::Overview {
        assessment: props.assessment.clone(),
        respondent: props.respondent.clone(),
    };

    html! {
        <section class="question-page" aria-labelledby="page-heading">
            <p class="eyebrow">
                { tr_with(lang, Key::ThemeOf, &[("n", &(props.theme + 1).to_string()), ("total", &count.to_string())]) }
                { " · " }{ tr_with(lang, Key::AnsweringAs, &[("name", &respondent.name)]) }
            </p>
            <h1 id="page-heading" tabindex="-1">{ theme.title.get(lang) }</h1>
            <Progress assessment={props.assessment.clone()} respondent={respondent.clone()} theme={props.theme} model={model.clone()} />
            <p class="theme-high"><strong>{ tr(lang, Key::HighScoreLooksLike) }</strong>{ " " }{ say(&theme.high) }</p>
            <div class="statements">
                { for progress::asked(theme, &respondent).into_iter().enumerate().map(|(i, statement)| html! {
                    <StatementItem
                        key={statement.id.clone()}
                        assessment={props.assessment.clone()}
                        respondent={props.respondent.clone()}
                        id={statement.id.clone()}
                        text={say(&statement.text)}
                        high={say(&statement.high)}
                        terms={statement.terms.iter().filter_map(|t| model.term(t)).map(|t| (t.term.get(lang).to_owned(), t.definition.get(lang).to_owned())).collect::<Vec<_>>()}
                        number={format!("{}.{}", props.theme + 1, i + 1)}
                        response={respondent.answers.get(statement.id.as_str()).cloned()} />
                }) }
            </div>
            <div class="actions page-nav">
                if props.theme > 0 {
                    <button type="button" class="button" onclick={go(question(props.theme - 1))}>{ "← " }{ tr(lang, Key::Previous) }</button>
                }
                if props.theme + 1 < count {
                    <button type="button" class="button primary" onclick={go(question(props.theme + 1))}>{ tr(lang, Key::Next) }{ " →" }</button>
                } else {
                    <button type="button" class="button primary" onclick={go(overview)}>{ tr(lang, Key::ToOverview) }{ " →" }</button>
                }
            </div>
        </section>
    }
}
