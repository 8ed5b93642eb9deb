//! Layer 1: backups of the whole device, restoring them without losing or
//! overwriting anything, locked files recognised, the backup reminder and
//! "delete everything" in the reducer.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::*;
use kapacitetsradar::core::domain::assessment::{Assessment, Role};
use kapacitetsradar::core::domain::catalog::Catalog;
use kapacitetsradar::core::domain::model::Model;
use kapacitetsradar::core::domain::scale::Answer;
use kapacitetsradar::core::error::ImportError;
use kapacitetsradar::core::formats::backup::{backup_to_json, parse_backup};
use kapacitetsradar::core::formats::locked::{Sealed, locked_file_json, locked_link_payload};
use kapacitetsradar::core::gathering::restore::{Change, preview, restore_one};
use kapacitetsradar::core::gathering::staging::{Staging, Step};
use kapacitetsradar::core::gathering::{FileContent, read_file_text, read_link_text};
use kapacitetsradar::core::route::Route;
use kapacitetsradar::i18n::Lang;
use kapacitetsradar::state::{Action, AppState};
use yew::Reducible;

fn team() -> Assessment {
    assessment(vec![
        respondent("a", Role::Leader, &[Some(3); 8]),
        respondent("b", Role::Leader, &[Some(4); 8]),
    ])
}

fn own_model() -> Model {
    let mut model = model_v2().clone();
    model.id = "egen-model".into();
    model
}

#[test]
fn a_backup_reads_back_whole() {
    let (a, mut b) = (team(), team());
    b.id = "a2".into();
    let model = own_model();
    let text = backup_to_json(42, [&a, &b], [&model]);
    let backup = parse_backup(&text).expect("reads");
    assert_eq!(backup.created, 42);
    assert_eq!(backup.assessments, vec![a, b]);
    assert_eq!(backup.models, vec![model]);
}

#[test]
fn a_damaged_entry_refuses_the_whole_backup_and_names_the_field() {
    let text = backup_to_json(42, [&team()], []).replace("\"Navn a\"", "17");
    match parse_backup(&text) {
        Err(ImportError::Invalid { path, .. }) => {
            assert_eq!(path, "assessments[0].assessment.respondents[0].name")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let twice = backup_to_json(42, [&team(), &team()], []);
    assert!(matches!(
        parse_backup(&twice),
        Err(ImportError::Invalid { path, .. }) if path == "assessments[1].assessment.id"
    ));
    assert!(matches!(
        parse_backup(
            &backup_to_json(1, [&team()], [])
                .replace("\"version\":1,\"created\"", "\"version\":2,\"created\"")
        ),
        Err(ImportError::TooNew { found: 2, .. })
    ));
}

#[test]
fn restoring_brings_back_what_the_device_lost_and_keeps_what_it_changed() {
    let backup = team();
    let mut device = team();
    // Since the backup: "b" was removed here, "a" changed an answer, and a
    // new respondent "c" joined.
    device.remove_respondent("b");
    let first = model().themes[0].statements[0].id.clone();
    device
        .respondent_mut("a")
        .unwrap()
        .set_answer(&first, Some(Answer::Score(score(1))), 20);
    device.merge_respondent(respondent("c", Role::Leader, &[Some(2); 8]));

    let restored = restore_one(Some(&device), &backup);
    let ids: Vec<&str> = restored
        .assessment
        .respondents
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "c", "b"]);
    assert_eq!(
        restored.assessment.respondent("a").unwrap().answers[&first].answer,
        Some(Answer::Score(score(1))),
        "the device's answer stays"
    );
    assert_eq!(
        restored.conflicts.len(),
        1,
        "and the difference is reported"
    );
    let statements = model().statement_count();
    assert_eq!(
        restored.change,
        Change::Adds {
            respondents: 1,
            answers: statements,
            other: 0
        }
    );
}

#[test]
fn restoring_what_the_device_already_has_changes_nothing() {
    let device = team();
    let mut older = team();
    older.updated_at = 0;
    let restored = restore_one(Some(&device), &older);
    assert_eq!(restored.change, Change::Unchanged);
    assert_eq!(restored.assessment, device, "not even its time stamp");
    assert_eq!(restore_one(None, &older).change, Change::New);
}

#[test]
fn the_preview_lists_every_assessment_and_the_models_the_device_lacks() {
    let mut new = team();
    new.id = "a9".into();
    let backup = parse_backup(&backup_to_json(7, [&team(), &new], [&own_model()])).unwrap();
    let device = team();
    let shown = preview(
        &backup,
        |id| (id == "a1").then_some(&device),
        &Catalog::default(),
    );
    assert_eq!(shown.items.len(), 2);
    assert_eq!(shown.items[0].change, Change::Unchanged);
    assert_eq!(shown.items[0].respondents, 2);
    assert_eq!(shown.items[1].change, Change::New);
    assert_eq!(shown.new_models.len(), 1);
    assert!(shown.changes_anything());
}

