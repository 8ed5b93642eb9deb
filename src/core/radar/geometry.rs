//! Where everything on the radar goes: rings, spokes, labels that wrap,
//! shrink or become numbers as the chart narrows, the band and each layer's
//! shape, and the height a chart needs at a given width.

use std::f64::consts::PI;

use crate::core::radar::{Dot, LayerKind, MAX_SCORE, RadarData, dots};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AxisLabel {
    /// Where the first line's text starts (left), centres or ends (right).
    pub at: Point,
    pub align: Align,
    pub lines: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub kind: LayerKind,
    /// Runs of consecutive axes with a value; a missing value breaks the line.
    pub runs: Vec<Vec<Point>>,
    /// True when every axis has a value, so the polygon closes and fills.
    pub closed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Geometry {
    pub width: f64,
    pub height: f64,
    pub center: Point,
    pub radius: f64,
    pub font: f64,
    /// Names or numbers on the axes.
    pub label_text: LabelText,
    /// Ring `k` (0-based) is the polygon of score `k + 1`.
    pub rings: Vec<Vec<Point>>,
    pub spokes: Vec<Point>,
    pub labels: Vec<AxisLabel>,
    /// The band as filled outlines. Where every axis has a band, one ring:
    /// the max points all the way round and back to the first, then the min
    /// points the other way round, so the part inside the min is a hole.
    /// Otherwise one outline per run of neighbouring axes with a band: its
    /// max points, then its min points backwards. Empty when there is no band.
    pub band: Vec<Vec<Point>>,
    pub shapes: Vec<Shape>,
    /// Each respondent as shares per score, for a larger group.
    pub dots: Vec<Dot>,
}

/// The label size for a chart `css_width` pixels wide: it grows with the
/// chart, so the labels stay readable when a projector shows it on a wall,
/// and never gets smaller than body text.
pub fn label_font(css_width: f64) -> f64 {
    (css_width / 36.0).clamp(16.0, 26.0)
}

/// What an axis label says: its theme's short name wrapped at so many
/// characters, or only the theme's number, with the table as the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelText {
    Wrapped(usize),
    Number,
}

fn label_lines(data: &RadarData, axis: usize, text: LabelText) -> Vec<String> {
    match text {
        LabelText::Wrapped(chars) => wrap(&data.axes[axis], chars),
        LabelText::Number => vec![(axis + 1).to_string()],
    }
}

/// The radius the radar gets in a `width` × `height` box with labels
/// `text` in type of `font` pixels: what is left after the label lines
/// above and below, and the widest line on either side (about 0.55 em per
/// character).
fn room(data: &RadarData, width: f64, height: f64, text: LabelText, font: f64) -> f64 {
    let labels: Vec<Vec<String>> = (0..data.axes.len())
        .map(|i| label_lines(data, i, text))
        .collect();
    let widest = labels
        .iter()
        .flatten()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    let lines = labels.iter().map(Vec::len).max().unwrap_or(1);
    let margin_x = font * 0.55 * widest as f64 + font;
    ((width / 2.0 - margin_x).min(height / 2.0 - margin_y(font, lines))).max(10.0)
}

/// Room above or below the radar for a label of `lines` lines: the gap
/// between the label and the radar's tip, the lines and a little air.
fn margin_y(font: f64, lines: usize) -> f64 {
    font * (1.1 + 1.2 * lines as f64)
}

/// The height a chart `width` pixels wide needs: the radar is as large as
/// in a square box, without the empty bands a square leaves above and
/// below it when the labels at the sides are what limit it. On a wall
/// screen those bands pushed the legend off the screen.
pub fn fitted_height(data: &RadarData, width: f64, font: f64) -> f64 {
    let square = geometry(data, width, width, font);
    let lines = square
        .labels
        .iter()
        .map(|l| l.lines.len())
        .max()
        .unwrap_or(1);
    let lowest = (2.0 * (square.radius + margin_y(square.font, lines))).ceil();
    // A lower box can make the labels wrap differently; then take the
    // first height that still gives the square's radar.
    let mut height = lowest.min(width);
    while height < width && geometry(data, width, height, font).radius + 0.5 < square.radius {
        height = (height + width * 0.05).min(width);
    }
    height
}

