//! Files and links locked with a passphrase: the shape of what is stored,
//! not the cryptography (the browser's Web Crypto does that, in
//! `crate::crypto`).
//!
//! The locked text is the inner document (a respondent's answers, an
//! assessment, a backup) deflated and then sealed with AES-256-GCM, under a
//! key derived from the passphrase with PBKDF2-SHA-256. Each file or link
//! has its own random salt and IV. GCM's tag makes a wrong passphrase and a
//! changed byte fail alike, so neither can be mistaken for a document.
//!
//! A file is JSON, versioned like every other format:
//! `{"format":"kapacitetsradar.locked","version":1,"kdf":{…},"cipher":{…},"data":"…"}`.
//! A link carries the same facts packed as bytes after `#/i/k1.`:
//! iterations (4 bytes, big-endian), salt (16), IV (12), ciphertext.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde::{Deserialize, Serialize};

use crate::core::error::{ImportError, Problem, invalid};
use crate::core::formats::read::{envelope, from_json};

pub const LOCKED_FORMAT: &str = "kapacitetsradar.locked";
pub const LOCKED_VERSION: u32 = 1;
/// What follows `#/i/` in a locked link; the digit versions the packing.
pub const LOCKED_LINK_PREFIX: &str = "k1.";
pub const KDF_NAME: &str = "PBKDF2-SHA-256";
pub const CIPHER_NAME: &str = "AES-256-GCM";
/// OWASP's 2023 advice for PBKDF2-SHA-256.
pub const ITERATIONS: u32 = 600_000;
/// A later app may ask for more work than this one, but a file can't make
/// opening it hang the page, nor ask for a weak key.
pub const MIN_ITERATIONS: u32 = 100_000;
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// A locked backup of a full device, with room to spare.
pub const MAX_LOCKED_BYTES: usize = 60_000_000;

/// What a passphrase opens: everything but the passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    /// The deflated document, encrypted, with GCM's 16-byte tag at the end.
    pub ciphertext: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LockedFile {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: Cipher,
    data: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Kdf {
    name: String,
    iterations: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cipher {
    name: String,
    iv: String,
}

/// The document as the bytes that get encrypted: deflated, since answers
/// compress well and a link has to stay short.
pub fn pack(text: &str) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9)
}

/// The document again, refusing more than `limit` bytes once inflated.
pub fn unpack(bytes: &[u8], limit: usize) -> Result<String, ImportError> {
    let inflated = miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, limit)
        .map_err(|_| ImportError::BrokenLink)?;
    String::from_utf8(inflated).map_err(|_| ImportError::BrokenLink)
}

