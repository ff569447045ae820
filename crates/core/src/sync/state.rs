//! A profile's sync state, sealed in its vault (`Vault::sync_state`): where it syncs, the set's
//! key, this device's id and clock, what it knows of each entry and of the other devices.

use super::clock::Clock;
use super::location::Location;
use super::merge::Record;
use super::{Report, SyncError};
use crate::crypto::Key;
use crate::vault::{Session, Vault, VaultError};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use zeroize::Zeroizing;

#[derive(Serialize, Deserialize)]
pub(super) struct State {
    pub location: Location,
    pub set: String,
    /// The set's key, Base64.
    pub key: Zeroizing<String>,
    pub device: String,
    pub name: String,
    /// The sequence number of this device's last file.
    pub seq: u64,
    /// This device's file is behind the vault: write it at the next chance.
    pub dirty: bool,
    pub clock: Clock,
    pub records: BTreeMap<String, Tracked>,
    pub peers: BTreeMap<String, Peer>,
    /// The tag of each file as last read: unchanged files are not read again.
    pub seen: BTreeMap<String, String>,
    pub last_sync: Option<i64>,
    pub last_report: Option<Report>,
}

/// An entry of the set as this device knows it: its record, and the local entry holding it
/// (none once deleted) with a digest of its content at the last sync.
#[derive(Clone, Serialize, Deserialize)]
pub(super) struct Tracked {
    #[serde(flatten)]
    pub record: Record,
    pub local: Option<i64>,
    pub hash: Option<String>,
}

#[derive(Default, Serialize, Deserialize)]
pub(super) struct Peer {
    pub name: String,
    pub seq: u64,
}

impl State {
    pub fn key(&self, profile: &str) -> Result<Key, SyncError> {
        STANDARD
            .decode(self.key.as_bytes())
            .ok()
            .map(Zeroizing::new)
            .and_then(|k| Key::from_slice(&k))
            .ok_or_else(|| damaged(profile))
    }

    /// A device as the person reads it: its name and the start of its id.
    pub fn peer_name(&self, device: &str) -> String {
        let short = device.get(..8).unwrap_or(device);
        match self.peers.get(device) {
            Some(p) if !p.name.is_empty() => format!("{} ({short})", p.name),
            _ => short.to_owned(),
        }
    }

    pub fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(serde_json::to_vec(self).expect("a sync state always serializes"))
    }

    pub fn save(&self, vault: &Vault, session: &Session) -> Result<(), SyncError> {
        Ok(vault.set_sync_state(session, Some(&self.to_bytes()))?)
    }

    pub fn load(vault: &Vault, session: &Session) -> Result<Option<State>, SyncError> {
        match vault.sync_state(session)? {
            None => Ok(None),
            Some(plain) => serde_json::from_slice(&plain)
                .map(Some)
                .map_err(|_| damaged(session.name())),
        }
    }
}

fn damaged(profile: &str) -> SyncError {
    SyncError::Vault(VaultError::Database(format!(
        "the sync settings of profile {profile} are damaged; turn sync off and on again"
    )))
}
