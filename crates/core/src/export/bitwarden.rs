//! Bitwarden's unencrypted JSON export (docs/formats.md 2.5): a login item per account, its
//! `totp` an otpauth URI (Steam as `steam://`), the group as a folder. Bitwarden computes TOTP
//! and Steam codes only: HOTP accounts are left out, each named.

use super::uuid;
use crate::account::{Account, EntryMeta, Kind};
use crate::uri;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The file, and the accounts it cannot hold with why.
pub fn write(entries: &[(&Account, &EntryMeta)]) -> (Vec<u8>, Vec<String>) {
    let mut folders: BTreeMap<&str, String> = BTreeMap::new();
    let mut items = Vec::new();
    let mut left_out = Vec::new();
    for (account, meta) in entries {
        let totp = match account.kind() {
            Kind::Hotp { .. } => {
                left_out.push(format!(
                    "{}: {}",
                    account.label(),
                    uri::Unsupported {
                        app: "Bitwarden",
                        what: "HOTP"
                    }
                ));
                continue;
            }
            Kind::Steam => format!("steam://{}", account.secret().to_base32().as_str()),
            Kind::Totp { .. } => uri::format(account).to_string(),
        };
        let folder = (!meta.group.is_empty()).then(|| {
            folders
                .entry(meta.group.as_str())
                .or_insert_with(uuid)
                .clone()
        });
        let name = if account.issuer().is_empty() {
            account.name()
        } else {
            account.issuer()
        };
        items.push(json!({
            "id": uuid(), "organizationId": null, "folderId": folder, "type": 1, "reprompt": 0,
            "name": name, "notes": (!meta.note.is_empty()).then_some(meta.note.as_str()),
            "favorite": meta.favorite,
            "login": {"uris": [], "username": account.name(), "password": null, "totp": totp},
            "collectionIds": null,
        }));
    }
    let folders: Vec<Value> = folders
        .iter()
        .map(|(name, id)| json!({"id": id, "name": name}))
        .collect();
    let file = json!({"encrypted": false, "folders": folders, "items": items});
    (
        serde_json::to_vec_pretty(&file).expect("serializable"),
        left_out,
    )
}
