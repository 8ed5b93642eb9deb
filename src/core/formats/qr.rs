//! A QR code of a share link, as an SVG path, so a leader can hand their
//! answers to the consultant's phone or laptop camera.

use qrcodegen::{QrCode, QrCodeEcc};

/// Past this, a code gets too dense to scan off a phone screen reliably;
/// the link and the file still work.
pub const MAX_QR_BYTES: usize = 1_800;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// Modules per side, without the quiet zone.
    pub size: usize,
    /// One SVG path drawing every dark module, offset by a 4-module quiet
    /// zone: draw it in a `0 0 (size + 8) (size + 8)` view box.
    pub path: String,
}

/// The code for `text`, or `None` when it is too long to scan well.
pub fn qr_for(text: &str) -> Option<Qr> {
    if text.len() > MAX_QR_BYTES {
        return None;
    }
    // Medium error correction survives a smudged or glaring screen.
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = usize::try_from(code.size()).ok()?;
    let mut path = String::new();
    for y in 0..code.size() {
        let mut x = 0;
        while x < code.size() {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // A run of dark modules on this row is one rectangle.
            let start = x;
            while x < code.size() && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + 4,
                y + 4,
                x - start,
                x - start
            ));
        }
    }
    Some(Qr { size, path })
}
