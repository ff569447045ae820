//! Sesame's own backups (docs/backup-format.md), read back: the envelope's key derivation is
//! bounded (`cost::SESAME`) before any work, and icons are drawn again by Rust.

use super::{item, label, Format, ImportError, Item};
use crate::crypto::{argon2id, Key};
use crate::export::sesame::{aad, Envelope, Record, MAGIC, VERSION};
use crate::uri;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

pub fn read(bytes: &[u8], password: Option<&str>) -> Result<(Vec<Item>, Vec<String>), ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::Sesame,
        reason,
    };
    let envelope: Envelope = serde_json::from_slice(bytes).map_err(|e| {
        not(crate::i18n::say(
            "import-not-export",
            &[("app", "Sesame".into()), ("why", e.to_string().into())],
        ))
    })?;
    if envelope.format != MAGIC {
        return Err(not(crate::i18n::say("import-not-sesame", &[])));
    }
    if envelope.version > VERSION {
        return Err(not(crate::i18n::say(
            "import-newer-backup",
            &[("version", envelope.version.into())],
        )));
    }
    let kdf = &envelope.kdf;
    if kdf.algorithm != "argon2id" {
        return Err(ImportError::Parameters(crate::i18n::say(
            "import-not-argon2id",
            &[("algorithm", kdf.algorithm.clone().into())],
        )));
    }
    let params = super::cost::argon2(
        u64::from(kdf.memory_kib) * 1024,
        kdf.passes.into(),
        kdf.lanes.into(),
        &super::cost::SESAME,
    )?;
    let password = password.ok_or(ImportError::NeedsPassword(Format::Sesame))?;
    let salt = STANDARD.decode(&kdf.salt).map_err(|_| {
        not(crate::i18n::say(
            "import-field-not-base64",
            &[("field", "salt".into())],
        ))
    })?;
    let sealed = STANDARD.decode(&envelope.data).map_err(|_| {
        not(crate::i18n::say(
            "import-field-not-base64",
            &[("field", "data".into())],
        ))
    })?;
    let key = argon2id(password.as_bytes(), &salt, params)
        .map_err(|e| ImportError::Parameters(e.to_string()))?;
    let plain = Key::from_slice(&key[..])
        .expect("32 bytes")
        .open(&aad(kdf), &sealed)
        .map_err(|_| ImportError::WrongPassword)?;
    let payload: serde_json::Value = serde_json::from_slice(&plain).map_err(|e| {
        not(crate::i18n::say(
            "import-decrypted-not-json",
            &[("why", e.to_string().into())],
        ))
    })?;
    let records = super::array(&payload, "entries").map_err(not)?;
    let items = super::each(records, |r: Record| {
        // The file's icon is never shown as it came: Rust draws it again, or leaves it out.
        let mut meta = r.meta.clone();
        let icon = meta.icon.take();
        meta.icon = icon.as_deref().and_then(crate::icon::sanitise);
        let dropped = (icon.is_some() && meta.icon.is_none())
            .then(|| crate::i18n::say("import-icon-unreadable", &[]));
        match uri::parse(&r.uri) {
            Ok(parsed) => Item {
                warnings: parsed.warnings.into_iter().chain(dropped).collect(),
                ..item(
                    label(parsed.account.issuer(), parsed.account.name()),
                    Ok(parsed.account),
                    meta,
                )
            },
            Err(e) => item(
                crate::i18n::say("import-an-entry", &[]),
                Err(crate::i18n::localize(&e)),
                meta,
            ),
        }
    });
    Ok((items, Vec::new()))
}
