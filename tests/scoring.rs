//! Layer 1: the scale, aggregation, role comparison, rounds and focus
//! suggestions, on small hand-checked examples.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::aggregate::{Stats, compare_rounds, summarize};
use kapacitetsradar::core::domain::assessment::{AgreedScore, MergeOutcome, Role, is_iso_date};
use kapacitetsradar::core::domain::focus::{Reason, rank, suggest};
use kapacitetsradar::core::domain::scale::{Answer, Score};
use kapacitetsradar::core::lang::Lang;
use kapacitetsradar::i18n::score_label;

const L: Role = Role::Leader;
const S: Role = Role::StaffRepresentative;

#[test]
fn the_scale_has_the_seed_labels_and_nothing_outside_1_to_5() {
    let labels: Vec<_> = Score::all()
        .iter()
        .map(|s| score_label(Lang::Da, *s))
        .collect();
    assert_eq!(
        labels,
        [
            "Slet ikke",
            "I mindre grad",
            "I nogen grad",
            "I høj grad",
            "I meget høj grad"
        ]
    );
    assert_eq!(Score::new(0), None);
    assert_eq!(Score::new(6), None);
    assert_eq!(Score::new(3).map(Score::value), Some(3));
    let read_score = |text: &str| serde_json::from_str::<Score>(text);
    let read_answer = |text: &str| serde_json::from_str::<Answer>(text);
    assert!(read_score("6").is_err());
    assert!(read_score("2.0").is_err());
    assert!(read_score("\"dont_know\"").is_err());
    assert_eq!(read_score("2").ok(), Some(score(2)));
    assert!(read_answer("0").is_err());
    assert!(read_answer("\"Ved ikke\"").is_err());
    assert_eq!(read_answer("\"dont_know\"").ok(), Some(Answer::DontKnow));
    assert_eq!(
        serde_json::to_string(&Answer::Score(score(4))).unwrap(),
        "4"
    );
}

#[test]
fn answers_are_read_from_labels_in_any_language_or_digits() {
    assert_eq!(
        read_cell_answer(" I meget høj grad "),
        Some(Answer::Score(score(5)))
    );
    assert_eq!(
        read_cell_answer("i mindre grad"),
        Some(Answer::Score(score(2)))
    );
    assert_eq!(read_cell_answer("Ved ikke"), Some(Answer::DontKnow));
    assert_eq!(
        read_cell_answer("To some extent"),
        Some(Answer::Score(score(3)))
    );
    assert_eq!(
        read_cell_answer("I svært stor grad"),
        Some(Answer::Score(score(5)))
    );
    assert_eq!(read_cell_answer("4"), Some(Answer::Score(score(4))));
    assert_eq!(read_cell_answer("7"), None);
    assert_eq!(read_cell_answer("Måske"), None);
}

#[test]
fn stats_by_hand() {
    let s = Stats::of(&[1.0, 2.0, 4.0, 5.0]).unwrap();
    assert_eq!(
        (s.n, s.mean, s.median, s.min, s.max),
        (4, 3.0, 3.0, 1.0, 5.0)
    );
    assert!((s.sd - 2.5f64.sqrt()).abs() < 1e-12);
    assert!(s.disagreement());
    assert_eq!(Stats::of(&[]), None);
    let one = Stats::of(&[2.0]).unwrap();
    assert!(!one.disagreement(), "one respondent can't disagree");
}

#[test]
fn the_disagreement_rule_is_the_documented_one() {
    // sd = 1.0 exactly: flagged.
    assert!(Stats::of(&[2.0, 4.0]).unwrap().disagreement());
    // Range 3, sd 1.22: flagged. Range 2, sd 0.87: not.
    assert!(Stats::of(&[1.0, 4.0, 4.0]).unwrap().disagreement());
    assert!(!Stats::of(&[3.0, 3.0, 3.0, 5.0]).unwrap().disagreement());
}

#[test]
fn theme_figures_weigh_every_respondent_the_same() {
    let mut a = respondent("a", L, &[Some(4)]);
    // b answered only one statement of T1, with a 2, and "don't know" to another.
    let mut b = respondent("b", S, &[]);
    b.set_answer("T1.1", Some(Answer::Score(score(2))), 11);
    b.set_answer("T1.2", Some(Answer::DontKnow), 11);
    a.set_comment("T1.1", "Vi mangler tid", 12);
    let summary = summarize(model(), &assessment(vec![a, b]));

    let t1 = summary.theme("T1").unwrap();
    let stats = t1.scores.unwrap();
    assert_eq!(
        (stats.n, stats.mean, stats.min, stats.max),
        (2, 3.0, 2.0, 4.0)
    );
    assert_eq!(t1.answered, 5 + 1);
    assert_eq!(t1.dont_know, 1);
    assert_eq!(t1.self_other_gap, Some(2.0));
    assert_eq!(t1.by_role.len(), 2);

    let s1 = summary.statement("T1.1").unwrap();
    assert_eq!(s1.distribution, [0, 1, 0, 1, 0]);
    assert_eq!(s1.comments.len(), 1);
    assert_eq!(s1.comments[0].text, "Vi mangler tid");
    let s2 = summary.statement("T1.2").unwrap();
    assert_eq!((s2.scores.unwrap().n, s2.dont_know), (1, 1));

    assert!(
        summary.theme("T2").unwrap().scores.is_none(),
        "nobody answered T2"
    );
    assert_eq!(summary.largest_self_other_gap(), Some(("T1", 2.0)));
}

