//! Figures per statement and per theme, role comparison, and the change
//! between two rounds.
//!
//! Every figure is computed from sorted values, so the same answers give the
//! same numbers to the last bit whatever order the respondents came in.

use crate::core::domain::assessment::{Assessment, Role};
use crate::core::domain::model::Model;
use crate::core::domain::scale::{Answer, HalfScore};

/// A theme or statement is flagged as disagreed on when at least this many
/// respondents scored it ...
pub const DISAGREEMENT_MIN_RESPONDENTS: usize = 2;
/// ... and their scores' standard deviation is at least this, at any size ...
pub const DISAGREEMENT_SD: f64 = 1.0;
/// ... or, in a small group (up to `SMALL_GROUP` respondents), the highest
/// and lowest score are at least this far apart: in a team of 3–8 one
/// person at 2 among 5s is a conversation to have ...
pub const DISAGREEMENT_RANGE: f64 = 3.0;
/// ... while in a larger group (a staff round of 30–300) a few outliers are
/// always there, so the range says nothing; there it takes a real split: at
/// least a quarter of the answers low (1–2) and at least a quarter high (4–5).
pub const SMALL_GROUP: usize = 12;
pub const POLARISED_SHARE: f64 = 0.25;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stats {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    /// Population standard deviation: the spread of these respondents, not
    /// an estimate for a larger group.
    pub sd: f64,
    /// How many values are low (1–2; a respondent's theme mean below 2.5)
    /// and how many high (4–5; a mean above 3.5).
    pub low: usize,
    pub high: usize,
}

impl Stats {
    pub fn of(values: &[f64]) -> Option<Stats> {
        if values.is_empty() {
            return None;
        }
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let mean = sorted.iter().sum::<f64>() / n as f64;
        let median = if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        let variance = sorted.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n as f64;
        let low = sorted.iter().filter(|v| **v < 2.5).count();
        let high = sorted.iter().filter(|v| **v > 3.5).count();
        Some(Stats {
            n,
            // Summing can land a hair outside [min, max] for equal values.
            mean: mean.clamp(sorted[0], sorted[n - 1]),
            median,
            min: sorted[0],
            max: sorted[n - 1],
            sd: variance.sqrt(),
            low,
            high,
        })
    }

    pub fn range(&self) -> f64 {
        self.max - self.min
    }

    pub fn low_share(&self) -> f64 {
        self.low as f64 / self.n as f64
    }

    pub fn high_share(&self) -> f64 {
        self.high as f64 / self.n as f64
    }

    /// Whether this is a small group, where every respondent's score is a
    /// voice in the room rather than a share of a crowd.
    pub fn small_group(&self) -> bool {
        self.n <= SMALL_GROUP
    }

    /// The documented disagreement rule (see the constants above).
    pub fn disagreement(&self) -> bool {
        self.disagreement_kind().is_some()
    }

    /// How the respondents disagree, if they do, in the figures that say it
    /// best for a group of this size.
    pub fn disagreement_kind(&self) -> Option<Disagreement> {
        if self.n < DISAGREEMENT_MIN_RESPONDENTS {
            return None;
        }
        if self.small_group() {
            let far_apart = self.range() >= DISAGREEMENT_RANGE - 1e-9;
            return (far_apart || self.sd >= DISAGREEMENT_SD - 1e-9).then_some(
                Disagreement::Range {
                    min: self.min,
                    max: self.max,
                },
            );
        }
        let (low, high) = (self.low_share(), self.high_share());
        if low >= POLARISED_SHARE - 1e-9 && high >= POLARISED_SHARE - 1e-9 {
            Some(Disagreement::Split { low, high })
        } else {
            (self.sd >= DISAGREEMENT_SD - 1e-9).then_some(Disagreement::Spread { sd: self.sd })
        }
    }
}

