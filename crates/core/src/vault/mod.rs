//! The encrypted vault: one SQLite database in the data directory, profiles with key slots,
//! entries encrypted under each profile's vault key (docs/ARCHITECTURE.md, "Data").

mod entries;
mod profiles;
mod schema;
mod session;
mod settings;
mod sync;

pub(crate) use entries::{decode as decode_entry, encode as encode_entry};
pub use entries::{EntryMeta, Listing, NewEntry, StoredEntry};
pub use profiles::{Credential, ProfileInfo, RecoveryKey};
pub use session::Session;
pub use settings::{AutoBackup, Mirror, ProfileSettings};
pub use sync::SyncChange;

use crate::keystore::KeyStoreError;
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const DB_FILE: &str = "sesame.db";
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("cannot use the data directory {path}: {reason}")]
    DataDir { path: PathBuf, reason: String },
    #[error("{path} is not a Sesame database ({why}); it was left untouched")]
    NotADatabase { path: PathBuf, why: String },
    #[error("the database {path} is damaged ({why}); it was left untouched")]
    Damaged { path: PathBuf, why: String },
    #[error("the database {path} was written by a newer Sesame (schema {found}); update Sesame")]
    NewerSchema { path: PathBuf, found: i64 },
    #[error("the disk is full: nothing was written")]
    DiskFull,
    #[error("the data directory is read-only: nothing was written")]
    ReadOnly,
    #[error("the database is busy (another Sesame is writing to it); try again")]
    Busy,
    #[error("database error: {0}")]
    Database(String),
    /// A change the person asked for that cannot be made, with what to do instead.
    #[error("{0}")]
    Invalid(String),
    #[error("there is no profile named '{0}'")]
    NoProfile(String),
    #[error("a profile named '{0}' already exists")]
    ProfileExists(String),
    #[error("profile names are 1 to 64 characters, without control characters")]
    InvalidName,
    #[error("wrong password for profile {0}")]
    WrongPassword(String),
    #[error("profile {0} is locked")]
    Locked(String),
    #[error("wrong recovery key for profile {0}")]
    WrongRecoveryKey(String),
    #[error("profile {profile} has no {what}")]
    NoSlot { profile: String, what: &'static str },
    #[error("profile {profile} is protected by the keyring, but {source}; unlock it with its password or recovery key")]
    KeyringUnavailable {
        profile: String,
        source: KeyStoreError,
    },
    #[error("the key of profile {0} is missing from the keyring (or the keyring is locked); unlock it with its password or recovery key")]
    KeyMissing(String),
    #[error("a key slot of profile {0} is damaged")]
    DamagedSlot(String),
    #[error("the settings of profile {0} are damaged; set up its automatic backups again")]
    DamagedSettings(String),
    #[error("that would leave profile {0} with no way to unlock it")]
    LastSlot(String),
    #[error("no entry with id {0} in this profile")]
    NoEntry(i64),
    #[error("the integrity record of profile {0} is damaged or older than this computer remembers, so Sesame cannot tell whether entries were deleted or rolled back; check the accounts, then confirm to start a new record")]
    IntegrityUnconfirmed(String),
    #[error("the recovery key is not valid: {0}")]
    RecoveryFormat(String),
    #[error(transparent)]
    Keyring(#[from] KeyStoreError),
    #[error(transparent)]
    Params(#[from] crate::account::ParamError),
}

impl VaultError {
    fn from_sqlite(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => VaultError::DiskFull,
            Some(ErrorCode::ReadOnly)
            | Some(ErrorCode::CannotOpen)
            | Some(ErrorCode::PermissionDenied) => VaultError::ReadOnly,
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => VaultError::Busy,
            _ => VaultError::Database(e.to_string()),
        }
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        VaultError::from_sqlite(e)
    }
}

pub type Result<T> = std::result::Result<T, VaultError>;

/// An open database. Profiles are unlocked into [`Session`]s, which the entry calls take.
pub struct Vault {
    conn: Connection,
    path: PathBuf,
    /// Where keyring profiles' integrity generations are also kept (`guard_rollback`).
    rollback_guard: Option<std::sync::Arc<dyn crate::keystore::KeyStore>>,
}

/// The data directory: `SESAME_DATA_DIR`, or the OS data directory's `sesame`.
pub fn default_dir() -> Option<PathBuf> {
    match std::env::var_os("SESAME_DATA_DIR") {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => dirs::data_dir().map(|d| d.join("sesame")),
    }
}

impl Vault {
    /// Opens the vault in `dir`, creating the directory (private to the user) and the database.
    pub fn open(dir: &Path) -> Result<Vault> {
        let dir_error = |reason: String| VaultError::DataDir {
            path: dir.to_owned(),
            reason,
        };
        create_private_dir(dir).map_err(|e| dir_error(e.to_string()))?;
        let path = dir.join(DB_FILE);
        if path.exists() {
            check_header(&path)?;
        } else {
            create_database(dir, &path)?;
        }
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let vault = Vault {
            conn,
            path,
            rollback_guard: None,
        };
        vault.configure()?;
        schema::migrate(&vault.conn, &vault.path)?;
        Ok(vault)
    }

    /// Keeps each keyring profile's integrity generation in `ks` too: a database file put back
    /// whole (every row and the integrity record together) is then older than the keyring
    /// remembers, and reported (`entries`).
    pub fn guard_rollback(&mut self, ks: std::sync::Arc<dyn crate::keystore::KeyStore>) {
        self.rollback_guard = Some(ks);
    }

    fn configure(&self) -> Result<()> {
        let c = &self.conn;
        c.busy_timeout(Duration::from_secs(10))?;
        let damaged = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
                VaultError::Damaged {
                    path: self.path.clone(),
                    why: e.to_string(),
                }
            }
            _ => VaultError::from_sqlite(e),
        };
        let mode: String = c
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
            .map_err(damaged)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(VaultError::Database(format!(
                "cannot switch to WAL mode (got {mode})"
            )));
        }
        c.execute_batch(
            "PRAGMA synchronous=FULL; PRAGMA secure_delete=ON; PRAGMA foreign_keys=ON;",
        )
        .map_err(damaged)?;
        let check: String = c
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(damaged)?;
        if check != "ok" {
            return Err(VaultError::Damaged {
                path: self.path.clone(),
                why: check,
            });
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Limits the database's size, to test what a full disk does.
    #[doc(hidden)]
    pub fn limit_pages_for_test(&self, pages: u32) -> Result<()> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count={pages}"), [], |_| Ok(()))?;
        Ok(())
    }

    /// Runs `f` in an IMMEDIATE transaction, so concurrent writers (the app and the CLI) queue
    /// up instead of overwriting each other's integrity records.
    fn write<T>(&self, f: impl FnOnce(&rusqlite::Transaction) -> Result<T>) -> Result<T> {
        let tx = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Immediate,
        )?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if !dir.is_dir() {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    // Tighten a directory created by something else; a read-only one stays as it is.
    let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
    Ok(())
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)
}