fn sealed() -> Sealed {
    Sealed {
        iterations: 600_000,
        salt: vec![1; 16],
        iv: vec![2; 12],
        ciphertext: vec![3; 40],
    }
}

#[test]
fn locked_files_and_links_wait_for_their_passphrase() {
    assert_eq!(
        read_file_text("svar.json", &locked_file_json(&sealed())),
        Ok(FileContent::Locked(sealed()))
    );
    let link = format!(
        "http://127.0.0.1:8080/#/i/{}",
        locked_link_payload(&sealed())
    );
    assert_eq!(
        read_link_text("link", &link),
        Ok(FileContent::Locked(sealed()))
    );
    assert_eq!(
        read_file_text("kopi.json", &backup_to_json(1, [&team()], [])),
        Err(ImportError::IsBackup)
    );
}

#[test]
fn a_locked_item_stays_until_unlocked_and_then_is_read() {
    let mut staging = Staging::default();
    let catalog = Catalog::default();
    let step = |staging: &mut Staging, step| staging.apply(step, model(), &catalog, &words());
    step(
        &mut staging,
        Step::Read {
            source: "svar.json".into(),
            content: Ok(FileContent::Locked(sealed())),
            now: 1,
        },
    );
    assert_eq!(staging.locked.len(), 1);
    step(
        &mut staging,
        Step::UnlockFailed {
            index: 0,
            error: ImportError::WrongPassphrase,
        },
    );
    assert_eq!(staging.locked[0].error, Some(ImportError::WrongPassphrase));
    assert!(
        staging.staged.is_empty(),
        "nothing staged from a wrong passphrase"
    );

    let a = team();
    let inner = kapacitetsradar::core::formats::files::response_to_json(
        &kapacitetsradar::core::formats::files::ResponseDocument::new(&a, &a.respondents[0], 5),
    );
    step(
        &mut staging,
        Step::Unlocked {
            index: 0,
            content: read_file_text("svar.json", &inner),
        },
    );
    assert!(staging.locked.is_empty());
    assert_eq!(staging.staged.len(), 1);
    assert_eq!(staging.staged[0].source, "svar.json");
}

fn state(assessments: Vec<Assessment>) -> Rc<AppState> {
    Rc::new(AppState::new(
        Lang::Da,
        Route::Data,
        assessments,
        true,
        vec![],
    ))
}

#[test]
fn restore_backup_merges_reports_and_saves() {
    let backup = team();
    let mut device = team();
    device.remove_respondent("b");
    let mut fresh = team();
    fresh.id = "a2".into();
    let next = state(vec![device]).reduce(Action::RestoreBackup {
        assessments: vec![backup, fresh],
        now: 99,
    });
    assert_eq!(next.assessment("a1").unwrap().respondents.len(), 2);
    assert!(next.assessment("a2").is_some());
    assert!(next.unsaved.contains("a1") && next.unsaved.contains("a2"));
    let outcomes = next.last_restore.as_ref().unwrap();
    assert_eq!(outcomes[1].change, Change::New);
    assert!(matches!(
        outcomes[0].change,
        Change::Adds { respondents: 1, .. }
    ));
    assert!(next.notices.is_empty(), "no answers differed");
}

#[test]
fn restoring_an_unchanged_backup_saves_nothing() {
    let next = state(vec![team()]).reduce(Action::RestoreBackup {
        assessments: vec![team()],
        now: 99,
    });
    assert!(next.unsaved.is_empty());
    assert_eq!(
        next.last_restore.as_ref().unwrap()[0].change,
        Change::Unchanged
    );
}

#[test]
fn saves_backups_and_the_reminder_are_remembered() {
    let start = state(vec![team()]);
    let a = start.assessment("a1").unwrap().clone();
    let saved = start.reduce(Action::MarkSaved { copy: a, at: 1_000 });
    assert!(saved.changed_this_session);
    assert_eq!(saved.backup.changed_since, Some(1_000));
    let backed_up = saved.reduce(Action::RecordBackup { at: 2_000 });
    assert_eq!(backed_up.backup.last_backup, Some(2_000));
    assert_eq!(backed_up.backup.changed_since, None);
    let dismissed = backed_up.reduce(Action::DismissBackupNudge { at: 3_000 });
    assert_eq!(dismissed.backup.dismissed_at, Some(3_000));
}

#[test]
fn forgetting_everything_leaves_nothing_but_the_language_and_page() {
    let mut catalog_state = (*state(vec![team()])).clone();
    catalog_state.catalog.add(own_model());
    let next = Rc::new(catalog_state).reduce(Action::ForgetEverything);
    assert!(next.assessments.is_empty() && next.stored.is_empty());
    assert!(next.catalog.own.is_empty());
    assert_eq!(next.route, Route::Data);
    assert_eq!(next.lang, Lang::Da);
    assert!(next.anonymous);
}

#[test]
fn a_new_version_is_offered_not_forced() {
    let next = state(vec![]).reduce(Action::OfferUpdate);
    assert!(next.update_ready);
    assert_eq!(next.route, Route::Data);
}
