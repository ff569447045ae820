//! One sync, step by step: stamp this device's changes; read the device files that changed;
//! merge entry by entry; apply the result and the new state to the vault in one transaction;
//! write this device's file.

use super::clock::{self, Stamp};
use super::merge::Record;
use super::set::{self, DeviceFile, Header, Published};
use super::state::{State, Tracked};
use super::store::{self, Store};
use super::{Report, SyncError};
use crate::account::{Account, EntryMeta};
use crate::crypto::Key;
use crate::i18n;
use crate::vault::{self, NewEntry, Session, StoredEntry, SyncChange, Vault};
use sha2::Digest;
use std::collections::{BTreeMap, BTreeSet};
use zeroize::Zeroizing;

/// An entry as the set carries it: usage counts are this device's own and stay out.
pub(super) fn published(account: &Account, meta: &EntryMeta) -> Zeroizing<String> {
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

/// A local entry as the sync compares it.
struct Local<'a> {
    version: i64,
    /// When it last changed here, in milliseconds: this device's edits are stamped with it.
    changed_ms: u64,
    account: &'a Account,
    meta: &'a EntryMeta,
    text: Zeroizing<String>,
    hash: String,
}

impl<'a> Local<'a> {
    fn of(e: &'a StoredEntry) -> Self {
        let text = published(&e.account, &e.meta);
        Local {
            version: e.version,
            changed_ms: u64::try_from(e.updated_at)
                .unwrap_or(0)
                .saturating_mul(1000),
            account: &e.account,
            meta: &e.meta,
            hash: digest(&text),
            text,
        }
    }
}

/// The best version of an entry among the files read, and the highest HOTP counter seen.
struct Incoming {
    record: Record,
    entry: Option<Zeroizing<String>>,
    device: String,
    counter: Option<u64>,
}

struct Run<'a> {
    state: State,
    local: BTreeMap<i64, Local<'a>>,
    /// Entries that cannot be read here: left as they are, never taken for deleted.
    damaged: BTreeSet<i64>,
    report: Report,
    wall: u64,
    changes: Vec<SyncChange>,
    /// Set entries to be added here, in the order of their `SyncChange::Add`.
    added: Vec<String>,
    /// Entries whose content this sync changed, as they will be published.
    texts: BTreeMap<String, Zeroizing<String>>,
}

pub(super) fn sync_once(vault: &Vault, session: &Session) -> Result<Report, SyncError> {
    let state = State::load(vault, session)?
        .ok_or_else(|| SyncError::NotEnabled(session.name().to_owned()))?;
    let key = state.key(session.name())?;
    let listing = vault.entries(session)?;
    // A row deleted or rolled back behind Sesame's back must not become a delete everywhere.
    if !listing.problems.is_empty() {
        return Err(SyncError::Integrity(session.name().to_owned()));
    }
    let mut run = Run {
        state,
        local: listing.readable().map(|e| (e.id, Local::of(e))).collect(),
        damaged: listing
            .entries
            .iter()
            .filter_map(|e| e.as_ref().err().map(|d| d.id))
            .collect(),
        report: Report::default(),
        wall: clock::wall_ms(),
        changes: Vec::new(),
        added: Vec::new(),
        texts: BTreeMap::new(),
    };
    if run.stamp_local() > 0 {
        run.state.dirty = true;
        run.state.save(vault, session)?;
    }
    let store = run.state.location.open()?;
    let (incoming, own_present) = run.read(&*store, &key)?;
    run.merge(incoming);
    run.finish(vault, session, &*store, &key, own_present)
}