#[cfg(unix)]
fn make_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn make_private(_: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Builds the database under a temporary name and renames it into place, so a crash never
/// leaves an empty or half-initialised file where the vault belongs.
fn create_database(dir: &Path, path: &Path) -> Result<()> {
    let tmp = dir.join(format!(
        "{DB_FILE}.new-{}",
        hex::encode(crate::crypto::random_bytes::<6>())
    ));
    let result = (|| {
        let conn = Connection::open(&tmp)?;
        make_private(&tmp).map_err(|e| VaultError::DataDir {
            path: dir.to_owned(),
            reason: e.to_string(),
        })?;
        schema::migrate(&conn, &tmp)?;
        conn.close().map_err(|(_, e)| VaultError::from_sqlite(e))?;
        fs::rename(&tmp, path).map_err(|e| VaultError::DataDir {
            path: dir.to_owned(),
            reason: e.to_string(),
        })
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Refuses a file that is empty, not SQLite, or shorter than its header says, before SQLite
/// touches it.
fn check_header(path: &Path) -> Result<()> {
    let not_db = |why: &str| VaultError::NotADatabase {
        path: path.to_owned(),
        why: why.to_owned(),
    };
    let mut file = fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::PermissionDenied => VaultError::ReadOnly,
        _ => not_db(&e.to_string()),
    })?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len == 0 {
        return Err(not_db("the file is empty"));
    }
    let mut header = [0u8; 100];
    if len < 100 || file.read_exact(&mut header).is_err() || &header[..16] != SQLITE_MAGIC {
        return Err(not_db("it does not start with SQLite's header"));
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([
        header[28], header[29], header[30], header[31],
    ]));
    // The page count is valid only when the change counter matches "version-valid-for".
    let counter_valid = header[24..28] == header[92..96];
    if counter_valid && pages > 0 && len < pages * page_size {
        return Err(VaultError::Damaged {
            path: path.to_owned(),
            why: format!(
                "the file is truncated: {len} of {} bytes",
                pages * page_size
            ),
        });
    }
    Ok(())
}

/// A profile's row in a table of sealed blobs (`profile_settings`, `sync_state`).
fn sealed_row(conn: &Connection, table: &str, session: &Session) -> Result<Option<Vec<u8>>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .query_row(
            &format!("SELECT sealed FROM {table} WHERE profile_id = ?1"),
            [session.profile_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Re-seals a profile's row of `table` under `new_key` (inside a key rotation); a row that no
/// longer opens stays as it is, reported where it is read.
fn reseal_row(
    tx: &rusqlite::Transaction,
    table: &str,
    session: &Session,
    aad: &[u8],
    new_key: &crate::crypto::Key,
) -> Result<()> {
    if let Some(plain) =
        sealed_row(tx, table, session)?.and_then(|s| session.key.open(aad, &s).ok())
    {
        tx.execute(
            &format!("UPDATE {table} SET sealed = ?1 WHERE profile_id = ?2"),
            rusqlite::params![new_key.seal(aad, &plain), session.profile_id],
        )?;
    }
    Ok(())
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl crate::i18n::Localize for VaultError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use VaultError as E;
        let path = |p: &PathBuf| p.display().to_string().into();
        let profile = |p: &String| vec![("profile", p.clone().into())];
        match self {
            E::DataDir { path: p, reason } => (
                "core-vault-data-dir",
                vec![("path", path(p)), ("reason", reason.clone().into())],
            ),
            E::NotADatabase { path: p, why } => (
                "core-vault-not-a-database",
                vec![("path", path(p)), ("why", why.clone().into())],
            ),
            E::Damaged { path: p, why } => (
                "core-vault-damaged",
                vec![("path", path(p)), ("why", why.clone().into())],
            ),
            E::NewerSchema { path: p, found } => (
                "core-vault-newer-schema",
                vec![("path", path(p)), ("schema", (*found).into())],
            ),
            E::DiskFull => ("core-vault-disk-full", vec![]),
            E::ReadOnly => ("core-vault-read-only", vec![]),
            E::Busy => ("core-vault-busy", vec![]),
            E::Database(why) => ("core-vault-database", vec![("why", why.clone().into())]),
            // Already a message of its own (from the checks that make it).
            E::Invalid(why) => ("core-as-is", vec![("message", why.clone().into())]),
            E::NoProfile(p) => ("core-vault-no-profile", profile(p)),
            E::ProfileExists(p) => ("core-vault-profile-exists", profile(p)),
            E::InvalidName => ("core-vault-invalid-name", vec![]),
            E::WrongPassword(p) => ("core-vault-wrong-password", profile(p)),
            E::Locked(p) => ("core-vault-locked", profile(p)),
            E::WrongRecoveryKey(p) => ("core-vault-wrong-recovery-key", profile(p)),
            E::NoSlot { profile: p, what } => (
                match *what {
                    "password" => "core-vault-no-password",
                    "password to remove" => "core-vault-no-password-to-remove",
                    "recovery key" => "core-vault-no-recovery-key",
                    _ => "core-vault-no-keyring-key",
                },
                profile(p),
            ),
            E::KeyringUnavailable { profile: p, source } => (
                "core-vault-keyring-unavailable",
                vec![
                    ("profile", p.clone().into()),
                    ("why", crate::i18n::localize(source).into()),
                ],
            ),
            E::KeyMissing(p) => ("core-vault-key-missing", profile(p)),
            E::DamagedSlot(p) => ("core-vault-damaged-slot", profile(p)),
            E::DamagedSettings(p) => ("core-vault-damaged-settings", profile(p)),
            E::LastSlot(p) => ("core-vault-last-slot", profile(p)),
            E::NoEntry(id) => ("core-vault-no-entry", vec![("id", (*id).into())]),
            E::IntegrityUnconfirmed(p) => ("core-vault-integrity", profile(p)),
            E::RecoveryFormat(why) => (
                "core-vault-recovery-format",
                vec![("why", why.clone().into())],
            ),
            E::Keyring(e) => e.message(),
            E::Params(e) => e.message(),
        }
    }
}
