//! Paints the radar chart on a canvas with plotters. Everything it draws is
//! laid out by `core::radar`; this module only turns points into pixels.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use thiserror::Error;
use web_sys::HtmlCanvasElement;

use crate::core::radar::{
    Align, Geometry, LabelText, LayerKind, Point, RadarData, dashes, geometry, label_font,
};

#[derive(Clone, Debug, Error, PartialEq)]
pub enum ChartError {
    #[error("the canvas has no 2D drawing context")]
    NoContext,
    #[error("drawing failed: {0}")]
    Draw(String),
}

const INK: RGBColor = RGBColor(20, 33, 43);
const GRID: RGBColor = RGBColor(170, 180, 188);

fn xy(p: Point) -> (i32, i32) {
    (p.x.round() as i32, p.y.round() as i32)
}

fn colour(kind: LayerKind) -> RGBColor {
    let (r, g, b) = kind.style().rgb;
    RGBColor(r, g, b)
}

/// Draws `data` over the whole canvas, whose backing store is already
/// `pixel_ratio` times its CSS size (so the chart is sharp on HiDPI
/// screens). Says whether the axes carry the themes' names or, where the
/// canvas is narrow, their numbers (which the page then explains).
pub fn draw_radar(
    canvas: &HtmlCanvasElement,
    data: &RadarData,
    pixel_ratio: f64,
) -> Result<LabelText, ChartError> {
    let (width, height) = (f64::from(canvas.width()), f64::from(canvas.height()));
    let font = label_font(width / pixel_ratio) * pixel_ratio;
    let g = geometry(data, width, height, font);
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or(ChartError::NoContext)?;
    let root = backend.into_drawing_area();
    paint(&root, &g, pixel_ratio).map_err(|e| ChartError::Draw(e.to_string()))?;
    root.present()
        .map_err(|e| ChartError::Draw(e.to_string()))?;
    Ok(g.label_text)
}

type Area = DrawingArea<CanvasBackend, plotters::coord::Shift>;
type Drawn = Result<(), DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

fn paint(root: &Area, g: &Geometry, pr: f64) -> Drawn {
    root.fill(&WHITE)?;
    let band = colour(LayerKind::Band)
        .mix(LayerKind::Band.style().fill)
        .filled();
    for outline in &g.band {
        root.draw(&Polygon::new(
            outline.iter().copied().map(xy).collect::<Vec<_>>(),
            band,
        ))?;
    }
    let grid = ShapeStyle::from(&GRID).stroke_width((pr).round().max(1.0) as u32);
    for ring in &g.rings {
        let mut points: Vec<(i32, i32)> = ring.iter().copied().map(xy).collect();
        points.push(points[0]);
        root.draw(&PathElement::new(points, grid))?;
    }
    for spoke in &g.spokes {
        root.draw(&PathElement::new(vec![xy(g.center), xy(*spoke)], grid))?;
    }
    let small = sans(g.font * 0.8).color(&INK);
    for (k, ring) in g.rings.iter().enumerate() {
        let (x, y) = xy(ring[0]);
        root.draw(&Text::new(
            (k + 1).to_string(),
            (x + (4.0 * pr) as i32, y),
            small.clone(),
        ))?;
    }
    // Each respondent of a larger group: grey dots sized by share, under
    // the team's lines and outlined so overlapping dots stay apart.
    let (r, gr, b) = LayerKind::Respondent.style().rgb;
    let dot_ink = RGBColor(r, gr, b);
    for dot in &g.dots {
        let radius = dot.radius.round().max(1.0) as i32;
        root.draw(&Circle::new(xy(dot.at), radius, dot_ink.mix(0.45).filled()))?;
        root.draw(&Circle::new(
            xy(dot.at),
            radius,
            ShapeStyle::from(&dot_ink).stroke_width(pr.round().max(1.0) as u32),
        ))?;
    }
    for shape in &g.shapes {
        let style = shape.kind.style();
        let c = colour(shape.kind);
        if shape.closed && style.fill > 0.0 {
            let points: Vec<(i32, i32)> = shape.runs[0].iter().copied().map(xy).collect();
            root.draw(&Polygon::new(points, c.mix(style.fill).filled()))?;
        }
        let line = ShapeStyle::from(&c).stroke_width((style.width * pr).round().max(1.0) as u32);
        let pattern: Vec<f64> = style.dash.iter().map(|d| d * pr).collect();
        for run in &shape.runs {
            let mut points = run.clone();
            if shape.closed {
                points.push(run[0]);
            }
            for piece in dashes(&points, &pattern) {
                root.draw(&PathElement::new(
                    piece.into_iter().map(xy).collect::<Vec<_>>(),
                    line,
                ))?;
            }
            if matches!(shape.kind, LayerKind::Mean | LayerKind::Agreed) {
                for p in run {
                    root.draw(&Circle::new(xy(*p), (style.width * pr) as i32, c.filled()))?;
                }
            }
        }
    }
    // Theme numbers in bold, so they don't read as the scale's ring
    // numbers beside the first axis.
    let weight = match g.label_text {
        LabelText::Number => FontStyle::Bold,
        LabelText::Wrapped(_) => FontStyle::Normal,
    };
    let font = FontDesc::new(FontFamily::SansSerif, g.font, weight).color(&INK);
    let line_height = g.font * 1.2;
    for label in &g.labels {
        let h = match label.align {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
            Align::Right => HPos::Right,
        };
        let style = font.pos(Pos::new(h, VPos::Top));
        for (i, text) in label.lines.iter().enumerate() {
            let at = Point {
                x: label.at.x,
                y: label.at.y + line_height * i as f64,
            };
            root.draw(&Text::new(text.clone(), xy(at), style.clone()))?;
        }
    }
    Ok(())
}

/// The browser's own sans-serif: the page's type, and no font to fetch.
fn sans(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::SansSerif, size, FontStyle::Normal)
}
