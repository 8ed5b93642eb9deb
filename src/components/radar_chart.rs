use gloo::events::EventListener;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::browser;
use crate::chart::draw_radar;
use crate::core::radar::RadarData;
use crate::i18n::{Key, tr};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    pub data: RadarData,
    pub file_name: String,
}

/// The radar on a canvas whose backing store follows its CSS size times
/// the screen's pixel ratio, redrawn when the data or the window changes.
#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let canvas = use_node_ref();
    let resized = use_state(|| 0u32);
    let failed = use_state_eq(|| false);

    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "resize", move |_| {
                    resized.set(resized.wrapping_add(1))
                })
            });
            move || drop(listener)
        });
    }
    {
        let (canvas, failed) = (canvas.clone(), failed.clone());
        use_effect_with((props.data.clone(), *resized), move |(data, _)| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                let ratio = browser::pixel_ratio();
                let (w, h) = (
                    canvas.client_width().max(300),
                    canvas.client_height().max(225),
                );
                canvas.set_width((f64::from(w) * ratio) as u32);
                canvas.set_height((f64::from(h) * ratio) as u32);
                failed.set(draw_radar(&canvas, data, ratio).is_err());
            }
        });
    }
    let export = {
        let (canvas, name) = (canvas.clone(), props.file_name.clone());
        Callback::from(move |_| {
            if let Some(url) = canvas
                .cast::<HtmlCanvasElement>()
                .and_then(|c| c.to_data_url().ok())
            {
                let _ = browser::download_url(&name, &url);
            }
        })
    };
    html! {
        <figure class="radar">
            <canvas ref={canvas} role="img" aria-label={tr(lang, Key::ChartLabel)}></canvas>
            if *failed {
                <p class="notice warn">{ tr(lang, Key::ChartFailed) }</p>
            }
            <button type="button" class="button subtle no-print" onclick={export}>{ tr(lang, Key::ExportPng) }</button>
        </figure>
    }
}
