//! Layer 1: the built-in model is complete and traceable, and the validator
//! turns a bad model file into a plain error naming the field.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::Path;

use kapacitetsradar::core::domain::model::{Audience, MAX_MODEL_BYTES, Model};
use kapacitetsradar::core::error::{ImportError, Kind, Problem};
use kapacitetsradar::core::lang::Lang;
use kapacitetsradar::i18n::error_message;

const MODEL_V1: &str = include_str!("../model/kapacitetsmodel.v1.json");
const MODEL_JSON: &str = include_str!("../model/kapacitetsmodel.v2.json");

#[test]
fn both_builtin_versions_are_valid_and_the_current_is_version_2() {
    let v1 = Model::from_json(MODEL_V1).expect("version 1 validates");
    let v2 = Model::from_json(MODEL_JSON).expect("version 2 validates");
    assert_eq!(Model::builtins(), [&v1, &v2]);
    assert_eq!(Model::builtin(), &v2);
    assert_eq!((v1.id.as_str(), v1.model_version), ("kapacitet-2026", 1));
    assert_eq!((v2.id.as_str(), v2.model_version), ("kapacitet-2026", 2));
    assert_eq!(Model::builtin_version("kapacitet-2026", 1), Some(&v1));
    assert_eq!(Model::builtin_version("kapacitet-2026", 3), None);
}

#[test]
fn version_1_keeps_its_shape_so_its_answers_still_read() {
    let model = Model::builtins()[0];
    assert_eq!(model.themes.len(), 8);
    assert_eq!(model.statement_count(), 41);
}

