use yew::prelude::*;

use crate::core::domain::aggregate::Summary;
use crate::core::domain::assessment::Assessment;
use crate::core::domain::catalog::ModelRef;
use crate::i18n::{Key, format_number, tr};
use crate::ui::hooks::use_app;
use crate::ui::widgets::agreed_editor::AgreedEditor;

#[derive(Properties, PartialEq)]
pub struct AgreedPictureProps {
    pub assessment: std::rc::Rc<Assessment>,
    pub summary: Summary,
    pub model: ModelRef,
}

/// The team's agreed score, target and rationale for every theme, beside
/// the respondents' mean: what the workshop leaves with.
#[component]
pub fn AgreedPicture(props: &AgreedPictureProps) -> Html {
    let lang = use_app().lang;
    let a = &props.assessment;
    html! {
        <section class="agreed-picture" aria-labelledby="agreed-heading">
            <h2 id="agreed-heading">{ tr(lang, Key::AgreedHeading) }</h2>
            <p class="no-print">{ tr(lang, Key::AgreedIntro) }</p>
            <div class="agreed-row agreed-head" aria-hidden="true">
                <span>{ tr(lang, Key::ColTheme) }</span>
                <span>{ tr(lang, Key::AgreedScore) }</span>
                <span>{ tr(lang, Key::TargetScore) }</span>
                <span>{ tr(lang, Key::Rationale) }</span>
            </div>
            <ol class="agreed-list">
                { for props.model.themes.iter().enumerate().map(|(i, theme)| {
                    let mean = props.summary.theme(&theme.id).and_then(|t| t.scores).map(|s| s.mean);
                    html! {
                        <li class="agreed-row">
                            <span class="agreed-theme">
                                <span class="theme-no">{ i + 1 }</span>
                                { theme.title.get(lang) }
                                if let Some(mean) = mean {
                                    <span class="meta">{ format!(" ({} {})", tr(lang, Key::ColMean), format_number(lang, mean, 1)) }</span>
                                }
                            </span>
                            <AgreedEditor
                                assessment={a.id.clone()}
                                theme={theme.id.clone()}
                                title={theme.title.get(lang).to_owned()}
                                agreed={a.agreed.get(&theme.id).cloned()}
                                target={a.targets.get(&theme.id).copied()}
                                place="results"
                                visible_labels={false} />
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
