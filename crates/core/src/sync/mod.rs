//! End-to-end encrypted sync of a profile through storage the person already has: a folder
//! that another tool keeps in step, or a WebDAV server. The location holds only ciphertext
//! under a key derived from the sync passphrase, which never leaves the devices.
//!
//! Each device writes one file of its own: its whole view of the set (every entry's latest
//! version or delete, stamped by a hybrid logical clock; `merge`). A sync stamps this device's
//! changes, reads the files that changed since it last looked, merges them entry by entry,
//! applies the result to the vault in one transaction, and writes its own file again.

mod clock;
mod engine;
mod location;
mod merge;
mod set;
mod state;
mod store;
mod webdav;

pub use location::Location;

use crate::crypto::{KdfParams, Key};
use crate::i18n;
use crate::vault::{Session, Vault, VaultError};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use clock::Clock;
use serde::{Deserialize, Serialize};
use set::Header;
use state::State;
use std::collections::BTreeMap;
use zeroize::Zeroizing;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("profile {0} does not sync: set it up first (sync enable, or Settings in the app)")]
    NotEnabled(String),
    #[error(
        "profile {profile} already syncs with {location}; turn sync off first to use another place"
    )]
    AlreadyEnabled { profile: String, location: String },
    #[error("wrong sync passphrase: nothing was read or written")]
    WrongPassphrase,
    #[error("cannot reach {location} ({why}); nothing was lost, and the next sync tries again")]
    Unreachable { location: String, why: String },
    #[error("the WebDAV server at {0} refused the user name or password")]
    WebDavRefused(String),
    #[error("{location} no longer holds this profile's sync set; nothing was changed here (if the folder moved, turn sync off and set it up at the new place)")]
    SetMissing { location: String },
    #[error("the sync set's sesame-sync.json cannot be used: {0}; nothing was changed")]
    BadSet(String),
    #[error("profile {0}'s integrity check found problems: resolve them before syncing, so that they do not spread to the other devices")]
    Integrity(String),
    /// A request that cannot be done as asked, with what to do instead.
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Vault(#[from] VaultError),
}

/// What a sync did: for the person ("what arrived") and for the CLI's summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Entries this device changed because of the others' files.
    pub pulled: usize,
    /// Changes of this device's own that the others will now see.
    pub pushed: usize,
    /// Each entry that arrived, changed or went ("added GitHub: alice").
    pub arrived: Vec<String>,
    /// Each file ignored and why, and each account kept despite a delete.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enabled {
    /// A new sync set was made at the location.
    Created,
    /// The location's set was opened with the passphrase.
    Joined,
}

#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub enabled: bool,
    pub location: Option<String>,
    /// Unix seconds of the last completed sync.
    pub last_sync: Option<i64>,
    pub devices: Vec<Device>,
    pub last_report: Option<Report>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Device {
    pub id: String,
    pub name: String,
    pub this_device: bool,
}

/// Starts syncing the profile at `location`: a new set there (with `passphrase`, which must be
/// hard to guess), or the one already there, which `passphrase` must open. Then syncs once.
pub fn enable(
    vault: &Vault,
    session: &Session,
    location: Location,
    passphrase: &str,
    kdf: KdfParams,
) -> Result<(Enabled, Report), SyncError> {
    if let Some(state) = State::load(vault, session)? {
        return Err(SyncError::AlreadyEnabled {
            profile: session.name().to_owned(),
            location: state.location.describe(),
        });
    }
    let store = location.open()?;
    store.prepare()?;
    let join = |bytes: &[u8]| -> Result<(Header, Key), SyncError> {
        let header = Header::parse(bytes)?;
        let key = header.unlock(passphrase)?;
        Ok((header, key))
    };
    let (how, (header, key)) = match store.read(set::HEADER)? {
        Some(bytes) => (Enabled::Joined, join(&bytes)?),
        None => {
            crate::password::check(passphrase, &[session.name()])
                .map_err(|e| SyncError::Invalid(i18n::localize(&e)))?;
            let (header, key) = Header::create(passphrase, kdf)?;
            if store.create(set::HEADER, &header.to_bytes())? {
                (Enabled::Created, (header, key))
            } else {
                // Another device made the set a moment ago: join it.
                let bytes = store.read(set::HEADER)?.unwrap_or_default();
                (Enabled::Joined, join(&bytes)?)
            }
        }
    };
    let state = State {
        location,
        set: header.set,
        key: Zeroizing::new(STANDARD.encode(key.bytes())),
        device: set::new_device_id(),
        name: gethostname::gethostname().to_string_lossy().into_owned(),
        seq: 0,
        dirty: true,
        clock: Clock::default(),
        records: BTreeMap::new(),
        peers: BTreeMap::new(),
        seen: BTreeMap::new(),
        last_sync: None,
        last_report: None,
    };
    state.save(vault, session)?;
    Ok((how, sync_now(vault, session)?))
}

/// Stops syncing; the location is left as it is.
pub fn disable(vault: &Vault, session: &Session) -> Result<(), SyncError> {
    if State::load(vault, session)?.is_none() {
        return Err(SyncError::NotEnabled(session.name().to_owned()));
    }
    Ok(vault.set_sync_state(session, None)?)
}

pub fn status(vault: &Vault, session: &Session) -> Result<Status, SyncError> {
    let Some(state) = State::load(vault, session)? else {
        return Ok(Status {
            enabled: false,
            location: None,
            last_sync: None,
            devices: Vec::new(),
            last_report: None,
        });
    };
    let mut devices = vec![Device {
        id: state.device.clone(),
        name: state.name.clone(),
        this_device: true,
    }];
    devices.extend(state.peers.iter().map(|(id, p)| Device {
        id: id.clone(),
        name: p.name.clone(),
        this_device: false,
    }));
    Ok(Status {
        enabled: true,
        location: Some(state.location.describe()),
        last_sync: state.last_sync,
        devices,
        last_report: state.last_report.clone(),
    })
}

/// Pushes this device's changes and pulls the others'. An entry changed here while the sync
/// ran (the app edits beside it) is never overwritten: the sync starts again from it.
pub fn sync_now(vault: &Vault, session: &Session) -> Result<Report, SyncError> {
    let mut tries = 0;
    loop {
        match engine::sync_once(vault, session) {
            Err(SyncError::Vault(VaultError::Busy)) if tries < 3 => tries += 1,
            other => return other,
        }
    }
}

impl crate::i18n::Localize for SyncError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use SyncError as E;
        match self {
            E::NotEnabled(p) => ("core-sync-not-enabled", vec![("profile", p.clone().into())]),
            E::AlreadyEnabled { profile, location } => (
                "core-sync-already-enabled",
                vec![
                    ("profile", profile.clone().into()),
                    ("location", location.clone().into()),
                ],
            ),
            E::WrongPassphrase => ("core-sync-wrong-passphrase", vec![]),
            E::Unreachable { location, why } => (
                "core-sync-unreachable",
                vec![
                    ("location", location.clone().into()),
                    ("why", why.clone().into()),
                ],
            ),
            E::WebDavRefused(url) => (
                "core-sync-webdav-refused",
                vec![("url", url.clone().into())],
            ),
            E::SetMissing { location } => (
                "core-sync-set-missing",
                vec![("location", location.clone().into())],
            ),
            E::BadSet(why) => ("core-sync-bad-set", vec![("why", why.clone().into())]),
            E::Integrity(p) => ("core-sync-integrity", vec![("profile", p.clone().into())]),
            E::Invalid(why) => ("core-as-is", vec![("message", why.clone().into())]),
            E::Vault(e) => e.message(),
        }
    }
}
