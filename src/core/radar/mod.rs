//! The radar chart's geometry, computed here so it can be tested natively;
//! `chart.rs` only paints it.
//!
//! Axis `i` of `n` points up for `i = 0` and goes clockwise. A score `v`
//! lies at `v / 5` of the radius, so the rings 1–5 are evenly spaced and a
//! score of 0 would be the centre.

use crate::core::domain::aggregate::{SMALL_GROUP, Summary};
use crate::core::domain::assessment::Role;
use crate::core::domain::model::Model;
use crate::core::domain::roles::RoleComparison;
use crate::core::lang::Lang;

mod geometry;
mod shares;

pub use geometry::*;
pub use shares::*;

pub const MAX_SCORE: f64 = 5.0;

/// What a drawn shape stands for. Each has its own colour and dash, so the
/// chart reads for colour-blind viewers and in black-and-white print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LayerKind {
    Mean,
    Band,
    Respondent,
    Agreed,
    Previous,
    Target,
    /// One role group's mean (self–other comparison).
    Leaders,
    Staff,
    Consultants,
    Municipality,
}

impl LayerKind {
    pub const ALL: [LayerKind; 10] = [
        LayerKind::Band,
        LayerKind::Respondent,
        LayerKind::Previous,
        LayerKind::Target,
        LayerKind::Leaders,
        LayerKind::Staff,
        LayerKind::Consultants,
        LayerKind::Municipality,
        LayerKind::Mean,
        LayerKind::Agreed,
    ];

    /// The layer of a role group.
    pub fn of_role(role: Role) -> LayerKind {
        match role {
            Role::Leader => LayerKind::Leaders,
            Role::StaffRepresentative => LayerKind::Staff,
            Role::Consultant => LayerKind::Consultants,
            Role::Municipality => LayerKind::Municipality,
        }
    }

