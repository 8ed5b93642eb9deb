use yew::prelude::*;

use crate::core::domain::model::Localized;
use crate::core::domain::progress::{self, Scope};
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
    // A follow-up may ask only some themes: the page goes through those, in
    // the model's order; an address naming another lands on the first.
    let asked = Scope(&assessment.themes).themes(&model);
    let place = asked
        .iter()
        .position(|(index, _)| *index == props.theme)
        .unwrap_or(0);
    let Some(&(current, theme)) = asked.get(place) else {
        return html! { <NotFound /> };
    };
    let say =
        |text: &Localized| model.with_initiative(text.get(lang), &assessment.initiative, lang);
    let count = asked.len();
    let before = place
        .checked_sub(1)
        .and_then(|p| asked.get(p))
        .map(|(i, _)| *i);
    let after = asked.get(place + 1).map(|(i, _)| *i);
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
                { tr_with(lang, Key::ThemeOf, &[("n", &(place + 1).to_string()), ("total", &count.to_string())]) }
                { " · " }{ tr_with(lang, Key::AnsweringAs, &[("name", &respondent.name)]) }
            </p>
            <h1 id="page-heading" tabindex="-1">{ theme.title.get(lang) }</h1>
            <Progress assessment={props.assessment.clone()} respondent={respondent.clone()} theme={current} model={model.clone()} themes={assessment.themes.clone()} />
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
                        number={format!("{}.{}", current + 1, i + 1)}
                        response={respondent.answers.get(statement.id.as_str()).cloned()} />
                }) }
            </div>
            <div class="actions page-nav">
                if let Some(before) = before {
                    <button type="button" class="button" onclick={go(question(before))}>{ "← " }{ tr(lang, Key::Previous) }</button>
                }
                if let Some(after) = after {
                    <button type="button" class="button primary" onclick={go(question(after))}>{ tr(lang, Key::Next) }{ " →" }</button>
                } else {
                    <button type="button" class="button primary" onclick={go(overview)}>{ tr(lang, Key::ToOverview) }{ " →" }</button>
                }
            </div>
        </section>
    }
}
