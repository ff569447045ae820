//! End-to-end encrypted sync of a profile through storage the person already has: a folder
//! that another tool keeps in step, or a WebDAV server. The location holds only ciphertext
//! under a key derived from the sync passphrase, which never leaves the devices.
//!
//! Each device writes one file of its own: its whole view of the set (every entry's latest
//! version or delete, stamped by a hybrid logical clock; `merge`). A sync stamps this device's
//! changes, reads the files that changed since it last looked, merges them entry by entry,
//! applies the result to the vault in one transaction, and writes its own file again.

mod clock;
mod location;
mod merge;
mod set;
mod store;
mod webdav;

pub use location::Location;

use crate::account::{Account, EntryMeta};
use crate::crypto::{KdfParams, Key};
use crate::i18n;
use crate::vault::{self, NewEntry, Session, SyncChange, Vault, VaultError};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use clock::Clock;
use merge::Record;
use serde::{Deserialize, Serialize};
use set::{DeviceFile, Header, Published};
use sha2::Digest;
use std::collections::{BTreeMap, BTreeSet};
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

/// The profile's sync state, sealed in the vault (`Vault::sync_state`).
#[derive(Serialize, Deserialize)]
struct State {
    location: Location,
    set: String,
    /// The set's key, Base64.
    key: Zeroizing<String>,
    device: String,
    name: String,
    /// The sequence number of this device's last file.
    seq: u64,
    /// This device's file is behind the vault: write it at the next chance.
    dirty: bool,
    clock: Clock,
    records: BTreeMap<String, Tracked>,
    peers: BTreeMap<String, Peer>,
    /// The tag of each file as last read: unchanged files are not read again.
    seen: BTreeMap<String, String>,
    last_sync: Option<i64>,
    last_report: Option<Report>,
}

/// An entry of the set as this device knows it: its record, and the local entry holding it
/// (none once deleted) with a digest of its content at the last sync.
#[derive(Clone, Serialize, Deserialize)]
struct Tracked {
    #[serde(flatten)]
    record: Record,
    local: Option<i64>,
    hash: Option<String>,
}

#[derive(Default, Serialize, Deserialize)]
struct Peer {
    name: String,
    seq: u64,
}

impl State {
    fn key(&self) -> Result<Key, SyncError> {
        STANDARD
            .decode(self.key.as_bytes())
            .ok()
            .map(Zeroizing::new)
            .and_then(|k| Key::from_slice(&k))
            .ok_or_else(|| damaged_state(&self.name))
    }

    fn peer_name(&self, device: &str) -> String {
        match self.peers.get(device) {
            Some(p) if !p.name.is_empty() => format!("{} ({})", p.name, &device[..8]),
            _ => device.get(..8).unwrap_or(device).to_owned(),
        }
    }
}

fn damaged_state(profile: &str) -> SyncError {
    SyncError::Vault(VaultError::Database(format!(
        "the sync settings of profile {profile} are damaged; turn sync off and on again"
    )))
}

fn load(vault: &Vault, session: &Session) -> Result<Option<State>, SyncError> {
    match vault.sync_state(session)? {
        None => Ok(None),
        Some(plain) => serde_json::from_slice(&plain)
            .map(Some)
            .map_err(|_| damaged_state(session.name())),
    }
}

fn to_bytes(state: &State) -> Zeroizing<Vec<u8>> {
    Zeroizing::new(serde_json::to_vec(state).expect("a sync state always serializes"))
}

fn save(vault: &Vault, session: &Session, state: &State) -> Result<(), SyncError> {
    Ok(vault.set_sync_state(session, Some(&to_bytes(state)))?)
}

/// An entry as the set carries it: usage counts are this device's own and stay out.
fn published(account: &Account, meta: &EntryMeta) -> Zeroizing<String> {
    let meta = EntryMeta {
        uses: 0,
        last_used: 0,
        ..meta.clone()
    };
    let bytes = vault::encode_entry(account, &meta);
    Zeroizing::new(String::from_utf8_lossy(&bytes).into_owned())
}

fn digest(text: &str) -> String {
    hex::encode(&sha2::Sha256::digest(text.as_bytes())[..16])
}

fn label(account: &Account) -> String {
    crate::import::label(account.issuer(), account.name())
}

