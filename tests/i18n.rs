//! Layer 1: every UI string exists, is filled in and is translated.
#![cfg(not(target_arch = "wasm32"))]

use kapacitetsradar::i18n::{Key, Lang, all, placeholders, tr_with};

#[test]
fn every_string_is_non_empty_and_trimmed_in_every_language() {
    for (key, texts) in all() {
        for (lang, text) in Lang::ALL.into_iter().zip(texts) {
            assert!(!text.trim().is_empty(), "{key:?} is empty in {lang:?}");
            assert_eq!(
                text,
                text.trim(),
                "{key:?} has stray whitespace in {lang:?}"
            );
        }
    }
}

#[test]
fn every_language_has_the_same_placeholders() {
    for (key, [da, nb, en]) in all() {
        let danish = placeholders(da);
        for (lang, text) in [(Lang::Nb, nb), (Lang::En, en)] {
            assert_eq!(
                placeholders(text),
                danish,
                "{key:?}: {lang:?} has other placeholders than Danish"
            );
        }
    }
}

/// Catches a row where Danish was pasted into the other columns. Names and
/// words that really are the same in two languages are listed here.
#[test]
fn longer_strings_are_actually_translated() {
    const PROPER_NAMES: &[Key] = &[Key::AppName];
    const SAME_IN_NORWEGIAN: &[Key] = &[
        Key::ChosenFocus,
        Key::ActionsHeading,
        Key::FocusHeading,
        Key::CompareNone,
        Key::CompareWith,
        Key::LayerPrevious,
        Key::LayerRespondent,
        Key::LayersLegend,
        Key::BackToStart,
        Key::GoToTheme,
        Key::AnsweringAs,
        Key::Previous,
        Key::CommentLabel,
        Key::NewRespondent,
        Key::WhoAnswers,
        Key::RoundBaseline,
        Key::TeamLabel,
        Key::NewAssessmentHeading,
        Key::RespondentCount,
        Key::NewAssessment,
        Key::ColNotApplicable,
    ];
    let listed = |list: &[Key], name: &str| list.iter().any(|k| format!("{k:?}") == name);
    // Rows (of any table, by name) that read the same in Norwegian.
    const SAME_IN_NORWEGIAN_BY_NAME: &[&str] = &[
        "IcsDeadline",
        "CsvTheme",
        "StatusNotStarted",
        "ColSpreadBefore",
        "FollowUpAll",
        "NotApplicable",
        "KindBool",
        "NotInFormat",
        "Field",
        "NotJson",
        "KindObject",
        "KindList",
        "KindRole",
        "KindRound",
        "Expected",
        "Persistence",
        "AppUsage",
        "SiteUsage",
        "HoldsValue",
        "ColRespondents",
        "DeleteFailed",
        "Locking",
        "OneRespondent",
        "Respondents",
        "EmptyFile",
    ];
    for (key, [da, nb, en]) in all() {
        if da.len() < 12 || listed(PROPER_NAMES, &key) {
            continue;
        }
        // Loanwords that read the same in English.
        const SAME_IN_ENGLISH_BY_NAME: &[&str] = &["OneRespondent"];
        if !SAME_IN_ENGLISH_BY_NAME.contains(&key.as_str()) {
            assert_ne!(da, en, "{key:?}: English is a copy of Danish");
        }
        if !listed(SAME_IN_NORWEGIAN, &key) && !SAME_IN_NORWEGIAN_BY_NAME.contains(&key.as_str()) {
            assert_ne!(da, nb, "{key:?}: Norwegian is a copy of Danish");
        }
    }
}

#[test]
fn language_codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::from_code("sv"), None);
    assert_eq!(Lang::default(), Lang::Da, "Danish first");
}

#[test]
fn placeholders_are_filled_in() {
    assert_eq!(placeholders("{b} af {a}"), vec!["a", "b"]);
    assert_eq!(
        tr_with(Lang::En, Key::AppName, &[("unused", "x")]),
        "Kapacitetsradar"
    );
}

#[test]
fn numbers_use_the_languages_decimal_mark() {
    use kapacitetsradar::i18n::format_number;
    assert_eq!(format_number(Lang::Da, 3.456, 1), "3,5");
    assert_eq!(format_number(Lang::Nb, 3.0, 2), "3,00");
    assert_eq!(format_number(Lang::En, 0.05, 2), "0.05");
    assert_eq!(format_number(Lang::En, -1.25, 1), "-1.3");
    assert_eq!(format_number(Lang::Da, 4.0, 0), "4");
}

#[test]
fn sizes_read_as_people_read_them() {
    use kapacitetsradar::i18n::format_bytes;
    assert_eq!(format_bytes(Lang::Da, 840.0), "840 B");
    assert_eq!(format_bytes(Lang::Da, 12_345.0), "12 kB");
    assert_eq!(format_bytes(Lang::Da, 1_234_567.0), "1,2 MB");
    assert_eq!(format_bytes(Lang::En, 1_234_567.0), "1.2 MB");
    assert_eq!(format_bytes(Lang::Nb, 120e9), "120 GB");
}
