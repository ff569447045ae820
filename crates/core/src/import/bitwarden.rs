//! Bitwarden's JSON and CSV exports (password manager and Bitwarden Authenticator): the TOTP
//! field of each login, as a URI, steam://, or a bare secret (docs/formats.md 2.5).

use super::cipher::{aes_cbc_open, base64, need, pbkdf2_sha256};
use super::uris::parsed_item;
use super::{cost, damaged, item, label, Fields, Format, ImportError, Item, Read};
use crate::account::EntryMeta;
use crate::i18n;
use crate::uri;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Export {
    #[serde(default)]
    encrypted: bool,
    #[serde(default)]
    folders: Vec<Folder>,
    items: Vec<Value>,
}

#[derive(Deserialize)]
struct Folder {
    id: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Login {
    #[serde(default)]
    name: String,
    #[serde(default)]
    notes: Option<String>,
    #[serde(default)]
    favorite: bool,
    folder_id: Option<String>,
    login: Option<Totp>,
}

#[derive(Deserialize)]
struct Totp {
    totp: Option<String>,
    username: Option<String>,
}

pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason| ImportError::NotThisFormat {
        format: Format::Bitwarden,
        reason,
    };
    match serde_json::from_slice::<Value>(bytes) {
        Ok(json) if json.get("passwordProtected").and_then(Value::as_bool) == Some(true) => {
            let plain = protected(&json, need(password, Format::Bitwarden)?)?;
            let json = serde_json::from_slice(&plain).map_err(|e| {
                not(i18n::say(
                    "import-decrypted-not-json",
                    &[("why", e.to_string().into())],
                ))
            })?;
            read_json(json).map_err(not)
        }
        Ok(json) => read_json(json).map_err(not),
        Err(_) => read_csv(bytes).map_err(not),
    }
}

/// Bitwarden's password-protected export: `{"passwordProtected": true, "salt", "kdfType"
/// (0 PBKDF2-SHA256, 1 Argon2id), "kdfIterations", "kdfMemory" (MiB), "kdfParallelism",
/// "encKeyValidation_DO_NOT_EDIT", "data"}`. The key is stretched with HKDF-Expand ("enc",
/// "mac"); each value is an EncString of type 2: `2.iv|ciphertext|mac`, AES-256-CBC with
/// HMAC-SHA256 over iv ‖ ciphertext (docs/formats.md 2.5).
fn protected(file: &Value, password: &str) -> Result<zeroize::Zeroizing<Vec<u8>>, ImportError> {
    let field = |key: &str| {
        file.get(key).ok_or_else(|| ImportError::NotThisFormat {
            format: Format::Bitwarden,
            reason: i18n::say("import-missing-field", &[("field", key.to_owned().into())]),
        })
    };
    let number = |key: &str| -> Result<u64, ImportError> {
        field(key)?
            .as_u64()
            .ok_or_else(|| ImportError::Parameters(format!("{key} is not a number")))
    };
    let salt = field("salt")?.as_str().unwrap_or_default();
    let master = match number("kdfType")? {
        0 => {
            let rounds = u32::try_from(number("kdfIterations")?).unwrap_or(u32::MAX);
            let rounds = cost::pbkdf2(rounds, cost::BITWARDEN_PBKDF2, "Bitwarden")?;
            pbkdf2_sha256(password, salt.as_bytes(), rounds)
        }
        1 => {
            use sha2::Digest;
            let params = cost::argon2(
                number("kdfMemory")?.saturating_mul(1 << 20),
                number("kdfIterations")?,
                number("kdfParallelism")?,
                &cost::BITWARDEN,
            )?;
            let salt = sha2::Sha256::digest(salt.as_bytes());
            crate::crypto::argon2id(password.as_bytes(), &salt, params)
                .map_err(|e| ImportError::Parameters(e.to_string()))?
        }
        other => return Err(ImportError::Parameters(format!("kdfType {other}"))),
    };
    let hkdf = hkdf::Hkdf::<sha2::Sha256>::from_prk(&master[..])
        .map_err(|_| ImportError::Parameters("key length".into()))?;
    let mut enc = zeroize::Zeroizing::new([0u8; 32]);
    let mut mac = zeroize::Zeroizing::new([0u8; 32]);
    hkdf.expand(b"enc", enc.as_mut())
        .and_then(|()| hkdf.expand(b"mac", mac.as_mut()))
        .map_err(|_| ImportError::Parameters("key length".into()))?;
    let open = |key: &str| -> Result<zeroize::Zeroizing<Vec<u8>>, ImportError> {
        let text = field(key)?.as_str().unwrap_or_default();
        let damaged = || ImportError::NotThisFormat {
            format: Format::Bitwarden,
            reason: i18n::say(
                "import-field-not-base64",
                &[("field", key.to_owned().into())],
            ),
        };
        let body = text.strip_prefix("2.").ok_or_else(damaged)?;
        let mut parts = body.split('|').map(base64);
        let (Some(Some(iv)), Some(Some(sealed)), Some(Some(tag))) =
            (parts.next(), parts.next(), parts.next())
        else {
            return Err(damaged());
        };
        use hmac::Mac;
        let mut check = hmac::Hmac::<sha2::Sha256>::new_from_slice(&mac[..])
            .map_err(|_| ImportError::Parameters("key length".into()))?;
        check.update(&iv);
        check.update(&sealed);
        check
            .verify_slice(&tag)
            .map_err(|_| ImportError::WrongPassword)?;
        aes_cbc_open(&enc[..], &iv, &sealed).ok_or(ImportError::WrongPassword)
    };
    // The validation value is checked first: a wrong password fails its MAC.
    open("encKeyValidation_DO_NOT_EDIT")?;
    open("data")
}

