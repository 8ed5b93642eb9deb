//! Locking and unlocking with a passphrase, by the browser's Web Crypto:
//! PBKDF2-SHA-256 derives an AES-256-GCM key from the passphrase and a
//! random salt; each lock has its own salt and IV. The shape of a locked
//! file or link is `core::formats::locked`'s; this is only the cryptography.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::core::error::ImportError;
use crate::core::formats::locked::{ITERATIONS, IV_BYTES, SALT_BYTES, Sealed, pack, unpack};

/// Web Crypto exists only in a secure context (https, or this machine).
fn crypto() -> Result<(web_sys::Crypto, SubtleCrypto), ImportError> {
    let window = web_sys::window().ok_or(ImportError::LockingUnavailable)?;
    if !window.is_secure_context() {
        return Err(ImportError::LockingUnavailable);
    }
    let crypto = window
        .crypto()
        .map_err(|_| ImportError::LockingUnavailable)?;
    let subtle = crypto.subtle();
    Ok((crypto, subtle))
}

async fn call(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

async fn derive_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, ImportError> {
    let unavailable = |_| ImportError::LockingUnavailable;
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base = call(subtle.import_key_with_str(
        "raw",
        &secret,
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    ))
    .await
    .map_err(unavailable)?;
    let params =
        Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let key = call(subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &AesDerivedKeyParams::new("AES-GCM", 256),
        false,
        &Array::of2(&"encrypt".into(), &"decrypt".into()),
    ))
    .await
    .map_err(unavailable)?;
    Ok(key.unchecked_into())
}

/// Locks `text` with `passphrase`.
pub async fn lock(passphrase: &str, text: &str) -> Result<Sealed, ImportError> {
    let (crypto, subtle) = crypto()?;
    let mut salt = [0u8; SALT_BYTES];
    let mut iv = [0u8; IV_BYTES];
    crypto
        .get_random_values_with_u8_array(&mut salt)
        .and_then(|_| crypto.get_random_values_with_u8_array(&mut iv))
        .map_err(|_| ImportError::LockingUnavailable)?;
    let key = derive_key(&subtle, passphrase, &salt, ITERATIONS).await?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]));
    let ciphertext = call(subtle.encrypt_with_object_and_u8_array(&params, &key, &pack(text)))
        .await
        .map_err(|_| ImportError::LockingUnavailable)?;
    Ok(Sealed {
        iterations: ITERATIONS,
        salt: salt.to_vec(),
        iv: iv.to_vec(),
        ciphertext: js_sys::Uint8Array::new(&ciphertext).to_vec(),
    })
}

/// Opens what `lock` made, refusing more than `limit` bytes of text. A
/// wrong passphrase and changed data both fail GCM's check, and both say
/// so; nothing is returned that wasn't locked as it is.
pub async fn unlock(
    passphrase: &str,
    sealed: &Sealed,
    limit: usize,
) -> Result<String, ImportError> {
    let (_, subtle) = crypto()?;
    let key = derive_key(&subtle, passphrase, &sealed.salt, sealed.iterations).await?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&sealed.iv[..]));
    let packed = call(subtle.decrypt_with_object_and_u8_array(&params, &key, &sealed.ciphertext))
        .await
        .map_err(|_| ImportError::WrongPassphrase)?;
    unpack(&js_sys::Uint8Array::new(&packed).to_vec(), limit)
}
