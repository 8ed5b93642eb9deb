//! Layer 1: the built-in model is complete and traceable, and the validator
//! turns a bad model file into a plain error naming the field.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::Path;

use kapacitetsradar::core::domain::model::{MAX_MODEL_BYTES, Model};
use kapacitetsradar::core::error::{ImportError, Kind, Problem};
use kapacitetsradar::core::lang::Lang;
use kapacitetsradar::i18n::error_message;

const MODEL_JSON: &str = include_str!("../model/kapacitetsmodel.json");

#[test]
fn builtin_model_is_valid() {
    let model = Model::from_json(MODEL_JSON).expect("the built-in model validates");
    assert_eq!(&model, Model::builtin());
}

#[test]
fn builtin_model_has_the_shape_the_product_promises() {
    let model = Model::builtin();
    assert!((8..=9).contains(&model.themes.len()), "8–9 themes");
    for theme in model.themes.iter() {
        assert!(
            (4..=6).contains(&theme.statements.len()),
            "{}: 4–6 statements",
            theme.id
        );
        assert!(
            (2..=3).contains(&theme.actions.len()),
            "{}: 2–3 actions",
            theme.id
        );
    }
}

#[test]
fn ids_are_unique_and_every_item_has_text_in_every_language_and_a_source() {
    let model = Model::builtin();
    let mut ids = HashSet::new();
    for theme in model.themes.iter() {
        assert!(ids.insert(&theme.id));
        assert!(!theme.sources.is_empty());
        for lang in Lang::ALL {
            assert!(!theme.title.get(lang).trim().is_empty());
            assert!(!theme.short.get(lang).trim().is_empty());
            assert!(!theme.high.get(lang).trim().is_empty());
        }
        for statement in theme.statements.iter() {
            assert!(ids.insert(&statement.id), "{} twice", statement.id);
            assert!(
                !statement.sources.is_empty(),
                "{} has no source",
                statement.id
            );
            for lang in Lang::ALL {
                assert!(!statement.text.get(lang).trim().is_empty());
                assert!(!statement.high.get(lang).trim().is_empty());
            }
            assert_ne!(
                statement.text.da, statement.text.nb,
                "{}: nb untranslated",
                statement.id
            );
            assert_ne!(
                statement.text.da, statement.text.en,
                "{}: en untranslated",
                statement.id
            );
        }
        for action in theme.actions.iter() {
            assert!(ids.insert(&action.id));
            assert!(!action.sources.is_empty());
            for lang in Lang::ALL {
                assert!(!action.text.get(lang).trim().is_empty());
            }
        }
    }
}

/// Every cited line range exists in the seed it names. The seeds live in
/// `../shared/seeds`, next to the repository.
#[test]
fn every_source_points_at_real_non_blank_lines_of_its_seed() {
    let model = Model::builtin();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !dir.exists() {
        eprintln!("skipped: {} is not here", dir.display());
        return;
    }
    for seed in model.seeds.iter() {
        let text = std::fs::read_to_string(dir.join(&seed.file)).expect("seed file");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len() as u32, seed.lines, "{} length", seed.id);
    }
    let all_sources = model.themes.iter().flat_map(|t| {
        t.sources
            .iter()
            .chain(t.statements.iter().flat_map(|s| s.sources.iter()))
            .chain(t.actions.iter().flat_map(|a| a.sources.iter()))
    });
    for source in all_sources {
        let seed = model.seeds.iter().find(|s| s.id == source.seed).unwrap();
        let text = std::fs::read_to_string(dir.join(&seed.file)).unwrap();
        let cited: Vec<&str> = text
            .lines()
            .skip(source.from as usize - 1)
            .take((source.to - source.from + 1) as usize)
            .collect();
        assert!(
            cited.iter().any(|l| !l.trim().is_empty()),
            "{} cites only blank lines",
            source.citation()
        );
    }
}

fn model_value() -> serde_json::Value {
    serde_json::from_str(MODEL_JSON).unwrap()
}

fn load(value: &serde_json::Value) -> Result<Model, ImportError> {
    Model::from_json(&value.to_string())
}

