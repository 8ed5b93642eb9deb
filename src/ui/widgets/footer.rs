use yew::prelude::*;

use crate::core::route::Route;
use crate::i18n::{DataKey, Key, format_date, tr, tr_with};
use crate::state::Action;
use crate::ui::hooks::use_app;

#[component]
pub fn Footer() -> Html {
    let app = use_app();
    let lang = app.lang;
    let link = |route: Route, key: DataKey| {
        let app = app.clone();
        let href = route.to_fragment();
        let go = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            app.dispatch(Action::Navigate(route.clone()));
        });
        html! { <a href={href} onclick={go}>{ tr(lang, key) }</a> }
    };
    html! {
        <footer class="site-footer">
            <p class="footer-links">
                { link(Route::Data, DataKey::DataLink) }
                { link(Route::Privacy, DataKey::PrivacyLink) }
            </p>
            <p>{ tr(lang, Key::FooterText) }</p>
            <p class="version">{ tr_with(lang, Key::VersionLine, &[
                ("version", env!("CARGO_PKG_VERSION")),
                ("date", &format_date(lang, env!("KAPACITETSRADAR_BUILD_DATE"))),
            ]) }</p>
        </footer>
    }
}
