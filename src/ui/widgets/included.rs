use std::rc::Rc;

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

/// Who is in the picture, one click away, each with a way to take them out
/// (asks first).
#[component]
pub fn Included(props: &IncludedProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let assessment = &props.assessment;
    html! {
        <details class="included">
            <summary>{ tr_with(lang, Key::RespondentsIncluded, &[("n", &assessment.respondents.len().to_string())]) }</summary>
            <ul>
                { for assessment.respondents.iter().map(|r| {
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
        </details>
    }
}
