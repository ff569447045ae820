//! Ente Auth's plain export (docs/formats.md 2.6): one otpauth URI per line, with Ente's own
//! `codeDisplay` parameter carrying what Ente shows: pinned (favourite), tags (the group) and
//! the note.

use crate::account::{Account, EntryMeta};
use crate::uri;
use serde_json::json;
use zeroize::Zeroizing;

pub fn write(entries: &[(&Account, &EntryMeta)]) -> Vec<u8> {
    let mut text = Zeroizing::new(String::new());
    for (account, meta) in entries {
        let tags: Vec<&str> = Some(meta.group.as_str())
            .filter(|g| !g.is_empty())
            .into_iter()
            .collect();
        let display = json!({
            "pinned": meta.favorite, "trashed": false, "lastUsedAt": 0, "tapCount": 0,
            "tags": tags, "note": meta.note,
        });
        let display: String =
            form_urlencoded::byte_serialize(display.to_string().as_bytes()).collect();
        text.push_str(&uri::format(account));
        text.push_str("&codeDisplay=");
        text.push_str(&display);
        text.push('\n');
    }
    text.as_bytes().to_vec()
}
