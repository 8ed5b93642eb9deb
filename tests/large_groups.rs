//! Layer 1: the disagreement rule holds at any size, from a team of 2 to a
//! staff round of 300 (issue 18), with the seeds' own distributions.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::aggregate::{
    Disagreement, POLARISED_SHARE, SMALL_GROUP, Stats, summarize,
};
use kapacitetsradar::core::domain::assessment::Role;
use kapacitetsradar::core::domain::focus::{Reason, rank};
use proptest::prelude::*;

/// `n` values spread over the scores 5, 4, 3, 2, 1 by these percentages
/// (rounded down, the rest going to the first).
fn distribution(n: usize, percent: [usize; 5]) -> Vec<f64> {
    let mut counts: Vec<usize> = percent.iter().map(|p| n * p / 100).collect();
    counts[0] += n - counts.iter().sum::<usize>();
    counts
        .iter()
        .zip([5.0, 4.0, 3.0, 2.0, 1.0])
        .flat_map(|(count, score)| std::iter::repeat_n(score, *count))
        .collect()
}

/// The trust table in S001 L1366–1384: 47 % "i meget høj grad", 43 % "i høj
/// grad", 7 % "i nogen grad", 3 % "i ringe grad", none lower.
const TRUST: [usize; 5] = [47, 43, 7, 3, 0];

#[test]
fn the_seeds_trust_distribution_over_100_respondents_is_not_flagged() {
    let values = distribution(100, TRUST);
    assert_eq!(values.len(), 100);
    let stats = Stats::of(&values).unwrap();
    assert_eq!((stats.low, stats.high), (3, 90));
    assert!(stats.range() >= 3.0, "the small-group rule would flag it");
    assert!(!stats.disagreement(), "{stats:?}");
}

#[test]
fn the_trust_distribution_flags_no_theme_and_gives_no_disagreement_reason() {
    let scores = distribution(100, TRUST);
    let team = assessment(
        scores
            .iter()
            .enumerate()
            .map(|(i, v)| scored(&format!("r{i}"), Role::StaffRepresentative, [*v as u8; 8]))
            .collect(),
    );
    let summary = summarize(model(), &team);
    assert!(summary.themes.iter().all(|t| !t.disagreement));
    assert!(summary.statements.iter().all(|s| !s.disagreement));
    for suggestion in rank(&summary) {
        assert!(
            !suggestion
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::Disagreement(_)))
        );
    }
}

#[test]
fn a_half_and_half_split_between_2_and_5_is_flagged_at_every_size() {
    for n in 2..=300 {
        let values: Vec<f64> = (0..n).map(|i| if i % 2 == 0 { 2.0 } else { 5.0 }).collect();
        let stats = Stats::of(&values).unwrap();
        assert!(stats.disagreement(), "n = {n}: {stats:?}");
        let how = stats.disagreement_kind().unwrap();
        if n <= SMALL_GROUP {
            assert_eq!(how, Disagreement::Range { min: 2.0, max: 5.0 });
        } else {
            assert!(
                matches!(how, Disagreement::Split { low, high } if low >= POLARISED_SHARE && high >= POLARISED_SHARE)
            );
        }
    }
}

#[test]
fn a_small_team_keeps_the_range_rule_and_a_large_group_does_not() {
    // Three at 2 among 5s: a conversation in a team of 9, a few outliers
    // among 100.
    let mut team = vec![5.0; 6];
    team.extend([2.0; 3]);
    assert!(Stats::of(&team).unwrap().disagreement());
    let mut staff = vec![5.0; 97];
    staff.extend([2.0; 3]);
    assert!(!Stats::of(&staff).unwrap().disagreement());
    // Where small ends: one outlier still counts at 12, not at 13.
    let mut twelve = vec![4.0; 11];
    twelve.push(1.0);
    assert!(Stats::of(&twelve).unwrap().disagreement());
    let mut thirteen = vec![4.0; 12];
    thirteen.push(1.0);
    assert!(!Stats::of(&thirteen).unwrap().disagreement());
}

#[test]
fn a_larger_group_spread_over_the_whole_scale_is_flagged_as_spread_or_split() {
    let flat = distribution(100, [20, 20, 20, 20, 20]);
    let how = Stats::of(&flat).unwrap().disagreement_kind();
    assert!(matches!(how, Some(Disagreement::Split { .. })), "{how:?}");
    // Two camps a point apart around the middle are no split.
    let close = distribution(100, [0, 50, 50, 0, 0]);
    assert_eq!(Stats::of(&close).unwrap().disagreement_kind(), None);
}

proptest! {
    #[test]
    fn one_outlier_never_flags_a_group_of_100_in_agreement(
        low in 1u8..=4,
        upper in proptest::collection::vec(any::<bool>(), 100),
        outlier in 1u8..=5,
    ) {
        // In agreement: every answer within one point of the others.
        let mut values: Vec<f64> = upper.iter().map(|up| f64::from(low + u8::from(*up))).collect();
        prop_assert!(!Stats::of(&values).unwrap().disagreement());
        values.push(f64::from(outlier));
        let stats = Stats::of(&values).unwrap();
        prop_assert!(!stats.disagreement(), "{:?}", stats);
    }

    #[test]
    fn an_even_split_three_or_more_points_apart_is_flagged_at_any_size(
        n in 2usize..=300,
        (low, high) in prop_oneof![Just((1u8, 4u8)), Just((1, 5)), Just((2, 5))],
    ) {
        let values: Vec<f64> = (0..n).map(|i| f64::from(if i % 2 == 0 { low } else { high })).collect();
        prop_assert!(Stats::of(&values).unwrap().disagreement());
    }
}
