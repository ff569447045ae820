//! A profile's settings, sealed under the profile's key: the automatic backup's folder, how
//! many to keep, its key, and when the last one was written.

use super::Session;
use super::{Result, Vault, VaultError};
use crate::crypto::Key;
use crate::export::sesame::BackupKey;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Clone, Default, Serialize, Deserialize)]
pub struct ProfileSettings {
    #[serde(default)]
    pub backup: Option<AutoBackup>,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct AutoBackup {
    pub folder: PathBuf,
    pub keep: u32,
    pub key: BackupKey,
    /// Unix seconds of the last backup written, if any.
    #[serde(default)]
    pub last: Option<i64>,
}

fn aad(session: &Session) -> Vec<u8> {
    let mut aad = b"sesame/settings/".to_vec();
    aad.extend_from_slice(&session.uid);
    aad
}

impl Vault {
    pub fn settings(&self, session: &Session) -> Result<ProfileSettings> {
        let sealed: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT sealed FROM profile_settings WHERE profile_id = ?1",
                [session.profile_id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(sealed) = sealed else {
            return Ok(ProfileSettings::default());
        };
        let plain = session
            .key
            .open(&aad(session), &sealed)
            .map_err(|_| VaultError::DamagedSettings(session.name.clone()))?;
        serde_json::from_slice(&plain)
            .map_err(|_| VaultError::DamagedSettings(session.name.clone()))
    }

    pub fn set_settings(&self, session: &Session, settings: &ProfileSettings) -> Result<()> {
        let plain = zeroize::Zeroizing::new(serde_json::to_vec(settings).expect("serializable"));
        let sealed = session.key.seal(&aad(session), &plain);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO profile_settings (profile_id, sealed) VALUES (?1, ?2)
                 ON CONFLICT(profile_id) DO UPDATE SET sealed = excluded.sealed",
                params![session.profile_id, sealed],
            )?;
            Ok(())
        })
    }
}

/// Re-seals the settings under `new_key` (inside a key rotation).
pub(super) fn reencrypt(tx: &Transaction, session: &Session, new_key: &Key) -> Result<()> {
    let sealed: Option<Vec<u8>> = tx
        .query_row(
            "SELECT sealed FROM profile_settings WHERE profile_id = ?1",
            [session.profile_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(plain) = sealed.and_then(|s| session.key.open(&aad(session), &s).ok()) {
        tx.execute(
            "UPDATE profile_settings SET sealed = ?1 WHERE profile_id = ?2",
            params![new_key.seal(&aad(session), &plain), session.profile_id],
        )?;
    }
    Ok(())
}
