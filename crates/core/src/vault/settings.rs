//! A profile's settings, sealed under the profile's key: the automatic backup's folder, how
//! many to keep, its key, and when the last one was written.

use super::Session;
use super::{Result, Vault, VaultError};
use crate::crypto::Key;
use crate::export::sesame::BackupKey;
use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Clone, Default, Serialize, Deserialize)]
pub struct ProfileSettings {
    #[serde(default)]
    pub backup: Option<AutoBackup>,
    /// Folders where a phone app writes its automatic backups, followed one way (`mirror`).
    #[serde(default)]
    pub mirrors: Vec<Mirror>,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct Mirror {
    pub dir: PathBuf,
    /// The import format's name (`aegis`, `2fas`, `ente`, `stratum`).
    pub format: String,
    /// The backups' password, given once.
    #[serde(default)]
    pub password: Option<zeroize::Zeroizing<String>>,
    #[serde(default)]
    pub last_file: Option<String>,
    /// Unix seconds of the last read.
    #[serde(default)]
    pub last_read: Option<i64>,
    /// The last file's modification time (Unix seconds) and size when it was read: a newer
    /// file under the same name is read again.
    #[serde(default)]
    pub last_seen: Option<(i64, u64)>,
    /// The accounts the last file held (label and a keyed fingerprint of the secret), to say
    /// which ones a newer file no longer holds.
    #[serde(default)]
    pub held: Vec<(String, String)>,
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
        let sealed = super::sealed_row(&self.conn, "profile_settings", session)?;
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
    super::reseal_row(tx, "profile_settings", session, &aad(session), new_key)
}
