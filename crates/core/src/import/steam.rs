//! Steam Desktop Authenticator's `.maFile` (docs/formats.md 2.10): one account per file in the
//! older layout, or `{"accounts": {id: account}}`. The code comes from `shared_secret` (Base64);
//! Steam keeps no issuer, so it is Steam.

use super::cipher::base64;
use super::{damaged, item, label, Item, Read};
use crate::account::{Account, EntryMeta, Secret};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct MaFile {
    shared_secret: String,
    #[serde(default)]
    account_name: String,
}

/// Whether a JSON value is a `.maFile`, of either layout.
pub fn is_mafile(value: &Value) -> bool {
    value.get("shared_secret").is_some()
        || value
            .get("accounts")
            .and_then(Value::as_object)
            .is_some_and(|a| a.values().any(|v| v.get("shared_secret").is_some()))
}

fn one(value: &Value) -> Item {
    match MaFile::deserialize(value) {
        Ok(m) => {
            let account = base64(&m.shared_secret)
                .ok_or_else(|| {
                    crate::i18n::say(
                        "import-field-not-base64",
                        &[("field", "shared_secret".into())],
                    )
                })
                .and_then(|bytes| {
                    Account::steam("Steam", &m.account_name, Secret::new(bytes))
                        .map_err(|e| crate::i18n::localize(&e))
                });
            item(
                label("Steam", &m.account_name),
                account,
                EntryMeta::default(),
            )
        }
        Err(e) => damaged(crate::i18n::say("import-an-entry", &[]), e),
    }
}

pub fn read(file: &Value) -> Result<Read, String> {
    let items = match file.get("accounts").and_then(Value::as_object) {
        Some(accounts) => accounts.values().map(one).collect(),
        None => vec![one(file)],
    };
    Ok((items, Vec::new()))
}
