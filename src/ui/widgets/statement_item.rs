use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::browser;
use crate::core::domain::assessment::Response;
use crate::core::domain::scale::{Answer, Score};
use crate::i18n::{Key, answer_label, tr};
use crate::state::Action;
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct StatementItemProps {
    pub assessment: String,
    pub respondent: String,
    /// The statement's id.
    pub id: String,
    /// Its text in the user's language, naming the focal initiative.
    pub text: String,
    /// What a high score looks like, likewise.
    pub high: String,
    /// The glossary's words it uses: (term, explanation).
    #[prop_or_default]
    pub terms: Vec<(String, String)>,
    pub number: String,
    pub response: Option<Response>,
}

/// One statement: the five labelled scores, "Ved ikke" and "Ikke relevant"
/// as a native radio group (arrow keys move, every label clicks), what a
/// high score looks like one click away, the words it uses explained, and
/// an optional comment.
#[component]
pub fn StatementItem(props: &StatementItemProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let show_high = use_state(|| false);
    let id = &props.id;
    let dom = id.replace('.', "-");
    let current = props.response.as_ref().and_then(|r| r.answer);
    let comment = props
        .response
        .as_ref()
        .map(|r| r.comment.clone())
        .unwrap_or_default();

    let choose = |answer: Answer| {
        let app = app.clone();
        let (assessment, respondent, statement) = (
            props.assessment.clone(),
            props.respondent.clone(),
            id.clone(),
        );
        Callback::from(move |_: Event| {
            app.dispatch(Action::SetAnswer {
                assessment: assessment.clone(),
                respondent: respondent.clone(),
                statement: statement.to_string(),
                answer: Some(answer),
                now: browser::now(),
            })
        })
    };
    let on_comment = {
        let app = app.clone();
        let (assessment, respondent, statement) = (
            props.assessment.clone(),
            props.respondent.clone(),
            id.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            app.dispatch(Action::SetComment {
                assessment: assessment.clone(),
                respondent: respondent.clone(),
                statement: statement.to_string(),
                comment: area.value(),
                now: browser::now(),
            })
        })
    };
    let toggle = {
        let show_high = show_high.clone();
        Callback::from(move |_| show_high.set(!*show_high))
    };
    let options = Score::all()
        .into_iter()
        .map(Answer::Score)
        .chain([Answer::DontKnow, Answer::NotApplicable]);

    html! {
        <fieldset class={classes!("statement", current.is_some().then_some("answered"))} id={format!("s-{dom}")}>
            <legend>
                <span class="statement-number">{ &props.number }</span>
                <span class="statement-text">{ &props.text }</span>
            </legend>
            <button type="button" class="high-toggle" aria-expanded={show_high.to_string()}
                aria-controls={format!("high-{dom}")} onclick={toggle}>
                { tr(lang, Key::ShowHigh) }
            </button>
            <p id={format!("high-{dom}")} class="high-score" hidden={!*show_high}>
                <strong>{ tr(lang, Key::HighScoreLooksLike) }</strong>{ " " }{ &props.high }
            </p>
            if !props.terms.is_empty() {
                <details class="terms">
                    <summary>
                        { tr(lang, Key::WordsExplained) }{ ": " }
                        { props.terms.iter().map(|(term, _)| term.as_str()).collect::<Vec<_>>().join(", ") }
                    </summary>
                    <dl>
                        { for props.terms.iter().map(|(term, definition)| html! {
                            <>
                                <dt>{ term }</dt>
                                <dd>{ definition }</dd>
                            </>
                        }) }
                    </dl>
                </details>
            }
            <div class="scale">
                { for options.map(|answer| {
                    let (value, number) = match answer {
                        Answer::Score(s) => (s.value().to_string(), s.value().to_string()),
                        Answer::DontKnow => ("dont_know".to_owned(), "?".to_owned()),
                        Answer::NotApplicable => ("not_applicable".to_owned(), "–".to_owned()),
                    };
                    let input_id = format!("a-{dom}-{value}");
                    let label = answer_label(lang, answer);
                    html! {
                        <label for={input_id.clone()} class={classes!("option", answer.score().is_none().then_some("dont-know"))}>
                            <input type="radio" id={input_id} name={format!("answer-{dom}")} value={value}
                                checked={current == Some(answer)} onchange={choose(answer)} />
                            <span class="option-number" aria-hidden="true">{ number }</span>
                            <span class="option-label">{ label }</span>
                        </label>
                    }
                }) }
            </div>
            <div class="comment">
                <label for={format!("c-{dom}")}>{ tr(lang, Key::CommentLabel) }</label>
                <textarea id={format!("c-{dom}")} rows="2" maxlength="4000" value={comment} oninput={on_comment} />
            </div>
        </fieldset>
    }
}
