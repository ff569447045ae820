//! Aegis vaults, plain and encrypted, versions 1 to 3 (docs/formats.md 2.1).

use super::cipher::{aes_gcm_open, base64, need, scrypt};
use super::{array, each, item, label, Fields, Format, ImportError, Read};
use crate::account::EntryMeta;
use crate::i18n;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

#[derive(Deserialize)]
struct Entry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    issuer: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    favorite: bool,
    #[serde(default)]
    icon: Option<String>,
    info: Info,
    /// Version 3: group UUIDs.
    #[serde(default)]
    groups: Vec<String>,
    /// Version 2: the group's name.
    #[serde(default)]
    group: Option<String>,
}

#[derive(Deserialize)]
struct Info {
    secret: String,
    algo: Option<String>,
    digits: Option<i64>,
    period: Option<i64>,
    counter: Option<i64>,
}

#[derive(Deserialize)]
struct Group {
    uuid: String,
    name: String,
}

#[derive(Deserialize)]
struct Slot {
    #[serde(rename = "type")]
    kind: i64,
    key: String,
    key_params: Params,
    n: Option<u64>,
    r: Option<u32>,
    p: Option<u32>,
    salt: Option<String>,
}

#[derive(Deserialize)]
struct Params {
    nonce: String,
    tag: String,
}

pub fn read(file: &Value, password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason: &str| ImportError::NotThisFormat {
        format: Format::Aegis,
        reason: reason.into(),
    };
    let header = file.get("header").ok_or_else(|| {
        not(&crate::i18n::say(
            "import-missing-field",
            &[("field", "header".into())],
        ))
    })?;
    let db = match file.get("db") {
        Some(Value::Object(_)) => file["db"].clone(),
        Some(Value::String(encrypted)) => {
            decrypt(header, encrypted, need(password, Format::Aegis)?)?
        }
        _ => {
            return Err(not(&crate::i18n::say(
                "import-missing-field",
                &[("field", "db".into())],
            )))
        }
    };
    let groups: HashMap<String, String> = db
        .get("groups")
        .and_then(|g| serde_json::from_value::<Vec<Group>>(g.clone()).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|g| (g.uuid, g.name))
        .collect();
    let entries = array(&db, "entries").map_err(|e| not(&e))?;
    let mut icons = false;
    let mut several_groups = false;
    let items = each(entries, |e: Entry| {
        icons |= e.icon.is_some();
        several_groups |= e.groups.len() > 1;
        let group = match e.group {
            Some(name) => name,
            None => e
                .groups
                .iter()
                .find_map(|g| groups.get(g))
                .cloned()
                .unwrap_or_default(),
        };
        let account = Fields {
            kind: &e.kind,
            issuer: &e.issuer,
            name: &e.name,
            secret: &e.info.secret,
            algorithm: e.info.algo.as_deref(),
            digits: e.info.digits,
            period: e.info.period,
            counter: e.info.counter,
        }
        .account();
        let meta = EntryMeta {
            note: e.note.unwrap_or_default(),
            group,
            favorite: e.favorite,
            ..EntryMeta::default()
        };
        item(label(&e.issuer, &e.name), account, meta)
    });
    let mut warnings = Vec::new();
    if icons {
        warnings.push(i18n::say("import-aegis-icons", &[]));
    }
    if several_groups {
        warnings.push(i18n::say("import-aegis-groups", &[]));
    }
    Ok((items, warnings))
}

/// Tries every password slot (a backup password is one more slot), then opens the database.
fn decrypt(header: &Value, db: &str, password: &str) -> Result<Value, ImportError> {
    let slots: Vec<Slot> = header
        .get("slots")
        .and_then(|s| serde_json::from_value(s.clone()).ok())
        .ok_or(ImportError::NotThisFormat {
            format: Format::Aegis,
            reason: crate::i18n::say("import-no-key-slots", &[]),
        })?;
    let params: Params = header
        .get("params")
        .and_then(|p| serde_json::from_value(p.clone()).ok())
        .ok_or(ImportError::NotThisFormat {
            format: Format::Aegis,
            reason: crate::i18n::say("import-no-nonce", &[]),
        })?;
    let mut master = None;
    let passwords: Vec<&Slot> = slots.iter().filter(|s| s.kind == 1).collect();
    // Each slot is one scrypt run: a file cannot make Sesame try an unbounded number.
    if passwords.len() > super::cost::MAX_PASSWORD_SLOTS {
        return Err(ImportError::TooCostly(crate::i18n::say(
            "import-too-many-slots",
            &[
                ("slots", passwords.len().into()),
                ("max", super::cost::MAX_PASSWORD_SLOTS.into()),
            ],
        )));
    }
    for slot in passwords {
        let (Some(n), Some(salt)) = (
            slot.n,
            slot.salt.as_deref().and_then(|s| hex::decode(s).ok()),
        ) else {
            continue;
        };
        let key = scrypt(password, &salt, n, slot.r.unwrap_or(8), slot.p.unwrap_or(1))?;
        if let Some(m) = hex::decode(&slot.key)
            .ok()
            .and_then(|ct| open(&key[..], &slot.key_params, ct))
        {
            master = Some(m);
            break;
        }
    }
    let master = master.ok_or(ImportError::WrongPassword)?;
    let sealed = base64(db).ok_or(ImportError::NotThisFormat {
        format: Format::Aegis,
        reason: crate::i18n::say("import-field-not-base64", &[("field", "db".into())]),
    })?;
    let plain = open(&master, &params, sealed).ok_or(ImportError::NotThisFormat {
        format: Format::Aegis,
        reason: crate::i18n::say("import-does-not-decrypt", &[]),
    })?;
    serde_json::from_slice(&plain).map_err(|e| ImportError::NotThisFormat {
        format: Format::Aegis,
        reason: crate::i18n::say(
            "import-decrypted-not-json",
            &[("why", e.to_string().into())],
        ),
    })
}

/// AES-GCM with Aegis's hex nonce and separate tag.
fn open(key: &[u8], params: &Params, mut sealed: Vec<u8>) -> Option<zeroize::Zeroizing<Vec<u8>>> {
    sealed.extend_from_slice(&hex::decode(&params.tag).ok()?);
    aes_gcm_open(key, &hex::decode(&params.nonce).ok()?, &sealed)
}
