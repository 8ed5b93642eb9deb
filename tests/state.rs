//! Layer 1: the app's reducer, natively (it is pure): every action.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::*;
use kapacitetsradar::core::domain::assessment::{Assessment, MergeOutcome, Role};
use kapacitetsradar::core::domain::scale::Answer;
use kapacitetsradar::core::route::Route;
use kapacitetsradar::i18n::Lang;
use kapacitetsradar::state::{Action, AppState, Notice, SaveStatus};
use kapacitetsradar::storage::StorageError;
use yew::Reducible;

fn with(assessments: Vec<Assessment>) -> Rc<AppState> {
    Rc::new(AppState::new(
        Lang::Da,
        Route::Home,
        assessments,
        true,
        vec![],
    ))
}

fn team() -> Assessment {
    assessment(vec![respondent("a", Role::Leader, &[Some(3); 8])])
}

fn other() -> Assessment {
    Assessment {
        id: "a2".into(),
        ..assessment(vec![])
    }
}

fn answer(value: u8) -> Action {
    Action::SetAnswer {
        assessment: "a1".into(),
        respondent: "a".into(),
        statement: "T1.1".into(),
        answer: Some(Answer::Score(score(value))),
        now: 50,
    }
}

#[test]
fn an_action_that_changes_nothing_hands_back_the_same_state() {
    let state = with(vec![team()]);
    // T1.1 is 3 already.
    let next = state.clone().reduce(answer(3));
    assert!(Rc::ptr_eq(&state, &next), "no re-render for no change");
    let next = state.clone().reduce(Action::Navigate(Route::Home));
    assert!(Rc::ptr_eq(&state, &next));
}

#[test]
fn an_edit_copies_only_the_assessment_it_changes() {
    let state = with(vec![team(), other()]);
    let next = state.clone().reduce(answer(5));
    assert!(Rc::ptr_eq(
        &state.assessments["a2"],
        &next.assessments["a2"]
    ));
    assert!(!Rc::ptr_eq(
        &state.assessments["a1"],
        &next.assessments["a1"]
    ));
    assert_eq!(
        next.assessments["a1"].respondents[0].answer("T1.1"),
        Some(Answer::Score(score(5)))
    );
}

#[test]
fn language_and_route_are_set() {
    let state = with(vec![]).reduce(Action::SetLanguage(Lang::En));
    assert_eq!(state.lang, Lang::En);
    let state = state.reduce(Action::Navigate(Route::NewAssessment));
    assert_eq!(state.route, Route::NewAssessment);
}

#[test]
fn a_new_assessment_is_queued_for_saving_and_opens_its_respondents() {
    let state = with(vec![]).reduce(Action::CreateAssessment { assessment: team() });
    assert!(state.assessment("a1").is_some());
    assert!(state.unsaved.contains("a1"));
    assert_eq!(state.save_requests, 1);
    assert!(!state.save_may_wait);
    assert_eq!(
        state.route,
        Route::Respondents {
            assessment: "a1".into()
        }
    );
}

#[test]
fn adding_a_respondent_opens_their_first_theme() {
    let state = with(vec![assessment(vec![])]).reduce(Action::AddRespondent {
        assessment: "a1".into(),
        respondent: respondent("b", Role::Consultant, &[]),
    });
    assert_eq!(state.assessment("a1").unwrap().respondents.len(), 1);
    assert_eq!(
        state.route,
        Route::Question {
            assessment: "a1".into(),
            respondent: "b".into(),
            theme: 0
        }
    );
    assert!(state.unsaved.contains("a1"));
    // To an assessment that isn't there: nothing happens.
    let before = with(vec![]);
    let after = before.clone().reduce(Action::AddRespondent {
        assessment: "nope".into(),
        respondent: respondent("b", Role::Consultant, &[]),
    });
    assert!(Rc::ptr_eq(&before, &after));
}

#[test]
fn an_answer_is_saved_at_once_and_a_comment_may_wait_for_the_typing_to_stop() {
    let state = with(vec![team()]).reduce(answer(5));
    assert!(state.unsaved.contains("a1"));
    assert!(!state.save_may_wait);
    assert_eq!(state.assessment("a1").unwrap().updated_at, 50);
    let state = state.reduce(Action::SetComment {
        assessment: "a1".into(),
        respondent: "a".into(),
        statement: "T1.1".into(),
        comment: "Vi".into(),
        now: 60,
    });
    assert!(state.save_may_wait);
    let r = &state.assessment("a1").unwrap().respondents[0];
    assert_eq!(r.answers["T1.1"].comment, "Vi");
    assert_eq!(r.answer("T1.1"), Some(Answer::Score(score(5))));
    // The next answer is saved at once again, the comment with it.
    let state = state.reduce(answer(4));
    assert!(!state.save_may_wait);
}

#[test]
fn a_focus_theme_is_picked_and_unpicked() {
    let toggle = || Action::ToggleFocus {
        assessment: "a1".into(),
        theme: "T3".into(),
        now: 70,
    };
    let state = with(vec![team()]).reduce(toggle());
    assert_eq!(state.assessment("a1").unwrap().focus, ["T3"]);
    let state = state.reduce(toggle());
    assert!(state.assessment("a1").unwrap().focus.is_empty());
}