#[test]
fn a_missing_translation_names_the_field() {
    let mut value = model_value();
    value["themes"][2]["statements"][1]["text"]["nb"] = "  ".into();
    let error = load(&value).unwrap_err();
    assert_eq!(
        error,
        ImportError::Invalid {
            path: "themes[2].statements[1].text.nb".into(),
            problem: Problem::Empty
        }
    );
    assert_eq!(
        error_message(Lang::Da, &error),
        "Feltet «themes[2].statements[1].text.nb» er tomt."
    );
    assert_eq!(
        error_message(Lang::En, &error),
        "The field \"themes[2].statements[1].text.nb\" is empty."
    );
}

#[test]
fn a_duplicate_id_is_refused() {
    let mut value = model_value();
    value["themes"][1]["statements"][0]["id"] = "T1.1".into();
    let error = load(&value).unwrap_err();
    assert!(matches!(
        error,
        ImportError::Invalid { ref path, problem: Problem::DuplicateId(ref id) }
            if path == "themes[1].statements[0].id" && id == "T1.1"
    ));
}

#[test]
fn a_statement_without_a_source_is_refused() {
    let mut value = model_value();
    value["themes"][0]["statements"][0]["sources"] = serde_json::json!([]);
    let error = load(&value).unwrap_err();
    assert_eq!(
        error,
        ImportError::Invalid {
            path: "themes[0].statements[0].sources".into(),
            problem: Problem::TooFew { min: 1 }
        }
    );
}

#[test]
fn a_source_outside_its_seed_is_refused() {
    let mut value = model_value();
    value["themes"][0]["sources"][0]["to"] = 99_999.into();
    assert!(matches!(
        load(&value).unwrap_err(),
        ImportError::Invalid {
            problem: Problem::BadLines { .. },
            ..
        }
    ));
    let mut value = model_value();
    value["themes"][0]["sources"][0]["seed"] = "S999".into();
    assert!(matches!(
        load(&value).unwrap_err(),
        ImportError::Invalid {
            problem: Problem::UnknownReference(_),
            ..
        }
    ));
}

#[test]
fn a_wrong_type_names_the_field_in_plain_words() {
    let mut value = model_value();
    value["themes"][3]["statements"] = "none".into();
    let error = load(&value).unwrap_err();
    let ImportError::Invalid { path, problem } = &error else {
        panic!("{error:?}")
    };
    // The whole path to the field, and what it should have held.
    assert_eq!(path, "themes[3].statements");
    assert_eq!(problem, &Problem::Expected(Kind::List));
    assert_eq!(
        error_message(Lang::Da, &error),
        "Feltet «themes[3].statements» skal være en liste […]."
    );
}

#[test]
fn too_few_themes_for_a_radar_is_refused() {
    let mut value = model_value();
    value["themes"].as_array_mut().unwrap().truncate(2);
    assert_eq!(
        load(&value).unwrap_err(),
        ImportError::Invalid {
            path: "themes".into(),
            problem: Problem::TooFew { min: 3 }
        }
    );
}

#[test]
fn other_files_are_refused_with_a_clear_message() {
    assert!(matches!(
        Model::from_json("not json"),
        Err(ImportError::NotJson { .. })
    ));
    assert!(matches!(
        Model::from_json(""),
        Err(ImportError::NotJson { .. })
    ));
    assert!(matches!(
        Model::from_json("[1,2]"),
        Err(ImportError::Invalid { .. })
    ));
    let mut value = model_value();
    value["format"] = "something.else".into();
    assert!(matches!(load(&value), Err(ImportError::WrongFormat { .. })));
    let mut value = model_value();
    value["version"] = 7.into();
    let error = load(&value).unwrap_err();
    assert_eq!(
        error,
        ImportError::TooNew {
            found: 7,
            supported: 1
        }
    );
    assert!(error_message(Lang::Da, &error).contains("Opdatér appen"));
    let huge = " ".repeat(MAX_MODEL_BYTES + 1);
    assert!(matches!(
        Model::from_json(&huge),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn a_consultants_own_model_loads() {
    let mut value = model_value();
    value["id"] = "min-egen-model".into();
    value["themes"].as_array_mut().unwrap().truncate(3);
    value["themes"][0]["actions"] = serde_json::json!([]);
    let model = load(&value).expect("a smaller model is fine");
    assert_eq!(model.themes.len(), 3);
}
