//! 1Password's `.1pux` export (File → Export → 1PUX; docs/formats.md 2.21): a zip whose
//! `export.data` is JSON: accounts → vaults → items. An item is an account when a field of its
//! sections holds `{"totp": …}`, an otpauth URI or a bare Base32 secret. The vault is the group;
//! archived and deleted items are skipped.

use super::{archive, damaged, totp_field, Format, ImportError, Item, Read};
use crate::account::EntryMeta;
use crate::i18n;
use serde::Deserialize;

pub const FILE: &str = "export.data";

#[derive(Deserialize)]
struct Export {
    accounts: Vec<Account>,
}

#[derive(Deserialize)]
struct Account {
    #[serde(default)]
    vaults: Vec<Vault>,
}

#[derive(Deserialize)]
struct Vault {
    attrs: VaultAttrs,
    #[serde(default)]
    items: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct VaultAttrs {
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct OneItem {
    #[serde(default)]
    fav_index: i64,
    #[serde(default)]
    state: String,
    overview: Overview,
    details: Details,
}

#[derive(Deserialize)]
struct Overview {
    #[serde(default)]
    title: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Details {
    #[serde(default)]
    login_fields: Vec<LoginField>,
    #[serde(default)]
    notes_plain: Option<String>,
    #[serde(default)]
    sections: Vec<Section>,
}

#[derive(Deserialize)]
struct LoginField {
    #[serde(default)]
    designation: String,
    #[serde(default)]
    value: String,
}

#[derive(Deserialize)]
struct Section {
    #[serde(default)]
    fields: Vec<Field>,
}

#[derive(Deserialize)]
struct Field {
    value: serde_json::Value,
}

pub fn read(bytes: &[u8]) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::OnePassword,
        reason,
    };
    let data = archive::entry(bytes, Format::OnePassword, |n| n == FILE, None)?;
    let export: Export = serde_json::from_slice(&data).map_err(|e| {
        not(i18n::say(
            "import-not-export",
            &[("app", "1Password".into()), ("why", e.to_string().into())],
        ))
    })?;
    let mut items = Vec::new();
    for vault in export.accounts.iter().flat_map(|a| &a.vaults) {
        for (i, value) in vault.items.iter().enumerate() {
            match OneItem::deserialize(value) {
                Ok(one) if one.state == "archived" || one.state == "deleted" => {}
                Ok(one) => items.extend(codes(&one, &vault.attrs.name)),
                Err(e) => items.push(damaged(
                    i18n::say("import-item", &[("number", (i + 1).into())]),
                    e,
                )),
            }
        }
    }
    Ok((items, Vec::new()))
}

/// Each one-time code field of an item.
fn codes(one: &OneItem, vault: &str) -> Vec<Item> {
    let user = one
        .details
        .login_fields
        .iter()
        .find(|f| f.designation == "username")
        .map_or("", |f| f.value.as_str());
    let title = one.overview.title.as_str();
    let meta = EntryMeta {
        note: one.details.notes_plain.clone().unwrap_or_default(),
        group: vault.to_owned(),
        favorite: one.fav_index > 0,
        ..EntryMeta::default()
    };
    one.details
        .sections
        .iter()
        .flat_map(|s| &s.fields)
        .filter_map(|f| f.value.get("totp").and_then(|t| t.as_str()))
        .filter(|t| !t.trim().is_empty())
        .map(|totp| totp_field(totp, title, user, meta.clone()))
        .collect()
}
