//! FreeOTP and FreeOTP+ (docs/formats.md 2.4): FreeOTP+'s JSON export, the `tokens.xml` both
//! keep on the phone, and FreeOTP 2's encrypted backup (a serialised Java map whose tokens'
//! secrets are sealed under a master key, itself sealed under the password).

use super::android::{java_string_map, preferences};
use super::cipher::{aes_gcm_open_with, need, pbkdf2_sha1, pbkdf2_sha512};
use super::{array, each, item, label, Fields, Format, ImportError, Item, Read};
use crate::account::{EntryMeta, Secret};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Token {
    algo: Option<String>,
    counter: Option<i64>,
    digits: Option<i64>,
    #[serde(default)]
    issuer_ext: String,
    #[serde(default)]
    issuer_int: String,
    #[serde(default)]
    label: String,
    period: Option<i64>,
    /// Absent in FreeOTP 2's backups, where the secret is sealed apart.
    #[serde(default)]
    secret: Vec<i8>,
    #[serde(rename = "type")]
    kind: String,
}

/// FreeOTP (and FreeOTP+) before 2.0 stored the counter of the code last shown; FreeOTP 2
/// stores the next one.
#[derive(Clone, Copy)]
enum Counter {
    LastShown,
    Next,
}

fn bytes(signed: &[i8]) -> Vec<u8> {
    signed.iter().map(|b| *b as u8).collect()
}

fn token_item(t: &Token, secret: Secret, counter: Counter) -> Item {
    let issuer = if t.issuer_ext.is_empty() {
        &t.issuer_int
    } else {
        &t.issuer_ext
    };
    let counter = match counter {
        Counter::LastShown => t.counter.map(|c| c.saturating_add(1)),
        Counter::Next => t.counter,
    };
    // Steam is not a FreeOTP type: a TOTP whose issuer is Steam uses Steam's encoding.
    let steam = t.kind.eq_ignore_ascii_case("totp") && issuer.eq_ignore_ascii_case("steam");
    let fields = Fields {
        kind: if steam { "steam" } else { &t.kind },
        issuer,
        name: &t.label,
        secret: "",
        algorithm: t.algo.as_deref(),
        digits: t.digits,
        period: t.period,
        counter,
    };
    item(
        label(issuer, &t.label),
        fields.build(secret),
        EntryMeta::default(),
    )
}

fn damaged(why: impl ToString) -> Item {
    super::damaged(crate::i18n::say("import-an-entry", &[]), why)
}

/// FreeOTP+'s JSON export.
pub fn read_json(file: &Value) -> Result<Read, String> {
    let items = each(array(file, "tokens")?, |t: Token| {
        token_item(&t, Secret::new(bytes(&t.secret)), Counter::LastShown)
    });
    Ok((items, Vec::new()))
}

/// The `tokens.xml` FreeOTP and FreeOTP+ keep on the phone: one JSON token per entry, in the
/// order of the `tokenOrder` entry.
pub fn read_xml(text: &str) -> Result<Read, String> {
    let mut entries = preferences(text)?;
    let order: Vec<String> = entries
        .iter()
        .find(|(name, _)| name == "tokenOrder")
        .and_then(|(_, v)| serde_json::from_str(v).ok())
        .unwrap_or_default();
    entries.retain(|(name, _)| name != "tokenOrder");
    entries.sort_by_key(|(name, _)| order.iter().position(|o| o == name).unwrap_or(usize::MAX));
    let items = entries
        .iter()
        .map(|(_, value)| match serde_json::from_str::<Token>(value) {
            Ok(t) => token_item(&t, Secret::new(bytes(&t.secret)), Counter::LastShown),
            Err(e) => damaged(e),
        })
        .collect();
    Ok((items, Vec::new()))
}

#[derive(Deserialize)]
struct Sealed {
    #[serde(rename = "mCipher")]
    cipher: String,
    #[serde(rename = "mCipherText")]
    text: Vec<i8>,
    #[serde(rename = "mParameters")]
    parameters: Vec<i8>,
    /// What the key is for ("AES", "HmacSHA1", …): the associated data.
    #[serde(rename = "mToken")]
    token: String,
}

