//! LastPass Authenticator's JSON export (the app's Settings → Transfer accounts → Export;
//! docs/formats.md 2.23): `{"version": 3, "accounts": [{"issuerName", "userName", "secret",
//! "timeStep", "digits", "algorithm", "isFavorite", "folderData": {"folderId"}}], "folders":
//! [{"id", "name"}]}`. Every account is TOTP; a folder of the person's own is the group.

use super::{array, each, item, label, Fields, Read};
use crate::account::EntryMeta;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Account {
    #[serde(default)]
    issuer_name: String,
    #[serde(default)]
    user_name: String,
    secret: String,
    time_step: Option<i64>,
    digits: Option<i64>,
    algorithm: Option<String>,
    #[serde(default)]
    is_favorite: bool,
    folder_data: Option<FolderData>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FolderData {
    folder_id: i64,
}

#[derive(Deserialize)]
struct Folder {
    id: i64,
    name: String,
}

/// Whether a JSON value is LastPass Authenticator's export.
pub fn is_export(value: &Value) -> bool {
    value.get("accounts").is_some_and(Value::is_array)
        && (value.get("deviceSecret").is_some() || value.get("localDeviceId").is_some())
}

pub fn read(file: &Value) -> Result<Read, String> {
    let folders: HashMap<i64, String> = file
        .get("folders")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| Folder::deserialize(f).ok())
        .map(|f| (f.id, f.name))
        .collect();
    let items = each(array(file, "accounts")?, |a: Account| {
        let account = Fields {
            kind: "totp",
            issuer: &a.issuer_name,
            name: &a.user_name,
            secret: &a.secret,
            algorithm: a.algorithm.as_deref(),
            digits: a.digits,
            period: a.time_step,
            counter: None,
        }
        .account();
        // LastPass's own two folders, Favorites (0) and Other Accounts (1), are not groups.
        let folder = a.folder_data.map_or(1, |f| f.folder_id);
        let meta = EntryMeta {
            group: folders
                .get(&folder)
                .filter(|_| folder > 1)
                .cloned()
                .unwrap_or_default(),
            favorite: a.is_favorite || folder == 0,
            ..EntryMeta::default()
        };
        item(label(&a.issuer_name, &a.user_name), account, meta)
    });
    Ok((items, Vec::new()))
}