    pub fn style(self) -> Style {
        // Okabe–Ito colours, safe for the common colour-vision deficiencies.
        match self {
            LayerKind::Mean => Style::new((0, 114, 178), 4.0, &[], 0.0),
            LayerKind::Band => Style::new((86, 180, 233), 0.0, &[], 0.35),
            LayerKind::Respondent => Style::new((110, 110, 110), 1.5, &[2.0, 3.0], 0.0),
            LayerKind::Agreed => Style::new((213, 94, 0), 4.0, &[10.0, 5.0], 0.0),
            LayerKind::Previous => Style::new((0, 158, 115), 3.0, &[3.0, 3.0], 0.0),
            LayerKind::Target => Style::new((230, 159, 0), 3.0, &[12.0, 4.0, 3.0, 4.0], 0.0),
            LayerKind::Leaders => Style::new((0, 0, 0), 3.0, &[14.0, 4.0], 0.0),
            LayerKind::Staff => Style::new((204, 121, 167), 3.5, &[8.0, 3.0, 2.0, 3.0], 0.0),
            LayerKind::Consultants => Style::new((136, 34, 85), 3.0, &[1.0, 3.0], 0.0),
            LayerKind::Municipality => Style::new((120, 100, 0), 3.0, &[6.0, 6.0], 0.0),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub rgb: (u8, u8, u8),
    /// Line width in CSS pixels; 0 for no line.
    pub width: f64,
    /// Dash and gap lengths in CSS pixels, repeating; empty for solid.
    pub dash: &'static [f64],
    /// Opacity of the filled area; 0 for no fill.
    pub fill: f64,
}

impl Style {
    const fn new(rgb: (u8, u8, u8), width: f64, dash: &'static [f64], fill: f64) -> Style {
        Style {
            rgb,
            width,
            dash,
            fill,
        }
    }
}

/// One polygon's values, one per axis (`None`: no value on that axis).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub kind: LayerKind,
    pub label: String,
    pub values: Vec<Option<f64>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RadarData {
    pub axes: Vec<String>,
    pub series: Vec<Series>,
    /// The min–max band across respondents, per axis.
    pub band: Vec<Option<(f64, f64)>>,
    /// Each respondent as shares per score, per axis: for a larger group,
    /// in place of a polygon per respondent. Empty otherwise.
    pub shares: Vec<Shares>,
}

/// Which layers to draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layers {
    pub shown: Vec<LayerKind>,
}

impl Default for Layers {
    fn default() -> Self {
        Layers {
            shown: vec![
                LayerKind::Band,
                LayerKind::Mean,
                LayerKind::Agreed,
                LayerKind::Previous,
                LayerKind::Target,
            ],
        }
    }
}

impl Layers {
    pub fn shows(&self, kind: LayerKind) -> bool {
        self.shown.contains(&kind)
    }
}

/// The chart's data for a team: the layers the summary has data for.
/// `names` gives each respondent's display name by id. While `anonymous`,
/// a role group smaller than `roles::MIN_GROUP` has no layer.
#[allow(clippy::too_many_arguments)]
pub fn radar_data(
    model: &Model,
    summary: &Summary,
    previous: Option<&Summary>,
    layers: &Layers,
    names: &dyn Fn(&str) -> String,
    lang: Lang,
    labels: &dyn Fn(LayerKind) -> String,
    anonymous: bool,
) -> RadarData {
    let themes = &summary.themes;
    let axes = model
        .themes
        .iter()
        .map(|t| t.short.get(lang).to_owned())
        .collect();
    let mut series = Vec::new();
    let mut push = |kind: LayerKind, label: String, values: Vec<Option<f64>>| {
        if layers.shows(kind) && values.iter().any(Option::is_some) {
            series.push(Series {
                kind,
                label,
                values,
            });
        }
    };
    let mut respondent_shares = Vec::new();
    if layers.shows(LayerKind::Respondent) {
        let mut ids: Vec<&str> = themes
            .iter()
            .flat_map(|t| t.respondent_means.iter().map(|(id, _)| id.as_str()))
            .collect();
        ids.sort();
        ids.dedup();
        if ids.len() > SMALL_GROUP {
            respondent_shares = shares(themes);
            ids.clear();
        }
        for id in ids {
            let values = themes
                .iter()
                .map(|t| {
                    t.respondent_means
                        .iter()
                        .find(|(r, _)| r == id)
                        .map(|(_, v)| *v)
                })
                .collect();
            push(LayerKind::Respondent, names(id), values);
        }
    }
    if let Some(previous) = previous {
        let values = themes
            .iter()
            .map(|t| previous.theme(&t.theme_id).and_then(|p| p.team_score()))
            .collect();
        push(LayerKind::Previous, labels(LayerKind::Previous), values);
    }
    let target = themes.iter().map(|t| t.target.map(|s| s.value())).collect();
    push(LayerKind::Target, labels(LayerKind::Target), target);
    let groups: Vec<RoleComparison> = themes
        .iter()
        .map(|t| RoleComparison::of(t, anonymous))
        .collect();
    for role in Role::ALL {
        let kind = LayerKind::of_role(role);
        let values = groups.iter().map(|g| g.mean(role)).collect();
        push(kind, labels(kind), values);
    }
    let mean = themes.iter().map(|t| t.scores.map(|s| s.mean)).collect();
    push(LayerKind::Mean, labels(LayerKind::Mean), mean);
    let agreed = themes.iter().map(|t| t.agreed.map(|s| s.value())).collect();
    push(LayerKind::Agreed, labels(LayerKind::Agreed), agreed);
    let band = if layers.shows(LayerKind::Band) {
        themes
            .iter()
            .map(|t| t.scores.filter(|s| s.n >= 2).map(|s| (s.min, s.max)))
            .collect()
    } else {
        Vec::new()
    };
    RadarData {
        axes,
        series,
        band,
        shares: respondent_shares,
    }
}