#[derive(Deserialize)]
struct MasterKey {
    #[serde(rename = "mAlgorithm")]
    algorithm: String,
    #[serde(rename = "mEncryptedKey")]
    key: Sealed,
    #[serde(rename = "mIterations")]
    iterations: u32,
    #[serde(rename = "mSalt")]
    salt: Vec<i8>,
}

#[derive(Deserialize)]
struct TokenKey {
    key: String,
}

/// FreeOTP writes 100,000 iterations: ten times that at most.
const MAX_ITERATIONS: u32 = 1_000_000;

/// The GCM nonce from Java's `GCMParameterSpec` encoding: SEQUENCE { OCTET STRING nonce,
/// INTEGER tag length }.
fn nonce(parameters: &[u8]) -> Option<&[u8]> {
    match parameters {
        [0x30, len, 0x04, n, rest @ ..]
            if usize::from(*len) == parameters.len() - 2 && usize::from(*n) <= rest.len() =>
        {
            Some(&rest[..usize::from(*n)])
        }
        _ => None,
    }
}

fn open(key: &[u8], sealed: &Sealed) -> Option<zeroize::Zeroizing<Vec<u8>>> {
    if sealed.cipher != "AES/GCM/NoPadding" {
        return None;
    }
    let parameters = bytes(&sealed.parameters);
    aes_gcm_open_with(
        key,
        nonce(&parameters)?,
        &bytes(&sealed.text),
        sealed.token.as_bytes(),
    )
}

/// FreeOTP 2's backup.
pub fn read_backup(file: &[u8], password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::FreeOtp,
        reason,
    };
    let entries = java_string_map(file).map_err(not)?;
    let get = |name: &str| entries.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    let master: MasterKey = get("masterKey")
        .and_then(|v| serde_json::from_str(v).ok())
        .ok_or_else(|| {
            not(crate::i18n::say(
                "import-missing-field",
                &[("field", "masterKey".into())],
            ))
        })?;
    let iterations = super::cost::pbkdf2(master.iterations, MAX_ITERATIONS, "FreeOTP")?;
    let salt = bytes(&master.salt);
    let password = need(password, Format::FreeOtp)?;
    let wrapping = match master.algorithm.as_str() {
        "PBKDF2withHmacSHA1" => pbkdf2_sha1(password, &salt, iterations),
        "PBKDF2withHmacSHA512" => pbkdf2_sha512(password, &salt, iterations),
        other => return Err(ImportError::Parameters(format!("key derivation {other}"))),
    };
    let key = open(&wrapping[..], &master.key).ok_or(ImportError::WrongPassword)?;
    let items = entries
        .iter()
        .filter_map(|(name, value)| Some((name.strip_suffix("-token")?, value)))
        .map(|(id, value)| {
            let token = match serde_json::from_str::<Token>(value) {
                Ok(t) => t,
                Err(e) => return damaged(e),
            };
            let sealed = get(id)
                .and_then(|v| serde_json::from_str::<TokenKey>(v).ok())
                .and_then(|k| serde_json::from_str::<Sealed>(&k.key).ok());
            match sealed.and_then(|s| open(&key[..], &s)) {
                Some(secret) => token_item(&token, Secret::new(secret.to_vec()), Counter::Next),
                None => damaged(crate::i18n::say("import-does-not-decrypt", &[])),
            }
        })
        .collect();
    Ok((items, Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nonce_of_a_gcm_parameter_spec() {
        let spec = [
            0x30, 17, 0x04, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0x02, 1, 16,
        ];
        assert_eq!(nonce(&spec), Some(&spec[4..16]));
        assert_eq!(nonce(&spec[..10]), None);
        assert_eq!(nonce(&[0x30, 2, 0x04, 9]), None);
    }

    /// The master key's PBKDF2 iterations are bounded before any work: FreeOTP writes 100,000.
    #[test]
    fn a_backup_asking_for_too_many_iterations_is_refused() {
        let master = r#"{"mAlgorithm":"PBKDF2withHmacSHA512","mIterations":100000000,"mSalt":[1,2],
            "mEncryptedKey":{"mCipher":"AES/GCM/NoPadding","mCipherText":[1],"mParameters":[1],"mToken":"AES"}}"#;
        let file = super::super::android::java_map(&[("masterKey", master)]);
        let e = read_backup(&file, Some("test")).err().unwrap();
        assert!(matches!(e, ImportError::TooCostly(_)), "{e}");
    }
}
