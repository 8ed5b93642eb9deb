//! Layer 2: the radar is really drawn on a canvas: pixels sampled at known
//! points for a known dataset, and a timing of one redraw.
#![cfg(target_arch = "wasm32")]

use kapacitetsradar::chart::draw_radar;
use kapacitetsradar::core::radar::{LayerKind, RadarData, Series, geometry, label_font};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn canvas(width: u32, height: u32) -> web_sys::HtmlCanvasElement {
    let document = gloo::utils::document();
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    canvas.set_width(width);
    canvas.set_height(height);
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

fn pixel(canvas: &web_sys::HtmlCanvasElement, x: f64, y: f64) -> [u8; 4] {
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let data = context
        .get_image_data(x.round(), y.round(), 1.0, 1.0)
        .unwrap()
        .data();
    [data[0], data[1], data[2], data[3]]
}

fn known() -> RadarData {
    RadarData {
        axes: [
            "Retning og mål",
            "Data og opfølgning",
            "Viden i praksis",
            "Pædagogisk ledelse",
        ]
        .map(String::from)
        .to_vec(),
        series: vec![
            Series {
                kind: LayerKind::Mean,
                label: "Gennemsnit".into(),
                values: vec![Some(4.0), Some(4.0), Some(4.0), Some(4.0)],
            },
            Series {
                kind: LayerKind::Agreed,
                label: "Aftalt".into(),
                values: vec![Some(2.0), None, None, None],
            },
        ],
        band: vec![Some((3.0, 5.0)); 4],
        shares: vec![],
    }
}

/// Eight axes and every layer, as a team's chart looks.
fn full() -> RadarData {
    let mut data = known();
    data.axes = [
        "Retning og mål",
        "Data og opfølgning",
        "Viden i praksis",
        "Pædagogisk ledelse",
        "Ejerskab og tillid",
        "Organisering",
        "Forankring",
        "Samarbejde udadtil",
    ]
    .map(String::from)
    .to_vec();
    data.series = vec![
        Series {
            kind: LayerKind::Respondent,
            label: "A".into(),
            values: [3.0, 2.0, 4.0, 3.5, 4.5, 2.0, 3.0, 4.0].map(Some).to_vec(),
        },
        Series {
            kind: LayerKind::Previous,
            label: "Sidst".into(),
            values: [2.5, 2.0, 3.0, 3.0, 3.5, 2.5, 2.0, 3.0].map(Some).to_vec(),
        },
        Series {
            kind: LayerKind::Target,
            label: "Mål".into(),
            values: [4.0, 4.0, 4.0, 4.5, 4.5, 4.0, 4.0, 4.0].map(Some).to_vec(),
        },
        Series {
            kind: LayerKind::Mean,
            label: "Gennemsnit".into(),
            values: [3.2, 2.6, 3.8, 3.4, 4.1, 2.2, 2.9, 3.7].map(Some).to_vec(),
        },
        Series {
            kind: LayerKind::Agreed,
            label: "Aftalt".into(),
            values: vec![
                Some(3.0),
                Some(2.0),
                None,
                None,
                Some(4.0),
                Some(2.0),
                None,
                None,
            ],
        },
    ];
    data.band = [
        (2.0, 4.5),
        (1.5, 3.5),
        (3.0, 4.5),
        (3.0, 4.0),
        (3.5, 5.0),
        (1.0, 3.0),
        (2.0, 4.0),
        (3.0, 4.5),
    ]
    .map(Some)
    .to_vec();
    data
}

fn is_white(p: [u8; 4]) -> bool {
    p[0] > 245 && p[1] > 245 && p[2] > 245
}

/// Blue dominates: the mean's colour (0, 114, 178), pure or blended.
fn is_bluish(p: [u8; 4]) -> bool {
    u16::from(p[2]) > u16::from(p[0]) + 25
}

#[wasm_bindgen_test]
fn the_radar_is_drawn_where_the_geometry_says() {
    let canvas = canvas(600, 500);
    let data = known();
    draw_radar(&canvas, &data, 1.0).unwrap();
    let g = geometry(&data, 600.0, 500.0, label_font(600.0));
    let c = g.center;
    let r = g.radius;

    // A corner is background.
    assert!(is_white(pixel(&canvas, 3.0, 3.0)));
    // Near the centre, inside the mean but below the band (3–5), off the
    // grid lines: nothing is painted there.
    let inside = pixel(&canvas, c.x + r * 0.25, c.y + r * 0.2);
    assert!(is_white(inside), "{inside:?}");
    // On the mean line at the first axis (straight up, 4/5 of the radius).
    let on_mean = pixel(&canvas, c.x, c.y - r * 0.8);
    assert!(is_bluish(on_mean) && on_mean[2] > 120, "{on_mean:?}");
    // The band between 3 and 5, outside the mean polygon: light blue.
    let band = pixel(&canvas, c.x + r * 0.62, c.y - r * 0.25);
    assert!(!is_white(band) && is_bluish(band), "{band:?}");
    // Beyond the outer ring, away from labels: white.
    assert!(is_white(pixel(&canvas, c.x + r * 0.8, c.y - r * 0.8)));
    // The agreed score's marker at axis 0, value 2: vermillion (213, 94, 0).
    let agreed = pixel(&canvas, c.x, c.y - r * 0.4);
    assert!(agreed[0] > 150 && agreed[2] < 90, "{agreed:?}");
    canvas.remove();
}

#[wasm_bindgen_test]
fn hidpi_doubles_the_backing_store_not_the_layout() {
    let canvas = canvas(1200, 1000);
    draw_radar(&canvas, &known(), 2.0).unwrap();
    let g = geometry(&known(), 1200.0, 1000.0, label_font(600.0) * 2.0);
    let on_mean = pixel(&canvas, g.center.x, g.center.y - g.radius * 0.8);
    assert!(is_bluish(on_mean), "{on_mean:?}");
    canvas.remove();
}

/// Not a pass/fail timing: prints the median of 120 redraws of the full
/// chart for the README
/// (`scripts/bench` runs this in release mode).
#[wasm_bindgen_test]
fn radar_redraw_timing() {
    let canvas = canvas(1200, 900);
    let data = full();
    let performance = web_sys::window().unwrap().performance().unwrap();
    let mut times: Vec<f64> = (0..120)
        .map(|_| {
            let start = performance.now();
            draw_radar(&canvas, &data, 1.0).unwrap();
            performance.now() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    console_log!(
        "radar redraw: median {:.2} ms over {} draws",
        times[times.len() / 2],
        times.len()
    );
    canvas.remove();
}

/// Prints the drawn chart as a PNG data URL when KAPACITETSRADAR_DUMP is
/// set at build time, so a person can look at it.
#[wasm_bindgen_test]
fn dump_chart_for_viewing() {
    if option_env!("KAPACITETSRADAR_DUMP").is_none() {
        return;
    }
    let canvas = canvas(900, 700);
    let data = full();
    draw_radar(&canvas, &data, 1.0).unwrap();
    console_log!("PNG:{}", canvas.to_data_url().unwrap());
    canvas.remove();
}
