//! Proton Authenticator exports: an otpauth URI per entry, with a note (docs/formats.md 2.10).

use super::uris::parsed_item;
use super::{array, each, item, Read};
use crate::account::EntryMeta;
use crate::uri;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct Entry {
    content: Content,
    note: Option<String>,
}

#[derive(Deserialize)]
struct Content {
    uri: String,
    #[serde(default)]
    name: String,
}

pub fn read(file: &Value) -> Result<Read, String> {
    let items = each(array(file, "entries")?, |e: Entry| {
        let meta = EntryMeta {
            note: e.note.unwrap_or_default(),
            ..EntryMeta::default()
        };
        match uri::parse(&e.content.uri) {
            Ok(parsed) => parsed_item(parsed, meta),
            Err(err) => item(e.content.name, Err(err.to_string()), meta),
        }
    });
    Ok((items, Vec::new()))
}
