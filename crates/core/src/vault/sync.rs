//! A profile's sync state, sealed under the profile's key like its settings, and the one
//! transaction in which a sync's changes to the entries land together with the state that
//! records them, so an interrupted sync leaves either both or neither.

use super::entries::Batch;
use super::{Result, Session, Vault};
use crate::account::{Account, EntryMeta};
use crate::crypto::Key;
use crate::vault::NewEntry;
use rusqlite::{params, Transaction};
use zeroize::Zeroizing;

/// A change a sync makes to the local entries; `Put` and `Remove` name the entry's id and the
/// version the sync read, and the whole sync is refused (`Busy`) if it changed since.
pub enum SyncChange {
    Add(NewEntry),
    Put {
        entry: (i64, i64),
        account: Account,
        meta: EntryMeta,
    },
    Remove((i64, i64)),
}

fn aad(session: &Session) -> Vec<u8> {
    let mut aad = b"sesame/sync/".to_vec();
    aad.extend_from_slice(&session.uid);
    aad
}

fn store(tx: &Transaction, session: &Session, plain: Option<&[u8]>) -> Result<()> {
    match plain {
        Some(plain) => tx.execute(
            "INSERT INTO sync_state (profile_id, sealed) VALUES (?1, ?2)
             ON CONFLICT(profile_id) DO UPDATE SET sealed = excluded.sealed",
            params![session.profile_id, session.key.seal(&aad(session), plain)],
        )?,
        None => tx.execute(
            "DELETE FROM sync_state WHERE profile_id = ?1",
            [session.profile_id],
        )?,
    };
    Ok(())
}

impl Vault {
    /// The profile's sync state as last stored, or `None` when it does not sync.
    pub fn sync_state(&self, session: &Session) -> Result<Option<Zeroizing<Vec<u8>>>> {
        super::sealed_row(&self.conn, "sync_state", session)?
            .map(|s| {
                session.key.open(&aad(session), &s).map_err(|_| {
                    super::VaultError::Database(format!(
                        "the sync settings of profile {} are damaged; set up sync again",
                        session.name
                    ))
                })
            })
            .transpose()
    }

    /// Stores (or, with `None`, forgets) the profile's sync state.
    pub fn set_sync_state(&self, session: &Session, plain: Option<&[u8]>) -> Result<()> {
        self.write(|tx| store(tx, session, plain))
    }

    /// Applies `changes` and stores the state `state` makes from the new entries' ids, in one
    /// transaction.
    pub fn apply_sync(
        &self,
        session: &Session,
        changes: Vec<SyncChange>,
        state: impl FnOnce(&[i64]) -> Zeroizing<Vec<u8>>,
    ) -> Result<()> {
        self.write(|tx| {
            let mut batch = Batch::begin(tx, session)?;
            let mut added = Vec::new();
            for change in changes {
                match change {
                    SyncChange::Add(entry) => added.push(entry),
                    SyncChange::Put {
                        entry,
                        account,
                        meta,
                    } => batch.put(session, entry, &account, &meta)?,
                    SyncChange::Remove(entry) => batch.remove(session, entry)?,
                }
            }
            let ids = batch.add(session, &added)?;
            batch.finish(session)?;
            store(tx, session, Some(&state(&ids)))
        })
    }
}

/// Re-seals the sync state under `new_key` (inside a key rotation).
pub(super) fn reencrypt(tx: &Transaction, session: &Session, new_key: &Key) -> Result<()> {
    super::reseal_row(tx, "sync_state", session, &aad(session), new_key)
}
