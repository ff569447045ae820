//! Following a folder where a phone app writes its automatic encrypted backups (Aegis, 2FAS,
//! Ente, Authenticator Pro), one way: when a newer backup appears, its new accounts are added.
//! An account the phone dropped is never deleted here; the person is told instead.

use crate::import::{self, Format, ImportError};
use crate::vault::{Mirror, Session, Vault, VaultError};
use sha2::Digest;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// The apps that write automatic backups a mirror can follow.
pub const FORMATS: [Format; 4] = [Format::Aegis, Format::TwoFas, Format::Ente, Format::Stratum];

/// The newest files looked at for a backup of the folder's format (a phone's backup folder
/// can hold years of them; the newest is what counts).
const CANDIDATES: usize = 20;

#[derive(Debug, thiserror::Error)]
pub enum MirrorError {
    #[error("cannot read the folder {0}: {1}")]
    Folder(PathBuf, String),
    #[error("a mirror follows the automatic backups of {formats}; '{0}' is not one of them", formats = FORMATS.map(Format::name).join(", "))]
    Format(String),
    #[error("{0} is already followed")]
    AlreadyFollowed(PathBuf),
    #[error("{0} is not followed")]
    NotFollowed(PathBuf),
    #[error("the backup {file} cannot be read: {source}")]
    Backup { file: PathBuf, source: ImportError },
    #[error(transparent)]
    Vault(#[from] VaultError),
}

/// What following one folder did.
#[derive(Debug)]
pub struct Outcome {
    pub dir: PathBuf,
    /// The backup read (or found unchanged), if the folder holds one.
    pub file: Option<String>,
    pub added: usize,
    pub unchanged: usize,
    /// Accounts the previous backup held and this one does not: kept here.
    pub dropped: Vec<String>,
    /// Why the folder could not be followed this time (nothing was changed for it).
    pub error: Option<MirrorError>,
}

fn format_named(name: &str) -> Result<Format, MirrorError> {
    Format::from_name(name)
        .filter(|f| FORMATS.contains(f))
        .ok_or_else(|| MirrorError::Format(name.to_owned()))
}

struct Backup {
    path: PathBuf,
    name: String,
    seen: (i64, u64),
    bytes: Vec<u8>,
}

/// The newest file in `dir` that is a backup of `format`.
fn newest(dir: &Path, format: Format) -> Result<Option<Backup>, MirrorError> {
    let folder_error = |e: std::io::Error| MirrorError::Folder(dir.to_owned(), e.to_string());
    let mut files = Vec::new();
    for item in std::fs::read_dir(dir).map_err(folder_error)? {
        let item = item.map_err(folder_error)?;
        let Ok(meta) = item.metadata() else { continue };
        let name = item.file_name().to_string_lossy().into_owned();
        if !meta.is_file() || name.starts_with('.') || meta.len() > import::MAX_FILE_BYTES as u64 {
            continue;
        }
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs() as i64);
        files.push((modified, name, meta.len()));
    }
    files.sort_by(|a, b| b.cmp(a));
    for (modified, name, len) in files.into_iter().take(CANDIDATES) {
        let path = dir.join(&name);
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        if import::detect(&bytes) == Some(format) {
            return Ok(Some(Backup {
                path,
                name,
                seen: (modified, len),
                bytes,
            }));
        }
    }
    Ok(None)
}

fn fingerprint(account: &crate::Account) -> String {
    let mut h = sha2::Sha256::new();
    h.update(account.kind().name().as_bytes());
    h.update(account.secret().expose());
    hex::encode(&h.finalize()[..12])
}

fn read(
    backup: &Backup,
    format: Format,
    password: Option<&str>,
) -> Result<import::Imported, MirrorError> {
    import::read(&backup.bytes, Some(format), password).map_err(|source| MirrorError::Backup {
        file: backup.path.clone(),
        source,
    })
}

/// Follows `dir`'s backups of `format` (by name: `aegis`, `2fas`, `ente`, `stratum`). If the
/// folder already holds one, `password` must open it; nothing is stored otherwise.
pub fn add(
    vault: &Vault,
    session: &Session,
    dir: &Path,
    format: &str,
    password: Option<Zeroizing<String>>,
) -> Result<(), MirrorError> {
    let f = format_named(format)?;
    let dir = dir
        .canonicalize()
        .map_err(|e| MirrorError::Folder(dir.to_owned(), e.to_string()))?;
    let mut settings = vault.settings(session)?;
    if settings.mirrors.iter().any(|m| m.dir == dir) {
        return Err(MirrorError::AlreadyFollowed(dir));
    }
    if let Some(backup) = newest(&dir, f)? {
        read(&backup, f, password.as_deref().map(String::as_str))?;
    }
    settings.mirrors.push(Mirror {
        dir,
        format: f.name().to_owned(),
        password,
        last_file: None,
        last_read: None,
        last_seen: None,
        held: Vec::new(),
    });
    Ok(vault.set_settings(session, &settings)?)
}

