//! The workshop on a wall screen: one slide at a time, driven by the
//! keyboard (→ Space PgDn forward, ← PgUp back, Home End, a number key for a
//! theme), each theme revealed step by step (`core::presenter`).

mod slides;
mod theme_slide;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::core::domain::aggregate::summarize;
use crate::core::presenter::{Deck, Slide, THEME_STEPS};
use crate::core::route::Route;
use crate::i18n::{Key, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::{use_app, use_assessment, use_model};
use crate::ui::widgets::not_found::NotFound;
use crate::ui::widgets::save_status::SaveStatusView;

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub assessment: String,
    /// The slide's place, from 1.
    pub slide: usize,
    pub step: u8,
}

/// The slide the route names, within the deck.
fn slide_of(deck: Deck, number: usize, step: u8) -> Slide {
    match deck.at(number) {
        Slide::Theme { index, .. } => Slide::Theme {
            index,
            step: step.clamp(1, THEME_STEPS),
        },
        other => other,
    }
}

fn route_of(deck: Deck, assessment: &str, slide: Slide) -> Route {
    Route::Presenter {
        assessment: assessment.to_owned(),
        slide: deck.number(slide),
        step: match slide {
            Slide::Theme { step, .. } => step,
            _ => 1,
        },
    }
}

/// Where a key takes the deck, or `None` for a key it doesn't use.
fn on_key(deck: Deck, slide: Slide, key: &str) -> Option<Slide> {
    match key {
        "ArrowRight" | " " | "PageDown" => Some(deck.next(slide)),
        "ArrowLeft" | "PageUp" => Some(deck.previous(slide)),
        "Home" => Some(deck.first()),
        "End" => Some(deck.last()),
        digit => digit
            .parse::<u32>()
            .ok()
            .and_then(|d| deck.theme_for_key(d)),
    }
}

#[component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let found = use_assessment(&props.assessment);
    let model = use_model(found.as_deref());
    let summary = use_memo((found.clone(), model.clone()), |(a, m)| match (a, m) {
        (Some(a), Some(m)) => Some(summarize(m, a)),
        _ => None,
    });
    let deck = Deck {
        themes: model.as_ref().map_or(0, |m| m.themes.len()),
    };
    let slide = slide_of(deck, props.slide, props.step);
    {
        let (app, id) = (app.clone(), props.assessment.clone());
        use_effect_with((deck, slide), move |&(deck, slide)| {
            let listener = browser::document().map(|document| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if event.ctrl_key() || event.alt_key() || event.meta_key() {
                        return;
                    }
                    // Typing a rationale, or using a control, is not paging;
                    // arrows and digits on a checkbox or a button still are.
                    let key = event.key();
                    let in_control = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|t| {
                            let kind = t.get_attribute("type").unwrap_or_default();
                            match t.tag_name().to_ascii_lowercase().as_str() {
                                "select" | "textarea" => true,
                                "input" => {
                                    !matches!(kind.as_str(), "checkbox" | "radio")
                                        || matches!(key.as_str(), " " | "Enter")
                                }
                                "button" => matches!(key.as_str(), " " | "Enter"),
                                _ => false,
                            }
                        });
                    if in_control {
                        return;
                    }
                    if let Some(next) = on_key(deck, slide, &key) {
                        event.prevent_default();
                        if next != slide {
                            app.dispatch(Action::Navigate(route_of(deck, &id, next)));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    // A new slide's heading takes the focus, so a screen reader says it.
    {
        let number = deck.number(slide);
        use_effect_with(number, |_| browser::focus_heading());
    }
    let (Some(assessment), Some(model), Some(summary)) = (found, model, (*summary).clone()) else {
        return html! { <NotFound /> };
    };
    let go = |to: Slide| {
        let (app, route) = (app.clone(), route_of(deck, &assessment.id, to));
        Callback::from(move |_| app.dispatch(Action::Navigate(route.clone())))
    };
    let leave = {
        let (app, id) = (app.clone(), assessment.id.clone());
        Callback::from(move |_| {
            browser::leave_fullscreen();
            app.dispatch(Action::Navigate(Route::Results {
                assessment: id.clone(),
            }))
        })
    };
    let toggle = |action: fn(bool) -> Action, on: bool| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(action(!on)))
    };
    let counter = tr_with(
        lang,
        Key::SlideOf,
        &[
            ("n", &deck.number(slide).to_string()),
            ("total", &deck.count().to_string()),
        ],
    );
    let body = match slide {
        Slide::Title => html! { <slides::TitleSlide assessment={assessment.clone()} /> },
        Slide::Theme { index, step } => html! {
            <theme_slide::ThemeSlide assessment={assessment.clone()} model={model.clone()}
                summary={summary.clone()} index={index} step={step} />
        },
        Slide::Overview => html! {
            <slides::OverviewSlide assessment={assessment.clone()} model={model.clone()} summary={summary.clone()} />
        },
        Slide::Closing => html! {
            <slides::ClosingSlide assessment={assessment.clone()} model={model.clone()} summary={summary.clone()} />
        },
    };
    html! {
        <div class={classes!("presenter", app.high_contrast.then_some("high-contrast"))}>
            <div class="slide">{ body }</div>
            <nav class="presenter-bar" aria-label={tr(lang, Key::PresenterControls)}>
                <span class="slide-count" aria-live="polite">{ counter }</span>
                if let Slide::Theme { step, .. } = slide {
                    <span class="step-count">{ tr_with(lang, Key::StepOf, &[("n", &step.to_string()), ("total", &THEME_STEPS.to_string())]) }</span>
                }
                <button type="button" class="button" onclick={go(deck.previous(slide))}
                    disabled={slide == deck.first()} aria-label={tr(lang, Key::PreviousSlide)}>{ "←" }</button>
                <button type="button" class="button primary" onclick={go(deck.next(slide))}
                    disabled={slide == deck.last()} aria-label={tr(lang, Key::NextSlide)}>{ "→" }</button>
                <label class="choice" for="presenter-anonymous">
                    <input type="checkbox" id="presenter-anonymous" checked={app.anonymous}
                        onchange={toggle(Action::SetAnonymous, app.anonymous)} />
                    <span>{ tr(lang, Key::Anonymous) }</span>
                </label>
                <label class="choice" for="presenter-contrast">
                    <input type="checkbox" id="presenter-contrast" checked={app.high_contrast}
                        onchange={toggle(Action::SetHighContrast, app.high_contrast)} />
                    <span>{ tr(lang, Key::HighContrast) }</span>
                </label>
                <SaveStatusView />
                <button type="button" class="button subtle" onclick={leave}>{ tr(lang, Key::LeavePresentation) }</button>
            </nav>
        </div>
    }
}