/// How a group disagrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Disagreement {
    /// A small group: its lowest and highest score.
    Range { min: f64, max: f64 },
    /// A larger group split in two: the shares low (1–2) and high (4–5).
    Split { low: f64, high: f64 },
    /// A larger group spread out without two camps.
    Spread { sd: f64 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comment {
    pub respondent_id: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatementSummary {
    pub statement_id: String,
    pub scores: Option<Stats>,
    pub dont_know: usize,
    /// "Doesn't apply": the school has no such thing.
    pub not_applicable: usize,
    /// How many chose 1, 2, 3, 4 and 5.
    pub distribution: [usize; 5],
    pub comments: Vec<Comment>,
    pub disagreement: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ThemeSummary {
    pub theme_id: String,
    /// Over each respondent's own mean for the theme, so every respondent
    /// weighs the same however many statements they answered.
    pub scores: Option<Stats>,
    /// Scores given to the theme's statements, all respondents together.
    pub answered: usize,
    pub dont_know: usize,
    pub not_applicable: usize,
    /// How many of those scores were 4 or 5 (the seed survey's own figure,
    /// S001 L1578).
    pub high: usize,
    pub disagreement: bool,
    /// Each respondent's mean for the theme, by respondent id.
    pub respondent_means: Vec<(String, f64)>,
    /// The roles present, in `Role::ALL` order.
    pub by_role: Vec<(Role, Stats)>,
    /// Leaders' mean minus everyone else's: positive when the leaders see
    /// themselves more favourably than the others see them.
    pub self_other_gap: Option<f64>,
    pub agreed: Option<HalfScore>,
    pub target: Option<HalfScore>,
}

/// The share of `high` in `answered`, when there is any.
pub fn share(high: usize, answered: usize) -> Option<f64> {
    (answered > 0).then(|| high as f64 / answered as f64)
}

impl StatementSummary {
    /// The share of the scores that were 4 or 5.
    pub fn share_high(&self) -> Option<f64> {
        share(
            self.distribution[3] + self.distribution[4],
            self.scores.map_or(0, |s| s.n),
        )
    }
}

impl ThemeSummary {
    /// The share of the theme's scores that were 4 or 5.
    pub fn share_high(&self) -> Option<f64> {
        share(self.high, self.answered)
    }

    /// The team's score for the theme: the agreed score once there is one,
    /// otherwise the respondents' mean.
    pub fn team_score(&self) -> Option<f64> {
        self.agreed
            .map(HalfScore::value)
            .or(self.scores.map(|s| s.mean))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub respondents: usize,
    pub themes: Vec<ThemeSummary>,
    pub statements: Vec<StatementSummary>,
}

impl Summary {
    pub fn theme(&self, id: &str) -> Option<&ThemeSummary> {
        self.themes.iter().find(|t| t.theme_id == id)
    }

    pub fn statement(&self, id: &str) -> Option<&StatementSummary> {
        self.statements.iter().find(|s| s.statement_id == id)
    }

    /// The theme where leaders and the others differ most, and by how much.
    pub fn largest_self_other_gap(&self) -> Option<(&str, f64)> {
        self.themes
            .iter()
            .filter_map(|t| t.self_other_gap.map(|g| (t.theme_id.as_str(), g)))
            .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()).then_with(|| b.0.cmp(a.0)))
    }
}

pub fn summarize(model: &Model, assessment: &Assessment) -> Summary {
    let mut respondents: Vec<_> = assessment.respondents.iter().collect();
    respondents.sort_by(|a, b| a.id.cmp(&b.id));

    let mut statements = Vec::with_capacity(model.statement_count());
    let mut themes = Vec::with_capacity(model.themes.len());
    for theme in model.themes.iter() {
        let mut per_respondent: Vec<(String, Role, f64, usize)> = Vec::new();
        let (mut answered, mut dont_know, mut not_applicable, mut high) = (0, 0, 0, 0);
        for respondent in &respondents {
            let (mut sum, mut count) = (0.0, 0usize);
            for statement in theme.statements.iter() {
                match respondent.answer(&statement.id) {
                    Some(Answer::Score(s)) => {
                        sum += f64::from(s.value());
                        count += 1;
                        high += usize::from(s.value() >= 4);
                    }
                    Some(Answer::DontKnow) => dont_know += 1,
                    Some(Answer::NotApplicable) => not_applicable += 1,
                    None => {}
                }
            }
            if count > 0 {
                answered += count;
                per_respondent.push((
                    respondent.id.clone(),
                    respondent.role,
                    sum / count as f64,
                    count,
                ));
            }
        }
        for statement in theme.statements.iter() {
            statements.push(summarize_statement(&statement.id, &respondents));
        }

        let means: Vec<f64> = per_respondent.iter().map(|r| r.2).collect();
        let scores = Stats::of(&means);
        let by_role: Vec<(Role, Stats)> = Role::ALL
            .into_iter()
            .filter_map(|role| {
                let values: Vec<f64> = per_respondent
                    .iter()
                    .filter(|r| r.1 == role)
                    .map(|r| r.2)
                    .collect();
                Stats::of(&values).map(|s| (role, s))
            })
            .collect();
        let self_values: Vec<f64> = per_respondent
            .iter()
            .filter(|r| r.1.is_self())
            .map(|r| r.2)
            .collect();
        let other_values: Vec<f64> = per_respondent
            .iter()
            .filter(|r| !r.1.is_self())
            .map(|r| r.2)
            .collect();
        let self_other_gap = match (Stats::of(&self_values), Stats::of(&other_values)) {
            (Some(own), Some(others)) => Some(own.mean - others.mean),
            _ => None,
        };
        themes.push(ThemeSummary {
            theme_id: theme.id.to_string(),
            disagreement: scores.is_some_and(|s| s.disagreement()),
            scores,
            answered,
            dont_know,
            not_applicable,
            high,
            respondent_means: per_respondent.into_iter().map(|r| (r.0, r.2)).collect(),
            by_role,
            self_other_gap,
            agreed: assessment
                .agreed
                .get(theme.id.as_str())
                .and_then(|a| a.score),
            target: assessment.targets.get(theme.id.as_str()).copied(),
        });
    }
    Summary {
        respondents: respondents.len(),
        themes,
        statements,
    }
}

fn summarize_statement(
    statement_id: &str,
    respondents: &[&crate::core::domain::assessment::Respondent],
) -> StatementSummary {
    let mut values = Vec::new();
    let mut distribution = [0usize; 5];
    let (mut dont_know, mut not_applicable) = (0, 0);
    let mut comments = Vec::new();
    for respondent in respondents {
        let Some(response) = respondent.answers.get(statement_id) else {
            continue;
        };
        match response.answer {
            Some(Answer::Score(s)) => {
                values.push(f64::from(s.value()));
                distribution[usize::from(s.value() - 1)] += 1;
            }
            Some(Answer::DontKnow) => dont_know += 1,
            Some(Answer::NotApplicable) => not_applicable += 1,
            None => {}
        }
        if !response.comment.trim().is_empty() {
            comments.push(Comment {
                respondent_id: respondent.id.clone(),
                text: response.comment.clone(),
            });
        }
    }
    let scores = Stats::of(&values);
    StatementSummary {
        statement_id: statement_id.to_owned(),
        disagreement: scores.is_some_and(|s| s.disagreement()),
        scores,
        dont_know,
        not_applicable,
        distribution,
        comments,
    }
}

/// One theme's team score in two rounds.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeDelta {
    pub theme_id: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl ThemeDelta {
    pub fn delta(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }
}

/// The change per theme from an earlier round to a later one, in the later
/// round's theme order. A theme only one round has gets no delta.
pub fn compare_rounds(before: &Summary, after: &Summary) -> Vec<ThemeDelta> {
    after
        .themes
        .iter()
        .map(|theme| ThemeDelta {
            theme_id: theme.theme_id.clone(),
            before: before.theme(&theme.theme_id).and_then(|t| t.team_score()),
            after: theme.team_score(),
        })
        .collect()
}
