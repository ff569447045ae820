//! Proton Pass's export (Settings → Export; docs/formats.md 2.22): a zip holding
//! `Proton Pass/data.json` (or that JSON alone): vaults by id, each with a name and items. A login
//! item's `content.totpUri` holds its code; the vault is the group, the item's note the note,
//! pinned items are favourites, and trashed items (state 2) are skipped. The PGP-encrypted
//! variant (`data.pgp`) is refused with what to do instead.

use super::{archive, damaged, totp_field, Format, ImportError, Item, Read};
use crate::account::EntryMeta;
use crate::i18n;
use serde::Deserialize;
use serde_json::Value;

pub const FOLDER: &str = "Proton Pass/";

#[derive(Deserialize)]
struct Vault {
    #[serde(default)]
    name: String,
    #[serde(default)]
    items: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PassItem {
    data: Data,
    #[serde(default)]
    state: i64,
    #[serde(default)]
    pinned: bool,
}

#[derive(Deserialize)]
struct Data {
    metadata: Metadata,
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(default)]
    content: Content,
}

#[derive(Deserialize)]
struct Metadata {
    #[serde(default)]
    name: String,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Content {
    item_username: String,
    item_email: String,
    totp_uri: String,
}

/// Whether a JSON value is Proton Pass's data.json.
pub fn is_export(value: &Value) -> bool {
    value.get("vaults").is_some_and(Value::is_object) && value.get("userId").is_some()
}

pub fn read(bytes: &[u8]) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::ProtonPass,
        reason,
    };
    let zipped;
    let json: &[u8] = if bytes.starts_with(archive::MAGIC) {
        if archive::names(bytes).iter().any(|n| n.ends_with(".pgp")) {
            return Err(not(i18n::say("import-proton-pass-pgp", &[])));
        }
        zipped = archive::entry(
            bytes,
            Format::ProtonPass,
            |n| n.starts_with(FOLDER) && n.ends_with(".json"),
            None,
        )?;
        &zipped
    } else {
        bytes
    };
    let file: Value = serde_json::from_slice(json).map_err(|e| {
        not(i18n::say(
            "import-not-json",
            &[("why", e.to_string().into())],
        ))
    })?;
    if file.get("encrypted").and_then(Value::as_bool) == Some(true) {
        return Err(not(i18n::say("import-proton-pass-pgp", &[])));
    }
    let vaults = file
        .get("vaults")
        .and_then(Value::as_object)
        .ok_or_else(|| {
            not(i18n::say(
                "import-missing-list",
                &[("field", "vaults".into())],
            ))
        })?;
    let mut items = Vec::new();
    for vault in vaults.values() {
        let vault = match Vault::deserialize(vault) {
            Ok(v) => v,
            Err(e) => {
                return Err(not(i18n::say(
                    "import-damaged",
                    &[("why", e.to_string().into())],
                )))
            }
        };
        for (i, value) in vault.items.iter().enumerate() {
            match PassItem::deserialize(value) {
                Ok(p)
                    if p.state == 2
                        || p.data.kind != "login"
                        || p.data.content.totp_uri.trim().is_empty() => {}
                Ok(p) => items.push(code(&p, &vault.name)),
                Err(e) => items.push(damaged(
                    i18n::say("import-item", &[("number", (i + 1).into())]),
                    e,
                )),
            }
        }
    }
    Ok((items, Vec::new()))
}

fn code(p: &PassItem, vault: &str) -> Item {
    let meta = EntryMeta {
        note: p.data.metadata.note.clone(),
        group: vault.to_owned(),
        favorite: p.pinned,
        ..EntryMeta::default()
    };
    let content = &p.data.content;
    let title = p.data.metadata.name.as_str();
    let user = if content.item_username.is_empty() {
        &content.item_email
    } else {
        &content.item_username
    };
    totp_field(&content.totp_uri, title, user, meta)
}
