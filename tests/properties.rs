//! Layer 1: invariants of the core, checked on generated data (proptest).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::aggregate::{Stats, summarize};
use kapacitetsradar::core::domain::assessment::AgreedScore;
use kapacitetsradar::core::domain::assessment::{Assessment, Respondent, Response, Role};
use kapacitetsradar::core::domain::focus::rank;
use kapacitetsradar::core::domain::model::Model;
use kapacitetsradar::core::domain::plan::{Anchoring, Plan, PlanAction, Status};
use kapacitetsradar::core::domain::scale::{Answer, HalfScore, Score};
use kapacitetsradar::core::formats::files::*;
use proptest::prelude::*;
use proptest::sample::subsequence;

fn statement_ids() -> Vec<String> {
    model().statements().map(|s| s.id.to_string()).collect()
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        (1u8..=5).prop_map(|v| Answer::Score(Score::new(v).unwrap())),
        Just(Answer::DontKnow),
        Just(Answer::NotApplicable),
    ]
}

fn response() -> impl Strategy<Value = Response> {
    (
        proptest::option::of(answer()),
        "(|.{0,30}|<script>alert\\(1\\)</script>)",
    )
        .prop_map(|(answer, comment)| Response { answer, comment })
}

fn role() -> impl Strategy<Value = Role> {
    proptest::sample::select(Role::ALL.to_vec())
}

fn respondent(id: String) -> impl Strategy<Value = Respondent> {
    (
        "[A-Za-zÆØÅæøå ]{1,20}",
        role(),
        subsequence(statement_ids(), 0..=41),
        proptest::collection::vec(response(), 41),
        0i64..1_000_000,
    )
        .prop_map(move |(name, role, ids, responses, updated_at)| {
            let answers = ids
                .into_iter()
                .zip(responses)
                .filter(|(_, r)| !r.is_empty())
                .collect();
            Respondent {
                id: id.clone(),
                name: name.trim().to_owned() + "x",
                role,
                answers,
                updated_at,
            }
        })
}

fn team() -> impl Strategy<Value = Assessment> {
    (0usize..8)
        .prop_flat_map(|n| {
            (0..n)
                .map(|i| respondent(format!("r{i}")))
                .collect::<Vec<_>>()
        })
        .prop_map(assessment)
}

fn half_score() -> impl Strategy<Value = HalfScore> {
    (2u8..=10).prop_map(|halves| HalfScore::new(f64::from(halves) / 2.0).unwrap())
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (2026u32..2030, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
    ]
}

fn plan_action() -> impl Strategy<Value = PlanAction> {
    (
        proptest::sample::select(vec!["T1", "T3", "T6"]),
        ".{0,40}",
        ".{0,20}",
        date(),
        date(),
        ".{0,40}",
        proptest::sample::select(Status::ALL.to_vec()),
        0i64..1_000_000,
    )
        .prop_map(
            |(theme, what, owner, start, deadline, success, status, added_at)| PlanAction {
                theme: theme.to_owned(),
                what,
                owner,
                start,
                deadline,
                success,
                status,
                suggested: String::new(),
                added_at,
            },
        )
}

