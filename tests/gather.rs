//! Layer 1: gathering answers without a server — share links, QR codes, CSV
//! in and out, and merging many respondents into one assessment.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::assessment::{MergeOutcome, Role};
use kapacitetsradar::core::domain::scale::Answer;
use kapacitetsradar::core::error::ImportError;
use kapacitetsradar::core::formats::csv::{
    Column, NotAnAnswer, fold, guess_columns, parse_sheet, read_cell, respondents_from_sheet,
    responses_to_csv,
};
use kapacitetsradar::core::formats::files::{
    ResponseDocument, assessment_to_json, response_to_json,
};
use kapacitetsradar::core::formats::link::{
    LINK_ROUTE, decode_link, decode_payload, encode_payload, share_link,
};
use kapacitetsradar::core::formats::qr::qr_for;
use kapacitetsradar::core::gathering::{
    Incoming, default_target, merge_all, new_target, read_file_text, stage,
};
use kapacitetsradar::core::lang::Lang;
use kapacitetsradar::i18n::error_message;

fn full_respondent() -> kapacitetsradar::core::domain::assessment::Respondent {
    let mut r = respondent(
        "r-anna",
        Role::Leader,
        &[
            Some(4),
            Some(3),
            Some(2),
            Some(5),
            Some(0),
            Some(1),
            Some(4),
            Some(3),
        ],
    );
    r.name = "Anna <script>alert(1)</script>".into();
    r.set_comment("T1.1", "Vi mangler \"tid\"; og ressourcer.", 11);
    r
}

fn document() -> ResponseDocument {
    ResponseDocument::new(&assessment(vec![]), &full_respondent(), 1_795_500_000_000)
}

#[test]
fn a_share_link_round_trips_and_stays_short() {
    let doc = document();
    let link = share_link("http://127.0.0.1:8080/", &doc);
    assert!(link.starts_with("http://127.0.0.1:8080/#/i/1."), "{link}");
    assert_eq!(decode_link(&link).unwrap(), doc);
    // As pasted into a chat: spaces around, a full stop after.
    assert_eq!(decode_link(&format!("  {link}.\n")).unwrap(), doc);
    // Just the part after #/i/.
    assert_eq!(decode_payload(&encode_payload(&doc)).unwrap(), doc);
    // 41 answers and a comment fit a QR code comfortably.
    let json = response_to_json(&doc);
    assert!(link.len() < json.len(), "{} vs {}", link.len(), json.len());
    assert!(link.len() < 1_000, "{}", link.len());
    println!(
        "link {} characters for {} bytes of JSON",
        link.len(),
        json.len()
    );
}

#[test]
fn damaged_links_are_refused_with_a_plain_message() {
    let link = share_link("http://x/", &document());
    let payload = link.split(LINK_ROUTE).nth(1).unwrap();
    // Truncated, as when a chat app cuts a long line.
    for cut in [payload.len() / 2, payload.len() - 3, 3, 2] {
        assert_eq!(
            decode_payload(&payload[..cut]),
            Err(ImportError::BrokenLink),
            "cut at {cut}"
        );
    }
    // Garbled: a character changed (never a panic; some changes still
    // inflate, and then the JSON reader refuses them).
    let mut garbled = payload.to_owned().into_bytes();
    garbled[40] = if garbled[40] == b'A' { b'B' } else { b'A' };
    assert!(decode_payload(&String::from_utf8(garbled).unwrap()).is_err());
    assert_eq!(
        decode_link("https://example.org/nothing"),
        Err(ImportError::BrokenLink)
    );
    assert_eq!(decode_payload("1.%%%"), Err(ImportError::BrokenLink));
    assert_eq!(
        decode_payload("2.AAAA"),
        Err(ImportError::TooNew {
            found: 2,
            supported: 1
        })
    );
    assert!(matches!(
        decode_payload(&"1.".repeat(40_000)),
        Err(ImportError::TooLarge { .. })
    ));
    assert_eq!(
        error_message(Lang::Da, &ImportError::BrokenLink),
        "Linket er ufuldstændigt eller beskadiget. Kopiér hele linket igen, eller brug filen."
    );
}

/// A file the browser could not read says so, rather than blaming its JSON.
#[test]
fn an_unreadable_file_is_named_as_such_in_every_language() {
    let messages: Vec<String> = [Lang::Da, Lang::Nb, Lang::En]
        .into_iter()
        .map(|lang| error_message(lang, &ImportError::Unreadable))
        .collect();
    assert!(messages[0].starts_with("Filen kunne ikke læses."));
    assert!(messages[1].starts_with("Filen kunne ikke leses."));
    assert!(messages[2].starts_with("The file could not be read."));
    for message in &messages {
        assert!(!message.contains("JSON"), "{message}");
    }
}

