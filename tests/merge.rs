//! Layer 1: merging two tabs' copies of one assessment.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::assessment::{Assessment, Role};
use kapacitetsradar::core::domain::merge::{Conflict, merge3};
use kapacitetsradar::core::domain::scale::Answer;
use proptest::prelude::*;

fn base() -> Assessment {
    assessment(vec![respondent("a", Role::Leader, &[Some(3), Some(3)])])
}

fn answer(v: u8) -> Option<Answer> {
    Some(Answer::Score(score(v)))
}

#[test]
fn changes_to_different_statements_both_survive() {
    let base = base();
    let mut ours = base.clone();
    ours.respondent_mut("a")
        .unwrap()
        .set_answer("T1.1", answer(5), 20);
    let mut theirs = base.clone();
    theirs
        .respondent_mut("a")
        .unwrap()
        .set_answer("T2.1", answer(1), 21);
    let merged = merge3(&base, &ours, &theirs);
    let a = merged.assessment.respondent("a").unwrap();
    assert_eq!(a.answer("T1.1"), answer(5));
    assert_eq!(a.answer("T2.1"), answer(1));
    assert!(merged.conflicts.is_empty());
}

#[test]
fn the_same_statement_changed_on_both_sides_keeps_ours_and_says_so() {
    let base = base();
    let mut ours = base.clone();
    ours.respondent_mut("a")
        .unwrap()
        .set_answer("T1.1", answer(5), 20);
    let mut theirs = base.clone();
    theirs
        .respondent_mut("a")
        .unwrap()
        .set_answer("T1.1", answer(1), 21);
    let merged = merge3(&base, &ours, &theirs);
    assert_eq!(
        merged.assessment.respondent("a").unwrap().answer("T1.1"),
        answer(5)
    );
    assert_eq!(
        merged.conflicts,
        vec![Conflict {
            respondent_id: "a".into(),
            statement_id: "T1.1".into()
        }]
    );
}

#[test]
fn respondents_added_in_either_tab_are_kept() {
    let base = base();
    let mut ours = base.clone();
    ours.merge_respondent(respondent("b", Role::Leader, &[Some(2)]));
    let mut theirs = base.clone();
    theirs.merge_respondent(respondent("c", Role::Consultant, &[Some(4)]));
    let merged = merge3(&base, &ours, &theirs).assessment;
    let ids: Vec<&str> = merged.respondents.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[test]
fn a_respondent_removed_in_one_tab_but_edited_in_the_other_is_kept() {
    let base = base();
    let mut ours = base.clone();
    ours.respondent_mut("a")
        .unwrap()
        .set_comment("T1.1", "vigtigt", 30);
    let mut theirs = base.clone();
    theirs.remove_respondent("a");
    let merged = merge3(&base, &ours, &theirs).assessment;
    assert_eq!(
        merged
            .respondent("a")
            .unwrap()
            .answers
            .get("T1.1")
            .unwrap()
            .comment,
        "vigtigt"
    );
    let untouched = merge3(&base, &base, &theirs).assessment;
    assert!(untouched.respondent("a").is_none());
}

fn edit() -> impl Strategy<Value = Vec<(usize, u8)>> {
    proptest::collection::vec((0usize..10, 0u8..=5), 0..6)
}

fn apply(team: &Assessment, edits: &[(usize, u8)]) -> Assessment {
    let mut team = team.clone();
    let ids: Vec<String> = model()
        .statements()
        .take(10)
        .map(|s| s.id.to_string())
        .collect();
    for (i, v) in edits {
        let value = if *v == 0 { None } else { answer(*v) };
        team.respondent_mut("a")
            .unwrap()
            .set_answer(&ids[*i], value, 50);
    }
    team
}

proptest! {
    #[test]
    fn merging_with_an_unchanged_side_takes_the_other(e in edit()) {
        let base = base();
        let changed = apply(&base, &e);
        prop_assert_eq!(&merge3(&base, &changed, &base).assessment, &changed);
        prop_assert_eq!(&merge3(&base, &base, &changed).assessment, &changed);
        prop_assert_eq!(&merge3(&changed, &changed, &changed).assessment, &changed);
    }

    /// Every edit made on only one side is in the result, and every
    /// statement edited on both sides to different values is reported.
    #[test]
    fn no_edit_is_lost_silently(ours_edits in edit(), theirs_edits in edit()) {
        let base = base();
        let ours = apply(&base, &ours_edits);
        let theirs = apply(&base, &theirs_edits);
        let merged = merge3(&base, &ours, &theirs);
        let m = merged.assessment.respondent("a").unwrap();
        let (b, o, t) = (base.respondent("a").unwrap(), ours.respondent("a").unwrap(), theirs.respondent("a").unwrap());
        for s in model().statements().take(10) {
            let id = s.id.as_str();
            let (bv, ov, tv, mv) = (b.answers.get(id), o.answers.get(id), t.answers.get(id), m.answers.get(id));
            if ov != bv && tv == bv { prop_assert_eq!(mv, ov); }
            if tv != bv && ov == bv { prop_assert_eq!(mv, tv); }
            if ov != bv && tv != bv && ov != tv {
                prop_assert!(merged.conflicts.iter().any(|c| c.statement_id == id));
            }
        }
    }
}
