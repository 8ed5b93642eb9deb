//! Each respondent, for a larger group: instead of one polygon per person
//! (a hundred overlapping lines say nothing), a dot on each axis at each
//! score, as large as the share of respondents whose theme mean rounds to
//! that score.

use crate::core::domain::aggregate::ThemeSummary;
use crate::core::radar::Point;

/// How many respondents' theme means round to 1, 2, 3, 4 and 5, per axis.
pub type Shares = [usize; 5];

pub fn shares(themes: &[ThemeSummary]) -> Vec<Shares> {
    themes
        .iter()
        .map(|t| {
            let mut counts = [0; 5];
            for (_, mean) in &t.respondent_means {
                // Half up, as the table's rounded figures: 2.5 counts as 3.
                let score = (mean + 0.5).floor().clamp(1.0, 5.0) as usize;
                counts[score - 1] += 1;
            }
            counts
        })
        .collect()
}

/// A dot's centre and radius, and the share it stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dot {
    pub at: Point,
    pub radius: f64,
    pub share: f64,
}

/// The largest dot's radius as a share of the chart's radius: a whole
/// group on one score. Dots are sized by area, so a dot twice as large in
/// area stands for twice as many respondents.
pub const LARGEST_DOT: f64 = 0.09;
/// The smallest dot still seen on a wall screen, in pixels.
pub const SMALLEST_DOT: f64 = 2.5;

/// The dots for `shares`, where `at(axis, score)` places a score on an axis.
pub fn dots(shares: &[Shares], radius: f64, at: &dyn Fn(usize, f64) -> Point) -> Vec<Dot> {
    let mut dots = Vec::new();
    for (axis, counts) in shares.iter().enumerate() {
        let total: usize = counts.iter().sum();
        if total == 0 {
            continue;
        }
        for (i, &count) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
            let share = count as f64 / total as f64;
            dots.push(Dot {
                at: at(axis, (i + 1) as f64),
                radius: (radius * LARGEST_DOT * share.sqrt()).max(SMALLEST_DOT),
                share,
            });
        }
    }
    dots
}
