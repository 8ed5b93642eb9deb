//! Layer 1: the app's own JSON reader (core::json) agrees with serde_json on
//! what is JSON and what it says, and survives hostile input.
#![cfg(not(target_arch = "wasm32"))]

use kapacitetsradar::core::error::ImportError;
use kapacitetsradar::core::formats::json::{Json, MAX_DEPTH, parse};
use proptest::prelude::*;
use serde_json::Value;

/// The same tree as serde_json's, for comparison. Numbers that aren't whole
/// `i64`s are compared by serde_json's reading of the written text.
fn same(ours: &Json, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::Int(a), Value::Number(b)) => b.as_i64() == Some(*a),
        // (serde_json's own float reading is not exact, so the written
        // number is compared by value, loosely.)
        (Json::Number(text), Value::Number(b)) => {
            let (ours, theirs) = (
                text.parse::<f64>().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(0.0),
            );
            b.as_i64().is_none() && (ours - theirs).abs() <= theirs.abs() * 1e-12
        }
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Json::Object(a), Value::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(Value::from),
        ".{0,20}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(".{0,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whatever serde_json writes, compact or pretty, reads back the same.
    #[test]
    fn reads_what_serde_json_writes(v in value()) {
        for text in [serde_json::to_string(&v).unwrap(), serde_json::to_string_pretty(&v).unwrap()] {
            let ours = parse(&text);
            prop_assert!(ours.as_ref().is_ok_and(|o| same(o, &v)), "{text} → {ours:?}");
        }
    }

    /// On any text, both readers agree on whether it is JSON (depth aside).
    #[test]
    fn accepts_exactly_what_serde_json_accepts(text in "[\\[\\]{}:,\"\\\\ 0-9a-fA-Fe.+\\-tnrul]{0,40}") {
        let theirs = serde_json::from_str::<Value>(&text);
        let ours = parse(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{}", text);
    }

    /// Valid JSON with one byte changed: same verdict as serde_json, and
    /// never a panic. (serde_json alone refuses numbers beyond f64's range;
    /// this reader keeps them as written, and the formats refuse them as
    /// not whole numbers.)
    #[test]
    fn agrees_on_damaged_json(v in value(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = serde_json::to_string(&v).unwrap().into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            let theirs = serde_json::from_str::<Value>(&text);
            let out_of_range = theirs.as_ref().is_err_and(|e| e.to_string().contains("out of range"));
            if !out_of_range {
                prop_assert_eq!(parse(&text).is_ok(), theirs.is_ok(), "{}", text);
            }
        }
    }
}

#[test]
fn strings_escapes_and_surrogates() {
    assert_eq!(
        parse(r#""a\"b\\c\/d\b\f\n\r\t\u00e6\ud83d\ude00""#).unwrap(),
        Json::String("a\"b\\c/d\u{8}\u{c}\n\r\tæ😀".into())
    );
    for bad in [
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\x""#,
        "\"a\nb\"",
        r#""abc"#,
        r#""\u12""#,
    ] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn numbers_whole_and_otherwise() {
    assert_eq!(parse("-0").unwrap(), Json::Int(0));
    assert_eq!(parse("9223372036854775807").unwrap(), Json::Int(i64::MAX));
    assert_eq!(
        parse("9223372036854775808").unwrap(),
        Json::Number("9223372036854775808".into())
    );
    assert_eq!(parse("2.50").unwrap(), Json::Number("2.50".into()));
    assert_eq!(parse("1e3").unwrap(), Json::Number("1e3".into()));
    for bad in ["01", "1.", ".5", "-", "+1", "1e", "0x10", "NaN", "Infinity"] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn errors_say_where_reading_stopped() {
    assert_eq!(
        parse("{\n  \"a\": 1,\n  \"b\": tru\n}").unwrap_err(),
        ImportError::NotJson { line: 3, column: 8 }
    );
    assert_eq!(
        parse("").unwrap_err(),
        ImportError::NotJson { line: 1, column: 1 }
    );
    assert_eq!(
        parse("[1] x").unwrap_err(),
        ImportError::NotJson { line: 1, column: 5 }
    );
}

#[test]
fn nesting_is_limited_so_hostile_input_cannot_exhaust_the_stack() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 2), "]".repeat(MAX_DEPTH + 2));
    assert!(parse(&deep).is_err());
    // A megabyte of brackets: refused quickly, no stack overflow.
    assert!(parse(&"[".repeat(1_000_000)).is_err());
    assert!(parse(&"{\"a\":".repeat(200_000)).is_err());
}