/// How the labels read and how large they are, and the radius that
/// leaves: at full size the narrower wrap when it gives the radar more
/// room (it costs no legibility, and the choice doesn't flip with the
/// box's height); while the radar would get less than half the box's
/// smaller side, smaller text, and at last (a phone) only the themes'
/// numbers.
fn fit_labels(data: &RadarData, width: f64, height: f64, font: f64) -> (LabelText, f64, f64) {
    let wanted = width.min(height) / 4.0;
    let fit_with = |text: LabelText, scale: f64| {
        (
            text,
            font * scale,
            room(data, width, height, text, font * scale),
        )
    };
    let full = [LabelText::Wrapped(16), LabelText::Wrapped(12)].map(|text| fit_with(text, 1.0));
    let mut fit = if full[1].2 > full[0].2 {
        full[1]
    } else {
        full[0]
    };
    for (text, scale) in [
        (LabelText::Wrapped(12), 0.85),
        (LabelText::Wrapped(10), 0.75),
        (LabelText::Number, 1.0),
    ] {
        if fit.2 >= wanted {
            break;
        }
        fit = fit_with(text, scale);
    }
    fit
}

/// Lays out the chart in a `width` × `height` box with text of `font`
/// pixels, leaving room for the wrapped axis labels. Where the labels
/// would leave the radar less than half the box, they wrap narrower, then
/// get smaller (down to three quarters of `font`), and on a phone give
/// way to the themes' numbers, so the radar keeps its room;
/// `Geometry::font` is the size used.
pub fn geometry(data: &RadarData, width: f64, height: f64, font: f64) -> Geometry {
    let n = data.axes.len().max(1);
    let (label_text, font, radius) = fit_labels(data, width, height, font);
    let line = font * 1.2;
    let center = Point {
        x: width / 2.0,
        y: height / 2.0,
    };
    let at = |axis: usize, value: f64| -> Point {
        let angle = -PI / 2.0 + 2.0 * PI * axis as f64 / n as f64;
        let r = radius * value.clamp(0.0, MAX_SCORE) / MAX_SCORE;
        let (sin, cos) = angle.sin_cos();
        Point {
            x: center.x + r * cos,
            y: center.y + r * sin,
        }
    };
    let rings = (1..=5)
        .map(|k| (0..n).map(|i| at(i, f64::from(k))).collect())
        .collect();
    let spokes = (0..n).map(|i| at(i, MAX_SCORE)).collect();
    let labels = data
        .axes
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let lines = label_lines(data, i, label_text);
            let angle = -PI / 2.0 + 2.0 * PI * i as f64 / n as f64;
            let (sin, cos) = angle.sin_cos();
            let edge = at(i, MAX_SCORE);
            let gap = font * 0.8;
            let align = if cos > 0.2 {
                Align::Left
            } else if cos < -0.2 {
                Align::Right
            } else {
                Align::Center
            };
            let block = line * lines.len() as f64;
            // Above the chart the block ends at the edge; below it starts
            // there; at the sides it is centred on it.
            let top = if sin < -0.5 {
                edge.y - gap - block
            } else if sin > 0.5 {
                edge.y + gap
            } else {
                edge.y - block / 2.0
            };
            AxisLabel {
                at: Point {
                    x: edge.x + gap * cos,
                    y: top,
                },
                align,
                lines,
            }
        })
        .collect();
    // Each outline as axis indices: the max points along `outer`, then the
    // min points along `inner`.
    let outline = |outer: &[usize], inner: &[usize]| {
        let mut points = Vec::with_capacity(outer.len() + inner.len());
        for &i in outer {
            points.push(at(i, data.band[i].map_or(0.0, |b| b.1)));
        }
        for &i in inner {
            points.push(at(i, data.band[i].map_or(0.0, |b| b.0)));
        }
        points
    };
    let present: Vec<bool> = data.band.iter().take(n).map(Option::is_some).collect();
    let band = if present.len() == n && !present.contains(&false) {
        let mut outer: Vec<usize> = (0..n).collect();
        outer.push(0);
        let mut inner: Vec<usize> = (1..n).rev().collect();
        inner.insert(0, 0);
        inner.push(0);
        vec![outline(&outer, &inner)]
    } else {
        let mut outlines = Vec::new();
        for run in runs_round(&present) {
            if run.len() > 1 {
                let back: Vec<usize> = run.iter().rev().copied().collect();
                outlines.push(outline(&run, &back));
            }
        }
        outlines
    };
    let shapes = data
        .series
        .iter()
        .map(|s| {
            let value = |i: usize| s.values[i].unwrap_or(0.0);
            let present: Vec<bool> = s.values.iter().take(n).map(Option::is_some).collect();
            let runs = runs_round(&present)
                .into_iter()
                .map(|run| run.into_iter().map(|i| at(i, value(i))).collect())
                .collect();
            Shape {
                kind: s.kind,
                closed: s.values.len() == n && s.values.iter().all(Option::is_some),
                runs,
            }
        })
        .collect();
    let dots = dots(&data.shares, radius, &at);
    Geometry {
        width,
        height,
        center,
        radius,
        font,
        label_text,
        rings,
        spokes,
        labels,
        band,
        shapes,
        dots,
    }
}

