//! 2FAS `.2fas` backups, schemas 1 to 4 (later ones read leniently), plain and encrypted
//! (docs/formats.md 2.2).

use super::cipher::{aes_gcm_open, base64, need, pbkdf2_sha256};
use super::{array, each, item, label, Fields, Format, ImportError, Read};
use crate::account::EntryMeta;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

const PBKDF2_ROUNDS: u32 = 10_000;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Service {
    #[serde(default)]
    name: String,
    secret: String,
    #[serde(default)]
    otp: Otp,
    group_id: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Otp {
    account: Option<String>,
    issuer: Option<String>,
    digits: Option<i64>,
    period: Option<i64>,
    algorithm: Option<String>,
    counter: Option<i64>,
    token_type: Option<String>,
}

#[derive(Deserialize)]
struct Group {
    id: String,
    name: String,
}

pub fn read(file: &Value, password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::TwoFas,
        reason,
    };
    let reference = file.get("reference").and_then(Value::as_str).unwrap_or("");
    let decrypted;
    let services = if reference.trim().is_empty() {
        array(file, "services").map_err(not)?
    } else {
        let password = need(password, Format::TwoFas)?;
        // The reference is a known text encrypted like the services: it checks the password.
        open(reference, password).ok_or(ImportError::WrongPassword)?;
        let sealed = file
            .get("servicesEncrypted")
            .and_then(Value::as_str)
            .ok_or_else(|| {
                not(crate::i18n::say(
                    "import-missing-field",
                    &[("field", "servicesEncrypted".into())],
                ))
            })?;
        let plain = open(sealed, password)
            .ok_or_else(|| not(crate::i18n::say("import-does-not-decrypt", &[])))?;
        decrypted = serde_json::from_slice::<Value>(&plain).map_err(|e| {
            not(crate::i18n::say(
                "import-decrypted-not-json",
                &[("why", e.to_string().into())],
            ))
        })?;
        decrypted
            .as_array()
            .ok_or_else(|| not(crate::i18n::say("import-expected-list", &[])))?
    };
    let groups: HashMap<String, String> = file
        .get("groups")
        .and_then(|g| serde_json::from_value::<Vec<Group>>(g.clone()).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|g| (g.id, g.name))
        .collect();
    let items = each(services, |s: Service| {
        // 2FAS's rule (and Aegis's): the service name is the issuer; otp.issuer only without one.
        let issuer = if s.name.trim().is_empty() {
            s.otp.issuer.clone().unwrap_or_default()
        } else {
            s.name.clone()
        };
        let name = s.otp.account.clone().unwrap_or_default();
        let account = Fields {
            kind: s.otp.token_type.as_deref().unwrap_or("totp"),
            issuer: &issuer,
            name: &name,
            secret: &s.secret,
            algorithm: s.otp.algorithm.as_deref(),
            digits: s.otp.digits,
            period: s.otp.period,
            counter: s.otp.counter,
        }
        .account();
        let meta = EntryMeta {
            group: s
                .group_id
                .and_then(|g| groups.get(&g).cloned())
                .unwrap_or_default(),
            ..EntryMeta::default()
        };
        item(label(&issuer, &name), account, meta)
    });
    Ok((
        items,
        vec!["2FAS icons are not imported: Sesame shows its own".into()],
    ))
}

/// `base64(ciphertext || tag) ":" base64(salt) ":" base64(iv)`, keyed by PBKDF2-SHA256.
fn open(field: &str, password: &str) -> Option<zeroize::Zeroizing<Vec<u8>>> {
    let mut parts = field.split(':');
    let (sealed, salt, iv) = (
        base64(parts.next()?)?,
        base64(parts.next()?)?,
        base64(parts.next()?)?,
    );
    let key = pbkdf2_sha256(password, &salt, PBKDF2_ROUNDS);
    aes_gcm_open(&key[..], &iv, &sealed)
}
