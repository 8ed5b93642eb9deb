use yew::prelude::*;

use crate::core::domain::catalog::ModelRef;
use crate::core::domain::model::{Localized, Theme};
use crate::i18n::{Key, tr};
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct ThemeGuideProps {
    pub theme: Theme,
    pub model: ModelRef,
    /// The assessment's focal initiative, named in the texts.
    #[prop_or_default]
    pub initiative: String,
    /// The answers spread widely: the dialogue prompt is shown.
    pub disagreement: bool,
}

/// The model's guide for talking about a theme: reflection questions, what
/// a low, middle and high level look like, and a prompt for when the team
/// disagrees. Shows nothing for a model without one.
#[component]
pub fn ThemeGuide(props: &ThemeGuideProps) -> Html {
    let lang = use_app().lang;
    let theme = &props.theme;
    let say = |text: &Localized| {
        props
            .model
            .with_initiative(text.get(lang), &props.initiative, lang)
    };
    let dialogue = theme.dialogue.as_ref().filter(|_| props.disagreement);
    if theme.reflection.is_empty() && theme.levels.is_none() && dialogue.is_none() {
        return Html::default();
    }
    html! {
        <div class="theme-guide">
            if let Some(prompt) = dialogue {
                <p class="dialogue"><strong>{ tr(lang, Key::DialoguePrompt) }</strong>{ " " }{ say(prompt) }</p>
            }
            if !theme.reflection.is_empty() {
                <p class="why"><strong>{ tr(lang, Key::ReflectionHeading) }</strong></p>
                <ul class="reflection">
                    { for theme.reflection.iter().map(|q| html! { <li>{ say(q) }</li> }) }
                </ul>
            }
            if let Some(levels) = &theme.levels {
                <dl class="levels">
                    <dt>{ tr(lang, Key::LevelLow) }</dt><dd>{ say(&levels.low) }</dd>
                    <dt>{ tr(lang, Key::LevelMiddle) }</dt><dd>{ say(&levels.middle) }</dd>
                    <dt>{ tr(lang, Key::LevelHigh) }</dt><dd>{ say(&levels.high) }</dd>
                </dl>
            }
        </div>
    }
}
