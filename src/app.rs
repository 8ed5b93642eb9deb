//! The root component: owns the state, provides it to everything below, and
//! runs the effects that touch the browser (saving, other tabs, the address
//! bar, focus).

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::core::formats::files::parse_stored_assessment;
use crate::core::route::Route;
use crate::i18n::Lang;
use crate::state::{Action, AppContext, AppState, Notice};
use crate::storage::{self, ASSESSMENT_PREFIX, Store};
use crate::ui::pages::{
    data_page::DataPage, follow_up_page::FollowUpPage, home::Home, import_page::ImportPage,
    invitation_page::InvitationPage, models_page::ModelsPage, new_assessment::NewAssessment,
    overview::Overview, plan_page::PlanPage, presenter::Presenter, privacy_page::PrivacyPage,
    question_page::QuestionPage, respondents::Respondents, results::Results,
};
use crate::ui::widgets::{footer::Footer, header::Header, notices::Notices};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub initial_lang: Lang,
    #[prop_or_default]
    pub initial_route: Route,
    pub store: Store,
    /// False when the browser refused storage and `store` is memory.
    #[prop_or(true)]
    pub persistent: bool,
    /// When the app was started, for naming set-aside data.
    #[prop_or_default]
    pub started_at: i64,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let (lang, route, store, persistent, at) = (
            props.initial_lang,
            props.initial_route.clone(),
            props.store.clone(),
            props.persistent,
            props.started_at,
        );
        use_reducer(move || {
            let loaded = storage::load_assessments(store.0.as_ref(), at);
            let notices = loaded
                .quarantined
                .into_iter()
                .map(Notice::Quarantined)
                .chain(
                    loaded
                        .set_aside_earlier
                        .into_iter()
                        .map(|key| Notice::SetAsideEarlier { key }),
                )
                .collect();
            AppState::new(lang, route, loaded.assessments, persistent, notices)
                .with_models(storage::load_models(store.0.as_ref()))
                .with_backup_record(storage::load_backup_record(store.0.as_ref()))
        })
    };

    {
        let store = props.store.clone();
        use_effect_with(state.lang, move |lang| apply_lang(*lang, &store));
    }
    use_route_effects(&state);
    use_other_tabs(&state);
    use_saving(&state, &props.store);
    use_keeping(&state, &props.store);

    let page = match &state.route {
        Route::Home => html! { <Home /> },
        Route::NewAssessment => html! { <NewAssessment /> },
        Route::Respondents { assessment } => {
            html! { <Respondents assessment={assessment.clone()} /> }
        }
        Route::Question {
            assessment,
            respondent,
            theme,
        } => html! {
            <QuestionPage assessment={assessment.clone()} respondent={respondent.clone()} theme={*theme} />
        },
        Route::Overview {
            assessment,
            respondent,
        } => html! { <Overview assessment={assessment.clone()} respondent={respondent.clone()} /> },
        Route::Results { assessment } => html! { <Results assessment={assessment.clone()} /> },
        Route::Import => html! { <ImportPage /> },
        Route::Models => html! { <ModelsPage /> },
        Route::Data => html! { <DataPage /> },
        Route::Privacy => html! { <PrivacyPage /> },
        Route::Plan { assessment } => html! { <PlanPage assessment={assessment.clone()} /> },
        Route::FollowUp { assessment } => {
            html! { <FollowUpPage assessment={assessment.clone()} /> }
        }
        // The wall screen shows the slide alone (rendered below).
        Route::Presenter { .. } => Html::default(),
        Route::OpenLink { payload } => html! { <ImportPage link={Some(payload.clone())} /> },
        Route::Invitation { payload } => html! { <InvitationPage payload={payload.clone()} /> },
    };

    if let Route::Presenter {
        assessment,
        slide,
        step,
    } = &state.route
    {
        let presenter = html! {
            <main id="main" tabindex="-1">
                <Presenter assessment={assessment.clone()} slide={*slide} step={*step} />
            </main>
        };
        return html! {
            <ContextProvider<AppContext> context={state.clone()}>
            <ContextProvider<Store> context={props.store.clone()}>
                { presenter }
            </ContextProvider<Store>>
            </ContextProvider<AppContext>>
        };
    }
    html! {
        <ContextProvider<AppContext> context={state}>
        <ContextProvider<Store> context={props.store.clone()}>
            <Header />
            <Notices store={props.store.clone()} />
            <main id="main" tabindex="-1">
                { page }
            </main>
            <Footer />
        </ContextProvider<Store>>
        </ContextProvider<AppContext>>
    }
}

/// Keeps the address bar and the route in step, and moves focus to the new
/// page's heading when the page changes (but not on first load).
#[hook]
fn use_route_effects(state: &AppContext) {
    let first = use_mut_ref(|| true);
    use_effect_with(state.route.clone(), move |route| {
        // The first route came from the address bar: writing it back could
        // undo an address change made while the app was starting.
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        browser::show_route(route);
        browser::focus_heading();
    });
    let dispatcher = state.dispatcher();
    let started_on = state.route.clone();
    use_effect_with((), move |_| {
        let navigate = move || {
            let route = Route::from_fragment(&browser::current_fragment());
            dispatcher.dispatch(Action::Navigate(route));
        };
        // The address may have changed between reading it and listening.
        if Route::from_fragment(&browser::current_fragment()) != started_on {
            navigate();
        }
        let listener = web_sys::window()
            .map(|window| EventListener::new(&window, "popstate", move |_| navigate()));
        move || drop(listener)
    });
}

