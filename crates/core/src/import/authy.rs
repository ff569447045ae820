//! Authy's token store from a phone (root needed):
//! `shared_prefs/com.authy.storage.tokens.authenticator.xml` holds the accounts added by QR code,
//! their secrets plain (`decryptedSecret`) or sealed with the backup password (PBKDF2-SHA1 over
//! the token's salt, 1,000 iterations, AES-256-CBC with a zero IV); `…tokens.authy.xml` holds
//! Authy's own (Twilio) tokens as hex seeds: 7 digits every 10 seconds, kept as they are.

use super::android::preferences;
use super::cipher::{aes_cbc_open, base64, pbkdf2_sha1};
use super::{item, label, Fields, Format, ImportError, Read};
use crate::account::{EntryMeta, Secret};
use serde::Deserialize;

pub const AUTHENTICATOR: &str = "com.authy.storage.tokens.authenticator.key";
pub const AUTHY: &str = "com.authy.storage.tokens.authy.key";
const ITERATIONS: u32 = 1_000;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Token {
    #[serde(default)]
    name: String,
    original_name: Option<String>,
    original_issuer: Option<String>,
    #[serde(default)]
    account_type: String,
    digits: Option<i64>,
    decrypted_secret: Option<String>,
    encrypted_secret: Option<String>,
    #[serde(default)]
    salt: String,
    /// Authy's own tokens.
    secret_seed: Option<String>,
    /// Newer Authy versions seal with a per-token IV, not read yet.
    unique_iv: Option<String>,
}

impl Token {
    /// Authy's "name" is "Issuer: account" or "Issuer - account": the issuer comes from the
    /// fields that hold it alone, and is taken off the name.
    fn names(&self) -> (String, String) {
        let issuer = match (&self.original_issuer, &self.original_name) {
            (Some(i), _) if !i.is_empty() => i.clone(),
            (_, Some(n)) if n.contains(':') => n.split(':').next().unwrap_or_default().to_owned(),
            _ => match self.name.split_once(" - ") {
                Some((i, _)) => i.to_owned(),
                None => {
                    let mut t = self.account_type.chars();
                    t.next()
                        .map(|c| c.to_uppercase().chain(t).collect())
                        .unwrap_or_default()
                }
            },
        };
        let name = self
            .name
            .strip_prefix(issuer.as_str())
            .map(|rest| rest.trim_start_matches([':', '-', ' ']))
            .unwrap_or(&self.name)
            .to_owned();
        (issuer, name)
    }
}

/// The token's secret; `None` when the password is wrong (CBC has no tag: a wrong password
/// that happens to pad well is caught by the text not being Base32).
fn decrypt(token: &Token, sealed: &str, password: &str) -> Option<Secret> {
    let key = pbkdf2_sha1(password, token.salt.as_bytes(), ITERATIONS);
    let plain = aes_cbc_open(&key[..], &[0; 16], &base64(sealed)?)?;
    crate::uri::decode_secret(std::str::from_utf8(&plain).ok()?).ok()
}

pub fn read(text: &str, password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::Authy,
        reason,
    };
    let prefs = preferences(text).map_err(not)?;
    let mut items = Vec::new();
    let mut checked = false;
    for (name, value) in prefs
        .iter()
        .filter(|(n, _)| n == AUTHENTICATOR || n == AUTHY)
    {
        let tokens: Vec<serde_json::Value> = serde_json::from_str(value).map_err(|e| {
            not(crate::i18n::say(
                "import-not-json",
                &[("why", e.to_string().into())],
            ))
        })?;
        for value in tokens {
            let token = match Token::deserialize(&value) {
                Ok(t) => t,
                Err(e) => {
                    items.push(super::damaged(crate::i18n::say("import-an-entry", &[]), e));
                    continue;
                }
            };
            // Authy's own tokens are named for the service alone.
            let (issuer, account) = if name == AUTHY {
                (token.name.clone(), String::new())
            } else {
                token.names()
            };
            let base32 =
                |text: &str| crate::uri::decode_secret(text).map_err(|e| crate::i18n::localize(&e));
            // Authy's own tokens change every 10 seconds; others use the default 30.
            let secret: Result<(Secret, Option<i64>), String> = if name == AUTHY {
                match token.secret_seed.as_deref().map(hex::decode) {
                    Some(Ok(seed)) => Ok((Secret::new(seed), Some(10))),
                    _ => Err(crate::i18n::say(
                        "import-missing-field",
                        &[("field", "secretSeed".into())],
                    )),
                }
            } else if let Some(secret) = &token.decrypted_secret {
                base32(secret).map(|s| (s, None))
            } else if token.unique_iv.is_some() {
                Err(crate::i18n::say("import-authy-newer", &[]))
            } else if let Some(sealed) = &token.encrypted_secret {
                let password = super::cipher::need(password, Format::Authy)?;
                match decrypt(&token, sealed, password) {
                    Some(secret) => {
                        checked = true;
                        Ok((secret, None))
                    }
                    // Every token shares the password: the first one tells.
                    None if !checked => return Err(ImportError::WrongPassword),
                    None => Err(crate::i18n::say("import-does-not-decrypt", &[])),
                }
            } else {
                Err(crate::i18n::say(
                    "import-missing-field",
                    &[("field", "encryptedSecret".into())],
                ))
            };
            let result = secret.and_then(|(secret, period)| {
                Fields {
                    kind: "totp",
                    issuer: &issuer,
                    name: &account,
                    secret: "",
                    algorithm: None,
                    digits: token.digits,
                    period,
                    counter: None,
                }
                .build(secret)
            });
            let mut item = item(label(&issuer, &account), result, EntryMeta::default());
            if name == AUTHENTICATOR {
                item.warnings.push(crate::i18n::say(
                    "import-sha1-30-assumed",
                    &[("app", "Authy".into())],
                ));
            }
            items.push(item);
        }
    }
    Ok((items, Vec::new()))
}
