//! The ciphers other apps' files use, for reading (import) and writing (export) them. What a
//! file may ask of them is bounded in `import::cost`.

use aes::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use zeroize::Zeroizing;

/// AES-256-GCM with a 12-byte nonce; `None` when the key is wrong or the data altered.
pub fn aes_gcm_open(key: &[u8], nonce: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    aes_gcm_open_with(key, nonce, sealed, b"")
}

/// AES-256-GCM with associated data (FreeOTP 2 binds each key to its purpose).
pub fn aes_gcm_open_with(
    key: &[u8],
    nonce: &[u8],
    sealed: &[u8],
    aad: &[u8],
) -> Option<Zeroizing<Vec<u8>>> {
    if key.len() != 32 || nonce.len() != 12 {
        return None;
    }
    Aes256Gcm::new_from_slice(key)
        .ok()?
        .decrypt(Nonce::from_slice(nonce), Payload { msg: sealed, aad })
        .ok()
        .map(Zeroizing::new)
}

/// AES-256-CBC with PKCS#7 padding; `None` when the padding is wrong (CBC has no tag, so a
/// wrong key usually, not always, shows here: callers check what they decrypted).
pub fn aes_cbc_open(key: &[u8], iv: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    cbc::Decryptor::<aes::Aes256>::new_from_slices(key, iv)
        .ok()?
        .decrypt_padded_vec_mut::<Pkcs7>(sealed)
        .ok()
        .map(Zeroizing::new)
}

pub fn aes_gcm_seal(key: &[u8], nonce: &[u8; 12], plaintext: &[u8]) -> Vec<u8> {
    Aes256Gcm::new_from_slice(key)
        .expect("a 32-byte key")
        .encrypt(Nonce::from_slice(nonce), plaintext)
        .expect("AES-GCM encrypts any length we use")
}

pub fn pbkdf2_sha256(password: &str, salt: &[u8], rounds: u32) -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password.as_bytes(), salt, rounds, key.as_mut());
    key
}

pub fn pbkdf2_sha1(password: &str, salt: &[u8], rounds: u32) -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password.as_bytes(), salt, rounds, key.as_mut());
    key
}

pub fn pbkdf2_sha512(password: &str, salt: &[u8], rounds: u32) -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha512>(password.as_bytes(), salt, rounds, key.as_mut());
    key
}

/// scrypt with parameters already checked (import::cost) or fixed by Sesame's own writer.
pub fn scrypt(password: &str, salt: &[u8], params: &scrypt::Params) -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(password.as_bytes(), salt, params, key.as_mut())
        .expect("a 32-byte output is always valid");
    key
}

/// Decodes standard Base64, with or without padding.
pub fn base64(text: &str) -> Option<Vec<u8>> {
    use base64::engine::{
        general_purpose::GeneralPurpose, DecodePaddingMode, GeneralPurposeConfig,
    };
    use base64::Engine as _;
    GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    )
    .decode(text.trim())
    .ok()
}
