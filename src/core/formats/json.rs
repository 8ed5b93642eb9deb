//! A strict JSON reader for the app's own file formats, and typed access to
//! what it read with the field's full path in every error.
//!
//! Why not serde's `Deserialize`: derived deserializers for the assessment
//! formats added about 29 kB (compressed) to the WebAssembly bundle, more
//! than the results page itself. This reader is a few kilobytes, names the
//! exact field in its errors (`assessment.respondents[2].answers.T1.3`), and
//! has a nesting limit, so no input can exhaust the stack. Writing still
//! uses serde. The reader never panics, whatever the input (property- and
//! fuzz-tested in `tests/properties.rs`).

use crate::core::error::{ImportError, Kind, Problem, invalid};

/// Deeper than any document of ours; stops hostile input from recursing.
pub const MAX_DEPTH: usize = 64;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A whole number that fits an `i64`.
    Int(i64),
    /// Any other number (fraction, exponent, or too large), as written.
    /// The formats have no use for them beyond saying what was found.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Parses `text` as one JSON value. Errors give the line and column (both
/// from 1, columns in characters) where reading stopped.
pub fn parse(text: &str) -> Result<Json, ImportError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    parser.skip_space();
    let value = parser.value(0)?;
    parser.skip_space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error());
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self) -> ImportError {
        let at = self.at.min(self.bytes.len());
        let before = self.text.get(..at).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        ImportError::NotJson { line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), ImportError> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, ImportError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, ImportError> {
        if depth > MAX_DEPTH {
            return Err(self.error());
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error()),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, ImportError> {
        self.at += 1;
        let mut entries = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(entries));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error());
            }
            let key = self.string()?;
            self.skip_space();
            self.expect(b':')?;
            self.skip_space();
            let value = self.value(depth + 1)?;
            entries.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(entries));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, ImportError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error()),
            }
        }
    }

    fn number(&mut self) -> Result<Json, ImportError> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while let Some(b'0'..=b'9') = p.peek() {
                p.at += 1;
            }
            p.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        // No leading zeros: "0" alone, or a digit 1–9 first.
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else if !digits(self) {
            return Err(self.error());
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            whole = false;
            if !digits(self) {
                return Err(self.error());
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            whole = false;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error());
            }
        }
        let written = &self.text[start..self.at];
        Ok(match whole.then(|| written.parse::<i64>().ok()).flatten() {
            Some(n) => Json::Int(n),
            None => Json::Number(written.to_owned()),
        })
    }

    fn hex4(&mut self) -> Result<u32, ImportError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.error()),
            };
            n = n * 16 + u32::from(digit);
            self.at += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, ImportError> {
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            match self.peek() {
                None => return Err(self.error()),
                Some(b'"') => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            run = self.at;
                            continue;
                        }
                        _ => return Err(self.error()),
                    };
                    out.push(escaped);
                    self.at += 1;
                    run = self.at;
                }
                // Control characters must be escaped in JSON.
                Some(0..=0x1f) => return Err(self.error()),
                // Multi-byte characters are copied as they are: the input is
                // a &str, so they are valid UTF-8 already.
                Some(_) => self.at += 1,
            }
        }
    }

    /// After `\u`: one code point, or a surrogate pair written as two escapes.
    fn unicode_escape(&mut self) -> Result<char, ImportError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.at..].starts_with(b"\\u") {
                    return Err(self.error());
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error());
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error()),
            n => n,
        };
        char::from_u32(code).ok_or_else(|| self.error())
    }
}

// ------------------------------------------------------------------ reading
//
// Each function takes the path of the value it reads, for its error.

fn expected(path: &str, kind: Kind) -> ImportError {
    invalid(path, Problem::Expected(kind))
}

/// `path.key`, or `key` at the top.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

pub fn text(path: &str, value: &Json) -> Result<String, ImportError> {
    match value {
        Json::String(s) => Ok(s.clone()),
        _ => Err(expected(path, Kind::Text)),
    }
}

/// A whole number that fits `T` (a `u32` version, an `i64` time).
pub fn int<T: TryFrom<i64>>(path: &str, value: &Json) -> Result<T, ImportError> {
    match value {
        Json::Int(n) => T::try_from(*n).map_err(|_| expected(path, Kind::WholeNumber)),
        _ => Err(expected(path, Kind::WholeNumber)),
    }
}

pub fn items<'a>(path: &str, value: &'a Json) -> Result<&'a [Json], ImportError> {
    match value {
        Json::Array(items) => Ok(items),
        _ => Err(expected(path, Kind::List)),
    }
}

/// An object used as a map from ids to values. Keys must be unique.
pub fn entries<'a>(path: &str, value: &'a Json) -> Result<&'a [(String, Json)], ImportError> {
    let Json::Object(entries) = value else {
        return Err(expected(path, Kind::Object));
    };
    // Sorted copies of the keys find a repeat in n log n; maps can hold
    // hundreds of answers.
    let mut keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    crate::core::sort::sort_by(&mut keys, |a, b| a.cmp(b));
    if let Some(pair) = keys.windows(2).find(|pair| pair[0] == pair[1]) {
        return Err(invalid(join(path, pair[0]), Problem::Twice));
    }
    Ok(entries)
}

/// An object with named fields, taken one by one; `finish` then refuses any
/// field the format doesn't have.
pub struct Fields<'a> {
    path: String,
    entries: &'a [(String, Json)],
    taken: Vec<bool>,
}

pub fn fields<'a>(path: &str, value: &'a Json) -> Result<Fields<'a>, ImportError> {
    let entries = entries(path, value)?;
    Ok(Fields {
        path: path.to_owned(),
        entries,
        taken: vec![false; entries.len()],
    })
}

impl<'a> Fields<'a> {
    /// The path of field `key` inside this object.
    pub fn path_of(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The field `key`; `None` when it is absent or null.
    pub fn optional(&mut self, key: &str) -> Option<&'a Json> {
        let i = self.entries.iter().position(|(k, _)| k == key)?;
        self.taken[i] = true;
        match &self.entries[i].1 {
            Json::Null => None,
            value => Some(value),
        }
    }

    pub fn required(&mut self, key: &str) -> Result<&'a Json, ImportError> {
        self.optional(key)
            .ok_or_else(|| invalid(self.path_of(key), Problem::Missing))
    }

    pub fn text(&mut self, key: &str) -> Result<String, ImportError> {
        text(&self.path_of(key), self.required(key)?)
    }

    /// Text that may be left out, read as empty.
    pub fn text_or_empty(&mut self, key: &str) -> Result<String, ImportError> {
        match self.optional(key) {
            Some(value) => text(&self.path_of(key), value),
            None => Ok(String::new()),
        }
    }

    /// The field `key` read by `read`, or `default()` when it is absent.
    pub fn read_or<T>(
        &mut self,
        key: &str,
        read: impl FnOnce(&str, &Json) -> Result<T, ImportError>,
        default: impl FnOnce() -> T,
    ) -> Result<T, ImportError> {
        match self.optional(key) {
            Some(value) => read(&self.path_of(key), value),
            None => Ok(default()),
        }
    }

    pub fn int<T: TryFrom<i64>>(&mut self, key: &str) -> Result<T, ImportError> {
        int(&self.path_of(key), self.required(key)?)
    }

    /// Refuses the first field nobody asked for.
    pub fn finish(self) -> Result<(), ImportError> {
        match self.taken.iter().position(|t| !t) {
            Some(i) => Err(invalid(
                join(&self.path, &self.entries[i].0),
                Problem::NotInFormat,
            )),
            None => Ok(()),
        }
    }
}