#[test]
fn a_link_holding_something_else_or_a_bomb_is_refused() {
    use base64::Engine;
    let pack = |bytes: &[u8]| {
        format!(
            "1.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(miniz_oxide::deflate::compress_to_vec(bytes, 9))
        )
    };
    // A whole assessment is not one respondent's answers.
    let other = assessment_to_json(&assessment(vec![full_respondent()]));
    assert!(matches!(
        decode_payload(&pack(other.as_bytes())),
        Err(ImportError::WrongFormat { .. })
    ));
    // Ten megabytes of spaces compress to almost nothing; inflating stops
    // at the response file's limit.
    assert_eq!(
        decode_payload(&pack(&vec![b' '; 10_000_000])),
        Err(ImportError::BrokenLink)
    );
}

#[test]
fn qr_codes_for_links_that_fit() {
    let link = share_link("http://127.0.0.1:8080/", &document());
    let qr = qr_for(&link).unwrap();
    assert!(qr.size >= 21 && qr.size <= 177, "{}", qr.size);
    assert!(
        qr.path.starts_with("M4 4h7"),
        "finder pattern first: {}",
        &qr.path[..20]
    );
    assert_eq!(qr_for(&"x".repeat(5_000)), None);
}

#[test]
fn csv_from_a_survey_tool_maps_columns_by_statement_text() {
    let model = model();
    let s = |id: &str| {
        model
            .themes
            .iter()
            .flat_map(|t| t.statements.iter())
            .find(|s| s.id == id)
            .unwrap()
            .text
            .get(Lang::Da)
            .to_string()
    };
    // Microsoft Forms style: Excel in Danish, semicolons, a BOM, metadata
    // columns, numbered questions, a quoted field with a semicolon.
    let text = format!(
        "\u{feff}Id;Starttidspunkt;Navn;Rolle;1. {};\"{} [Række]\";Noget helt andet\r\n\
         1;2026-11-20;Anna;Leder;I høj grad;4;x\r\n\
         2;2026-11-21;\"Bo; B\";medarbejderrepræsentant;ved ikke;5 - I meget høj grad;y\r\n\
         \r\n",
        s("T1.1"),
        s("T2.3").to_uppercase(),
    );
    let sheet = parse_sheet(&text).unwrap();
    assert_eq!(sheet.rows.len(), 2);
    assert_eq!(sheet.rows[1][2], "Bo; B");
    let guessed = guess_columns(&sheet.headers, model, &words());
    assert_eq!(
        guessed,
        vec![
            None,
            None,
            Some(Column::Name),
            Some(Column::Role),
            Some(Column::Statement("T1.1".into())),
            Some(Column::Statement("T2.3".into())),
            None,
        ]
    );
    // The user says the unknown columns are to be ignored.
    let columns: Vec<Column> = guessed
        .into_iter()
        .map(|c| c.unwrap_or(Column::Ignore))
        .collect();
    let people = respondents_from_sheet(&sheet, &columns, &words(), 5).unwrap();
    assert_eq!(people[0].name, "Anna");
    assert_eq!(people[1].role, Role::StaffRepresentative);
    assert_eq!(people[0].answer("T1.1"), Some(Answer::Score(score(4))));
    assert_eq!(people[1].answer("T1.1"), Some(Answer::DontKnow));
    assert_eq!(people[1].answer("T2.3"), Some(Answer::Score(score(5))));
    assert_ne!(people[0].id, people[1].id);
}

#[test]
fn csv_with_an_unknown_label_is_refused_naming_row_and_column() {
    let text = "Navn,T1.1 Vi har klare mål\nAnna,3\nBo,Måske\n";
    let sheet = parse_sheet(text).unwrap();
    let columns = vec![Column::Name, Column::Statement("T1.1".into())];
    let error = respondents_from_sheet(&sheet, &columns, &words(), 1).unwrap_err();
    assert_eq!(
        error,
        ImportError::UnknownLabel {
            row: 3,
            column: "T1.1 Vi har klare mål".into(),
            value: "Måske".into()
        }
    );
    assert!(
        error_message(Lang::Da, &error)
            .starts_with("Række 3, kolonnen «T1.1 Vi har klare mål»: «Måske»")
    );
    assert_eq!(parse_sheet("Navn;T1.1\n"), Err(ImportError::NoRows));
    assert_eq!(parse_sheet(""), Err(ImportError::NoRows));
}