#[test]
fn follow_up_compares_team_scores_per_theme() {
    let before = summarize(
        model(),
        &assessment(vec![respondent("a", L, &[Some(2), Some(3)])]),
    );
    let mut later = assessment(vec![respondent("a", L, &[Some(4), Some(3)])]);
    later.agreed.insert(
        "T2".into(),
        AgreedScore {
            score: Some(half(2)),
            rationale: "Vi er for optimistiske".into(),
        },
    );
    let after = summarize(model(), &later);
    let deltas = compare_rounds(&before, &after);
    assert_eq!(deltas[0].delta(), Some(2.0));
    assert_eq!(deltas[1].delta(), Some(-1.0), "the agreed score counts");
    assert_eq!(deltas[2].delta(), None);
}

#[test]
fn focus_ranks_low_scores_disagreement_gaps_and_targets_with_reasons() {
    // T1 low (2) for both; T2 split 1 vs 5; T3 leaders 5, staff 3; rest 4.
    let a = scored("a", L, [2, 1, 5, 4, 4, 4, 4, 4]);
    let b = scored("b", S, [2, 5, 3, 4, 4, 4, 4, 4]);
    let mut team = assessment(vec![a, b]);
    team.targets.insert("T4".into(), half(5));
    let summary = summarize(model(), &team);
    let ranked = rank(&summary);
    let order: Vec<&str> = ranked.iter().map(|s| s.theme_id.as_str()).collect();
    // T2: 5−3 + 1 (disagreement) + 4 (gap −4) = 7; T3: 5−4 + 1 (5 vs 3 is
    // sd 1) + 2 (gap) = 4; T1: 5−2 = 3; T4: 5−4 + 1 (target) = 2; the rest 1.
    assert_eq!(&order[..4], ["T2", "T3", "T1", "T4"]);
    assert!(matches!(ranked[0].reasons[..], [
        Reason::LowScore { .. },
        Reason::Disagreement { .. },
        Reason::SelfOtherGap { gap }
    ] if gap == -4.0));
    assert!(matches!(ranked[1].reasons[..], [
        Reason::Disagreement { .. },
        Reason::SelfOtherGap { gap }
    ] if gap == 2.0));
    assert_eq!(ranked[2].reasons, vec![Reason::LowScore { score: 2.0 }]);
    assert_eq!(
        ranked[3].reasons,
        vec![Reason::BelowTarget {
            target: 5.0,
            score: 4.0
        }]
    );
    assert_eq!(ranked[4].reasons, vec![Reason::AmongLowest { score: 4.0 }]);
    assert_eq!(suggest(&summary, 3).len(), 3);
    assert_eq!(ranked.len(), 8);
}

#[test]
fn focus_uses_the_agreed_score_once_the_team_has_one() {
    let a = respondent("a", L, &[Some(2), Some(3), Some(3)]);
    let mut team = assessment(vec![a]);
    assert_eq!(rank(&summarize(model(), &team))[0].theme_id, "T1");
    team.agreed.insert(
        "T1".into(),
        AgreedScore {
            score: Some(half(4)),
            rationale: String::new(),
        },
    );
    let first = &rank(&summarize(model(), &team))[0];
    assert_ne!(first.theme_id, "T1");
}

#[test]
fn merging_keeps_the_newest_copy_of_a_respondent() {
    let mut team = assessment(vec![]);
    let old = respondent("a", L, &[Some(2)]);
    let mut new = old.clone();
    new.set_answer("T1.1", Some(Answer::Score(score(5))), 99);
    assert_eq!(team.merge_respondent(old.clone()), MergeOutcome::Added);
    assert_eq!(team.merge_respondent(new.clone()), MergeOutcome::Replaced);
    assert_eq!(team.merge_respondent(old), MergeOutcome::KeptExisting);
    assert_eq!(
        team.merge_respondent(new.clone()),
        MergeOutcome::KeptExisting
    );
    assert_eq!(team.respondents, vec![new]);
    assert!(team.remove_respondent("a").is_some());
    assert!(team.respondents.is_empty());
}

#[test]
fn editing_an_answer_keeps_its_comment_and_clearing_both_removes_it() {
    let mut r = respondent("a", L, &[]);
    r.set_comment("T1.1", "Hvorfor?", 20);
    r.set_answer("T1.1", Some(Answer::Score(score(3))), 21);
    assert_eq!(r.answers.get("T1.1").unwrap().comment, "Hvorfor?");
    assert_eq!(r.updated_at, 21);
    r.set_answer("T1.1", None, 22);
    r.set_comment("T1.1", "", 23);
    assert!(r.answers.is_empty());
}

#[test]
fn dates_are_checked() {
    assert!(is_iso_date("2026-11-24"));
    assert!(is_iso_date("2024-02-29"));
    assert!(!is_iso_date("2026-02-29"));
    assert!(!is_iso_date("2026-13-01"));
    assert!(!is_iso_date("24-11-2026"));
    assert!(!is_iso_date("2026-1-024"));
    assert!(!is_iso_date("２０２６-11-24"));
}

/// Survey-tool cells are read by the CSV importer.
fn read_cell_answer(text: &str) -> Option<Answer> {
    kapacitetsradar::core::formats::csv::read_cell(
        text,
        &kapacitetsradar::i18n::words::csv_vocabulary(kapacitetsradar::core::lang::Lang::Da),
    )
    .ok()
    .flatten()
}
