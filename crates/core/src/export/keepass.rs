//! A KeePassXC database (KDBX 4, Argon2id, AES-256; docs/formats.md 2.19): an entry per account
//! with its otpauth URI in the `otp` field as KeePassXC writes it (Steam as `encoder=steam`),
//! the issuer as title, the account as username, the note as notes, the group as a group.
//! KeePassXC computes TOTP only: HOTP accounts are left out, each named.

use crate::account::{Account, EntryMeta};
use crate::uri::{self, Target};
use keepass::config::{DatabaseConfig, KdfConfig};
use keepass::db::{Entry, Group, Value};
use keepass::{Database, DatabaseKey};

/// What a database written by Sesame asks of whoever opens it: Argon2id over 64 MiB, 3 passes.
fn config() -> DatabaseConfig {
    DatabaseConfig {
        kdf_config: KdfConfig::Argon2id {
            iterations: 3,
            memory: 64 << 20,
            parallelism: 2,
            version: keepass_argon2::Version::Version13,
        },
        ..DatabaseConfig::default()
    }
}

/// The database, and the accounts it cannot hold with why.
pub fn write(
    entries: &[(&Account, &EntryMeta)],
    password: &str,
) -> Result<(Vec<u8>, Vec<String>), String> {
    let mut db = Database::new(config());
    db.meta.database_name = Some("Sesame".into());
    let mut left_out = Vec::new();
    for (account, meta) in entries {
        let otp = match uri::format_for(account, Target::KeePassXc) {
            Ok(otp) => otp,
            Err(e) => {
                left_out.push(format!("{}: {e}", account.label()));
                continue;
            }
        };
        let mut entry = Entry::new();
        let title = if account.issuer().is_empty() {
            account.name()
        } else {
            account.issuer()
        };
        let mut set = |key: &str, value: Value| {
            entry.fields.insert(key.to_owned(), value);
        };
        set("Title", Value::Unprotected(title.to_owned()));
        set("UserName", Value::Unprotected(account.name().to_owned()));
        set("otp", Value::Protected(otp.as_bytes().into()));
        if !meta.note.is_empty() {
            set("Notes", Value::Unprotected(meta.note.clone()));
        }
        let group = if meta.group.is_empty() {
            &mut db.root
        } else {
            if db.root.group_by_name(&meta.group).is_none() {
                db.root.groups.push(Group::new(&meta.group));
            }
            db.root
                .group_by_name_mut(&meta.group)
                .ok_or("the group just added is there")?
        };
        group.entries.push(entry);
    }
    let mut out = Vec::new();
    db.save(&mut out, DatabaseKey::new().with_password(password))
        .map_err(|e| e.to_string())?;
    Ok((out, left_out))
}