/// Another tab wrote an assessment: merge its copy into ours.
#[hook]
fn use_other_tabs(state: &AppContext) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // `clear()` in another tab: everything was deleted there.
                let Some(key) = event.key() else {
                    dispatcher.dispatch(Action::ForgetEverything);
                    return;
                };
                let Some(id) = key.strip_prefix(ASSESSMENT_PREFIX).map(str::to_owned) else {
                    return;
                };
                match event.new_value() {
                    None => dispatcher.dispatch(Action::MergeExternal { id, theirs: None }),
                    // A copy this version can't read (say, from a newer app in
                    // another tab) is left alone rather than merged or overwritten.
                    Some(text) => {
                        if let Ok(theirs) = parse_stored_assessment(&text) {
                            dispatcher.dispatch(Action::MergeExternal {
                                id,
                                theirs: Some(theirs),
                            });
                        }
                    }
                }
            })
        });
        move || drop(listener)
    });
}

/// Writes every assessment with unsaved changes: at once, or, while the
/// user types a comment, 300 ms after the last keystroke. Whatever waits is
/// written the moment the page is hidden or closed (`visibilitychange`,
/// `pagehide`), so no keystroke is lost.
#[hook]
fn use_saving(state: &AppContext, store: &Store) {
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let (handle, store, timer) = (state.clone(), store.clone(), timer.clone());
        use_effect_with(state.save_requests, move |_| {
            if handle.save_may_wait {
                let (handle, store) = (handle.clone(), store.clone());
                *timer.borrow_mut() = Some(Timeout::new(300, move || save_all(&handle, &store)));
            } else {
                // Dropping a pending timer cancels it; this save covers it.
                timer.borrow_mut().take();
                save_all(&handle, &store);
            }
        });
    }
    let (handle, store) = (state.clone(), store.clone());
    use_effect_with((), move |_| {
        let flush = move || {
            if timer.borrow_mut().take().is_some() {
                save_all(&handle, &store);
            }
        };
        let flush = std::rc::Rc::new(flush);
        let on_hide = web_sys::window().map(|window| {
            let flush = flush.clone();
            EventListener::new(&window, "pagehide", move |_| flush())
        });
        let on_hidden = browser::document().map(|document| {
            let watched = document.clone();
            EventListener::new(&document, "visibilitychange", move |_| {
                if watched.hidden() {
                    flush();
                }
            })
        });
        move || drop((on_hide, on_hidden))
    });
}

/// Writes each unsaved assessment. Before writing, it checks that storage
/// still holds the copy we last knew; if another tab got there first, that
/// copy is merged in first and the save comes round again.
fn save_all(handle: &AppContext, store: &Store) {
    for id in handle.unsaved.clone() {
        let Some(ours) = handle.assessments.get(&id).cloned() else {
            continue;
        };
        let current = storage::read_assessment(store.0.as_ref(), &id);
        if let Ok(current) = &current
            && current.as_ref() != handle.stored.get(&id).map(|a| &**a)
        {
            handle.dispatch(Action::MergeExternal {
                id,
                theirs: current.clone(),
            });
            continue;
        }
        match storage::save_assessment(store.0.as_ref(), &ours) {
            Ok(()) => handle.dispatch(Action::MarkSaved {
                copy: ours,
                at: browser::now(),
            }),
            Err(error) => handle.dispatch(Action::MarkSaveFailed { error }),
        }
    }
}

/// Keeps the data on the device: registers the service worker (offline
/// use, and a notice when a new version waits), asks the browser not to
/// evict the data once there is some, and stores the backup record when
/// it changes.
#[hook]
fn use_keeping(state: &AppContext, store: &Store) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        crate::device::start_service_worker(move || dispatcher.dispatch(Action::OfferUpdate));
    });
    let has_data = !state.assessments.is_empty();
    use_effect_with(has_data, |has_data| {
        if *has_data {
            wasm_bindgen_futures::spawn_local(async {
                crate::device::request_persistence().await;
            });
        }
    });
    let store = store.clone();
    use_effect_with(state.backup.clone(), move |record| {
        // Nothing to remember is not written: after "delete everything"
        // storage stays empty.
        if *record != Default::default() {
            let _ = storage::save_backup_record(store.0.as_ref(), record);
        }
    });
}

/// Makes the document say which language it is in (screen readers pick
/// their voice from it) and remembers the choice. Storage may be blocked
/// (the store is then memory) or full, in which case the choice lasts only
/// as long as the page.
fn apply_lang(lang: Lang, store: &Store) {
    if let Some(root) = browser::document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
    let _ = storage::save_lang(store.0.as_ref(), lang);
}