impl Run<'_> {
    fn tick(&mut self, physical_ms: u64) -> Stamp {
        self.state.clock.tick(&self.state.device, physical_ms)
    }

    /// This device's edits and deletes since the last sync, stamped with when they were made
    /// (a delete leaves no time behind: now, and the app syncs right after one), after all
    /// the last sync saw. Kept even if the location cannot be reached.
    fn stamp_local(&mut self) -> usize {
        let State {
            records,
            clock,
            device,
            ..
        } = &mut self.state;
        let mut stamped = 0;
        for t in records.values_mut() {
            let Some(id) = t.local.filter(|id| !self.damaged.contains(id)) else {
                continue;
            };
            match self.local.get(&id) {
                None => {
                    let seen = t.record.stamp.clone();
                    t.record = Record {
                        stamp: clock.tick(device, self.wall),
                        deleted_of: Some(seen),
                    };
                    t.local = None;
                    t.hash = None;
                }
                Some(l) if t.hash.as_deref() != Some(&l.hash) => {
                    t.record = Record {
                        stamp: clock.tick(device, l.changed_ms),
                        deleted_of: None,
                    };
                    t.hash = Some(l.hash.clone());
                }
                Some(_) => continue,
            }
            stamped += 1;
        }
        self.report.pushed += stamped;
        stamped
    }

    /// The other devices' files that changed since the last look (and this device's own, if
    /// it is not as written), each checked; answers the best version of each entry in them,
    /// and whether this device's file is there.
    fn read(
        &mut self,
        store: &dyn Store,
        key: &Key,
    ) -> Result<(BTreeMap<String, Incoming>, bool), SyncError> {
        let state = &mut self.state;
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
                .then(|| DeviceFile::open(key, &state.set, device, &bytes))
                .flatten();
            let Some(file) = file else {
                self.report.problems.push(i18n::say(
                    "sync-file-damaged",
                    &[("device", state.peer_name(device).into())],
                ));
                continue;
            };
            if canonical && device == state.device {
                if file.seq < state.seq {
                    self.report
                        .problems
                        .push(i18n::say("sync-own-rolled-back", &[]));
                    state.dirty = true;
                    continue;
                }
                // This device's data restored from a backup, or copied: carry on after it.
                state.seq = file.seq;
            } else if canonical {
                let peer = state.peers.entry(device.to_owned()).or_default();
                if file.seq < peer.seq {
                    self.report.problems.push(i18n::say(
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
                if slot.entry.is_none() && slot.record == p.record
                    || slot.record.loses_to(&p.record)
                {
                    slot.record = p.record;
                    slot.entry = p.entry;
                    slot.device = device.to_owned();
                }
            }
        }
        Ok((incoming, own_present))
    }

    /// Merges entry by entry, then takes in the entries added here since the last sync.
    fn merge(&mut self, incoming: BTreeMap<String, Incoming>) {
        let mut untracked: Vec<i64> = {
            let tracked: BTreeSet<i64> = self
                .state
                .records
                .values()
                .filter_map(|t| t.local)
                .collect();
            self.local
                .keys()
                .filter(|id| !tracked.contains(id))
                .copied()
                .collect()
        };
        for (uid, inc) in incoming {
            self.state.clock.observe(&inc.record.stamp);
            let remote = match &inc.entry {
                Some(text) => match vault::decode_entry(text.as_bytes()) {
                    Ok(entry) => Some(entry),
                    Err(_) => {
                        let from = self.state.peer_name(&inc.device);
                        self.report
                            .problems
                            .push(i18n::say("sync-file-damaged", &[("device", from.into())]));
                        continue;
                    }
                },
                None => None,
            };
            if self.state.records.contains_key(&uid) {
                self.arrive_known(uid, inc, remote);
            } else {
                self.arrive_new(uid, inc, remote, &mut untracked);
            }
        }
        for id in untracked {
            let uid = hex::encode(crate::crypto::random_bytes::<16>());
            let record = Record {
                stamp: self.tick(self.local[&id].changed_ms),
                deleted_of: None,
            };
            let hash = Some(self.local[&id].hash.clone());
            let local = Some(id);
            self.state.records.insert(
                uid,
                Tracked {
                    record,
                    local,
                    hash,
                },
            );
            self.report.pushed += 1;
        }
    }

    /// An entry this device has not known. The same account added here before the first sync
    /// is the same entry, not a second one.
    fn arrive_new(
        &mut self,
        uid: String,
        inc: Incoming,
        remote: Option<(Account, EntryMeta)>,
        untracked: &mut Vec<i64>,
    ) {
        let tracked = match remote {
            None => Tracked {
                record: inc.record,
                local: None,
                hash: None,
            },
            Some((account, meta)) => {
                let twin = untracked
                    .iter()
                    .position(|id| same_account(self.local[id].account, &account));
                match twin {
                    Some(i) => {
                        let id = untracked.remove(i);
                        let hash = self.local[&id].hash.clone();
                        let differs = inc.entry.as_ref().map(|t| digest(t)) != Some(hash.clone());
                        let record = if differs {
                            // This device's version of it goes out as a change.
                            self.report.pushed += 1;
                            Record {
                                stamp: self.tick(self.wall),
                                deleted_of: None,
                            }
                        } else {
                            inc.record
                        };
                        Tracked {
                            record,
                            local: Some(id),
                            hash: Some(hash),
                        }
                    }
                    None => {
                        let hash = self.add(&uid, account, meta);
                        Tracked {
                            record: inc.record,
                            local: None,
                            hash: Some(hash),
                        }
                    }
                }
            }
        };
        self.state.records.insert(uid, tracked);
    }

    /// An entry added here by this sync; answers its digest.
    fn add(&mut self, uid: &str, account: Account, meta: EntryMeta) -> String {
        self.report.pulled += 1;
        self.report.arrived.push(i18n::say(
            "sync-added",
            &[("label", label(&account).into())],
        ));
        let text = published(&account, &meta);
        let hash = digest(&text);
        self.texts.insert(uid.to_owned(), text);
        self.changes
            .push(SyncChange::Add(NewEntry { account, meta }));
        self.added.push(uid.to_owned());
        hash
    }

    /// An entry this device knows: the merge rule (`merge.rs`) decides; HOTP counters take the
    /// highest seen anywhere.
    fn arrive_known(&mut self, uid: String, inc: Incoming, remote: Option<(Account, EntryMeta)>) {
        let from = self.state.peer_name(&inc.device);
        let Some(t) = self.state.records.get(&uid).cloned() else {
            return;
        };
        if t.local.is_some_and(|id| self.damaged.contains(&id)) {
            return;
        }
        let here = t.local.and_then(|id| self.local.get(&id).map(|l| (id, l)));
        let counter = inc
            .counter
            .max(here.and_then(|(_, l)| l.account.kind().counter()));
        let mut next = t.clone();
        if t.record.loses_to(&inc.record) {
            next.record = inc.record.clone();
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
                        self.report.pulled += 1;
                        self.report.arrived.push(i18n::say(
                            "sync-changed",
                            &[("label", label(&account).into())],
                        ));
                        self.changes.push(SyncChange::Put {
                            entry: (id, l.version),
                            account,
                            meta,
                        });
                    }
                    next.hash = Some(hash);
                    self.texts.insert(uid.clone(), text);
                }
                (Some((account, meta)), None) => {
                    if Record::outlives_delete(&inc.record, &t.record) {
                        self.report.problems.push(i18n::say(
                            "sync-kept-deleted-here",
                            &[("label", label(&account).into()), ("device", from.into())],
                        ));
                    }
                    next.hash = Some(self.add(&uid, account, meta));
                }
                (None, Some((id, l))) => {
                    self.report.pulled += 1;
                    self.report.arrived.push(i18n::say(
                        "sync-removed",
                        &[("label", label(l.account).into())],
                    ));
                    self.changes.push(SyncChange::Remove((id, l.version)));
                    next.local = None;
                    next.hash = None;
                }
                (None, None) => {}
            }
        } else if let Some((id, l)) = here {
            // This device's version stands; a higher counter seen elsewhere still counts.
            if let Some(c) = counter.filter(|c| Some(*c) > l.account.kind().counter()) {
                let mut account = l.account.clone();
                account.set_counter(c);
                let meta = l.meta.clone();
                let text = published(&account, &meta);
                next.hash = Some(digest(&text));
                self.texts.insert(uid.clone(), text);
                self.changes.push(SyncChange::Put {
                    entry: (id, l.version),
                    account,
                    meta,
                });
                self.report.pulled += 1;
                self.state.dirty = true;
            }
            if Record::outlives_delete(&t.record, &inc.record) {
                self.report.problems.push(i18n::say(
                    "sync-kept-deleted-there",
                    &[("label", label(l.account).into()), ("device", from.into())],
                ));
            }
        }
        self.state.records.insert(uid, next);
    }

    /// The vault first (with `dirty` set, so a sync killed before the file is written writes
    /// it next time), then this device's file.
    fn finish(
        mut self,
        vault: &Vault,
        session: &Session,
        store: &dyn Store,
        key: &Key,
        own_present: bool,
    ) -> Result<Report, SyncError> {
        let report = &self.report;
        let state = &mut self.state;
        let write_file = report.pushed > 0 || report.pulled > 0 || state.dirty || !own_present;
        if write_file {
            state.seq += 1;
            state.dirty = true;
        }
        state.last_sync = Some(self.wall as i64 / 1000);
        // "What arrived" is the last sync that brought or found something, not the idle ones.
        if report.pulled > 0 || !report.problems.is_empty() {
            state.last_report = Some(report.clone());
        }
        let added = &self.added;
        vault.apply_sync(session, std::mem::take(&mut self.changes), |ids| {
            for (uid, id) in added.iter().zip(ids) {
                if let Some(t) = state.records.get_mut(uid) {
                    t.local = Some(*id);
                }
            }
            state.to_bytes()
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
                            self.texts.remove(uid).or_else(|| {
                                t.local
                                    .and_then(|id| self.local.get(&id))
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
                clock: state.clock.tick(&state.device, self.wall),
                records,
            };
            let own = set::device_file_name(&state.device);
            let tag = store.write(&own, &file.seal(key, &state.set))?;
            state.seen.insert(own, tag);
            state.dirty = false;
            state.save(vault, session)?;
        }
        Ok(self.report)
    }
}
