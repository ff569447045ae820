//! One URI per line: otpauth://, steam://, otpauth-migration:// (Google Authenticator's
//! export), and Ente Auth's lines with their `codeDisplay` parameter. Also QR images of them.

use super::{item, label, Item, Read};
use crate::account::EntryMeta;
use crate::i18n;
use crate::{migration, qr, scan, uri};
use serde::Deserialize;

/// Ente's per-code display settings (docs/formats.md 2.6); other apps ignore the parameter.
#[derive(Deserialize, Default)]
#[serde(default)]
struct CodeDisplay {
    pinned: bool,
    trashed: bool,
    tags: Vec<String>,
    note: String,
}

fn code_display(line: &str) -> Option<CodeDisplay> {
    let query = line.split_once('?')?.1;
    let (_, value) = form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "codeDisplay")?;
    serde_json::from_str(&value).ok()
}

pub fn read(text: &str) -> Read {
    let mut items = Vec::new();
    let mut warnings = Vec::new();
    let mut batches = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if migration::is_migration(line) {
            match migration::decode(line) {
                Ok(batch) => {
                    batches.push(batch.info);
                    for entry in batch.entries {
                        items.push(match entry {
                            Ok(parsed) => parsed_item(parsed, EntryMeta::default()),
                            Err(e) => item(e.label.clone(), Err(e.reason), EntryMeta::default()),
                        });
                    }
                }
                Err(e) => items.push(item(
                    i18n::say("import-line", &[("number", (n + 1).into())]),
                    Err(i18n::localize(&e)),
                    EntryMeta::default(),
                )),
            }
            continue;
        }
        let display = code_display(line).unwrap_or_default();
        if display.trashed {
            continue;
        }
        let meta = EntryMeta {
            note: display.note,
            group: display.tags.first().cloned().unwrap_or_default(),
            favorite: display.pinned,
            ..EntryMeta::default()
        };
        items.push(match uri::parse(line) {
            Ok(parsed) => parsed_item(parsed, meta),
            Err(e) => item(
                i18n::say("import-line", &[("number", (n + 1).into())]),
                Err(i18n::localize(&e)),
                meta,
            ),
        });
    }
    if !batches.is_empty() {
        warnings.push(i18n::say("import-google-no-period", &[]));
    }
    warnings.extend(
        scan::missing_report(&batches)
            .iter()
            .map(ToString::to_string),
    );
    (items, warnings)
}

/// An item from a parsed URI, keeping what the parser noticed.
pub fn parsed_item(parsed: uri::Parsed, meta: EntryMeta) -> Item {
    Item {
        label: label(parsed.account.issuer(), parsed.account.name()),
        warnings: parsed.warnings,
        ..item(String::new(), Ok(parsed.account), meta)
    }
}

/// A screenshot or photo of export QR codes.
pub fn read_image(bytes: &[u8]) -> Result<Read, String> {
    let texts = qr::decode_file(bytes, &qr::Limits::default()).map_err(|e| e.to_string())?;
    if texts.is_empty() {
        return Err(i18n::say("scan-no-code", &[]));
    }
    Ok(read(&texts.join("\n")))
}