/// The runs of neighbouring axes that are `present`, as axis indices. The
/// last axis and the first are neighbours on the chart, so a run that ends
/// at the last axis goes on into one that starts at the first.
pub fn runs_round(present: &[bool]) -> Vec<Vec<usize>> {
    let n = present.len();
    let has = |i: usize| present[i];
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut current = Vec::new();
    for i in 0..n {
        if has(i) {
            current.push(i);
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        if current.len() < n && has(0) && !runs.is_empty() {
            // Ends at the last axis: it joins the run from the first.
            current.append(&mut runs[0]);
            runs[0] = current;
        } else {
            runs.push(current);
        }
    }
    runs
}

/// Splits `text` into lines of at most `max` characters at spaces (a
/// longer word stands alone on its line).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(last) if last.chars().count() + 1 + word.chars().count() <= max => {
                last.push(' ');
                last.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// Cuts a polyline into the dashes of `pattern` (dash, gap, dash, gap, …
/// lengths), so any dash pattern can be drawn as plain line pieces. An
/// empty pattern returns the line whole.
pub fn dashes(line: &[Point], pattern: &[f64]) -> Vec<Vec<Point>> {
    if pattern.is_empty() || pattern.iter().sum::<f64>() <= 0.0 || line.len() < 2 {
        return vec![line.to_vec()];
    }
    let mut pieces = Vec::new();
    let mut current: Vec<Point> = Vec::new();
    let (mut index, mut left, mut on) = (0usize, pattern[0], true);
    if on {
        current.push(line[0]);
    }
    for pair in line.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let length = ((b.x - a.x).powi(2) + (b.y - a.y).powi(2)).sqrt();
        let mut done = 0.0;
        while length - done > left {
            done += left;
            let t = done / length;
            let p = Point {
                x: a.x + (b.x - a.x) * t,
                y: a.y + (b.y - a.y) * t,
            };
            if on {
                current.push(p);
                pieces.push(std::mem::take(&mut current));
            } else {
                current.push(p);
            }
            on = !on;
            index = (index + 1) % pattern.len();
            left = pattern[index];
        }
        left -= length - done;
        if on {
            current.push(b);
        }
    }
    if on && current.len() >= 2 {
        pieces.push(current);
    }
    pieces
}