/// A team with everything the current format holds: agreed scores in half
/// steps, targets, a plan, a baseline and a scope.
fn full_team() -> impl Strategy<Value = Assessment> {
    (
        team(),
        proptest::collection::btree_map(
            "T[1-8]",
            (proptest::option::of(half_score()), ".{0,30}"),
            0..4,
        ),
        proptest::collection::btree_map("T[1-8]", half_score(), 0..4),
        proptest::collection::btree_map("h-[a-z0-9]{1,12}", plan_action(), 0..5),
        (".{0,30}", ".{0,60}", date()),
        proptest::option::of("[a-z0-9-]{1,20}"),
        proptest::collection::vec("T[1-8]", 0..3),
        ".{0,40}",
    )
        .prop_map(
            |(
                mut team,
                agreed,
                targets,
                actions,
                (who, how, follow_up),
                baseline,
                themes,
                initiative,
            )| {
                team.agreed = agreed
                    .into_iter()
                    .map(|(k, (score, rationale))| (k, AgreedScore { score, rationale }))
                    .collect();
                team.targets = targets;
                team.plan = Plan {
                    actions,
                    anchoring: Anchoring { who, how },
                    follow_up,
                };
                team.baseline = baseline.unwrap_or_default();
                team.themes = themes;
                team.initiative = initiative;
                team
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn min_le_mean_le_max(values in proptest::collection::vec(1u8..=5, 1..200)) {
        let values: Vec<f64> = values.into_iter().map(f64::from).collect();
        let s = Stats::of(&values).unwrap();
        prop_assert!(s.min <= s.mean && s.mean <= s.max);
        prop_assert!(s.min <= s.median && s.median <= s.max);
        prop_assert!(s.sd >= 0.0 && s.sd <= 2.0 + 1e-9);
    }

    #[test]
    fn every_summary_figure_is_within_its_range(team in team()) {
        let summary = summarize(model(), &team);
        let stats = summary.themes.iter().filter_map(|t| t.scores)
            .chain(summary.statements.iter().filter_map(|s| s.scores));
        for s in stats {
            prop_assert!(1.0 <= s.min && s.min <= s.mean && s.mean <= s.max && s.max <= 5.0);
        }
        for statement in &summary.statements {
            let counted: usize = statement.distribution.iter().sum();
            prop_assert_eq!(counted, statement.scores.map_or(0, |s| s.n));
        }
    }

    #[test]
    fn reordering_respondents_changes_nothing(team in team(), seed in any::<u64>()) {
        let mut shuffled = team.clone();
        // A deterministic shuffle from the seed.
        let n = shuffled.respondents.len();
        for i in (1..n).rev() {
            let j = (seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64) % (i as u64 + 1)) as usize;
            shuffled.respondents.swap(i, j);
        }
        let a = summarize(model(), &team);
        let b = summarize(model(), &shuffled);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(rank(&a), rank(&b));
    }

    #[test]
    fn merging_the_same_respondent_twice_is_idempotent(team in team(), extra in respondent("new".into())) {
        let mut once = team.clone();
        once.merge_respondent(extra.clone());
        let mut twice = once.clone();
        twice.merge_respondent(extra);
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn merging_copies_in_any_order_gives_the_same_result(
        a in respondent("same".into()),
        b in respondent("same".into()),
    ) {
        let mut first = assessment(vec![]);
        first.merge_respondent(a.clone());
        first.merge_respondent(b.clone());
        let mut second = assessment(vec![]);
        second.merge_respondent(b);
        second.merge_respondent(a);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn assessments_round_trip_through_their_file(team in team()) {
        let text = assessment_to_json(&team);
        prop_assert_eq!(parse_assessment(&text).unwrap(), team);
    }

    #[test]
    fn responses_round_trip_through_their_file(team in team(), r in respondent("x".into())) {
        let document = ResponseDocument::new(&team, &r, 5);
        prop_assert_eq!(parse_response(&response_to_json(&document)).unwrap(), document);
    }

    #[test]
    fn version_1_migrates_every_answer(
        answers in proptest::collection::btree_map("T[1-8]\\.[1-6]", 0u8..=5, 0..40),
    ) {
        let v1 = serde_json::json!({
            "format": ASSESSMENT_FORMAT, "version": 1, "id": "v1", "model_id": "m",
            "school": "S", "team": "T", "date": "2025-01-31",
            "respondents": [{ "id": "p", "name": "P", "role": "staff",
                              "answers": answers, "updated_at": 1 }],
            "updated_at": 2
        });
        let team = parse_assessment(&v1.to_string()).unwrap();
        let migrated = &team.respondents[0];
        prop_assert_eq!(migrated.role, Role::StaffRepresentative);
        prop_assert_eq!(migrated.answers.len(), answers.len());
        for (id, value) in &answers {
            let expected = match value {
                0 => Answer::DontKnow,
                v => Answer::Score(Score::new(*v).unwrap()),
            };
            prop_assert_eq!(migrated.answer(id), Some(expected));
        }
    }

    /// Everything the current format holds (plan, half-step agreed scores,
    /// baseline, scope) reads back as it was written.
    #[test]
    fn full_assessments_round_trip_through_their_file(team in full_team()) {
        let text = assessment_to_json(&team);
        prop_assert_eq!(parse_assessment(&text).unwrap(), team);
    }

    /// What the previous release wrote (format 2) reads as format 3, every
    /// answer kept, answered with model version 1, with no plan.
    #[test]
    fn version_2_migrates_to_version_3(team in team()) {
        let text = assessment_to_json(&team).replace(r#""version": 3"#, r#""version": 2"#)
            .replace(",\n    \"model_version\": 1", "");
        let back = parse_assessment(&text).unwrap();
        prop_assert_eq!(back.model_version, 1);
        prop_assert!(back.plan.is_empty());
        prop_assert_eq!(back, team);
    }

    /// Damaged full files: still never a panic.
    #[test]
    fn readers_never_panic_on_damaged_full_files(team in full_team(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = assessment_to_json(&team).into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let _ = parse_assessment(&String::from_utf8_lossy(&bytes));
    }

    /// Any text at all: an error or a value, never a panic.
    #[test]
    fn readers_never_panic_on_any_text(text in ".{0,400}") {
        let _ = parse_assessment(&text);
        let _ = parse_response(&text);
        let _ = Model::from_json(&text);
    }

    /// Valid files with one byte changed: still never a panic.
    #[test]
    fn readers_never_panic_on_damaged_files(team in team(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = assessment_to_json(&team).into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_assessment(&text);
        let response = response_to_json(&ResponseDocument::new(&team, &Respondent::new("p", "P", Role::Leader, 0), 1));
        let mut bytes = response.into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let _ = parse_response(&String::from_utf8_lossy(&bytes));
    }
}
