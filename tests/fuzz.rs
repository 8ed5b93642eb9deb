//! Layer 1: a fuzz harness (proptest-driven) for everything that reads input
//! from outside: share links, response and assessment files, CSV. Each input
//! must give a value or an error, never a panic. `FUZZ_CASES` sets the
//! executions per target (default 3,000 in `scripts/test`); each target
//! prints how many ran.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::Cell;

use base64::Engine;
use common::*;
use kapacitetsradar::core::domain::assessment::Role;
use kapacitetsradar::core::formats::csv::{
    Column, guess_columns, parse_sheet, respondents_from_sheet,
};
use kapacitetsradar::core::formats::files::{
    ResponseDocument, parse_assessment, parse_response, response_to_json,
};
use kapacitetsradar::core::formats::link::{decode_link, decode_payload, encode_payload};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn fuzz<S: Strategy>(name: &str, strategy: S, target: impl Fn(S::Value)) {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let runs = Cell::new(0u64);
    let result = runner.run(&strategy, |value| {
        runs.set(runs.get() + 1);
        target(value);
        Ok(())
    });
    println!("fuzz {name}: {} executions", runs.get());
    if let Err(failure) = result {
        panic!("fuzz {name}: {failure}");
    }
}

fn payload() -> String {
    let r = respondent(
        "p",
        Role::Leader,
        &[
            Some(4),
            Some(3),
            Some(0),
            Some(5),
            None,
            Some(1),
            Some(2),
            Some(4),
        ],
    );
    encode_payload(&ResponseDocument::new(&assessment(vec![]), &r, 1))
}

/// A valid input with bytes changed, cut off or inserted.
fn damaged(valid: String) -> impl Strategy<Value = String> {
    let len = valid.len();
    (
        proptest::collection::vec((0..len, any::<u8>()), 1..4),
        0..=len,
        proptest::option::of(".{0,6}"),
    )
        .prop_map(move |(changes, cut, insert)| {
            let mut bytes = valid.clone().into_bytes();
            for (at, byte) in changes {
                bytes[at] = byte;
            }
            bytes.truncate(cut.max(1));
            let mut text = String::from_utf8_lossy(&bytes).into_owned();
            if let Some(extra) = insert {
                let at = (0..=text.len().min(cut))
                    .rev()
                    .find(|i| text.is_char_boundary(*i))
                    .unwrap_or(0);
                text.insert_str(at, &extra);
            }
            text
        })
}

#[test]
fn fuzz_link_decoder_on_any_text() {
    fuzz("link, any text", ".{0,300}", |text| {
        let _ = decode_link(&text);
        let _ = decode_payload(&format!("1.{text}"));
    });
}

#[test]
fn fuzz_invitation_decoder() {
    use kapacitetsradar::core::formats::invitation_link::{
        InvitationDocument, decode_invitation, encode_invitation,
    };
    let mut team = assessment(vec![]);
    team.invitation.invited = (0..5)
        .map(|i| kapacitetsradar::core::domain::invitation::Invitee {
            id: format!("r-{i}"),
            name: format!("Leder {i}"),
            role: Role::Leader,
        })
        .collect();
    let valid = encode_invitation(&InvitationDocument::of(&team));
    fuzz("invitation, any text", ".{0,300}", |text| {
        let _ = decode_invitation(&text);
        let _ = decode_invitation(&format!("1.{text}"));
    });
    fuzz("invitation, damaged", damaged(valid), |text| {
        let _ = decode_invitation(&text);
    });
}

#[test]
fn fuzz_link_decoder_on_damaged_links() {
    fuzz("link, damaged", damaged(payload()), |text| {
        let _ = decode_payload(&text);
    });
}

#[test]
fn fuzz_link_decoder_on_random_deflate_streams() {
    fuzz(
        "link, random compressed bytes",
        proptest::collection::vec(any::<u8>(), 0..600),
        |bytes| {
            let _ = decode_payload(&format!(
                "1.{}",
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
            ));
        },
    );
}

#[test]
fn fuzz_response_files() {
    let r = respondent("p", Role::Consultant, &[Some(2); 8]);
    let valid = response_to_json(&ResponseDocument::new(&assessment(vec![]), &r, 1));
    fuzz("response file, damaged", damaged(valid), |text| {
        let _ = parse_response(&text);
    });
    fuzz(
        "response and assessment file, any text",
        ".{0,300}",
        |text| {
            let _ = parse_response(&text);
            let _ = parse_assessment(&text);
        },
    );
}

#[test]
fn fuzz_csv() {
    let valid = "\u{feff}Navn;Rolle;T1.1 x;\"T1.2 y\"\r\nAnna;leder;4;Ved ikke\r\n\"Bo \"\"B\"\"\";;I høj grad;\r\n".to_owned();
    let read = |text: String| {
        if let Ok(sheet) = parse_sheet(&text) {
            let columns: Vec<Column> = guess_columns(&sheet.headers, model(), &words())
                .into_iter()
                .map(|c| c.unwrap_or(Column::Ignore))
                .collect();
            let _ = respondents_from_sheet(&sheet, &columns, &words(), 1);
        }
    };
    fuzz("CSV, damaged", damaged(valid), read);
    fuzz("CSV, any text", "[;,\"\\n\\r a-zæøå0-9]{0,200}", read);
}
