//! Layer 1: the app's reducer, natively (it is pure).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::*;
use kapacitetsradar::core::domain::assessment::Role;
use kapacitetsradar::core::domain::scale::Answer;
use kapacitetsradar::core::route::Route;
use kapacitetsradar::i18n::Lang;
use kapacitetsradar::state::{Action, AppState, Notice};
use yew::Reducible;

#[test]
fn a_dismissed_other_window_note_stays_away_but_conflicts_do_not() {
    let team = assessment(vec![respondent("a", Role::Leader, &[Some(3); 8])]);
    let state = Rc::new(AppState::new(
        Lang::Da,
        Route::Home,
        vec![team.clone()],
        true,
        vec![],
    ));
    let change = |statement: &str, value: u8| {
        let mut theirs = team.clone();
        theirs.respondents[0].set_answer(statement, Some(Answer::Score(score(value))), 99);
        theirs
    };
    let state = state.reduce(Action::MergeExternal {
        id: team.id.clone(),
        theirs: Some(change("T1.1", 5)),
    });
    assert!(matches!(
        state.notices.as_slice(),
        [Notice::UpdatedElsewhere { .. }]
    ));
    let state = state.reduce(Action::DismissNotice(0));
    assert!(state.notices.is_empty());
    let state = state.reduce(Action::MergeExternal {
        id: team.id.clone(),
        theirs: Some(change("T1.2", 5)),
    });
    assert!(state.notices.is_empty(), "{:?}", state.notices);
}

#[test]
fn importing_respondents_creates_the_assessment_once_and_merges_newest() {
    let state = Rc::new(AppState::new(Lang::Da, Route::Home, vec![], true, vec![]));
    let new = assessment(vec![]);
    let mut anna = respondent("anna", Role::Leader, &[Some(2); 8]);
    anna.updated_at = 5;
    let state = state.reduce(Action::ImportRespondents {
        target: new.id.clone(),
        create: Some(new.clone()),
        respondents: vec![anna.clone()],
        now: 10,
    });
    assert_eq!(
        state.assessment(&new.id).unwrap().respondents,
        [anna.clone()]
    );
    let mut older = anna.clone();
    older.updated_at = 1;
    older.set_answer("T1.1", None, 1);
    let state = state.reduce(Action::ImportRespondents {
        target: new.id.clone(),
        create: Some(new.clone()),
        respondents: vec![older],
        now: 11,
    });
    assert_eq!(state.assessment(&new.id).unwrap().respondents, [anna]);
    let state = state.reduce(Action::RemoveRespondent {
        assessment: new.id.clone(),
        respondent: "anna".into(),
        now: 12,
    });
    assert!(state.assessment(&new.id).unwrap().respondents.is_empty());
    assert!(state.unsaved.contains_key(&new.id));
}
