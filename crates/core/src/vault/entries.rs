//! Entries: one row each, the payload encrypted under the vault key with the profile, entry id
//! and version as associated data; and the integrity manifest, an encrypted list of every
//! entry's id and version kept in the same transaction, which exposes a deleted row or an
//! older copy put back.

use super::Session;
use super::{now, Result, Vault, VaultError};
use crate::account::{Account, Kind, Secret};
use crate::crypto::Key;
use crate::i18n;
use crate::{otp, uri};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use zeroize::{Zeroize, Zeroizing};

pub use crate::account::EntryMeta;

pub struct NewEntry {
    pub account: Account,
    pub meta: EntryMeta,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEntry {
    pub id: i64,
    pub account: Account,
    pub meta: EntryMeta,
    /// Unix seconds of the entry's last change (sync stamps this device's edits with it).
    pub updated_at: i64,
    /// The row's version: a change made from this reading (a sync's) is refused if the entry
    /// has changed since.
    pub version: i64,
}

impl StoredEntry {
    /// The same account: same kind of code and same secret (names may differ).
    pub fn is_same_account(&self, other: &Account) -> bool {
        self.account.kind().name() == other.kind().name() && self.account.secret() == other.secret()
    }
}

/// An entry that could not be read, and why; every other entry still opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedEntry {
    pub id: i64,
    pub reason: String,
}

/// A profile's entries in order, and what the integrity check found.
#[derive(Debug, Default)]
pub struct Listing {
    pub entries: Vec<std::result::Result<StoredEntry, DamagedEntry>>,
    pub problems: Vec<String>,
    /// The integrity record is damaged, or older than the keyring remembers: the person is
    /// told (in `problems`) and confirms (`Vault::confirm_integrity`) before a new one is made.
    pub integrity_unconfirmed: bool,
}

impl Listing {
    pub fn readable(&self) -> impl Iterator<Item = &StoredEntry> {
        self.entries.iter().flatten()
    }
}

#[derive(Serialize, Deserialize)]
struct Payload {
    #[serde(rename = "type")]
    kind: String,
    issuer: String,
    account: String,
    secret: String,
    algorithm: String,
    digits: u8,
    period: Option<u32>,
    counter: Option<u64>,
    #[serde(flatten)]
    meta: EntryMeta,
}

