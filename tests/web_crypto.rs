//! Layer 2: locking with a passphrase in real Chromium's Web Crypto: a
//! round trip through a file and a link, a wrong passphrase, and changed
//! bytes, each refused without handing anything back.
#![cfg(target_arch = "wasm32")]

use kapacitetsradar::core::error::ImportError;
use kapacitetsradar::core::formats::locked::{
    ITERATIONS, locked_file_json, locked_link_payload, parse_locked_file, parse_locked_payload,
};
use kapacitetsradar::crypto::{lock, unlock};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = r#"{"format":"kapacitetsradar.response","note":"Anna: «svært» æøå"}"#;
const LIMIT: usize = 100_000;

#[wasm_bindgen_test]
async fn a_locked_file_and_link_open_with_the_passphrase() {
    let sealed = lock("korrekt hest batteri", TEXT).await.expect("locks");
    assert_eq!(sealed.iterations, ITERATIONS);
    assert!(
        !sealed.ciphertext.windows(4).any(|w| w == b"Anna"),
        "not in clear"
    );

    let file = parse_locked_file(&locked_file_json(&sealed)).expect("file reads");
    assert_eq!(
        unlock("korrekt hest batteri", &file, LIMIT)
            .await
            .as_deref(),
        Ok(TEXT)
    );
    let link = parse_locked_payload(&locked_link_payload(&sealed)).expect("link reads");
    assert_eq!(
        unlock("korrekt hest batteri", &link, LIMIT)
            .await
            .as_deref(),
        Ok(TEXT)
    );
}

#[wasm_bindgen_test]
async fn each_lock_has_its_own_salt_and_iv() {
    let a = lock("korrekt hest batteri", TEXT).await.expect("locks");
    let b = lock("korrekt hest batteri", TEXT).await.expect("locks");
    assert_ne!(a.salt, b.salt);
    assert_ne!(a.iv, b.iv);
    assert_ne!(a.ciphertext, b.ciphertext);
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_refused() {
    let sealed = lock("korrekt hest batteri", TEXT).await.expect("locks");
    assert_eq!(
        unlock("korrekt hest batteri!", &sealed, LIMIT).await,
        Err(ImportError::WrongPassphrase)
    );
}

#[wasm_bindgen_test]
async fn a_changed_ciphertext_salt_or_iv_is_refused() {
    let sealed = lock("korrekt hest batteri", TEXT).await.expect("locks");
    let mut tampered = sealed.clone();
    tampered.ciphertext[3] ^= 1;
    assert_eq!(
        unlock("korrekt hest batteri", &tampered, LIMIT).await,
        Err(ImportError::WrongPassphrase)
    );
    let mut tampered = sealed.clone();
    tampered.salt[0] ^= 1;
    assert_eq!(
        unlock("korrekt hest batteri", &tampered, LIMIT).await,
        Err(ImportError::WrongPassphrase)
    );
    let mut tampered = sealed;
    tampered.iv[0] ^= 1;
    assert_eq!(
        unlock("korrekt hest batteri", &tampered, LIMIT).await,
        Err(ImportError::WrongPassphrase)
    );
}
