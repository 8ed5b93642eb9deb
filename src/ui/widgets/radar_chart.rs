use gloo::events::EventListener;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::browser;
use crate::chart::draw_radar;
use crate::core::radar::{LabelText, RadarData, fitted_height, label_font};
use crate::i18n::{Key, tr};
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    pub data: RadarData,
    pub file_name: String,
    /// Whose picture this is; shown above the chart in full screen, where
    /// the page's heading is out of sight.
    pub caption: String,
    /// The chart's key (the layer switches), beside or below the chart.
    #[prop_or_default]
    pub children: Html,
    /// Offers full screen and the PNG download (not on a slide, which is
    /// full screen already).
    #[prop_or(true)]
    pub actions: bool,
}

/// How the chart is laid out for the printed report: 115 mm wide, like its
/// box under `@media print` in `styles/main.css`; as if 600 CSS pixels
/// wide, so its labels print at about 9 pt like the table; and at 2.25
/// times that, about 300 dpi on paper.
const PRINT_SIDE: f64 = 600.0;
const PRINT_RATIO: f64 = 2.25;

/// Sizes the canvas and its backing store and draws `data` on it: for the
/// screen as high as the chart needs at its width (the stylesheet may cap
/// that at the screen's height) and at the screen's pixel ratio, for print
/// as above. What the axes carry, or `None` if drawing failed.
fn paint(canvas: &HtmlCanvasElement, data: &RadarData, print: bool) -> Option<LabelText> {
    let style = canvas.style();
    let (w, h, ratio) = if print {
        // As wide as the print stylesheet's box, and only as high as the
        // radar needs, so the table starts right below it.
        let fitted = fitted_height(data, PRINT_SIDE, label_font(PRINT_SIDE)) as u32;
        let side = PRINT_SIDE as u32;
        let _ = style.set_property("height", &format!("calc(115mm * {fitted} / {side})"));
        (PRINT_SIDE, f64::from(fitted), PRINT_RATIO)
    } else {
        let w = f64::from(canvas.client_width().max(300));
        // A square would leave empty bands above and below the radar and,
        // on a wall screen, push the key below the bottom of the screen.
        let fitted = fitted_height(data, w, label_font(w)) as u32;
        let _ = style.set_property("height", &format!("{fitted}px"));
        (
            w,
            f64::from(canvas.client_height().max(225)),
            browser::pixel_ratio(),
        )
    };
    canvas.set_width((w * ratio) as u32);
    canvas.set_height((h * ratio) as u32);
    draw_radar(canvas, data, ratio).ok()
}

/// The radar on a canvas whose backing store follows its CSS size times
/// the screen's pixel ratio, redrawn when the data or the window changes.
/// Printing redraws it for paper: the screen's canvas has the screen's
/// shape (on a laptop it is wide), the report's box its own, so a screen
/// drawing would print stretched.
#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let canvas = use_node_ref();
    let figure = use_node_ref();
    let resized = use_state(|| 0u32);
    let full = use_state_eq(|| false);
    // Asked once mounted: the page is also rendered outside a browser (tests).
    let can_full = use_state_eq(|| false);
    // What the last drawing put on the axes; `None`: it failed.
    let outcome = use_state_eq(|| Some(LabelText::Wrapped(16)));
    // What was drawn last, for the print listeners, which outlive renders.
    let drawn = use_mut_ref(|| None::<RadarData>);

    {
        let can_full = can_full.clone();
        let (resized, canvas, drawn, outcome, figure, full) = (
            resized.clone(),
            canvas.clone(),
            drawn.clone(),
            outcome.clone(),
            figure.clone(),
            full.clone(),
        );
        use_effect_with((), move |_| {
            can_full.set(browser::can_fullscreen());
            let listeners = web_sys::window().map(|window| {
                let repaint = move |print: bool| {
                    if let (Some(canvas), Some(data)) =
                        (canvas.cast::<HtmlCanvasElement>(), drawn.borrow().as_ref())
                    {
                        outcome.set(paint(&canvas, data, print));
                    }
                };
                let after = repaint.clone();
                let resized_too = resized.clone();
                [
                    EventListener::new(&window, "resize", move |_| {
                        resized.set(resized.wrapping_add(1))
                    }),
                    // The figure's size changes without the window's.
                    EventListener::new(&window, "fullscreenchange", move |_| {
                        full.set(browser::shows_fullscreen(figure.cast().as_ref()));
                        resized_too.set(resized_too.wrapping_add(1));
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
        let (canvas, outcome) = (canvas.clone(), outcome.clone());
        use_effect_with((props.data.clone(), *resized), move |(data, _)| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                outcome.set(paint(&canvas, data, false));
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
    // On the wall screen: the chart and its key, nothing else, as large as
    // the screen allows. Esc (the browser's own key) leaves it too.
    let toggle_full = {
        let figure = figure.clone();
        Callback::from(move |_| {
            if let Some(figure) = figure.cast::<web_sys::Element>() {
                browser::toggle_fullscreen(&figure);
            }
        })
    };
    let full_label = if *full {
        Key::LeaveFullScreen
    } else {
        Key::FullScreen
    };
    html! {
        <figure class="radar" ref={figure}>
            <figcaption class="radar-caption">{ props.caption.clone() }</figcaption>
            <canvas ref={canvas} role="img" aria-label={tr(lang, Key::ChartLabel)}></canvas>
            <div class="radar-key">
                if outcome.is_none() {
                    <p class="notice warn">{ tr(lang, Key::ChartFailed) }</p>
                }
                if *outcome == Some(LabelText::Number) {
                    <p class="radar-note">{ tr(lang, Key::ChartNumbered) }</p>
                }
                { props.children.clone() }
                if props.actions {
                    <p class="radar-actions no-print">
                        if *can_full {
                            <button type="button" class="button subtle" onclick={toggle_full}>{ tr(lang, full_label) }</button>
                        } else {
                            <span class="meta fullscreen-fallback">{ tr(lang, Key::FullscreenFallback) }</span>
                        }
                        <button type="button" class="button subtle" onclick={export}>{ tr(lang, Key::ExportPng) }</button>
                    </p>
                }
            </div>
        </figure>
    }
}
