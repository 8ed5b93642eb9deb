//! The root component: owns the state and provides it to everything below.

use yew::prelude::*;

use crate::components::{footer::Footer, header::Header, start_screen::StartScreen};
use crate::i18n::Lang;
use crate::state::{AppContext, AppState};
use crate::storage::{self, KeyValueStore};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub initial_lang: Lang,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial_lang = props.initial_lang;
    let state = use_reducer_eq(move || AppState::new(initial_lang));

    use_effect_with(state.lang, |lang| apply_lang(*lang));

    html! {
        <ContextProvider<AppContext> context={state}>
            <Header />
            <main id="main" tabindex="-1">
                <StartScreen />
            </main>
            <Footer />
        </ContextProvider<AppContext>>
    }
}

/// Makes the document say which language it is in (screen readers pick
/// their voice from it) and remembers the choice. Storage may be blocked,
/// in which case the choice lasts only as long as the page.
fn apply_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
    if let Ok(store) = storage::LocalStore::open() {
        let _ = storage::save_lang(&store as &dyn KeyValueStore, lang);
    }
}
