//! Authenticator Pro / Stratum backups: plain JSON, "strong" encryption (Argon2id,
//! AES-256-GCM) and the legacy one (PBKDF2-SHA1, AES-256-CBC) (docs/formats.md 2.9).

use super::cipher::{aes_cbc_open, aes_gcm_open, need, pbkdf2_sha1};
use super::{array, each, item, label, Fields, Format, ImportError, Item, Read};
use crate::account::EntryMeta;
use crate::crypto::{argon2id, KdfParams};
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

pub const STRONG_MAGIC: &[u8] = b"AUTHENTICATORPRO";
pub const LEGACY_MAGIC: &[u8] = b"AuthenticatorPro";

/// One account, as the backup's JSON and the app's database (database.rs) both hold it.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Authenticator {
    #[serde(rename = "Type")]
    pub kind: i64,
    #[serde(default)]
    pub issuer: String,
    pub username: Option<String>,
    pub secret: String,
    pub algorithm: Option<i64>,
    pub digits: Option<i64>,
    pub period: Option<i64>,
    pub counter: Option<i64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Category {
    id: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Link {
    category_id: String,
    authenticator_secret: String,
}

pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::Stratum,
        reason,
    };
    let plain;
    let json: &[u8] = if bytes.starts_with(STRONG_MAGIC) || bytes.starts_with(LEGACY_MAGIC) {
        plain = decrypt(bytes, need(password, Format::Stratum)?)?;
        &plain
    } else {
        bytes
    };
    let file: Value = serde_json::from_slice(json).map_err(|e| {
        not(crate::i18n::say(
            "import-not-json",
            &[("why", e.to_string().into())],
        ))
    })?;
    let list = |key| -> Vec<Value> {
        file.get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let categories: HashMap<String, String> = list("Categories")
        .into_iter()
        .filter_map(|c| serde_json::from_value::<Category>(c).ok())
        .map(|c| (c.id, c.name))
        .collect();
    let links: HashMap<String, String> = list("AuthenticatorCategories")
        .into_iter()
        .filter_map(|l| serde_json::from_value::<Link>(l).ok())
        .filter_map(|l| {
            Some((
                l.authenticator_secret,
                categories.get(&l.category_id)?.clone(),
            ))
        })
        .collect();
    let items = each(
        array(&file, "Authenticators").map_err(not)?,
        |a: Authenticator| {
            let group = links.get(&a.secret).cloned().unwrap_or_default();
            authenticator(a, group)
        },
    );
    Ok((items, Vec::new()))
}

pub fn authenticator(a: Authenticator, group: String) -> Item {
    let kind = match a.kind {
        1 => "hotp",
        2 => "totp",
        3 => "motp",
        4 => "steam",
        5 => "yandex",
        _ => "unknown",
    };
    let algorithm = match a.algorithm.unwrap_or(0) {
        0 => "SHA1",
        1 => "SHA256",
        2 => "SHA512",
        _ => "unknown",
    };
    let name = a.username.clone().unwrap_or_default();
    let account = Fields {
        kind,
        issuer: &a.issuer,
        name: &name,
        secret: &a.secret,
        algorithm: Some(algorithm),
        digits: a.digits,
        period: a.period,
        counter: a.counter,
    }
    .account();
    let meta = EntryMeta {
        group,
        ..EntryMeta::default()
    };
    item(label(&a.issuer, &name), account, meta)
}

fn decrypt(bytes: &[u8], password: &str) -> Result<zeroize::Zeroizing<Vec<u8>>, ImportError> {
    let short = || ImportError::NotThisFormat {
        format: Format::Stratum,
        reason: crate::i18n::say("import-cut-short", &[]),
    };
    let body = &bytes[16..];
    if bytes.starts_with(STRONG_MAGIC) {
        if body.len() < 16 + 12 + 16 {
            return Err(short());
        }
        let (salt, rest) = body.split_at(16);
        let (iv, sealed) = rest.split_at(12);
        let params = KdfParams {
            memory_kib: 65_536,
            passes: 3,
            lanes: 4,
        };
        let key = argon2id(password.as_bytes(), salt, params)
            .map_err(|e| ImportError::Parameters(e.to_string()))?;
        aes_gcm_open(&key[..], iv, sealed).ok_or(ImportError::WrongPassword)
    } else {
        if body.len() < 20 + 16 + 16 {
            return Err(short());
        }
        let (salt, rest) = body.split_at(20);
        let (iv, sealed) = rest.split_at(16);
        let key = pbkdf2_sha1(password, salt, 64_000);
        // CBC has no tag: a wrong key shows as bad padding (or, rarely, as text that is not
        // JSON, reported by the caller).
        aes_cbc_open(&key[..], iv, sealed).ok_or(ImportError::WrongPassword)
    }
}
