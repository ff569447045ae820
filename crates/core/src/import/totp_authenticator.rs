//! TOTP Authenticator (Binary Boxes): its `.bin` backup is Base64 of AES-256-CBC (zero IV) under
//! the SHA-256 of the password, holding `{"<JSON list of accounts>": "<time>"}`; the app's
//! `TOTP_Authenticator_Preferences.xml` (root needed) holds the same list under
//! `STATIC_TOTP_CODES_LIST`. Accounts are TOTP with SHA-1; secrets are hex, Base32 or Base64.

use super::android::preferences;
use super::cipher::{aes_cbc_open, base64};
use super::{damaged, item, label, Fields, Format, ImportError, Item, Read};
use crate::account::EntryMeta;
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

pub const PREFERENCE: &str = "STATIC_TOTP_CODES_LIST";
/// What the app encrypts with when the person set no password of their own.
const DEFAULT_PASSWORD: &str = "TotpAuthenticator";

#[derive(Deserialize)]
struct Entry {
    base: u32,
    key: String,
    #[serde(default)]
    issuer: String,
    #[serde(default)]
    name: String,
    digits: Option<Value>,
    period: Option<Value>,
}

/// Numbers the app writes as strings ("6").
fn number(v: &Option<Value>) -> Option<i64> {
    match v.as_ref()? {
        Value::String(s) => s.trim().parse().ok(),
        other => other.as_i64(),
    }
}

/// Whether the text is a `.bin` backup: Base64 of whole AES blocks.
pub fn is_backup(text: &str) -> bool {
    let text = text.trim();
    text.len() >= 24
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+/=\r\n".contains(&b))
        && base64(text).is_some_and(|b| !b.is_empty() && b.len() % 16 == 0)
}

fn entries(list: &Value) -> Result<Vec<Item>, String> {
    let list = list
        .as_array()
        .ok_or_else(|| crate::i18n::say("import-expected-list", &[]))?;
    Ok(list
        .iter()
        .map(|v| {
            // Elements are objects, or objects written as JSON strings.
            let parsed = match v {
                Value::String(s) => serde_json::from_str::<Entry>(s),
                other => Entry::deserialize(other),
            };
            match parsed {
                Ok(e) => one(&e),
                Err(e) => damaged(crate::i18n::say("import-an-entry", &[]), e),
            }
        })
        .collect())
}

fn one(e: &Entry) -> Item {
    let account = super::secret_in_base(e.base, &e.key)
        .ok_or_else(|| crate::i18n::say("import-secret-encoding", &[("base", e.base.into())]))
        .and_then(|secret| {
            Fields {
                kind: "totp",
                issuer: &e.issuer,
                name: &e.name,
                secret: "",
                algorithm: None,
                digits: number(&e.digits),
                period: number(&e.period),
                counter: None,
            }
            .build(secret)
        });
    let mut item = item(label(&e.issuer, &e.name), account, EntryMeta::default());
    item.warnings.push(crate::i18n::say(
        "import-sha1-assumed",
        &[("app", "TOTP Authenticator".into())],
    ));
    item
}

pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::TotpAuthenticator,
        reason,
    };
    let text = super::text(bytes).map_err(not)?;
    let list: Value = if is_backup(text) {
        let sealed = base64(text).ok_or_else(|| {
            not(crate::i18n::say(
                "import-field-not-base64",
                &[("field", "backup".into())],
            ))
        })?;
        let open = |password: &str| {
            let key = Sha256::digest(password.as_bytes());
            let plain = aes_cbc_open(&key, &[0; 16], &sealed)?;
            let outer: serde_json::Map<String, Value> = serde_json::from_slice(&plain).ok()?;
            serde_json::from_str::<Value>(outer.keys().next()?).ok()
        };
        match password {
            Some(p) => open(p).ok_or(ImportError::WrongPassword)?,
            None => open(DEFAULT_PASSWORD)
                .ok_or(ImportError::NeedsPassword(Format::TotpAuthenticator))?,
        }
    } else {
        let prefs = preferences(text).map_err(not)?;
        let value = prefs
            .iter()
            .find(|(n, _)| n == PREFERENCE)
            .map(|(_, v)| v)
            .ok_or_else(|| {
                not(crate::i18n::say(
                    "import-missing-field",
                    &[("field", PREFERENCE.into())],
                ))
            })?;
        serde_json::from_str(value).map_err(|e| {
            not(crate::i18n::say(
                "import-not-json",
                &[("why", e.to_string().into())],
            ))
        })?
    };
    Ok((entries(&list).map_err(not)?, Vec::new()))
}