impl Drop for Payload {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

/// An entry's plaintext, as sealed in its row (and in a sync device file).
pub(crate) fn encode(account: &Account, meta: &EntryMeta) -> Zeroizing<Vec<u8>> {
    let kind = account.kind();
    let payload = Payload {
        kind: kind.name().to_owned(),
        issuer: account.issuer().to_owned(),
        account: account.name().to_owned(),
        secret: account.secret().to_base32().to_string(),
        algorithm: account.algorithm().name().to_owned(),
        digits: account.digits(),
        period: match kind {
            Kind::Totp { period } => Some(period),
            _ => None,
        },
        counter: kind.counter(),
        meta: meta.clone(),
    };
    Zeroizing::new(serde_json::to_vec(&payload).expect("a payload always serializes"))
}

pub(crate) fn decode(bytes: &[u8]) -> std::result::Result<(Account, EntryMeta), String> {
    let p: Payload =
        serde_json::from_slice(bytes).map_err(|_| "its contents are not readable".to_owned())?;
    // Sesame wrote this secret itself, as canonical Base32: no lenient parsing needed.
    let secret = data_encoding::BASE32_NOPAD
        .decode(p.secret.as_bytes())
        .map(Secret::new)
        .map_err(|_| "its secret is not readable".to_owned())?;
    let algorithm = uri::parse_algorithm(&p.algorithm).map_err(|e| e.to_string())?;
    let kind = match (p.kind.as_str(), p.period, p.counter) {
        ("totp", Some(period), _) => Kind::Totp { period },
        ("hotp", _, Some(counter)) => Kind::Hotp { counter },
        ("steam", _, _) => Kind::Steam,
        _ => return Err(format!("unknown entry type '{}'", p.kind)),
    };
    let account = Account::new(
        kind,
        p.issuer.clone(),
        p.account.clone(),
        algorithm,
        p.digits,
        secret,
    )
    .map_err(|e| e.to_string())?;
    Ok((account, p.meta.clone()))
}

/// A column's bytes whatever its storage class: a row edited behind Sesame's back may hold
/// text or a number, which must read as one damaged entry, not fail the whole listing.
fn bytes(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<Vec<u8>> {
    use rusqlite::types::ValueRef;
    Ok(match row.get_ref(idx)? {
        ValueRef::Blob(b) | ValueRef::Text(b) => b.to_vec(),
        _ => Vec::new(),
    })
}

fn entry_aad(session: &Session, id: i64, version: i64) -> Vec<u8> {
    let mut aad = b"sesame entry v1".to_vec();
    aad.extend_from_slice(&session.uid);
    aad.extend_from_slice(&id.to_le_bytes());
    aad.extend_from_slice(&version.to_le_bytes());
    aad
}

fn manifest_aad(session: &Session) -> Vec<u8> {
    let mut aad = b"sesame manifest v1".to_vec();
    aad.extend_from_slice(&session.uid);
    aad
}

/// Every entry's id and version, and under [`GENERATION`] how many times it was written.
type Manifest = BTreeMap<i64, i64>;

/// The manifest's key for its write count (entry ids start at 1).
const GENERATION: i64 = 0;

pub(super) fn seal_manifest(session: &Session, key: &Key, manifest: &Manifest) -> Vec<u8> {
    let bytes: Vec<u8> = manifest
        .iter()
        .flat_map(|(id, v)| id.to_le_bytes().into_iter().chain(v.to_le_bytes()))
        .collect();
    key.seal(&manifest_aad(session), &bytes)
}

fn open_manifest(session: &Session, sealed: &[u8]) -> Option<Manifest> {
    let bytes = session.key.open(&manifest_aad(session), sealed).ok()?;
    let words = bytes
        .chunks_exact(8)
        .map(|c| i64::from_le_bytes(c.try_into().unwrap_or_default()));
    let words: Vec<i64> = words.collect();
    Some(words.chunks_exact(2).map(|p| (p[0], p[1])).collect())
}

fn read_manifest(conn: &rusqlite::Connection, session: &Session) -> Result<Option<Manifest>> {
    let sealed: Vec<u8> = conn.query_row(
        "SELECT manifest FROM profiles WHERE id = ?1",
        [session.profile_id],
        |r| r.get(0),
    )?;
    Ok(open_manifest(session, &sealed))
}

/// The manifest a write starts from. A damaged one is never rebuilt silently: the write is
/// refused until the person confirms (`Vault::confirm_integrity`).
fn manifest_for_write(tx: &Transaction, session: &Session) -> Result<Manifest> {
    read_manifest(tx, session)?
        .ok_or_else(|| VaultError::IntegrityUnconfirmed(session.name().to_owned()))
}

/// A manifest of the rows as they are now.
fn manifest_of_rows(tx: &Transaction, session: &Session) -> Result<Manifest> {
    let mut stmt = tx.prepare("SELECT id, version FROM entries WHERE profile_id = ?1")?;
    let rows = stmt.query_map([session.profile_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn write_manifest(
    tx: &Transaction,
    session: &Session,
    key: &Key,
    manifest: &Manifest,
) -> Result<()> {
    let mut written = manifest.clone();
    *written.entry(GENERATION).or_insert(0) += 1;
    tx.execute(
        "UPDATE profiles SET manifest = ?1 WHERE id = ?2",
        params![seal_manifest(session, key, &written), session.profile_id],
    )?;
    Ok(())
}

/// Re-encrypts every entry and the manifest under `new_key` (inside a key rotation).
pub(super) fn reencrypt(tx: &Transaction, session: &Session, new_key: &Key) -> Result<()> {
    let manifest = manifest_for_write(tx, session)?;
    let rows: Vec<(i64, i64, Vec<u8>)> = {
        let mut stmt =
            tx.prepare("SELECT id, version, payload FROM entries WHERE profile_id = ?1")?;
        let rows = stmt.query_map([session.profile_id], |r| {
            Ok((r.get(0)?, r.get(1)?, bytes(r, 2)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (id, version, payload) in rows {
        let aad = entry_aad(session, id, version);
        // A damaged entry cannot be re-encrypted; it stays as it is, reported as damaged.
        if let Ok(plain) = session.key.open(&aad, &payload) {
            tx.execute(
                "UPDATE entries SET payload = ?1 WHERE id = ?2",
                params![new_key.seal(&aad, &plain), id],
            )?;
        }
    }
    write_manifest(tx, session, new_key, &manifest)
}

impl Vault {
    /// Every entry of the profile, damaged ones as such, with the integrity check's findings.
    pub fn entries(&self, session: &Session) -> Result<Listing> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, version, payload, updated_at FROM entries WHERE profile_id = ?1 ORDER BY position, id",
        )?;
        let rows = stmt.query_map([session.profile_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                bytes(r, 2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        let mut listing = Listing::default();
        let manifest = read_manifest(&self.conn, session)?;
        let mut seen = BTreeMap::new();
        for row in rows {
            let (id, version, payload, updated_at) = row?;
            seen.insert(id, version);
            let entry = session
                .key
                .open(&entry_aad(session, id, version), &payload)
                .map_err(|_| i18n::say("entry-undecryptable", &[]))
                .and_then(|plain| decode(&plain))
                .map(|(account, meta)| StoredEntry {
                    id,
                    account,
                    meta,
                    updated_at,
                    version,
                })
                .map_err(|reason| DamagedEntry { id, reason });
            listing.entries.push(entry);
        }
        match manifest {
            None => {
                listing.problems.push(i18n::say("integrity-damaged", &[]));
                listing.integrity_unconfirmed = true;
            }
            Some(m) => {
                listing.problems.extend(integrity_problems(&m, &seen));
                let generation = m.get(&GENERATION).copied().unwrap_or(0);
                if let Some(remembered) = self.remembered_generation(session) {
                    if generation < remembered {
                        listing.problems.push(i18n::say(
                            "integrity-rolled-back",
                            &[
                                ("written", generation.into()),
                                ("remembered", remembered.into()),
                            ],
                        ));
                        listing.integrity_unconfirmed = true;
                    } else if generation > remembered {
                        self.remember_generation(session, generation);
                    }
                }
            }
        }
        Ok(listing)
    }

    /// The keyring's id for the profile's integrity generation, where the vault guards against
    /// rollback and the profile has a keyring slot.
    fn generation_entry(
        &self,
        session: &Session,
    ) -> Option<(&dyn crate::keystore::KeyStore, String)> {
        let ks = self.rollback_guard.as_deref()?;
        let keyring: bool = self
            .conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM key_slots WHERE profile_id = ?1 AND kind = 'keyring')",
                [session.profile_id],
                |r| r.get(0),
            )
            .ok()?;
        keyring.then(|| (ks, super::session::generation_entry_id(&session.uid)))
    }

    /// The generation the keyring remembers (0 for none yet); `None` when it cannot say.
    fn remembered_generation(&self, session: &Session) -> Option<i64> {
        let (ks, id) = self.generation_entry(session)?;
        let stored = ks.get(&id).ok()?;
        Some(
            stored
                .and_then(|b| Some(i64::from_le_bytes(b.get(..8)?.try_into().ok()?)))
                .unwrap_or(0),
        )
    }

    /// Best effort: a keyring that refuses now is asked again at the next listing.
    fn remember_generation(&self, session: &Session, generation: i64) {
        if let Some((ks, id)) = self.generation_entry(session) {
            let _ = ks.set(&id, &generation.to_le_bytes());
        }
    }

    /// The person has seen that the integrity record is damaged or was rolled back, and
    /// checked the accounts: a new record of the entries as they are now is started (and, for
    /// a keyring profile, remembered from here on).
    pub fn confirm_integrity(&self, session: &Session) -> Result<()> {
        let remembered = self.remembered_generation(session).unwrap_or(0);
        let generation = self.write(|tx| {
            let old = read_manifest(tx, session)?;
            let mut m = manifest_of_rows(tx, session)?;
            let before = old.and_then(|o| o.get(&GENERATION).copied()).unwrap_or(0);
            m.insert(GENERATION, before.max(remembered));
            write_manifest(tx, session, &session.key, &m)?;
            Ok(before.max(remembered) + 1)
        })?;
        self.remember_generation(session, generation);
        Ok(())
    }

    /// Adds entries at the end of the list, in one transaction; returns their ids.
    pub fn add(&self, session: &Session, items: &[NewEntry]) -> Result<Vec<i64>> {
        self.write(|tx| {
            let mut manifest = manifest_for_write(tx, session)?;
            let ids = add_in(tx, session, &mut manifest, items)?;
            write_manifest(tx, session, &session.key, &manifest)?;
            Ok(ids)
        })
    }

    /// Changes one entry in place: `edit` gets its account and metadata; the result is stored
    /// (with a new version) before `edit`'s return value is handed back.
    pub fn update<T>(
        &self,
        session: &Session,
        id: i64,
        edit: impl FnOnce(&mut Account, &mut EntryMeta) -> Result<T>,
    ) -> Result<T> {
        self.write(|tx| {
            let row: Option<(i64, Vec<u8>)> = tx
                .query_row(
                    "SELECT version, payload FROM entries WHERE id = ?1 AND profile_id = ?2",
                    params![id, session.profile_id],
                    |r| Ok((r.get(0)?, bytes(r, 1)?)),
                )
                .optional()?;
            let (version, payload) = row.ok_or(VaultError::NoEntry(id))?;
            let plain = session
                .key
                .open(&entry_aad(session, id, version), &payload)
                .map_err(|_| {
                    VaultError::Database(format!("entry {id} is damaged and cannot be changed"))
                })?;
            let (mut account, mut meta) = decode(&plain)
                .map_err(|reason| VaultError::Database(format!("entry {id}: {reason}")))?;
            let out = edit(&mut account, &mut meta)?;
            let mut manifest = manifest_for_write(tx, session)?;
            put_in(tx, session, &mut manifest, (id, version), &account, &meta)?;
            write_manifest(tx, session, &session.key, &manifest)?;
            Ok(out)
        })
    }

    /// The HOTP code at the stored counter; the advanced counter is committed before the code
    /// is returned, so a code is never shown twice.
    pub fn next_hotp(&self, session: &Session, id: i64) -> Result<String> {
        self.update(session, id, |account, _| {
            let counter = account.kind().counter().ok_or_else(|| {
                VaultError::Database(format!("entry {id} is not an HOTP account"))
            })?;
            let code = otp::code_for_counter(account, counter);
            account.set_counter(counter.checked_add(1).ok_or_else(|| {
                VaultError::Database(format!("entry {id}'s counter cannot go higher"))
            })?);
            Ok(code)
        })
    }

    /// Counts a copied code for the usage orders; answers the entry's metadata as stored.
    pub fn record_use(&self, session: &Session, id: i64) -> Result<EntryMeta> {
        self.update(session, id, |_, meta| {
            meta.uses = meta.uses.saturating_add(1);
            meta.last_used = now();
            Ok(meta.clone())
        })
    }

    pub fn remove(&self, session: &Session, id: i64) -> Result<()> {
        self.write(|tx| {
            let mut manifest = manifest_for_write(tx, session)?;
            remove_in(tx, session, &mut manifest, id)?;
            write_manifest(tx, session, &session.key, &manifest)
        })
    }

    /// Puts the given entries first, in this order; the others keep their relative order.
    pub fn reorder(&self, session: &Session, ids: &[i64]) -> Result<()> {
        self.write(|tx| {
            let mut stmt =
                tx.prepare("SELECT id FROM entries WHERE profile_id = ?1 ORDER BY position, id")?;
            let current: Vec<i64> = stmt
                .query_map([session.profile_id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for id in ids {
                if !current.contains(id) {
                    return Err(VaultError::NoEntry(*id));
                }
            }
            let order = ids
                .iter()
                .chain(current.iter().filter(|id| !ids.contains(id)));
            for (pos, id) in order.enumerate() {
                tx.execute(
                    "UPDATE entries SET position = ?1 WHERE id = ?2",
                    params![pos as i64 + 1, id],
                )?;
            }
            Ok(())
        })
    }
}

/// A change to a profile's entries inside a transaction the caller commits; the manifest is
/// written once by the caller after all of them.
pub(super) struct Batch<'a> {
    tx: &'a Transaction<'a>,
    manifest: Manifest,
}

impl<'a> Batch<'a> {
    pub fn begin(tx: &'a Transaction<'a>, session: &Session) -> Result<Self> {
        Ok(Batch {
            tx,
            manifest: manifest_for_write(tx, session)?,
        })
    }

    pub fn add(&mut self, session: &Session, items: &[NewEntry]) -> Result<Vec<i64>> {
        add_in(self.tx, session, &mut self.manifest, items)
    }

    /// Replaces an entry's account and metadata, if it is still at `version`; `Busy` if it
    /// changed since it was read.
    pub fn put(
        &mut self,
        session: &Session,
        (id, version): (i64, i64),
        account: &Account,
        meta: &EntryMeta,
    ) -> Result<()> {
        self.unchanged(session, id, version)?;
        put_in(
            self.tx,
            session,
            &mut self.manifest,
            (id, version),
            account,
            meta,
        )
    }

    /// Deletes an entry, if it is still at `version`.
    pub fn remove(&mut self, session: &Session, (id, version): (i64, i64)) -> Result<()> {
        self.unchanged(session, id, version)?;
        remove_in(self.tx, session, &mut self.manifest, id)
    }

    fn unchanged(&self, session: &Session, id: i64, version: i64) -> Result<()> {
        let now: i64 = self
            .tx
            .query_row(
                "SELECT version FROM entries WHERE id = ?1 AND profile_id = ?2",
                params![id, session.profile_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(VaultError::Busy)?;
        if now == version {
            Ok(())
        } else {
            Err(VaultError::Busy)
        }
    }

    pub fn finish(self, session: &Session) -> Result<()> {
        write_manifest(self.tx, session, &session.key, &self.manifest)
    }
}

fn add_in(
    tx: &Transaction,
    session: &Session,
    manifest: &mut Manifest,
    items: &[NewEntry],
) -> Result<Vec<i64>> {
    let mut position: i64 = tx.query_row(
        "SELECT COALESCE(MAX(position), 0) FROM entries WHERE profile_id = ?1",
        [session.profile_id],
        |r| r.get(0),
    )?;
    let t = now();
    let mut insert = tx.prepare_cached(
        "INSERT INTO entries (profile_id, position, version, payload, created_at, updated_at)
         VALUES (?1, ?2, 1, x'', ?3, ?3)",
    )?;
    let mut fill = tx.prepare_cached("UPDATE entries SET payload = ?1 WHERE id = ?2")?;
    let mut ids = Vec::with_capacity(items.len());
    for item in items {
        position += 1;
        insert.execute(params![session.profile_id, position, t])?;
        let id = tx.last_insert_rowid();
        let sealed = session.key.seal(
            &entry_aad(session, id, 1),
            &encode(&item.account, &item.meta),
        );
        fill.execute(params![sealed, id])?;
        manifest.insert(id, 1);
        ids.push(id);
    }
    Ok(ids)
}

/// Stores a new version of entry `id` (whose current version is `version`).
fn put_in(
    tx: &Transaction,
    session: &Session,
    manifest: &mut Manifest,
    (id, version): (i64, i64),
    account: &Account,
    meta: &EntryMeta,
) -> Result<()> {
    let version = version + 1;
    let sealed = session
        .key
        .seal(&entry_aad(session, id, version), &encode(account, meta));
    tx.execute(
        "UPDATE entries SET version = ?1, payload = ?2, updated_at = ?3 WHERE id = ?4",
        params![version, sealed, now(), id],
    )?;
    manifest.insert(id, version);
    Ok(())
}

fn remove_in(tx: &Transaction, session: &Session, manifest: &mut Manifest, id: i64) -> Result<()> {
    let n = tx.execute(
        "DELETE FROM entries WHERE id = ?1 AND profile_id = ?2",
        params![id, session.profile_id],
    )?;
    if n == 0 {
        return Err(VaultError::NoEntry(id));
    }
    manifest.remove(&id);
    Ok(())
}

fn integrity_problems(manifest: &Manifest, rows: &BTreeMap<i64, i64>) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, version) in manifest.iter().filter(|(id, _)| **id != GENERATION) {
        match rows.get(id) {
            None => problems.push(i18n::say("integrity-deleted", &[("id", (*id).into())])),
            Some(v) if v < version => problems.push(i18n::say(
                "integrity-older-copy",
                &[
                    ("id", (*id).into()),
                    ("version", (*v).into()),
                    ("expected", (*version).into()),
                ],
            )),
            Some(v) if v > version => {
                problems.push(i18n::say("integrity-mismatch", &[("id", (*id).into())]))
            }
            Some(_) => {}
        }
    }
    for id in rows
        .keys()
        .filter(|id| **id != GENERATION && !manifest.contains_key(id))
    {
        problems.push(i18n::say("integrity-foreign", &[("id", (*id).into())]));
    }
    problems
}