fn same_account(a: &Account, b: &Account) -> bool {
    a.kind().name() == b.kind().name() && a.secret() == b.secret()
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
    if let Some(state) = load(vault, session)? {
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
    save(vault, session, &state)?;
    Ok((how, sync_now(vault, session)?))
}

/// Stops syncing; the location is left as it is.
pub fn disable(vault: &Vault, session: &Session) -> Result<(), SyncError> {
    if load(vault, session)?.is_none() {
        return Err(SyncError::NotEnabled(session.name().to_owned()));
    }
    Ok(vault.set_sync_state(session, None)?)
}

pub fn status(vault: &Vault, session: &Session) -> Result<Status, SyncError> {
    let Some(state) = load(vault, session)? else {
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

/// A local entry as the last sync compares it.
struct Local<'a> {
    version: i64,
    /// When it last changed here, in milliseconds: this device's edits are stamped with it.
    changed_ms: u64,
    account: &'a Account,
    meta: &'a EntryMeta,
    text: Zeroizing<String>,
    hash: String,
}

/// The best version of an entry among the files read, and the highest HOTP counter seen.
struct Incoming {
    record: Record,
    entry: Option<Zeroizing<String>>,
    device: String,
    counter: Option<u64>,
}

/// Pushes this device's changes and pulls the others'. An entry changed here while the sync
/// ran (the app edits beside it) is never overwritten: the sync starts again from it.
pub fn sync_now(vault: &Vault, session: &Session) -> Result<Report, SyncError> {
    let mut tries = 0;
    loop {
        match sync_once(vault, session) {
            Err(SyncError::Vault(VaultError::Busy)) if tries < 3 => tries += 1,
            other => return other,
        }
    }
}

fn sync_once(vault: &Vault, session: &Session) -> Result<Report, SyncError> {
    let mut state =
        load(vault, session)?.ok_or_else(|| SyncError::NotEnabled(session.name().to_owned()))?;
    let key = state.key()?;
    let listing = vault.entries(session)?;
    // A row deleted or rolled back behind Sesame's back must not become a delete everywhere.
    if !listing.problems.is_empty() {
        return Err(SyncError::Integrity(session.name().to_owned()));
    }
    let damaged: BTreeSet<i64> = listing
        .entries
        .iter()
        .filter_map(|e| e.as_ref().err().map(|d| d.id))
        .collect();
    let local: BTreeMap<i64, Local> = listing
        .readable()
        .map(|e| {
            let text = published(&e.account, &e.meta);
            let hash = digest(&text);
            let l = Local {
                version: e.version,
                changed_ms: u64::try_from(e.updated_at)
                    .unwrap_or(0)
                    .saturating_mul(1000),
                account: &e.account,
                meta: &e.meta,
                text,
                hash,
            };
            (e.id, l)
        })
        .collect();
    let mut report = Report::default();
    let wall = clock::wall_ms();

    // 1. This device's edits and deletes since the last sync, stamped with when they were
    //    made (a delete leaves no time behind: now, and the app syncs right after one), after
    //    everything seen by the last sync; kept even if the location cannot be reached.
    {
        let State {
            records,
            clock,
            device,
            ..
        } = &mut state;
        for t in records.values_mut() {
            let Some(id) = t.local.filter(|id| !damaged.contains(id)) else {
                continue;
            };
            match local.get(&id) {
                None => {
                    let seen = t.record.stamp.clone();
                    t.record = Record {
                        stamp: clock.tick(device, wall),
                        deleted_of: Some(seen),
                    };
                    t.local = None;
                    t.hash = None;
                    report.pushed += 1;
                }
                Some(l) if t.hash.as_deref() != Some(&l.hash) => {
                    t.record = Record {
                        stamp: clock.tick(device, l.changed_ms),
                        deleted_of: None,
                    };
                    t.hash = Some(l.hash.clone());
                    report.pushed += 1;
                }
                Some(_) => {}
            }
        }
    }
    if report.pushed > 0 {
        state.dirty = true;
        save(vault, session, &state)?;
    }

    // 2. The others' files that changed since the last look.
    let store = state.location.open()?;
    let location = state.location.describe();
    let header = store
        .read(set::HEADER)?
        .ok_or_else(|| SyncError::SetMissing {
            location: location.clone(),
        })?;
    if Header::parse(&header)?.set != state.set {
        return Err(SyncError::SetMissing { location });
    }
    let own = set::device_file_name(&state.device);
    let mut own_present = false;
    let mut incoming: BTreeMap<String, Incoming> = BTreeMap::new();
    for listed in store.list()? {
        let Some((device, canonical)) = set::device_of(&listed.name) else {
            continue;
        };
        own_present |= listed.name == own;
        if state.seen.get(&listed.name) == Some(&listed.tag) {
            continue;
        }
        let Some(bytes) = store.read(&listed.name)? else {
            continue;
        };
        state.seen.insert(listed.name.clone(), listed.tag.clone());
        let file = (bytes.len() as u64 <= store::MAX_FILE)
            .then(|| DeviceFile::open(&key, &state.set, device, &bytes))
            .flatten();
        let Some(file) = file else {
            report.problems.push(i18n::say(
                "sync-file-damaged",
                &[("device", state.peer_name(device).into())],
            ));
            continue;
        };
        if canonical && device == state.device {
            if file.seq < state.seq {
                report.problems.push(i18n::say("sync-own-rolled-back", &[]));
                state.dirty = true;
                continue;
            }
            // This device's data restored from a backup, or copied: carry on after it.
            state.seq = file.seq;
        } else if canonical {
            let peer = state.peers.entry(device.to_owned()).or_default();
            if file.seq < peer.seq {
                report.problems.push(i18n::say(
                    "sync-file-replayed",
                    &[("device", state.peer_name(device).into())],
                ));
                continue;
            }
            peer.seq = file.seq;
            peer.name = file.name.clone();
        }
        state.clock.observe(&file.clock);
        for p in file.records {
            let counter = p
                .entry
                .as_ref()
                .and_then(|t| vault::decode_entry(t.as_bytes()).ok())
                .and_then(|(a, _)| a.kind().counter());
            let slot = incoming.entry(p.uid).or_insert_with(|| Incoming {
                record: p.record.clone(),
                entry: None,
                device: device.to_owned(),
                counter: None,
            });
            slot.counter = slot.counter.max(counter);
            if slot.entry.is_none() && slot.record == p.record || slot.record.loses_to(&p.record) {
                slot.record = p.record;
                slot.entry = p.entry;
                slot.device = device.to_owned();
            }
        }
    }

    // 3. Merge entry by entry.
    let mut untracked: Vec<i64> = {
        let tracked: BTreeSet<i64> = state.records.values().filter_map(|t| t.local).collect();
        local
            .keys()
            .filter(|id| !tracked.contains(id))
            .copied()
            .collect()
    };
    let mut changes = Vec::new();
    let mut added: Vec<String> = Vec::new();
    let mut texts: BTreeMap<String, Zeroizing<String>> = BTreeMap::new();
    for (uid, inc) in incoming {
        state.clock.observe(&inc.record.stamp);
        let from = state.peer_name(&inc.device);
        let remote = match &inc.entry {
            Some(text) => match vault::decode_entry(text.as_bytes()) {
                Ok(entry) => Some(entry),
                Err(_) => {
                    report
                        .problems
                        .push(i18n::say("sync-file-damaged", &[("device", from.into())]));
                    continue;
                }
            },
            None => None,
        };
        let Some(t) = state.records.get_mut(&uid) else {
            // New to this device; the same account added here before the first sync is the
            // same entry, not a second one.
            let tracked = match remote {
                Some((account, meta)) => {
                    let twin = untracked
                        .iter()
                        .position(|id| same_account(local[id].account, &account));
                    match twin {
                        Some(i) => {
                            let id = untracked.remove(i);
                            let l = &local[&id];
                            let differs =
                                inc.entry.as_ref().map(|t| digest(t)) != Some(l.hash.clone());
                            Tracked {
                                record: if differs {
                                    report.pushed += 1;
                                    Record {
                                        stamp: state.clock.tick(&state.device, wall),
                                        deleted_of: None,
                                    }
                                } else {
                                    inc.record
                                },
                                local: Some(id),
                                hash: Some(l.hash.clone()),
                            }
                        }
                        None => {
                            report.pulled += 1;
                            report.arrived.push(i18n::say(
                                "sync-added",
                                &[("label", label(&account).into())],
                            ));
                            let text = published(&account, &meta);
                            let hash = digest(&text);
                            texts.insert(uid.clone(), text);
                            changes.push(SyncChange::Add(NewEntry { account, meta }));
                            added.push(uid.clone());
                            Tracked {
                                record: inc.record,
                                local: None,
                                hash: Some(hash),
                            }
                        }
                    }
                }
                None => Tracked {
                    record: inc.record,
                    local: None,
                    hash: None,
                },
            };
            state.records.insert(uid, tracked);
            continue;
        };
        if t.local.is_some_and(|id| damaged.contains(&id)) {
            continue;
        }
        let here = t.local.and_then(|id| local.get(&id).map(|l| (id, l)));
        let counter = inc
            .counter
            .max(here.and_then(|(_, l)| l.account.kind().counter()));
        if t.record.loses_to(&inc.record) {
            match (remote, here) {
                (Some((mut account, mut meta)), Some((id, l))) => {
                    if let Some(c) = counter.filter(|_| account.kind().counter().is_some()) {
                        account.set_counter(c);
                    }
                    meta.uses = l.meta.uses;
                    meta.last_used = l.meta.last_used;
                    let text = published(&account, &meta);
                    let hash = digest(&text);
                    if hash != l.hash {
                        report.pulled += 1;
                        report.arrived.push(i18n::say(
                            "sync-changed",
                            &[("label", label(&account).into())],
                        ));
                        changes.push(SyncChange::Put {
                            entry: (id, l.version),
                            account,
                            meta,
                        });
                    }
                    t.hash = Some(hash);
                    texts.insert(uid.clone(), text);
                }
                (Some((account, meta)), None) => {
                    if Record::outlives_delete(&inc.record, &t.record) {
                        report.problems.push(i18n::say(
                            "sync-kept-deleted-here",
                            &[("label", label(&account).into()), ("device", from.into())],
                        ));
                    } else {
                        report.arrived.push(i18n::say(
                            "sync-added",
                            &[("label", label(&account).into())],
                        ));
                    }
                    report.pulled += 1;
                    let text = published(&account, &meta);
                    t.hash = Some(digest(&text));
                    texts.insert(uid.clone(), text);
                    changes.push(SyncChange::Add(NewEntry { account, meta }));
                    added.push(uid.clone());
                }
                (None, Some((id, l))) => {
                    report.pulled += 1;
                    report.arrived.push(i18n::say(
                        "sync-removed",
                        &[("label", label(l.account).into())],
                    ));
                    changes.push(SyncChange::Remove((id, l.version)));
                    t.local = None;
                    t.hash = None;
                }
                (None, None) => {}
            }
            t.record = inc.record;
        } else if let Some((id, l)) = here {
            // This device's version stands; a higher counter seen elsewhere still counts.
            if let Some(c) = counter.filter(|c| Some(*c) > l.account.kind().counter()) {
                let mut account = l.account.clone();
                account.set_counter(c);
                let text = published(&account, l.meta);
                t.hash = Some(digest(&text));
                texts.insert(uid.clone(), text);
                changes.push(SyncChange::Put {
                    entry: (id, l.version),
                    account,
                    meta: l.meta.clone(),
                });
                report.pulled += 1;
                state.dirty = true;
            }
            if Record::outlives_delete(&t.record, &inc.record) {
                report.problems.push(i18n::say(
                    "sync-kept-deleted-there",
                    &[("label", label(l.account).into()), ("device", from.into())],
                ));
            }
        }
    }

    // 4. Entries added here since the last sync.
    for id in untracked {
        let uid = hex::encode(crate::crypto::random_bytes::<16>());
        let record = Record {
            stamp: state.clock.tick(&state.device, local[&id].changed_ms),
            deleted_of: None,
        };
        let hash = Some(local[&id].hash.clone());
        state.records.insert(
            uid,
            Tracked {
                record,
                local: Some(id),
                hash,
            },
        );
        report.pushed += 1;
    }

    // 5. The vault and this device's file. The vault commits first (with `dirty` set), so a
    //    sync killed before the file is written writes it next time.
    let write_file = report.pushed > 0 || report.pulled > 0 || state.dirty || !own_present;
    if write_file {
        state.seq += 1;
        state.dirty = true;
    }
    state.last_sync = Some(wall as i64 / 1000);
    // "What arrived" is the last sync that brought or found something, not the idle ones since.
    if report.pulled > 0 || !report.problems.is_empty() {
        state.last_report = Some(report.clone());
    }
    vault.apply_sync(session, changes, |ids| {
        for (uid, id) in added.iter().zip(ids) {
            if let Some(t) = state.records.get_mut(uid) {
                t.local = Some(*id);
            }
        }
        to_bytes(&state)
    })?;
    if write_file {
        let records = state
            .records
            .iter()
            .map(|(uid, t)| Published {
                uid: uid.clone(),
                record: t.record.clone(),
                entry: t
                    .record
                    .alive()
                    .then(|| {
                        texts.remove(uid).or_else(|| {
                            t.local
                                .and_then(|id| local.get(&id))
                                .map(|l| l.text.clone())
                        })
                    })
                    .flatten(),
            })
            .collect();
        let file = DeviceFile {
            device: state.device.clone(),
            name: state.name.clone(),
            seq: state.seq,
            clock: state.clock.tick(&state.device, wall),
            records,
        };
        let tag = store.write(&own, &file.seal(&key, &state.set))?;
        state.seen.insert(own, tag);
        state.dirty = false;
        save(vault, session, &state)?;
    }
    Ok(report)
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
