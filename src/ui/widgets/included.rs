use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::core::domain::assessment::Assessment;
use crate::i18n::{Key, role_label, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct IncludedProps {
    pub assessment: Rc<Assessment>,
}

/// Names shown at a time; beyond that the list is searched or paged, so a
/// staff round of 300 stays a list one can use.
const PAGE: usize = 20;

/// Who is in the picture, one click away, each with a way to take them out
/// (asks first).
#[component]
pub fn Included(props: &IncludedProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let assessment = &props.assessment;
    let query = use_state(String::new);
    let shown = use_state(|| PAGE);
    let total = assessment.respondents.len();
    let needle = query.trim().to_lowercase();
    let matching: Vec<_> = assessment
        .respondents
        .iter()
        .filter(|r| {
            needle.is_empty()
                || r.name.to_lowercase().contains(&needle)
                || role_label(lang, r.role).to_lowercase().contains(&needle)
        })
        .collect();
    let found = matching.len();
    let on_search = {
        let (query, shown) = (query.clone(), shown.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            shown.set(PAGE);
        })
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };
    html! {
        <details class="included">
            <summary>{ tr_with(lang, Key::RespondentsIncluded, &[("n", &total.to_string())]) }</summary>
            if total > PAGE {
                <p class="included-search no-print">
                    <label for="included-search">{ tr(lang, Key::SearchRespondents) }</label>
                    <input id="included-search" type="search" value={(*query).clone()} oninput={on_search} autocomplete="off" />
                </p>
                <p class="meta" role="status">
                    { tr_with(lang, Key::ShowingOf, &[("shown", &found.min(*shown).to_string()), ("n", &found.to_string())]) }
                </p>
            }
            <ul>
                { for matching.into_iter().take(*shown).map(|r| {
                    let remove = {
                        let (app, assessment, respondent, name) =
                            (app.clone(), assessment.id.clone(), r.id.clone(), r.name.clone());
                        Callback::from(move |_| {
                            if browser::confirm(&tr_with(app.lang, Key::ConfirmRemove, &[("name", &name)])) {
                                app.dispatch(Action::RemoveRespondent {
                                    assessment: assessment.clone(),
                                    respondent: respondent.clone(),
                                    now: browser::now(),
                                });
                            }
                        })
                    };
                    html! {
                        <li>
                            { &r.name }{ " – " }{ role_label(lang, r.role) }
                            <button type="button" class="button subtle small no-print" onclick={remove}>
                                { tr(lang, Key::Remove) }
                                <span class="visually-hidden">{ format!(": {}", r.name) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if found > *shown {
                <p class="no-print">
                    <button type="button" class="button subtle" onclick={more}>
                        { tr_with(lang, Key::ShowMore, &[("n", &PAGE.min(found - *shown).to_string())]) }
                    </button>
                </p>
            }
        </details>
    }
}