#[test]
fn cells_in_every_form_a_survey_tool_writes() {
    for (cell, expected) in [
        ("", None),
        ("  ", None),
        ("1", Some(Answer::Score(score(1)))),
        ("5 - I meget høj grad", Some(Answer::Score(score(5)))),
        ("SLET IKKE", Some(Answer::Score(score(1)))),
        ("i mindre grad", Some(Answer::Score(score(2)))),
        ("I stor grad", Some(Answer::Score(score(4)))),
        ("To a very large extent", Some(Answer::Score(score(5)))),
        ("Ved ikke", Some(Answer::DontKnow)),
        ("Vet ikke", Some(Answer::DontKnow)),
        ("don't know", Some(Answer::DontKnow)),
    ] {
        assert_eq!(read_cell(cell, &words()), Ok(expected), "{cell:?}");
    }
    for bad in [
        "6",
        "0",
        "12",
        "3,5",
        "4 - I meget høj grad",
        "måske",
        "=1+1",
    ] {
        assert_eq!(read_cell(bad, &words()), Err(NotAnAnswer), "{bad:?}");
    }
    assert_eq!(fold("  Æble--ØL  åH!"), "æble øl åh");
}

#[test]
fn csv_export_reads_back_and_defuses_formulas() {
    let mut a = full_respondent();
    a.name = "=HYPERLINK(\"http://x\")".into();
    let b = respondent("b", Role::Consultant, &[Some(1); 8]);
    let team = assessment(vec![a.clone(), b]);
    let text = responses_to_csv(
        &team,
        model(),
        Lang::Da,
        &kapacitetsradar::i18n::words::csv_headers(Lang::Da),
    );
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{text}");
    let sheet = parse_sheet(&text).unwrap();
    let columns: Vec<Column> = guess_columns(&sheet.headers, model(), &words())
        .into_iter()
        .map(|c| c.unwrap())
        .collect();
    let back = respondents_from_sheet(&sheet, &columns, &words(), 1).unwrap();
    assert_eq!(back.len(), 2);
    assert_eq!(back[0].role, Role::Leader);
    assert_eq!(back[1].role, Role::Consultant);
    for s in model().themes.iter().flat_map(|t| t.statements.iter()) {
        assert_eq!(back[0].answer(&s.id), a.answer(&s.id), "{}", s.id);
    }
}

#[test]
fn staging_and_merging_keep_the_newest_copy_and_say_so() {
    let team = assessment(vec![]);
    let mut old = full_respondent();
    old.updated_at = 100;
    let mut new = full_respondent();
    new.updated_at = 200;
    new.set_answer("T1.1", Some(Answer::Score(score(1))), 200);
    let doc = |r| ResponseDocument::new(&team, r, 1);

    let mut staged = Vec::new();
    assert_eq!(
        stage(&mut staged, Incoming::from_document("a.json", doc(&old))),
        MergeOutcome::Added
    );
    assert_eq!(
        stage(&mut staged, Incoming::from_document("link", doc(&new))),
        MergeOutcome::Replaced
    );
    assert_eq!(
        stage(&mut staged, Incoming::from_document("b.json", doc(&old))),
        MergeOutcome::KeptExisting
    );
    assert_eq!(staged.len(), 1);
    assert_eq!(staged[0].source, "link");

    // The stored assessment with the same id is the default target; one
    // with the same school, team and date (another device's copy) next.
    let mut same_id = assessment(vec![old.clone()]);
    same_id.id = team.id.clone();
    let mut same_team = assessment(vec![]);
    same_team.id = "other-device".into();
    same_team.school = "NORDSKOLEN ".into();
    assert_eq!(
        default_target(&staged, [&same_team, &same_id]),
        Some(team.id.clone())
    );
    assert_eq!(
        default_target(&staged, [&same_team]),
        Some("other-device".into())
    );
    let made = new_target(&staged, 7).unwrap();
    assert_eq!(
        (made.id.as_str(), made.school.as_str()),
        (team.id.as_str(), "Nordskolen")
    );
    // Of the model (and version) the answers were given to.
    assert_eq!(
        (made.model_id.as_str(), made.model_version),
        (team.model_id.as_str(), team.model_version)
    );

    let report = merge_all(&mut same_id, staged.into_iter().map(|i| i.respondent), 300);
    assert_eq!(report, vec![(old.name.clone(), MergeOutcome::Replaced)]);
    assert_eq!(
        same_id.respondents[0].answer("T1.1"),
        Some(Answer::Score(score(1)))
    );
    assert_eq!(same_id.updated_at, 300);
}