#[test]
fn version_2_has_the_shape_the_product_promises() {
    let model = Model::builtin();
    assert!((8..=10).contains(&model.themes.len()), "8–10 themes");
    let leaders: usize = model
        .themes
        .iter()
        .map(|t| t.statements_for(Audience::Leaders).count())
        .sum();
    assert!(
        leaders <= 55,
        "at most 55 statements for leaders, not {leaders}"
    );
    for theme in model.themes.iter() {
        let staff = theme.statements_for(Audience::Staff).count();
        assert!(
            (2..=3).contains(&staff),
            "{}: 2–3 staff statements",
            theme.id
        );
        assert!(
            (2..=3).contains(&theme.reflection.len()),
            "{}: 2–3 reflection questions",
            theme.id
        );
        assert!(theme.levels.is_some(), "{}: levels", theme.id);
        assert!(theme.dialogue.is_some(), "{}: a dialogue prompt", theme.id);
        assert!(
            (2..=4).contains(&theme.actions.len()),
            "{}: 2–4 actions",
            theme.id
        );
        for action in &theme.actions {
            assert!(
                action.first_step.is_some() && action.owner.is_some() && action.success.is_some(),
                "{}: a first step, an owner and a sign of success",
                action.id
            );
        }
    }
    // The themes that continue version 1's say so; the new ones say nothing.
    let mapped: Vec<&str> = model
        .themes
        .iter()
        .flat_map(|t| t.from_v1.iter().map(String::as_str))
        .collect();
    assert_eq!(mapped, ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"]);
    let v1 = Model::builtins()[0];
    for statement in model.statements() {
        for old in &statement.replaces {
            assert!(
                v1.statement(old).is_some(),
                "{} replaces unknown {old}",
                statement.id
            );
        }
    }
}

#[test]
fn version_2_has_the_glossary_and_the_focal_initiative() {
    let model = Model::builtin();
    for term in [
        "staastedsanalyse",
        "forandringsmodel",
        "milepaelsplan",
        "forankringsplan",
        "plf",
        "skoleeier",
        "ppr",
        "laeringskonsulent",
    ] {
        assert!(model.term(term).is_some(), "glossary: {term}");
    }
    assert!(model.statements().any(|s| !s.terms.is_empty()));
    let statement = model
        .statements()
        .find(|s| s.text.da.contains("{initiative}"))
        .expect("a statement names the initiative");
    let named = model.with_initiative(&statement.text.da, "Læseløft 2027", Lang::Da);
    assert!(named.contains("Læseløft 2027") && !named.contains('{'));
    let unnamed = model.with_initiative(&statement.text.da, "  ", Lang::Da);
    assert!(unnamed.contains("indsatsen"), "{unnamed}");
    assert!(
        model
            .with_initiative(&statement.text.nb, "", Lang::Nb)
            .contains("tiltaket")
    );
}

#[test]
fn ids_are_unique_and_every_item_has_text_in_every_language_and_a_source() {
    for model in Model::builtins() {
        ids_unique_and_complete(model);
    }
}

fn ids_unique_and_complete(model: &Model) {
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
    for model in Model::builtins() {
        sources_are_real(model);
    }
}

fn sources_are_real(model: &Model) {
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
    let all_sources = model
        .themes
        .iter()
        .flat_map(|t| {
            t.sources
                .iter()
                .chain(t.statements.iter().flat_map(|s| s.sources.iter()))
                .chain(t.actions.iter().flat_map(|a| a.sources.iter()))
        })
        .chain(model.glossary.iter().flat_map(|g| g.sources.iter()));
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
        assert!(
            !cited[0].trim().is_empty(),
            "{} starts on a blank line",
            source.citation()
        );
        // Evidence from the vocational (EUD) chapter says so.
        if source.seed == "S001" && source.from >= 3484 && source.to <= 4842 {
            assert!(source.vocational, "{} is EUD evidence", source.citation());
        }
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
            supported: 2
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

#[test]
fn the_validator_checks_every_new_field() {
    let refusal = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut value = model_value();
        change(&mut value);
        load(&value).unwrap_err()
    };
    // A glossary term a statement names must exist.
    assert_eq!(
        refusal(&|v| v["themes"][0]["statements"][0]["terms"] = serde_json::json!(["ukendt"])),
        ImportError::Invalid {
            path: "themes[0].statements[0].terms[0]".into(),
            problem: Problem::UnknownReference("ukendt".into())
        }
    );
    // {initiative} in every language or none.
    assert_eq!(
        refusal(
            &|v| v["themes"][1]["statements"][0]["text"]["da"] = "Vi gør {initiative} godt.".into()
        ),
        ImportError::Invalid {
            path: "themes[1].statements[0].text".into(),
            problem: Problem::Placeholder("{initiative}".into())
        }
    );
    assert!(matches!(
        refusal(&|v| v["model_version"] = 0.into()),
        ImportError::Invalid { ref path, .. } if path == "model_version"
    ));
    assert!(matches!(
        refusal(&|v| v["themes"][0]["reflection"][0]["nb"] = "".into()),
        ImportError::Invalid { ref path, problem: Problem::Empty } if path == "themes[0].reflection[0].nb"
    ));
    assert!(matches!(
        refusal(&|v| v["themes"][0]["levels"]["middle"]["en"] = "".into()),
        ImportError::Invalid { ref path, .. } if path == "themes[0].levels.middle.en"
    ));
    assert!(matches!(
        refusal(&|v| v["themes"][2]["dialogue"]["da"] = " ".into()),
        ImportError::Invalid { ref path, .. } if path == "themes[2].dialogue.da"
    ));
    assert!(matches!(
        refusal(&|v| v["themes"][0]["actions"][0]["first_step"]["en"] = "".into()),
        ImportError::Invalid { ref path, .. } if path == "themes[0].actions[0].first_step.en"
    ));
    assert!(matches!(
        refusal(&|v| v["glossary"][0]["definition"]["da"] = "".into()),
        ImportError::Invalid { ref path, .. } if path == "glossary[0].definition.da"
    ));
    assert!(matches!(
        refusal(&|v| v["glossary"][1]["id"] = v["glossary"][0]["id"].clone()),
        ImportError::Invalid {
            problem: Problem::DuplicateId(_),
            ..
        }
    ));
    assert!(matches!(
        refusal(&|v| v["themes"][0]["statements"][0]["audience"] = "pupils".into()),
        ImportError::Invalid { ref path, .. } if path == "themes[0].statements[0].audience"
    ));
    assert!(matches!(
        refusal(&|v| v["themes"][0]["from_v1"] = serde_json::json!(["../x"])),
        ImportError::Invalid {
            problem: Problem::BadId(_),
            ..
        }
    ));
    assert!(matches!(
        refusal(&|v| v["themes"][0]["statements"][0]["replaces"] = serde_json::json!([""])),
        ImportError::Invalid {
            problem: Problem::Empty,
            ..
        }
    ));
    assert!(matches!(
        refusal(&|v| v["initiative_default"]["en"] = "".into()),
        ImportError::Invalid { ref path, .. } if path == "initiative_default.en"
    ));
    // A theme with only staff statements has none for the leaders.
    assert!(matches!(
        refusal(&|v| {
            for s in v["themes"][0]["statements"].as_array_mut().unwrap() {
                s["audience"] = "staff".into();
            }
        }),
        ImportError::Invalid {
            problem: Problem::TooFew { min: 1 },
            ..
        }
    ));
}

#[test]
fn a_version_1_model_file_still_loads() {
    let mut value: serde_json::Value = serde_json::from_str(MODEL_V1).unwrap();
    value["id"] = "gammel-egen-model".into();
    let model = load(&value).expect("format version 1 reads");
    assert_eq!(model.model_version, 1);
    assert!(model.glossary.is_empty());
}
