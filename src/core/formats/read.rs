//! Reading any of the formats' JSON with serde, and turning serde's refusal
//! into an `ImportError` that names the field (`respondents[2].answers["T1.3"]`)
//! and says what was wrong as data, so the UI can say it in any language.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_path_to_error::{Path, Segment};

use crate::core::error::{ImportError, Kind, Problem, invalid};

/// Deeper than any document of ours. Checked on the text before parsing, so
/// the refusal can say "nested too deeply" rather than "expected a string".
pub const MAX_DEPTH: usize = 64;

/// What serde's "expected …" says for the app's own value types; matched
/// back to a `Kind` in `refusal`.
pub(crate) const EXPECT_SCORE: &str = "a score from 1 to 5";
pub(crate) const EXPECT_ANSWER: &str = "a score from 1 to 5, \"dont_know\" or \"not_applicable\"";
pub(crate) const EXPECT_HALF_SCORE: &str = "a score from 1 to 5 in half steps";
pub(crate) const EXPECT_LEGACY_ANSWER: &str = "0 (don't know) or a score from 1 to 5";

/// Refuses text over `limit` bytes before it is parsed.
pub fn check_size(text: &str, limit: usize) -> Result<(), ImportError> {
    if text.len() > limit {
        return Err(ImportError::TooLarge {
            actual: text.len(),
            limit,
        });
    }
    Ok(())
}

/// Refuses JSON nested deeper than `MAX_DEPTH`, counting brackets outside
/// strings. A linear scan, so hostile input can't reach the parser's stack.
pub fn check_depth(text: &str) -> Result<(), ImportError> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ImportError::TooDeep { max: MAX_DEPTH });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Parses `text` as `T`: size, depth, syntax and every field checked, with
/// the field's path in any refusal.
pub fn from_json<T: DeserializeOwned>(text: &str, limit: usize) -> Result<T, ImportError> {
    check_size(text, limit)?;
    check_depth(text)?;
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut reader).map_err(refusal)?;
    reader.end().map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    Ok(value)
}

/// The format name and version every document starts with; the rest is
/// read once the version is known.
#[derive(Deserialize)]
struct Envelope {
    format: String,
    version: u32,
}

/// Checks that `text` is a `expected` document of a version this app reads
/// (1 ..= `current`), and returns the version.
pub fn envelope(text: &str, expected: &'static str, current: u32) -> Result<u32, ImportError> {
    check_depth(text)?;
    let mut reader = serde_json::Deserializer::from_str(text);
    let head: Envelope = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        match refusal(e) {
            // Not an object at all: say so of the document, not of a field.
            ImportError::Invalid { path, problem } if path.is_empty() => {
                invalid("(document)", problem)
            }
            other => other,
        }
    })?;
    if head.format != expected {
        return Err(ImportError::WrongFormat {
            found: head.format.chars().take(60).collect(),
            expected,
        });
    }
    match head.version {
        0 => Err(ImportError::UnknownVersion { found: 0 }),
        v if v > current => Err(ImportError::TooNew {
            found: v,
            supported: current,
        }),
        v => Ok(v),
    }
}

/// serde's refusal as the app's: syntax errors by line and column, data
/// errors by field path and a `Problem`.
fn refusal(error: serde_path_to_error::Error<serde_json::Error>) -> ImportError {
    let path = path_text(error.path());
    let inner = error.into_inner();
    if !inner.is_data() {
        return ImportError::NotJson {
            line: inner.line(),
            column: inner.column(),
        };
    }
    let message = inner.to_string();
    // serde_json appends " at line L column C".
    let message = message.split(" at line ").next().unwrap_or(&message);
    let field = |name: &str| join(&path, name);
    if let Some(name) = quoted_after(message, "missing field ") {
        return invalid(field(name), Problem::Missing);
    }
    // (serde_path_to_error has already put an unknown field on the path.)
    if quoted_after(message, "unknown field ").is_some() {
        return invalid(path, Problem::NotInFormat);
    }
    if let Some(name) = quoted_after(message, "duplicate field ") {
        return invalid(field(name), Problem::Twice);
    }
    if let Some(name) = quoted_after(message, "duplicate key ") {
        return invalid(field(name), Problem::Twice);
    }
    if message.starts_with("unknown variant ") {
        let kind = if message.contains("`leader`") {
            Some(Kind::Role)
        } else if message.contains("`baseline`") {
            Some(Kind::Round)
        } else {
            None
        };
        if let Some(kind) = kind {
            return invalid(path, Problem::Expected(kind));
        }
    }
    if let Some((_, expected)) = message.split_once(", expected ")
        && let Some(kind) = kind_of(expected)
    {
        return invalid(path, Problem::Expected(kind));
    }
    invalid(path, Problem::Malformed(message.to_owned()))
}

fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    rest.split_once('`').map(|(name, _)| name)
}

/// What a field should have held, from serde's "expected …".
fn kind_of(expected: &str) -> Option<Kind> {
    Some(match expected {
        EXPECT_SCORE => Kind::Score,
        EXPECT_ANSWER => Kind::Answer,
        EXPECT_LEGACY_ANSWER => Kind::LegacyAnswer,
        EXPECT_HALF_SCORE => Kind::HalfScore,
        "a string" => Kind::Text,
        "a boolean" => Kind::Bool,
        "a sequence" => Kind::List,
        "f64" | "f32" => Kind::Number,
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" => Kind::WholeNumber,
        _ if expected.starts_with("struct ") || expected.starts_with("a map") => Kind::Object,
        _ if expected.contains("variant") && expected.contains("leader") => Kind::Role,
        _ => return None,
    })
}

/// `respondents[2].answers["T1.3"]`: indexes in brackets, plain names after
/// a dot, and keys that are not plain names (ids hold dots) quoted.
fn path_text(path: &Path) -> String {
    path.iter()
        .fold(String::new(), |text, segment| match segment {
            Segment::Seq { index } => format!("{text}[{index}]"),
            Segment::Map { key } => join(&text, key),
            Segment::Enum { variant } => join(&text, variant),
            Segment::Unknown => join(&text, "?"),
        })
}

/// Appends a field name or map key to a path.
pub fn join(path: &str, key: &str) -> String {
    let plain = key
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    match (path.is_empty(), plain) {
        (true, true) => key.to_owned(),
        (false, true) => format!("{path}.{key}"),
        (_, false) => format!("{path}[{key:?}]"),
    }
}

/// A map that refuses a key given twice (serde's own maps keep the last,
/// which would drop an answer without a word).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Unique<V>(pub BTreeMap<String, V>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Unique<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keys<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Keys<V> {
            type Value = Unique<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut map = BTreeMap::new();
                while let Some(key) = access.next_key::<String>()? {
                    if map.contains_key(&key) {
                        return Err(de::Error::custom(format_args!("duplicate key `{key}`")));
                    }
                    let value = access.next_value()?;
                    map.insert(key, value);
                }
                Ok(Unique(map))
            }
        }
        deserializer.deserialize_map(Keys(PhantomData))
    }
}

/// For `#[serde(deserialize_with)]` on a `BTreeMap` field.
pub fn unique_keys<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    Unique::deserialize(deserializer).map(|u| u.0)
}
