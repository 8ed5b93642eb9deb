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

/// How the chart is laid out for the printed report: square, like its
/// 115 mm box under `@media print` in `styles/main.css`; as if 600 CSS
/// pixels wide, so its labels print at about 9 pt like the table; and at
/// 2.25 times that, about 300 dpi on paper.
const PRINT_SIDE: f64 = 600.0;
const PRINT_RATIO: f64 = 2.25;

/// Sizes the canvas' backing store and draws `data` on it: for the screen
/// at its CSS size times the screen's pixel ratio, for print as above.
/// False if drawing failed.
fn paint(canvas: &HtmlCanvasElement, data: &RadarData, print: bool) -> bool {
    let (w, h, ratio) = if print {
        (PRINT_SIDE, PRINT_SIDE, PRINT_RATIO)
    } else {
        (
            f64::from(canvas.client_width().max(300)),
            f64::from(canvas.client_height().max(225)),
            browser::pixel_ratio(),
        )
    };
    canvas.set_width((w * ratio) as u32);
    canvas.set_height((h * ratio) as u32);
    draw_radar(canvas, data, ratio).is_ok()
}

/// The radar on a canvas whose backing store follows its CSS size times
/// the screen's pixel ratio, redrawn when the data or the window changes.
/// Printing redraws it for paper: the screen's canvas is seldom square
/// (on a laptop it is wide), and the report's box is, so a screen drawing
/// would print stretched.
#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let canvas = use_node_ref();
    let resized = use_state(|| 0u32);
    let failed = use_state_eq(|| false);
    // What was drawn last, for the print listeners, which outlive renders.
    let drawn = use_mut_ref(|| None::<RadarData>);

    {
        let (resized, canvas, drawn, failed) = (
            resized.clone(),
            canvas.clone(),
            drawn.clone(),
            failed.clone(),
        );
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let repaint = move |print: bool| {
                    if let (Some(canvas), Some(data)) =
                        (canvas.cast::<HtmlCanvasElement>(), drawn.borrow().as_ref())
                    {
                        failed.set(!paint(&canvas, data, print));
                    }
                };
                let after = repaint.clone();
                [
                    EventListener::new(&window, "resize", move |_| {
                        resized.set(resized.wrapping_add(1))
                    }),
                    // Drawn at once, not through a render: the browser lays
                    // out the printout as soon as these listeners return.
                    EventListener::new(&window, "beforeprint", move |_| repaint(true)),
                    EventListener::new(&window, "afterprint", move |_| after(false)),
                ]
            });
            move || drop(listeners)
        });
    }
    {
        let (canvas, failed) = (canvas.clone(), failed.clone());
        use_effect_with((props.data.clone(), *resized), move |(data, _)| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                failed.set(!paint(&canvas, data, false));
                *drawn.borrow_mut() = Some(data.clone());
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
