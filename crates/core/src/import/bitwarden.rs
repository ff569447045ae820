//! Bitwarden's JSON and CSV exports (password manager and Bitwarden Authenticator): the TOTP
//! field of each login, as a URI, steam://, or a bare secret (docs/formats.md 2.5).

use super::uris::parsed_item;
use super::{item, label, Fields, Item, Read};
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

pub fn read(bytes: &[u8]) -> Result<Read, String> {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(json) => read_json(json),
        Err(_) => read_csv(bytes),
    }
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
            Err(e) => items.push(item(
                i18n::say("import-item", &[("number", (i + 1).into())]),
                Err(i18n::say(
                    "import-damaged",
                    &[("why", e.to_string().into())],
                )),
                EntryMeta::default(),
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