fn read_json(json: Value) -> Result<Read, String> {
    let export: Export = serde_json::from_value(json).map_err(|e| {
        crate::i18n::say(
            "import-not-export",
            &[("app", "Bitwarden".into()), ("why", e.to_string().into())],
        )
    })?;
    if export.encrypted {
        return Err(i18n::say("import-bitwarden-encrypted", &[]));
    }
    let folders: HashMap<String, String> =
        export.folders.into_iter().map(|f| (f.id, f.name)).collect();
    let mut items = Vec::new();
    for (i, value) in export.items.into_iter().enumerate() {
        match serde_json::from_value::<Login>(value) {
            Ok(login) => {
                let (totp, username) = login
                    .login
                    .map(|l| (l.totp.unwrap_or_default(), l.username.unwrap_or_default()))
                    .unwrap_or_default();
                let meta = EntryMeta {
                    note: login.notes.unwrap_or_default(),
                    group: login
                        .folder_id
                        .and_then(|f| folders.get(&f).cloned())
                        .unwrap_or_default(),
                    favorite: login.favorite,
                    ..EntryMeta::default()
                };
                items.extend(entry(&login.name, &username, &totp, meta));
            }
            Err(e) => items.push(damaged(
                i18n::say("import-item", &[("number", (i + 1).into())]),
                e,
            )),
        }
    }
    Ok((items, Vec::new()))
}

fn read_csv(bytes: &[u8]) -> Result<Read, String> {
    // Bitwarden Authenticator's CSV declares fewer columns than its rows hold: be flexible.
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| crate::i18n::say("import-not-csv", &[("why", e.to_string().into())]))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let totp = column("login_totp").ok_or_else(|| {
        crate::i18n::say("import-missing-field", &[("field", "login_totp".into())])
    })?;
    let (name, username, notes, folder, favorite) = (
        column("name"),
        column("login_username"),
        column("notes"),
        column("folder"),
        column("favorite"),
    );
    let mut items = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                items.push(item(
                    i18n::say("import-row", &[("number", (i + 2).into())]),
                    Err(i18n::say(
                        "import-damaged",
                        &[("why", e.to_string().into())],
                    )),
                    EntryMeta::default(),
                ));
                continue;
            }
        };
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or("").to_owned();
        let meta = EntryMeta {
            note: get(notes),
            group: get(folder),
            favorite: get(favorite) == "1",
            ..EntryMeta::default()
        };
        items.extend(entry(&get(name), &get(username), &get(Some(totp)), meta));
    }
    Ok((items, Vec::new()))
}

/// An item for a login's TOTP field; none when the login has no TOTP.
fn entry(item_name: &str, username: &str, totp: &str, meta: EntryMeta) -> Option<Item> {
    let totp = totp.trim();
    if totp.is_empty() {
        return None;
    }
    let lower = totp.to_ascii_lowercase();
    Some(if lower.starts_with("steam:") {
        // steam://SECRET names nobody: with a username, the item is the site and the
        // username the account (as Sesame's export writes them); without, the item's name
        // says whose it is.
        let (issuer, name) = if username.is_empty() {
            ("Steam", item_name)
        } else {
            (item_name, username)
        };
        let account = uri::parse(totp).map_err(|e| e.to_string()).and_then(|p| {
            crate::Account::steam(issuer, name, p.account.secret().clone())
                .map_err(|e| e.to_string())
        });
        let mut it = item(label(issuer, name), account, meta);
        if username.is_empty() {
            it.warnings.push(i18n::say("import-bitwarden-steam", &[]));
        }
        it
    } else if lower.starts_with("otpauth:") {
        match uri::parse(totp) {
            Ok(parsed) => parsed_item(parsed, meta),
            Err(e) => item(item_name.to_owned(), Err(e.to_string()), meta),
        }
    } else {
        // A bare secret: Bitwarden's defaults, the item's name as issuer.
        let fields = Fields {
            kind: "totp",
            issuer: item_name,
            name: "",
            secret: totp,
            algorithm: None,
            digits: None,
            period: None,
            counter: None,
        };
        let mut it = item(item_name.to_owned(), fields.account(), meta);
        it.warnings.push(i18n::say("import-only-secret", &[]));
        it
    })
}
