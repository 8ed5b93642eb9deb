//! Layer 1: files told apart by name and content together, each refusal
//! naming the real problem (issue 18's corpus of broken files).
#![cfg(not(target_arch = "wasm32"))]

use kapacitetsradar::core::error::{ImportError, NotText};
use kapacitetsradar::core::formats::sniff::{decode_text, extension};
use kapacitetsradar::core::gathering::{FileContent, read_file_text};

fn read(name: &str, bytes: &[u8]) -> Result<FileContent, ImportError> {
    read_file_text(name, &decode_text(bytes)?)
}

fn utf16le(text: &str, mark: bool) -> Vec<u8> {
    let mut out = if mark { vec![0xFF, 0xFE] } else { vec![] };
    for unit in text.encode_utf16() {
        out.extend(unit.to_le_bytes());
    }
    out
}

/// Bytes that look like nothing: a fixed pseudo-random sequence.
fn junk(n: usize) -> Vec<u8> {
    let mut x: u32 = 2463534242;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x & 0xFF) as u8
        })
        .collect()
}

#[test]
fn utf16_with_or_without_its_mark_is_named() {
    let csv = "Navn;T1.1\nAnna;4\n";
    for mark in [true, false] {
        assert_eq!(
            read("svar.csv", &utf16le(csv, mark)),
            Err(ImportError::NotText(NotText::Utf16))
        );
    }
    let json = r#"{"format":"kapacitetsradar.response","version":2}"#;
    assert_eq!(
        read("svar.json", &utf16le(json, true)),
        Err(ImportError::NotText(NotText::Utf16))
    );
}

#[test]
fn binary_junk_named_json_is_named_binary() {
    assert_eq!(
        read("svar.json", &junk(3000)),
        Err(ImportError::NotText(NotText::Binary))
    );
    assert_eq!(
        read("svar.csv", &junk(50)),
        Err(ImportError::NotText(NotText::Binary))
    );
}

#[test]
fn workbooks_pdfs_and_eight_bit_text_are_named() {
    let mut xlsx = b"PK\x03\x04".to_vec();
    xlsx.extend(junk(200));
    assert_eq!(
        read("svar.xlsx", &xlsx),
        Err(ImportError::NotText(NotText::Zip))
    );
    assert_eq!(
        read("svar.pdf", b"%PDF-1.7\n..."),
        Err(ImportError::NotText(NotText::Pdf))
    );
    // "Rækkefølge;Søren" in Windows-1252, as Excel's plain CSV saves it.
    let latin1 = b"Navn;T1.1\nS\xF8ren;4\n";
    assert_eq!(
        read("svar.csv", latin1),
        Err(ImportError::NotText(NotText::EightBit))
    );
}

#[test]
fn empty_files_are_named_empty() {
    assert_eq!(read("svar.csv", b""), Err(ImportError::Empty));
    assert_eq!(read("svar.json", b"  \n"), Err(ImportError::Empty));
    // A UTF-8 mark alone is empty too.
    assert_eq!(read("svar.csv", b"\xEF\xBB\xBF"), Err(ImportError::Empty));
}

#[test]
fn json_that_is_no_file_of_ours_is_named_so() {
    assert_eq!(read("svar.json", b"[1, 2, 3]"), Err(ImportError::NotOurs));
    assert_eq!(
        read("data.json", br#"{"name": "Anna"}"#),
        Err(ImportError::NotOurs)
    );
    assert_eq!(read("svar.json", b"\"text\""), Err(ImportError::NotOurs));
    assert!(matches!(
        read("svar.json", b"[1, 2,"),
        Err(ImportError::NotJson { .. })
    ));
    assert!(matches!(
        read("svar.json", b"Navn;T1.1"),
        Err(ImportError::NotJson { line: 1, .. })
    ));
}

#[test]
fn deeply_nested_json_is_named_too_deep() {
    for text in [
        "[".repeat(10_000),
        format!("{}1{}", "{\"a\":".repeat(500), "}".repeat(500)),
    ] {
        assert!(
            matches!(
                read("svar.json", text.as_bytes()),
                Err(ImportError::TooDeep { .. })
            ),
            "{}",
            &text[..20]
        );
    }
}

#[test]
fn ragged_quotes_name_their_line() {
    let csv = "Navn;T1.1\nAnna;4\n\"Bo;3\nCarl;2\n";
    assert_eq!(
        read("svar.csv", csv.as_bytes()),
        Err(ImportError::CsvQuote { line: 3 })
    );
}

#[test]
fn a_text_that_is_no_table_is_not_ours_unless_it_says_csv() {
    assert_eq!(
        read("noter.md", b"# Noter\nIngen tabel her.\n"),
        Err(ImportError::NotOurs)
    );
    assert!(matches!(
        read("svar", b"Navn;T1.1\nAnna;4\n"),
        Ok(FileContent::Csv(_))
    ));
    assert_eq!(extension("Svar.CSV"), "csv");
    assert_eq!(extension("svar"), "");
}

#[test]
fn good_files_still_read() {
    let bom = b"\xEF\xBB\xBFNavn;T1.1\nAnna;4\n";
    assert!(matches!(read("svar.csv", bom), Ok(FileContent::Csv(_))));
    assert!(matches!(
        read("svar.txt", "Navn\tT1.1\nSøren\t4\n".as_bytes()),
        Ok(FileContent::Csv(_))
    ));
}
