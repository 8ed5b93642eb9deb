//! Layer 1: model version 2 in use: the staff set, "doesn't apply", the
//! share of 4–5, and a follow-up on version 2 compared with a baseline
//! answered on version 1.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::aggregate::{compare_rounds, summarize};
use kapacitetsradar::core::domain::assessment::{Assessment, Respondent, Role, Round};
use kapacitetsradar::core::domain::compare::{new_statements, project};
use kapacitetsradar::core::domain::model::Audience;
use kapacitetsradar::core::domain::progress::{self, Scope};

const ALL: Scope = Scope::ALL;
use kapacitetsradar::core::domain::scale::Answer;

fn v2_team(respondents: Vec<Respondent>) -> Assessment {
    Assessment {
        respondents,
        ..Assessment::new(
            "v2",
            model_v2(),
            "Nordskolen",
            "Ledelsen",
            "2027-05-01",
            Round::FollowUp,
            1,
        )
    }
}

/// Someone answering every statement put to their role with `value`.
fn answering(id: &str, role: Role, value: u8) -> Respondent {
    let mut r = Respondent::new(id, id, role, 1);
    for s in model_v2().statements_for(role) {
        r.set_answer(&s.id, Some(Answer::Score(score(value))), 1);
    }
    r
}

#[test]
fn staff_answer_the_staff_set_and_leaders_the_leaders_set() {
    let model = model_v2();
    let leader = answering("l", Role::Leader, 4);
    let staff = answering("s", Role::StaffRepresentative, 2);
    let consultant = answering("c", Role::Consultant, 3);
    assert_eq!(progress::total(model, &leader, ALL), 53);
    assert_eq!(progress::total(model, &staff, ALL), 27);
    assert_eq!(progress::total(model, &consultant, ALL), 53);
    assert_eq!(progress::answered(model, &staff, ALL), 27);
    assert!(progress::unanswered(model, &staff, ALL).is_empty());
    let theme = &model.themes[0];
    assert!(
        progress::asked(theme, &staff)
            .iter()
            .all(|s| s.audience == Audience::Staff)
    );
    // Version 1 has no staff set: everyone answers every statement.
    let old = answering("x", Role::StaffRepresentative, 3);
    assert_eq!(progress::total(common::model(), &old, ALL), 41);

    // The theme compares leaders and staff though their statements differ.
    let summary = summarize(model, &v2_team(vec![leader, staff, consultant]));
    let t1 = summary.theme("T1").unwrap();
    let means: Vec<_> = t1.by_role.iter().map(|(role, s)| (*role, s.mean)).collect();
    assert_eq!(
        means,
        [
            (Role::Leader, 4.0),
            (Role::StaffRepresentative, 2.0),
            (Role::Consultant, 3.0)
        ]
    );
}

#[test]
fn doesnt_apply_and_dont_know_are_counted_apart_and_never_as_scores() {
    let mut a = Respondent::new("a", "A", Role::Leader, 1);
    a.set_answer("T6.1", Some(Answer::NotApplicable), 1);
    a.set_answer("T6.2", Some(Answer::Score(score(5))), 1);
    let mut b = Respondent::new("b", "B", Role::Leader, 1);
    b.set_answer("T6.1", Some(Answer::Score(score(2))), 1);
    b.set_answer("T6.2", Some(Answer::DontKnow), 1);
    let mut c = Respondent::new("c", "C", Role::Leader, 1);
    c.set_answer("T6.1", Some(Answer::Score(score(4))), 1);
    c.set_answer("T6.2", Some(Answer::Score(score(4))), 1);
    let summary = summarize(model_v2(), &v2_team(vec![a, b, c]));
    let s61 = summary.statement("T6.1").unwrap();
    assert_eq!(
        (s61.scores.unwrap().n, s61.not_applicable, s61.dont_know),
        (2, 1, 0)
    );
    assert_eq!(s61.scores.unwrap().mean, 3.0);
    assert_eq!(s61.share_high(), Some(0.5));
    let s62 = summary.statement("T6.2").unwrap();
    assert_eq!(
        (s62.scores.unwrap().n, s62.not_applicable, s62.dont_know),
        (2, 0, 1)
    );
    assert_eq!(s62.share_high(), Some(1.0));
    let t6 = summary.theme("T6").unwrap();
    assert_eq!(
        (t6.answered, t6.not_applicable, t6.dont_know, t6.high),
        (4, 1, 1, 3)
    );
    assert_eq!(t6.share_high(), Some(0.75));
}

#[test]
fn a_version_2_follow_up_compares_with_a_version_1_baseline_by_theme() {
    // Baseline on version 1: everyone 2 in every theme.
    let baseline = assessment(vec![
        scored("a", Role::Leader, [2; 8]),
        scored("b", Role::Leader, [2; 8]),
    ]);
    let before = summarize(model(), &baseline);
    // Follow-up on version 2: everyone 3.
    let follow_up = v2_team(vec![
        answering("a", Role::Leader, 3),
        answering("b", Role::Leader, 3),
    ]);
    let after = summarize(model_v2(), &follow_up);
    let projected = project(&before, model(), model_v2());
    let deltas = compare_rounds(&projected, &after);
    assert_eq!(deltas.len(), 10);
    for delta in &deltas[..8] {
        assert_eq!(delta.delta(), Some(1.0), "{}", delta.theme_id);
    }
    // The two themes new in version 2 have nothing to compare with.
    assert_eq!(deltas[8].theme_id, "T9");
    assert_eq!(deltas[8].before, None);
    assert_eq!(deltas[9].delta(), None);
    // The same model compares theme by theme, unchanged.
    assert_eq!(project(&after, model_v2(), model_v2()), after);
}

#[test]
fn the_statements_new_in_version_2_are_named() {
    let new = new_statements(model_v2(), model());
    assert!(!new.is_empty());
    for id in &new {
        let (_, statement) = model_v2().statement(id).unwrap();
        assert!(statement.replaces.is_empty(), "{id}");
    }
    assert!(new.iter().any(|id| id.starts_with("T9.")));
    // Nothing is "new" against itself, or against another model.
    assert!(new_statements(model_v2(), model_v2()).is_empty());
    assert!(new_statements(model(), model_v2()).is_empty());
}
