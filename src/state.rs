//! The app's one state, changed only through verb-named actions.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub lang: Lang,
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }
}

pub enum Action {
    SetLanguage(Lang),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLanguage(lang) if lang == self.lang => self,
            Action::SetLanguage(lang) => Rc::new(AppState { lang }),
        }
    }
}

pub type AppContext = UseReducerHandle<AppState>;

/// The app state from the nearest provider; every component is under `App`'s.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App's ContextProvider")
}
