//! What a file is, told from its bytes before any reader sees it: text in
//! UTF-8 (the only encoding the app's formats use), or another encoding, or
//! no text at all. Each refusal names what the file looks like, so a user
//! who dropped a UTF-16 export or an Excel workbook knows what to do.

use crate::core::error::{ImportError, NotText};

/// How many leading bytes are looked at to tell UTF-16 from binary.
const SAMPLE: usize = 4096;

/// The file's text, or why it has none the app can read.
pub fn decode_text(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportError::NotText(NotText::Utf16));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(ImportError::NotText(NotText::Zip));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(ImportError::NotText(NotText::Pdf));
    }
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    if sample.contains(&0) {
        // UTF-16 without its mark: every other byte of plain text is 0.
        let zeros_at = |parity: usize| {
            sample
                .iter()
                .skip(parity)
                .step_by(2)
                .filter(|b| **b == 0)
                .count()
        };
        let half = sample.len() / 2;
        let utf16 = zeros_at(0).max(zeros_at(1)) * 10 >= half * 8;
        return Err(ImportError::NotText(if utf16 {
            NotText::Utf16
        } else {
            NotText::Binary
        }));
    }
    // Control characters other than tab and line breaks don't occur in
    // text; a few in a thousand is binary.
    let controls = sample
        .iter()
        .filter(|b| (**b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || **b == 0x7F)
        .count();
    if controls * 200 > sample.len() {
        return Err(ImportError::NotText(NotText::Binary));
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(text) {
        Ok(text) => Ok(text.to_owned()),
        // Mostly text, but not UTF-8: Excel's "CSV" in Windows-1252, say.
        Err(_) => Err(ImportError::NotText(NotText::EightBit)),
    }
}

/// A file name's extension, in lower case ("" without one).
pub fn extension(name: &str) -> String {
    std::path::Path::new(name)
        .extension()
        .map(|ext| ext.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}