#[test]
fn importing_creates_the_assessment_once_merges_newest_and_reports_that_very_merge() {
    let state = with(vec![]);
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
    let report = state.last_import.clone().unwrap();
    assert_eq!(report.assessment, new.id);
    assert_eq!(report.title, "Nordskolen · Ledelsen");
    assert_eq!(report.outcomes, [(anna.name.clone(), MergeOutcome::Added)]);

    let mut older = anna.clone();
    older.updated_at = 1;
    older.set_answer("T1.1", None, 1);
    let state = state.reduce(Action::ImportRespondents {
        target: new.id.clone(),
        create: Some(new.clone()),
        respondents: vec![older],
        now: 11,
    });
    assert_eq!(
        state.assessment(&new.id).unwrap().respondents,
        [anna.clone()]
    );
    assert_eq!(
        state.last_import.as_ref().unwrap().outcomes,
        [(anna.name.clone(), MergeOutcome::KeptExisting)]
    );
    // The report stays on the import page and goes when the user leaves.
    let state = state.reduce(Action::Navigate(Route::Import));
    assert!(state.last_import.is_some());
    let state = state.reduce(Action::Navigate(Route::Home));
    assert!(state.last_import.is_none());
}

#[test]
fn removing_a_respondent_is_saved() {
    let state = with(vec![team()]).reduce(Action::RemoveRespondent {
        assessment: "a1".into(),
        respondent: "a".into(),
        now: 12,
    });
    assert!(state.assessment("a1").unwrap().respondents.is_empty());
    assert!(state.unsaved.contains("a1"));
}

#[test]
fn saved_clears_the_queue_only_for_the_copy_that_was_written() {
    let state = with(vec![team()]).reduce(answer(5));
    let written = state.assessments["a1"].clone();
    // The user goes on typing before the save reports back.
    let state = state.reduce(answer(1));
    let state = state.reduce(Action::MarkSaved {
        copy: written.clone(),
        at: 99,
    });
    assert!(state.unsaved.contains("a1"), "the newer edit still waits");
    assert_eq!(state.stored["a1"], written);
    assert_eq!(state.save, SaveStatus::Saved { at: 99 });
    let latest = state.assessments["a1"].clone();
    let state = state.reduce(Action::MarkSaved {
        copy: latest,
        at: 100,
    });
    assert!(state.unsaved.is_empty());
}

#[test]
fn a_failed_save_is_shown_and_the_work_stays_queued() {
    let state = with(vec![team()]).reduce(answer(5));
    let state = state.reduce(Action::MarkSaveFailed {
        error: StorageError::QuotaExceeded,
    });
    assert_eq!(
        state.save,
        SaveStatus::Failed {
            error: StorageError::QuotaExceeded
        }
    );
    assert!(state.unsaved.contains("a1"));
}

#[test]
fn another_tabs_copy_is_merged_and_conflicts_are_reported() {
    let base = team();
    let state = with(vec![base.clone()]).reduce(answer(5));
    let mut theirs = base.clone();
    theirs.respondents[0].set_answer("T1.1", Some(Answer::Score(score(1))), 60);
    theirs.respondents[0].set_answer("T1.2", Some(Answer::Score(score(4))), 60);
    let state = state.reduce(Action::MergeExternal {
        id: "a1".into(),
        theirs: Some(theirs.clone()),
    });
    let merged = &state.assessments["a1"].respondents[0];
    assert_eq!(
        merged.answer("T1.1"),
        Some(Answer::Score(score(5))),
        "ours kept"
    );
    assert_eq!(
        merged.answer("T1.2"),
        Some(Answer::Score(score(4))),
        "theirs taken"
    );
    assert!(matches!(
        state.notices.as_slice(),
        [Notice::UpdatedElsewhere { .. }, Notice::Conflicts { conflicts, .. }] if conflicts.len() == 1
    ));
    assert_eq!(*state.stored["a1"], theirs);
    assert!(state.unsaved.contains("a1"), "the merge is written back");
}

#[test]
fn an_assessment_new_in_another_tab_arrives_and_one_deleted_there_goes_if_untouched() {
    let state = with(vec![team()]).reduce(Action::MergeExternal {
        id: "a2".into(),
        theirs: Some(other()),
    });
    assert!(state.assessment("a2").is_some());
    let state = state.reduce(Action::MergeExternal {
        id: "a2".into(),
        theirs: None,
    });
    assert!(state.assessment("a2").is_none());
    // Deleted there but edited here: the edits are kept and saved again.
    let state = state.reduce(answer(5)).reduce(Action::MergeExternal {
        id: "a1".into(),
        theirs: None,
    });
    assert!(state.assessment("a1").is_some());
    assert!(state.unsaved.contains("a1"));
}

#[test]
fn a_dismissed_other_window_note_stays_away_but_conflicts_do_not() {
    let team = team();
    let state = with(vec![team.clone()]);
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
