//! Layer 1: the one JSON reading path every format goes through
//! (`core::formats::read`): syntax by line and column, nesting refused
//! before the parser sees it, keys given twice refused, paths quoted.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::assessment::Role;
use kapacitetsradar::core::error::{ImportError, Problem};
use kapacitetsradar::core::formats::files::{assessment_to_json, parse_assessment, parse_response};
use kapacitetsradar::core::formats::read::{MAX_DEPTH, check_depth, join};
use kapacitetsradar::core::lang::Lang;
use kapacitetsradar::i18n::error_message;

#[test]
fn broken_syntax_is_reported_by_line_and_column() {
    let text = "{\n  \"format\": \"kapacitetsradar.response\",\n  \"version\": ,\n}";
    assert_eq!(
        parse_response(text).unwrap_err(),
        ImportError::NotJson {
            line: 3,
            column: 14
        }
    );
    // Anything after the document is refused too.
    let team = assessment_to_json(&assessment(vec![]));
    assert!(matches!(
        parse_assessment(&format!("{team} x")),
        Err(ImportError::NotJson { .. })
    ));
}

#[test]
fn nesting_beyond_the_limit_is_refused_before_parsing_whatever_its_depth() {
    for depth in [MAX_DEPTH + 1, 10_000, 1_000_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(
            check_depth(&text),
            Err(ImportError::TooDeep { max: MAX_DEPTH })
        );
    }
    // Within a file's size limit, the reader says so too.
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        parse_response(&text).unwrap_err(),
        ImportError::TooDeep { max: MAX_DEPTH }
    );
    // Brackets inside strings don't count.
    assert_eq!(check_depth(&format!("[\"{}\"]", "[".repeat(500))), Ok(()));
    assert_eq!(check_depth(&"[".repeat(MAX_DEPTH)), Ok(()));
    assert_eq!(
        error_message(Lang::En, &ImportError::TooDeep { max: MAX_DEPTH }),
        "The JSON is nested too deeply (more than 64 levels). It is not a Kapacitetsradar file."
    );
}

#[test]
fn an_answer_given_twice_is_refused_not_silently_dropped() {
    let team = assessment(vec![respondent("r-1", Role::Leader, &[Some(4)])]);
    let text = assessment_to_json(&team).replacen(
        r#""T1.2": {"#,
        r#""T1.1": { "answer": 1 }, "T1.2": {"#,
        1,
    );
    assert_eq!(
        parse_assessment(&text).unwrap_err(),
        ImportError::Invalid {
            path: r#"assessment.respondents[0].answers["T1.1"]"#.into(),
            problem: Problem::Twice
        }
    );
}

#[test]
fn paths_quote_keys_that_are_not_plain_names() {
    assert_eq!(join("", "assessment"), "assessment");
    assert_eq!(join("assessment", "school"), "assessment.school");
    assert_eq!(join("answers", "T1.3"), r#"answers["T1.3"]"#);
    assert_eq!(join("answers", "a b"), r#"answers["a b"]"#);
}