pub fn remove(vault: &Vault, session: &Session, dir: &Path) -> Result<(), MirrorError> {
    let mut settings = vault.settings(session)?;
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_owned());
    let before = settings.mirrors.len();
    settings.mirrors.retain(|m| m.dir != dir);
    if settings.mirrors.len() == before {
        return Err(MirrorError::NotFollowed(dir));
    }
    Ok(vault.set_settings(session, &settings)?)
}

pub fn list(vault: &Vault, session: &Session) -> Result<Vec<Mirror>, MirrorError> {
    Ok(vault.settings(session)?.mirrors)
}

/// Reads the newest backup of each followed folder and adds the accounts that are new.
pub fn run(vault: &Vault, session: &Session) -> Result<Vec<Outcome>, MirrorError> {
    let mut settings = vault.settings(session)?;
    let mut outcomes = Vec::new();
    for mirror in &mut settings.mirrors {
        let outcome = follow(vault, session, mirror).unwrap_or_else(|e| Outcome {
            dir: mirror.dir.clone(),
            file: None,
            added: 0,
            unchanged: 0,
            dropped: Vec::new(),
            error: Some(e),
        });
        outcomes.push(outcome);
    }
    vault.set_settings(session, &settings)?;
    Ok(outcomes)
}

fn follow(vault: &Vault, session: &Session, mirror: &mut Mirror) -> Result<Outcome, MirrorError> {
    let format = format_named(&mirror.format)?;
    let mut outcome = Outcome {
        dir: mirror.dir.clone(),
        file: None,
        added: 0,
        unchanged: 0,
        dropped: Vec::new(),
        error: None,
    };
    let Some(backup) = newest(&mirror.dir, format)? else {
        return Ok(outcome);
    };
    outcome.file = Some(backup.name.clone());
    if mirror.last_file.as_deref() == Some(&backup.name) && mirror.last_seen == Some(backup.seen) {
        outcome.unchanged = mirror.held.len();
        return Ok(outcome);
    }
    let imported = read(
        &backup,
        format,
        mirror.password.as_deref().map(String::as_str),
    )?;
    let listing = vault.entries(session)?;
    let existing: Vec<_> = listing.readable().collect();
    let statuses = import::preview(&imported, &existing);
    let held: Vec<(String, String)> = imported
        .items
        .iter()
        .filter_map(|i| {
            i.entry
                .as_ref()
                .ok()
                .map(|e| (i.label.clone(), fingerprint(&e.account)))
        })
        .collect();
    outcome.unchanged = statuses
        .iter()
        .filter(|s| **s == import::Status::Duplicate)
        .count();
    outcome.dropped = mirror
        .held
        .iter()
        .filter(|(_, fp)| !held.iter().any(|(_, f)| f == fp))
        .map(|(label, _)| label.clone())
        .collect();
    let new = import::new_entries(imported, &statuses);
    outcome.added = new.len();
    if !new.is_empty() {
        vault.add(session, &new)?;
    }
    mirror.held = held;
    mirror.last_file = Some(backup.name);
    mirror.last_seen = Some(backup.seen);
    mirror.last_read = Some(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64),
    );
    Ok(outcome)
}

impl crate::i18n::Localize for MirrorError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use MirrorError as E;
        let path = |p: &PathBuf| p.display().to_string().into();
        match self {
            E::Folder(dir, why) => (
                "core-mirror-folder",
                vec![("dir", path(dir)), ("why", why.clone().into())],
            ),
            E::Format(name) => (
                "core-mirror-format",
                vec![
                    ("formats", FORMATS.map(Format::name).join(", ").into()),
                    ("format", name.clone().into()),
                ],
            ),
            E::AlreadyFollowed(dir) => ("core-mirror-already", vec![("dir", path(dir))]),
            E::NotFollowed(dir) => ("core-mirror-not-followed", vec![("dir", path(dir))]),
            E::Backup { file, source } => (
                "core-mirror-backup",
                vec![
                    ("file", path(file)),
                    ("why", crate::i18n::localize(source).into()),
                ],
            ),
            E::Vault(e) => e.message(),
        }
    }
}