pub fn locked_file_json(sealed: &Sealed) -> String {
    let file = LockedFile {
        format: LOCKED_FORMAT.into(),
        version: LOCKED_VERSION,
        kdf: Kdf {
            name: KDF_NAME.into(),
            iterations: sealed.iterations,
            salt: STANDARD.encode(&sealed.salt),
        },
        cipher: Cipher {
            name: CIPHER_NAME.into(),
            iv: STANDARD.encode(&sealed.iv),
        },
        data: STANDARD.encode(&sealed.ciphertext),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a locked file's outside; what is inside waits for the passphrase.
pub fn parse_locked_file(text: &str) -> Result<Sealed, ImportError> {
    envelope(text, LOCKED_FORMAT, LOCKED_VERSION)?;
    let file: LockedFile = from_json(text, MAX_LOCKED_BYTES)?;
    if file.kdf.name != KDF_NAME {
        return Err(invalid("kdf.name", Problem::NotSupported(file.kdf.name)));
    }
    if file.cipher.name != CIPHER_NAME {
        return Err(invalid(
            "cipher.name",
            Problem::NotSupported(file.cipher.name),
        ));
    }
    let bytes = |path: &str, text: &str| {
        STANDARD
            .decode(text)
            .map_err(|_| invalid(path, Problem::Malformed("not base64".into())))
    };
    check(Sealed {
        iterations: file.kdf.iterations,
        salt: bytes("kdf.salt", &file.kdf.salt)?,
        iv: bytes("cipher.iv", &file.cipher.iv)?,
        ciphertext: bytes("data", &file.data)?,
    })
}

/// The part after `#/i/` of a locked link.
pub fn locked_link_payload(sealed: &Sealed) -> String {
    let mut packed = Vec::with_capacity(4 + SALT_BYTES + IV_BYTES + sealed.ciphertext.len());
    packed.extend_from_slice(&sealed.iterations.to_be_bytes());
    packed.extend_from_slice(&sealed.salt);
    packed.extend_from_slice(&sealed.iv);
    packed.extend_from_slice(&sealed.ciphertext);
    format!("{LOCKED_LINK_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

pub fn is_locked_payload(payload: &str) -> bool {
    payload.starts_with(LOCKED_LINK_PREFIX)
}

pub fn parse_locked_payload(payload: &str) -> Result<Sealed, ImportError> {
    let data = payload
        .strip_prefix(LOCKED_LINK_PREFIX)
        .ok_or(ImportError::BrokenLink)?;
    let packed = URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| ImportError::BrokenLink)?;
    if packed.len() < 4 + SALT_BYTES + IV_BYTES + 16 {
        return Err(ImportError::BrokenLink);
    }
    let (head, rest) = packed.split_at(4);
    let (salt, rest) = rest.split_at(SALT_BYTES);
    let (iv, ciphertext) = rest.split_at(IV_BYTES);
    let iterations = u32::from_be_bytes([head[0], head[1], head[2], head[3]]);
    check(Sealed {
        iterations,
        salt: salt.to_vec(),
        iv: iv.to_vec(),
        ciphertext: ciphertext.to_vec(),
    })
    .map_err(|_| ImportError::BrokenLink)
}

fn check(sealed: Sealed) -> Result<Sealed, ImportError> {
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&sealed.iterations) {
        return Err(invalid(
            "kdf.iterations",
            Problem::NotSupported(sealed.iterations.to_string()),
        ));
    }
    if sealed.salt.len() != SALT_BYTES {
        return Err(invalid(
            "kdf.salt",
            Problem::NotSupported(format!("{} bytes", sealed.salt.len())),
        ));
    }
    if sealed.iv.len() != IV_BYTES {
        return Err(invalid(
            "cipher.iv",
            Problem::NotSupported(format!("{} bytes", sealed.iv.len())),
        ));
    }
    // GCM's tag alone is 16 bytes.
    if sealed.ciphertext.len() < 16 {
        return Err(invalid("data", Problem::Empty));
    }
    Ok(sealed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Sealed {
        Sealed {
            iterations: ITERATIONS,
            salt: vec![7; SALT_BYTES],
            iv: vec![9; IV_BYTES],
            ciphertext: (0..40).collect(),
        }
    }

    #[test]
    fn a_locked_file_reads_back() {
        assert_eq!(
            parse_locked_file(&locked_file_json(&sample())),
            Ok(sample())
        );
    }

    #[test]
    fn a_locked_link_reads_back() {
        let payload = locked_link_payload(&sample());
        assert!(is_locked_payload(&payload));
        assert_eq!(parse_locked_payload(&payload), Ok(sample()));
    }

    #[test]
    fn weak_or_foreign_parameters_are_refused_by_field() {
        let text = locked_file_json(&sample()).replace("600000", "1000");
        assert!(matches!(
            parse_locked_file(&text),
            Err(ImportError::Invalid { path, .. }) if path == "kdf.iterations"
        ));
        let text = locked_file_json(&sample()).replace(CIPHER_NAME, "AES-128-CBC");
        assert!(matches!(
            parse_locked_file(&text),
            Err(ImportError::Invalid { path, .. }) if path == "cipher.name"
        ));
    }

    #[test]
    fn a_cut_link_is_broken() {
        let payload = locked_link_payload(&sample());
        assert_eq!(
            parse_locked_payload(&payload[..30]),
            Err(ImportError::BrokenLink)
        );
    }

    #[test]
    fn packing_round_trips_and_bounds_what_it_inflates() {
        let text = "svar ".repeat(1000);
        assert_eq!(unpack(&pack(&text), 10_000).as_deref(), Ok(text.as_str()));
        assert!(unpack(&pack(&text), 100).is_err());
    }
}
