//! Versioned schema migrations, tracked in `PRAGMA user_version`. Append only: each step
//! upgrades from the version before it, in one transaction.

use super::{Result, VaultError};
use rusqlite::Connection;
use std::path::Path;

pub const MIGRATIONS: &[&str] = &[
    // 1: profiles, their key slots, and encrypted entries.
    "CREATE TABLE profiles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid BLOB NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        manifest BLOB NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE key_slots (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('keyring', 'password', 'recovery')),
        params TEXT NOT NULL,
        public_key BLOB NOT NULL,
        sealed_key BLOB NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        version INTEGER NOT NULL,
        payload BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE INDEX entries_by_profile ON entries(profile_id, position);",
    // 2: each profile's settings, encrypted under its key (they hold the backup key).
    "CREATE TABLE profile_settings (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        sealed BLOB NOT NULL
    );",
    // 3: each profile's sync state, encrypted under its key (it holds the sync key).
    "CREATE TABLE sync_state (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        sealed BLOB NOT NULL
    );",
];

pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

pub fn migrate(conn: &Connection, path: &Path) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > latest() {
        return Err(VaultError::NewerSchema {
            path: path.to_owned(),
            found,
        });
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx =
            rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
