//! andOTP backups: a JSON array, or encrypted in the new format (PBKDF2 iterations and salt in
//! the file) or the old one (SHA-256 of the password) (docs/formats.md 2.3).

use super::cipher::{aes_gcm_open, need, pbkdf2_sha1};
use super::{each, item, label, Fields, Format, ImportError, Read};
use crate::account::EntryMeta;
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The smallest encrypted file: iterations, salt, nonce and tag around an empty text.
pub const MIN_ENCRYPTED: usize = 4 + 12 + 12 + 16;

#[derive(Deserialize)]
struct Entry {
    secret: String,
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    label: String,
    #[serde(rename = "type", default)]
    kind: Option<String>,
    algorithm: Option<String>,
    digits: Option<i64>,
    period: Option<i64>,
    counter: Option<i64>,
    #[serde(default)]
    tags: Vec<String>,
}

pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::AndOtp,
        reason,
    };
    let plain;
    let json = match serde_json::from_slice::<Value>(bytes) {
        Ok(v) => v,
        Err(_) => {
            plain = decrypt(bytes, need(password, Format::AndOtp)?)?;
            serde_json::from_slice(&plain).map_err(|e| {
                not(crate::i18n::say(
                    "import-decrypted-not-json",
                    &[("why", e.to_string().into())],
                ))
            })?
        }
    };
    let entries = json
        .as_array()
        .ok_or_else(|| not(crate::i18n::say("import-expected-list", &[])))?;
    let items = each(entries, |e: Entry| {
        // Old backups have no issuer: the label was "Issuer - Account".
        let (issuer, name) = match &e.issuer {
            Some(i) => (i.clone(), e.label.clone()),
            None => match e.label.split_once(" - ") {
                Some((i, n)) => (i.to_owned(), n.to_owned()),
                None => (String::new(), e.label.clone()),
            },
        };
        let account = Fields {
            kind: e.kind.as_deref().unwrap_or("totp"),
            issuer: &issuer,
            name: &name,
            secret: &e.secret,
            algorithm: e.algorithm.as_deref(),
            digits: e.digits,
            period: e.period,
            counter: e.counter,
        }
        .account();
        let meta = EntryMeta {
            group: e.tags.first().cloned().unwrap_or_default(),
            ..EntryMeta::default()
        };
        item(label(&issuer, &name), account, meta)
    });
    Ok((items, Vec::new()))
}

fn decrypt(bytes: &[u8], password: &str) -> Result<zeroize::Zeroizing<Vec<u8>>, ImportError> {
    if bytes.len() < MIN_ENCRYPTED {
        return Err(ImportError::NotThisFormat {
            format: Format::AndOtp,
            reason: crate::i18n::say("import-too-short", &[]),
        });
    }
    let iterations = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    // Above andOTP's own range the first bytes are the old format's nonce, never run as a count.
    if (1..=super::cost::ANDOTP_ITERATIONS).contains(&iterations) {
        let (salt, rest) = bytes[4..].split_at(12);
        let (nonce, sealed) = rest.split_at(12);
        if let Some(plain) =
            aes_gcm_open(&pbkdf2_sha1(password, salt, iterations)[..], nonce, sealed)
        {
            return Ok(plain);
        }
    }
    // The old format: the key is the password's SHA-256, the file nonce || ciphertext || tag.
    let key = zeroize::Zeroizing::new(Sha256::digest(password.as_bytes()));
    let (nonce, sealed) = bytes.split_at(12);
    aes_gcm_open(&key, nonce, sealed).ok_or(ImportError::WrongPassword)
}
