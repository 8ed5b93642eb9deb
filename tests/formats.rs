//! Layer 1: the versioned file formats, their migration, and refusals.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::assessment::{AgreedScore, Role, Round};
use kapacitetsradar::core::domain::plan::{PlanAction, Status};
use kapacitetsradar::core::domain::scale::{Answer, HalfScore};
use kapacitetsradar::core::error::{ImportError, Kind, Problem};
use kapacitetsradar::core::formats::files::*;
use kapacitetsradar::core::lang::Lang;
use kapacitetsradar::i18n::error_message;

fn sample() -> kapacitetsradar::core::domain::assessment::Assessment {
    let mut a = respondent("r-1", Role::Leader, &[Some(4), Some(0), Some(2)]);
    a.set_comment("T1.1", "Vi har <script>alert(1)</script> mål", 30);
    let mut team = assessment(vec![a, respondent("r-2", Role::Consultant, &[Some(3)])]);
    team.round = Round::FollowUp;
    team.agreed.insert(
        "T1".into(),
        AgreedScore {
            score: Some(half(3)),
            rationale: "Enige efter drøftelse".into(),
        },
    );
    team.targets.insert("T1".into(), half(5));
    team.focus = vec!["T1".into(), "T3".into()];
    team
}

/// An assessment of today's model: version 2, with a focal initiative and
/// "doesn't apply" among the answers.
fn current_sample() -> kapacitetsradar::core::domain::assessment::Assessment {
    use kapacitetsradar::core::domain::assessment::{Assessment, Respondent};
    let mut anna = Respondent::new("r-1", "Anna", Role::Leader, 10);
    anna.set_answer("T9.1", Some(Answer::Score(score(4))), 10);
    anna.set_answer("T6.1", Some(Answer::NotApplicable), 10);
    anna.set_answer("T6.2", Some(Answer::DontKnow), 10);
    anna.set_comment("T6.1", "Vi har ingen styregruppe", 11);
    let mut team = Assessment::new(
        "a3",
        model_v2(),
        "Nordskolen",
        "Ledelsen",
        "2026-12-03",
        Round::Baseline,
        12,
    );
    team.initiative = "Læseløft 2027".into();
    team.respondents.push(anna);
    team.focus = vec!["T9".into()];
    team.agreed.insert(
        "T9".into(),
        AgreedScore {
            score: HalfScore::new(3.5),
            rationale: "Vi lander midt imellem".into(),
        },
    );
    team.targets.insert("T9".into(), half(4));
    team.plan.actions.insert(
        "h-1".into(),
        PlanAction {
            theme: "T9".into(),
            what: "Fælles regler for frikvarteret".into(),
            owner: "Afdelingslederen".into(),
            start: "2027-01-04".into(),
            deadline: "2027-02-01".into(),
            success: "Færre konflikter".into(),
            status: Status::UnderWay,
            suggested: "T9.a1".into(),
            added_at: 13,
        },
    );
    team.plan.anchoring.who = "Skolelederen".into();
    team.plan.follow_up = "2027-06-01".into();
    team.invitation = kapacitetsradar::core::domain::invitation::Invitation {
        inviter: "Jens, læringskonsulent".into(),
        answer_by: "2026-12-10".into(),
        invited: vec![kapacitetsradar::core::domain::invitation::Invitee {
            id: "r-1".into(),
            name: "Anna".into(),
            role: Role::Leader,
        }],
    };
    team
}