#[test]
fn a_merge_past_the_respondent_limit_is_refused_before_anything_changes() {
    use kapacitetsradar::core::formats::files::MAX_RESPONDENTS;
    use kapacitetsradar::core::gathering::check_fits as check_room;
    let mut team = assessment(vec![]);
    for i in 0..MAX_RESPONDENTS - 1 {
        team.respondents
            .push(respondent(&format!("r{i}"), Role::Leader, &[Some(3); 8]));
    }
    let doc = |id: &str| {
        Incoming::from_document(
            "f",
            ResponseDocument::new(&team, &respondent(id, Role::Leader, &[Some(3); 8]), 1),
        )
    };
    assert!(check_room(&team, &[doc("new")]).is_ok());
    // Someone already there doesn't count twice.
    assert!(check_room(&team, &[doc("new"), doc("r0")]).is_ok());
    assert!(matches!(
        check_room(&team, &[doc("new"), doc("another")]),
        Err(ImportError::Invalid { .. })
    ));
}

#[test]
fn answers_to_another_model_version_are_refused_before_anything_changes() {
    use kapacitetsradar::core::gathering::check_fits;
    let v1_team = assessment(vec![]);
    let v2_team = kapacitetsradar::core::domain::assessment::Assessment::new(
        "a2",
        model_v2(),
        "Nordskolen",
        "Ledelsen",
        "2026-11-24",
        kapacitetsradar::core::domain::assessment::Round::Baseline,
        1,
    );
    let from_v2 = Incoming::from_document(
        "f",
        ResponseDocument::new(&v2_team, &respondent("x", Role::Leader, &[]), 1),
    );
    assert_eq!(from_v2.model_version, 2);
    assert_eq!(
        check_fits(&v1_team, std::slice::from_ref(&from_v2)).unwrap_err(),
        ImportError::OtherModel {
            found: "kapacitet-2026".into(),
            found_version: 2,
            expected: "kapacitet-2026".into(),
            expected_version: 1
        }
    );
    assert!(check_fits(&v2_team, &[from_v2]).is_ok());
}

#[test]
fn answers_to_a_model_the_device_lacks_are_refused_naming_it_and_nothing_is_staged() {
    let mut foreign = assessment(vec![]);
    foreign.model_id = "kommunens-model".into();
    foreign.model_version = 4;
    let document = ResponseDocument::new(&foreign, &respondent("x", Role::Leader, &[]), 1);
    let text = response_to_json(&document);
    let mut list = Staging::default();
    list.apply(
        Step::Read {
            source: "svar.json".into(),
            content: read_file_text("svar.json", &text),
            now: 1,
        },
        model_v2(),
        &Catalog::default(),
        &words(),
    );
    assert!(list.staged.is_empty());
    assert_eq!(
        list.problems,
        [(
            "svar.json".to_owned(),
            ImportError::UnknownModel {
                id: "kommunens-model".into(),
                version: 4
            }
        )]
    );
    assert!(error_message(Lang::Da, &list.problems[0].1).contains("«kommunens-model» version 4"));
}

use kapacitetsradar::core::domain::catalog::Catalog;
use kapacitetsradar::core::gathering::staging::{CsvRead, Staging, Step};

fn read_csv(name: &str, text: &str) -> Staging {
    let mut list = Staging::default();
    list.apply(
        Step::Read {
            source: name.into(),
            content: read_file_text(name, text),
            now: 5,
        },
        model(),
        &Catalog::default(),
        &words(),
    );
    list
}

#[test]
fn a_csv_whose_columns_are_all_recognised_goes_straight_to_the_list() {
    let list = read_csv(
        "svar.csv",
        "Navn;Rolle;T1.1;T1.2;T2.1\nAnna;Leder;4;5;3\nBo;Leder;2;3;4\n",
    );
    assert_eq!(list.csv, None, "no mapping step");
    assert_eq!(list.staged.len(), 2);
    assert_eq!(
        list.csv_read,
        vec![CsvRead {
            file: "svar.csv".into(),
            rows: 2,
            statements: 3
        }]
    );
}

#[test]
fn a_csv_with_an_unknown_column_waits_for_the_user() {
    let mut list = read_csv("svar.csv", "Navn;Tidsstempel;T1.1\nAnna;2026-11-01;4\n");
    let pending = list.csv.clone().expect("a mapping step");
    assert_eq!(pending.guessed[1], None);
    assert!(list.staged.is_empty());
    list.apply(
        Step::UseCsv { now: 6 },
        model(),
        &Catalog::default(),
        &words(),
    );
    assert_eq!(list.staged.len(), 1);
    assert_eq!(list.csv_read[0].statements, 1);
}

#[test]
fn a_csv_with_no_statement_is_named_among_the_problems() {
    let mut list = read_csv("noget.csv", "Tidsstempel;Mail\n2026-11-01;a@b.dk\n");
    assert!(list.csv.is_some());
    list.apply(
        Step::UseCsv { now: 6 },
        model(),
        &Catalog::default(),
        &words(),
    );
    assert_eq!(
        list.problems,
        vec![("noget.csv".to_owned(), ImportError::NoStatementColumns)]
    );
    assert!(list.staged.is_empty() && list.csv.is_none());
}
