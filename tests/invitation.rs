//! Layer 1: the consultant's round (issue 19): the invitation link, its
//! refusals, who has answered, and a leader accepting it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::*;
use kapacitetsradar::core::domain::assessment::{Assessment, Respondent, Role};
use kapacitetsradar::core::domain::invitation::{Invitation, Invitee, Status, round_status};
use kapacitetsradar::core::domain::scale::Answer;
use kapacitetsradar::core::error::{ImportError, Problem};
use kapacitetsradar::core::formats::files::{assessment_to_json, parse_assessment};
use kapacitetsradar::core::formats::invitation_link::{
    InvitationDocument, decode_invitation, encode_invitation, invitation_link,
};
use kapacitetsradar::core::route::Route;
use kapacitetsradar::i18n::Lang;
use kapacitetsradar::state::{Action, AppState};
use yew::Reducible;

fn invitee(id: &str, name: &str) -> Invitee {
    Invitee {
        id: id.into(),
        name: name.into(),
        role: Role::Leader,
    }
}

fn invited() -> Assessment {
    let mut a = assessment(vec![respondent("r-anna", Role::Leader, &[Some(4); 8])]);
    a.initiative = "Læseløft 2027".into();
    a.invitation = Invitation {
        inviter: "Jens, læringskonsulent".into(),
        answer_by: "2026-12-10".into(),
        invited: vec![
            invitee("r-anna", "Anna"),
            invitee("r-bo", "Bo"),
            invitee("r-carl", "Carl"),
        ],
    };
    a
}

#[test]
fn an_invitation_round_trips_through_its_link_and_holds_no_answers() {
    let a = invited();
    let document = InvitationDocument::of(&a);
    let link = invitation_link("https://skole.dk/radar/", &document);
    assert!(link.starts_with("https://skole.dk/radar/#/inv/1."));
    assert_eq!(decode_invitation(&link).unwrap(), document);
    assert_eq!(
        decode_invitation(&encode_invitation(&document)).unwrap(),
        document
    );
    let json = serde_json::to_string(&document).unwrap();
    assert!(
        !json.contains("answers") && !json.contains("respondents"),
        "{json}"
    );
    assert_eq!(document.assessment.id, a.id);
    assert_eq!(document.invitation.invited.len(), 3);
    assert_eq!(document.model_version, a.model_version);
}

#[test]
fn a_damaged_or_truncated_invitation_is_refused_plainly() {
    let payload = encode_invitation(&InvitationDocument::of(&invited()));
    assert_eq!(
        decode_invitation(&payload[..payload.len() / 2]),
        Err(ImportError::BrokenLink)
    );
    assert_eq!(decode_invitation("1.!!!"), Err(ImportError::BrokenLink));
    assert_eq!(decode_invitation(""), Err(ImportError::BrokenLink));
    assert!(matches!(
        decode_invitation("9.abc"),
        Err(ImportError::TooNew { found: 9, .. })
    ));
}

#[test]
fn an_invitation_with_a_bad_field_is_refused_naming_it() {
    let mut a = invited();
    a.invitation.answer_by = "i morgen".into();
    let payload = encode_invitation(&InvitationDocument::of(&a));
    assert!(matches!(
        decode_invitation(&payload),
        Err(ImportError::Invalid { path, problem: Problem::BadDate(_) }) if path == "invitation.answer_by"
    ));
    let mut a = invited();
    a.invitation.invited.push(invitee("r-bo", "Bo igen"));
    let payload = encode_invitation(&InvitationDocument::of(&a));
    assert!(matches!(
        decode_invitation(&payload),
        Err(ImportError::Invalid { path, problem: Problem::DuplicateId(_) }) if path == "invitation.invited[3].id"
    ));
}

#[test]
fn the_assessment_file_keeps_the_invitation() {
    let a = invited();
    let back = parse_assessment(&assessment_to_json(&a)).unwrap();
    assert_eq!(back.invitation, a.invitation);
    assert!(assessment_to_json(&a).contains("\"version\": 4"));
}

#[test]
fn who_has_answered_by_id_by_name_and_uninvited() {
    let mut a = invited();
    // Bo typed his name instead of picking it; Dina was never invited;
    // Carl opened the invitation but answered nothing.
    a.respondents
        .push(respondent("r-x", Role::Leader, &[Some(3); 2]));
    a.respondents[1].name = " bo ".into();
    a.respondents
        .push(respondent("r-dina", Role::Leader, &[Some(2)]));
    a.respondents[2].name = "Dina".into();
    a.respondents
        .push(Respondent::new("r-carl", "Carl", Role::Leader, 5));
    let status = round_status(&a);
    let states: Vec<&Status> = status.invited.iter().map(|(_, s)| s).collect();
    assert!(matches!(states[0], Status::Received { answered, .. } if *answered > 0));
    assert!(matches!(states[1], Status::Received { .. }));
    assert_eq!(*states[2], Status::NotHeardFrom);
    assert_eq!(status.received(), 2);
    assert_eq!(
        status
            .missing()
            .iter()
            .map(|i| i.name.as_str())
            .collect::<Vec<_>>(),
        ["Carl"]
    );
    assert_eq!(status.uninvited.len(), 1);
    assert_eq!(status.uninvited[0].0, "Dina");
}

fn accept(state: Rc<AppState>, document: &InvitationDocument, who: Respondent) -> Rc<AppState> {
    state.reduce(Action::AcceptInvitation {
        document: Box::new(document.clone()),
        respondent: who,
        now: 100,
    })
}

#[test]
fn accepting_an_invitation_starts_its_assessment_once_and_goes_to_the_first_statement() {
    let document = InvitationDocument::of(&invited());
    let state = Rc::new(AppState::new(Lang::Da, Route::Home, vec![], true, vec![]));
    let bo = Respondent::new("r-bo", "Bo", Role::Leader, 100);
    let state = accept(state, &document, bo.clone());
    let a = state.assessment("a1").expect("the invited assessment");
    assert_eq!(
        (a.school.as_str(), a.initiative.as_str()),
        ("Nordskolen", "Læseløft 2027")
    );
    assert_eq!(a.respondents.len(), 1);
    assert_eq!(a.invitation.answer_by, "2026-12-10");
    assert_eq!(
        state.route,
        Route::Question {
            assessment: "a1".into(),
            respondent: "r-bo".into(),
            theme: 0
        }
    );
    // Bo answers, then opens the invitation again: nothing is copied or lost.
    let state = state.reduce(Action::SetAnswer {
        assessment: "a1".into(),
        respondent: "r-bo".into(),
        statement: "T1.1".into(),
        answer: Some(Answer::Score(score(4))),
        now: 101,
    });
    let state = accept(state, &document, bo);
    assert_eq!(state.assessments_by_recency().len(), 1);
    let a = state.assessment("a1").unwrap();
    assert_eq!(a.respondents.len(), 1);
    assert!(a.respondents[0].answers.contains_key("T1.1"));
}

#[test]
fn an_invitation_for_an_assessment_on_the_device_opens_it_and_adds_no_copy() {
    let consultant = invited();
    let document = InvitationDocument::of(&consultant);
    let state = Rc::new(AppState::new(
        Lang::Da,
        Route::Home,
        vec![consultant],
        true,
        vec![],
    ));
    let state = accept(
        state,
        &document,
        Respondent::new("r-bo", "Bo", Role::Leader, 100),
    );
    assert_eq!(state.assessments_by_recency().len(), 1);
    let a = state.assessment("a1").unwrap();
    assert_eq!(a.respondents.len(), 2, "Anna kept, Bo added");
}
