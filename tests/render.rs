//! Layer 1: components rendered to HTML strings natively (yew's `ssr`).
#![cfg(not(target_arch = "wasm32"))]

use kapacitetsradar::app::{App, AppProps};
use kapacitetsradar::i18n::Lang;
use yew::ServerRenderer;

async fn render(lang: Lang) -> String {
    ServerRenderer::<App>::with_props(move || AppProps { initial_lang: lang })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn start_screen_renders_in_danish_with_the_product_name() {
    let html = render(Lang::Da).await;
    assert!(html.contains("Kapacitetsradar"));
    assert!(html.contains("Hvor står jeres ledelse"));
    assert!(html.contains(r#"lang="da" aria-pressed="true""#), "{html}");
}

#[tokio::test]
async fn start_screen_renders_in_english() {
    let html = render(Lang::En).await;
    assert!(html.contains("Where does your leadership team stand"));
    assert!(!html.contains("Hvor står jeres ledelse"));
}
