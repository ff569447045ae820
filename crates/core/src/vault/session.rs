//! An unlocked profile, and the names its secrets have in the keyring. Entries, settings and
//! profiles all work through a session; it depends on none of them.

use crate::crypto::Key;

pub(super) const UID_LEN: usize = 16;

/// An unlocked profile: its id and vault key. Dropping it locks the profile.
pub struct Session {
    pub(super) profile_id: i64,
    pub(super) uid: [u8; UID_LEN],
    pub(super) name: String,
    pub(super) key: Key,
}

impl Session {
    /// Another handle on the same unlocked profile, for work beside the app's own (a sync on
    /// its own thread and database connection). Locking drops both.
    pub fn duplicate(&self) -> Session {
        Session {
            profile_id: self.profile_id,
            uid: self.uid,
            name: self.name.clone(),
            key: self.key.clone(),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The profile's lasting identity, short: it names the profile's automatic backups (a
    /// name can change, or be another profile's after a delete).
    pub fn backup_id(&self) -> String {
        hex::encode(&self.uid[..4])
    }
}

/// Where the keyring keeps a keyring slot's secret.
pub(super) fn keyring_entry_id(uid: &[u8]) -> String {
    format!("vault-{}", hex::encode(uid))
}

/// Where the keyring keeps the profile's integrity generation (`Vault::guard_rollback`).
pub(super) fn generation_entry_id(uid: &[u8]) -> String {
    format!("{}-generation", keyring_entry_id(uid))
}
