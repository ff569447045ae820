//! Ente Auth exports: the plain text (URIs with `codeDisplay`) and the encrypted JSON, whose
//! key comes from libsodium's Argon2id and whose text is one secretstream message
//! (docs/formats.md 2.6, 2.7).

use super::cipher::{base64, need};
use super::{text, uris, Format, ImportError, Read};
use crate::crypto::argon2id;
use crypto_secretstream::{Header, Key, PullStream};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Encrypted {
    kdf_params: Kdf,
    encrypted_data: String,
    encryption_nonce: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Kdf {
    mem_limit: u64,
    ops_limit: u64,
    salt: String,
}

pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::Ente,
        reason,
    };
    let Ok(file) = serde_json::from_slice::<Encrypted>(bytes) else {
        return Ok(uris::read(text(bytes).map_err(not)?));
    };
    let password = need(password, Format::Ente)?;
    let kdf = &file.kdf_params;
    let params = super::cost::argon2(kdf.mem_limit, kdf.ops_limit, 1, &super::cost::ENTE)?;
    let b64 = |field: &str, value: &str| {
        base64(value).ok_or_else(|| {
            not(crate::i18n::say(
                "import-field-not-base64",
                &[("field", field.into())],
            ))
        })
    };
    let salt = b64("salt", &kdf.salt)?;
    let header = b64("encryptionNonce", &file.encryption_nonce)?;
    let mut data = b64("encryptedData", &file.encrypted_data)?;
    let key = argon2id(password.as_bytes(), &salt, params)
        .map_err(|e| ImportError::Parameters(e.to_string()))?;
    let header = Header::try_from(header.as_slice())
        .map_err(|_| not(crate::i18n::say("import-bad-nonce", &[])))?;
    PullStream::init(header, &Key::from(*key))
        .pull(&mut data, &[])
        .map_err(|_| ImportError::WrongPassword)?;
    let data = zeroize::Zeroizing::new(data);
    Ok(uris::read(text(&data).map_err(not)?))
}