#[test]
fn a_current_assessment_round_trips_with_its_model_version_initiative_and_not_applicable() {
    let team = current_sample();
    let text = assessment_to_json(&team);
    assert!(text.contains(r#""model_version": 2"#));
    assert!(text.contains(r#""initiative": "Læseløft 2027""#));
    assert!(text.contains(r#""answer": "not_applicable""#));
    assert_eq!(parse_assessment(&text).unwrap(), team);
    let document = ResponseDocument::new(&team, &team.respondents[0], 5);
    let back = parse_response(&response_to_json(&document)).unwrap();
    assert_eq!(back.model_version, 2);
    assert_eq!(back.assessment.initiative, "Læseløft 2027");
    assert_eq!(back, document);
}

/// Today's release stored format 2 (no model version): every answer is
/// there after the upgrade, answered with model version 1.
#[test]
fn an_assessment_stored_by_the_previous_release_opens_with_every_answer() {
    let stored = include_str!("../schemas/examples/assessment.v2.json");
    let team = parse_stored_assessment(stored).unwrap();
    assert_eq!(
        (team.model_id.as_str(), team.model_version),
        ("kapacitet-2026", 1)
    );
    assert_eq!(team, sample());
    let v2_doc: serde_json::Value = serde_json::from_str(stored).unwrap();
    let answers = |doc: &serde_json::Value| {
        doc["assessment"]["respondents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["answers"].as_object().unwrap().len())
            .sum::<usize>()
    };
    let total: usize = team.respondents.iter().map(|r| r.answers.len()).sum();
    assert_eq!(total, answers(&v2_doc));
    // A response file (format 1) and a link made by the previous release.
    let response = include_str!("../schemas/examples/response.v1.json");
    let document = parse_response(response).unwrap();
    assert_eq!(document.model_version, 1);
    let link = kapacitetsradar::core::formats::link::encode_payload(&document);
    let back = kapacitetsradar::core::formats::link::decode_payload(&link).unwrap();
    assert_eq!(back.model_version, 1);
}

#[test]
fn an_assessment_round_trips_through_its_file() {
    let team = sample();
    let text = assessment_to_json(&team);
    assert!(text.contains(r#""format": "kapacitetsradar.assessment""#));
    assert!(text.contains(r#""version": 4"#));
    assert!(text.contains(r#""model_version": 1"#));
    assert_eq!(parse_assessment(&text).unwrap(), team);
}

#[test]
fn a_response_round_trips_and_says_which_assessment_it_belongs_to() {
    let team = sample();
    let document = ResponseDocument::new(&team, &team.respondents[0], 1234);
    let text = response_to_json(&document);
    let back = parse_response(&text).unwrap();
    assert_eq!(back, document);
    assert_eq!(back.assessment.school, "Nordskolen");
    assert_eq!(back.respondent.answer("T2.1"), Some(Answer::DontKnow));
}

const V1: &str = r#"{
  "format": "kapacitetsradar.assessment",
  "version": 1,
  "id": "gammel",
  "model_id": "kapacitet-2026",
  "school": "Sydskolen",
  "team": "Ledelsen",
  "date": "2025-08-15",
  "respondents": [
    { "id": "p1", "name": "Pia", "role": "staff", "answers": { "T1.1": 5, "T1.2": 0 }, "updated_at": 7 }
  ],
  "updated_at": 8
}"#;

#[test]
fn version_1_files_migrate_forward() {
    let team = parse_assessment(V1).unwrap();
    assert_eq!(team.round, Round::Baseline);
    let pia = &team.respondents[0];
    assert_eq!(pia.role, Role::StaffRepresentative);
    assert_eq!(pia.answer("T1.1"), Some(Answer::Score(score(5))));
    assert_eq!(pia.answer("T1.2"), Some(Answer::DontKnow));
    // Saving writes the current version, which reads back the same.
    assert_eq!(parse_assessment(&assessment_to_json(&team)).unwrap(), team);
}

#[test]
fn a_damaged_version_1_value_is_refused_not_guessed() {
    let damaged = V1.replace(r#""T1.1": 5"#, r#""T1.1": 9"#);
    let error = parse_assessment(&damaged).unwrap_err();
    assert_eq!(
        error,
        ImportError::Invalid {
            path: r#"respondents[0].answers["T1.1"]"#.into(),
            problem: Problem::Expected(Kind::LegacyAnswer)
        }
    );
}

#[test]
fn newer_unknown_and_foreign_files_are_refused_with_clear_messages() {
    let newer = assessment_to_json(&sample()).replace(r#""version": 4"#, r#""version": 5"#);
    let error = parse_assessment(&newer).unwrap_err();
    assert_eq!(
        error,
        ImportError::TooNew {
            found: 5,
            supported: 4
        }
    );
    assert_eq!(
        error_message(Lang::Da, &error),
        "Filen er i version 5, som er nyere end denne app kan læse (op til 4). Opdatér appen."
    );
    let zero = V1.replace(r#""version": 1"#, r#""version": 0"#);
    assert_eq!(
        parse_assessment(&zero).unwrap_err(),
        ImportError::UnknownVersion { found: 0 }
    );

    let response = response_to_json(&ResponseDocument::new(
        &sample(),
        &sample().respondents[0],
        1,
    ));
    assert!(matches!(
        parse_assessment(&response).unwrap_err(),
        ImportError::WrongFormat {
            expected: ASSESSMENT_FORMAT,
            ..
        }
    ));
    assert!(matches!(
        parse_response("{\"format\":1}"),
        Err(ImportError::Invalid { .. })
    ));
    assert!(matches!(
        parse_response("{"),
        Err(ImportError::NotJson { .. })
    ));
    assert!(matches!(
        parse_response("null"),
        Err(ImportError::Invalid { .. })
    ));
}

#[test]
fn size_limits_are_enforced_before_parsing() {
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(MAX_RESPONSE_BYTES));
    assert!(matches!(
        parse_response(&big),
        Err(ImportError::TooLarge { .. })
    ));
    let mut team = sample();
    team.respondents[0].name = "N".repeat(MAX_NAME + 1);
    let error = parse_assessment(&assessment_to_json(&team)).unwrap_err();
    assert_eq!(
        error,
        ImportError::Invalid {
            path: "assessment.respondents[0].name".into(),
            problem: Problem::TooLong { max: MAX_NAME }
        }
    );
}

#[test]
fn invalid_content_names_the_field() {
    let bad_score = assessment_to_json(&sample()).replacen(r#""answer": 4"#, r#""answer": 6"#, 1);
    let error = parse_assessment(&bad_score).unwrap_err();
    let ImportError::Invalid { path, problem } = &error else {
        panic!("{error:?}")
    };
    // Ids hold dots, so map keys are quoted: the path is unambiguous.
    assert_eq!(path, r#"assessment.respondents[0].answers["T1.1"].answer"#);
    assert_eq!(problem, &Problem::Expected(Kind::Answer));
    assert_eq!(
        error_message(Lang::Da, &error),
        "Feltet «assessment.respondents[0].answers[\"T1.1\"].answer» skal være et point fra 1 til 5, \"dont_know\" eller \"not_applicable\"."
    );

    // Missing, unknown and repeated fields are named too.
    let text = assessment_to_json(&sample());
    let missing = text.replacen(r#""school": "Nordskolen","#, "", 1);
    assert_eq!(
        parse_assessment(&missing).unwrap_err(),
        ImportError::Invalid {
            path: "assessment.school".into(),
            problem: Problem::Missing
        }
    );
    let unknown = text.replacen(r#""team": "#, r#""extra": 1, "team": "#, 1);
    assert_eq!(
        parse_assessment(&unknown).unwrap_err(),
        ImportError::Invalid {
            path: "assessment.extra".into(),
            problem: Problem::NotInFormat
        }
    );
    let twice = text.replacen(r#""team": "#, r#""team": "A", "team": "#, 1);
    assert_eq!(
        parse_assessment(&twice).unwrap_err(),
        ImportError::Invalid {
            path: "assessment.team".into(),
            problem: Problem::Twice
        }
    );

    let mut team = sample();
    team.date = "24/11/2026".into();
    assert!(matches!(
        parse_assessment(&assessment_to_json(&team)).unwrap_err(),
        ImportError::Invalid {
            problem: Problem::BadDate(_),
            ..
        }
    ));
    let mut team = sample();
    team.respondents[1].id = "r-1".into();
    assert!(matches!(
        parse_assessment(&assessment_to_json(&team)).unwrap_err(),
        ImportError::Invalid {
            problem: Problem::DuplicateId(_),
            ..
        }
    ));
    let mut team = sample();
    team.respondents[1].id = "../../etc".into();
    assert!(matches!(
        parse_assessment(&assessment_to_json(&team)).unwrap_err(),
        ImportError::Invalid {
            problem: Problem::BadId(_),
            ..
        }
    ));
}

#[test]
fn script_payloads_are_kept_as_plain_text() {
    let team = sample();
    let back = parse_assessment(&assessment_to_json(&team)).unwrap();
    assert_eq!(
        back.respondents[0].answers.get("T1.1").unwrap().comment,
        "Vi har <script>alert(1)</script> mål"
    );
}

/// The JSON Schemas in `schemas/` name the same format and version as the
/// code, so the two can't drift apart unnoticed.
#[test]
fn json_schemas_match_the_code() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    for (file, format, version) in [
        (
            "assessment.v4.schema.json",
            ASSESSMENT_FORMAT,
            ASSESSMENT_VERSION,
        ),
        ("response.v2.schema.json", RESPONSE_FORMAT, RESPONSE_VERSION),
        (
            "model.v2.schema.json",
            kapacitetsradar::core::domain::model::MODEL_FORMAT,
            kapacitetsradar::core::domain::model::MODEL_VERSION,
        ),
    ] {
        let text = std::fs::read_to_string(dir.join(file)).expect(file);
        let schema: serde_json::Value = serde_json::from_str(&text).expect(file);
        assert_eq!(schema["properties"]["format"]["const"], format, "{file}");
        assert_eq!(schema["properties"]["version"]["const"], version, "{file}");
    }
}

/// The examples in `schemas/examples/` are read by the code here and
/// checked against the JSON Schemas by `tests/schemas.test.mjs`.
#[test]
fn schema_examples_are_read_by_the_code() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/examples");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect(name);
    if std::env::var_os("WRITE_SCHEMA_EXAMPLES").is_some() {
        let team = current_sample();
        std::fs::write(dir.join("assessment.v4.json"), assessment_to_json(&team)).unwrap();
        let response = ResponseDocument::new(&team, &team.respondents[0], 1_764_000_000_000);
        let pretty = serde_json::to_string_pretty(&response).unwrap();
        std::fs::write(dir.join("response.v2.json"), pretty).unwrap();
        std::fs::write(dir.join("assessment.v1.json"), V1).unwrap();
    }
    assert_eq!(
        parse_assessment(&read("assessment.v4.json")).unwrap(),
        current_sample()
    );
    // What the previous release wrote (format 3) reads on.
    let mut before_invitations = current_sample();
    before_invitations.invitation = Default::default();
    assert_eq!(
        parse_assessment(&read("assessment.v3.json")).unwrap(),
        before_invitations
    );
    assert_eq!(
        parse_response(&read("response.v2.json"))
            .unwrap()
            .model_version,
        2
    );
    // What the previous release wrote (format 2, model version 1) reads on.
    assert_eq!(
        parse_assessment(&read("assessment.v2.json")).unwrap(),
        sample()
    );
    assert_eq!(
        parse_assessment(&read("assessment.v1.json")).unwrap().id,
        "gammel"
    );
    assert_eq!(
        parse_response(&read("response.v1.json"))
            .unwrap()
            .respondent
            .id,
        "r-1"
    );
}

/// Long comments can make an assessment larger than the 5 MB a file may
/// be. Browser storage may still hold it, and what the app saved it must
/// read back on the next start, not set aside as unreadable.
#[test]
fn an_assessment_too_large_for_a_file_is_still_read_back_from_storage() {
    use kapacitetsradar::storage::{MemoryStore, load_assessments, save_assessment};
    let comment = "Vi drøfter det på næste møde. ".repeat(34); // about 1,000 bytes
    let respondents = (0..150)
        .map(|i| {
            let mut r = scored(&format!("r{i}"), Role::Leader, [3; 8]);
            for theme in model().themes.iter() {
                for statement in theme.statements.iter() {
                    r.set_comment(&statement.id, &comment, 20);
                }
            }
            r
        })
        .collect();
    let team = assessment(respondents);
    let stored = kapacitetsradar::core::formats::files::assessment_to_storage_json(&team);
    assert!(stored.len() > MAX_ASSESSMENT_BYTES, "{}", stored.len());
    assert!(matches!(
        parse_assessment(&stored),
        Err(ImportError::TooLarge { .. })
    ));
    assert_eq!(parse_stored_assessment(&stored).unwrap(), team);

    let store = MemoryStore::default();
    save_assessment(&store, &team).unwrap();
    let loaded = load_assessments(&store, 1_000);
    assert!(loaded.quarantined.is_empty());
    assert_eq!(loaded.assessments, vec![team]);
}
