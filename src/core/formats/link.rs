//! Share links: one respondent's answers carried in the address's fragment
//! (`…/#/i/1.<data>`), which browsers never send to any server.
//!
//! `<data>` is the compact response file (`format::response_to_json`, with
//! its own format name and version), deflated and base64url-encoded. The `1.`
//! before it versions this encoding, so a later app can change it and still
//! read old links. Decoding is bounded: the text, the compressed bytes and
//! what they inflate to all have limits, so a hostile link can't exhaust
//! memory.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::core::error::ImportError;
use crate::core::formats::files::{
    MAX_RESPONSE_BYTES, ResponseDocument, parse_response, response_to_json,
};

/// The route that opens a share link in the app.
pub const LINK_ROUTE: &str = "#/i/";
pub const LINK_VERSION: u32 = 1;
/// Longer than any respondent's answers compress to; browsers handle
/// fragments far longer.
pub const MAX_LINK_CHARS: usize = 64_000;

/// The part after `#/i/`.
pub fn encode_payload(document: &ResponseDocument) -> String {
    pack(&response_to_json(document))
}

/// `json` deflated, base64url-encoded and versioned: the body of a link.
pub(crate) fn pack(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    format!("{LINK_VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// A full link for `base` (the app's address without its fragment).
pub fn share_link(base: &str, document: &ResponseDocument) -> String {
    format!("{base}{LINK_ROUTE}{}", encode_payload(document))
}

/// Reads a link as a user pasted it: a whole address, or just what follows
/// `#/i/`. Surrounding spaces and a trailing full stop are forgiven.
pub fn decode_link(text: &str) -> Result<ResponseDocument, ImportError> {
    decode_payload(link_payload(text))
}

/// What follows `#/i/` in a link as pasted (or the text itself).
pub fn link_payload(text: &str) -> &str {
    let text = text.trim().trim_end_matches(['.', ',', ')', '>']);
    match text.find(LINK_ROUTE) {
        Some(i) => &text[i + LINK_ROUTE.len()..],
        None => text,
    }
}

pub fn decode_payload(payload: &str) -> Result<ResponseDocument, ImportError> {
    let text = unpack(payload, MAX_RESPONSE_BYTES)?;
    parse_response(&text).map_err(|error| match error {
        // Inflated but not JSON: damaged in a way deflate didn't notice.
        ImportError::NotJson { .. } => ImportError::BrokenLink,
        other => other,
    })
}

/// The JSON in a link's body, bounded at every step: the text, and what it
/// inflates to (`limit` bytes).
pub(crate) fn unpack(payload: &str, limit: usize) -> Result<String, ImportError> {
    if payload.len() > MAX_LINK_CHARS {
        return Err(ImportError::TooLarge {
            actual: payload.len(),
            limit: MAX_LINK_CHARS,
        });
    }
    let (version, data) = payload.split_once('.').ok_or(ImportError::BrokenLink)?;
    match version.parse::<u32>() {
        Ok(LINK_VERSION) => {}
        Ok(found) if found > LINK_VERSION => {
            return Err(ImportError::TooNew {
                found,
                supported: LINK_VERSION,
            });
        }
        _ => return Err(ImportError::BrokenLink),
    }
    let packed = URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| ImportError::BrokenLink)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, limit)
        .map_err(|_| ImportError::BrokenLink)?;
    String::from_utf8(json).map_err(|_| ImportError::BrokenLink)
}
