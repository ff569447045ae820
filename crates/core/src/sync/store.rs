//! Where a sync set lives: a folder another tool keeps in step (Syncthing, Nextcloud, Dropbox,
//! OneDrive, iCloud Drive) or a WebDAV collection. Each write replaces a whole file at once, so
//! a reader never sees half of one.

use super::SyncError;
use std::io::{Read, Write};
use std::path::PathBuf;

/// A device file is at most this large (10,000 entries take about 4 MiB).
pub const MAX_FILE: u64 = 64 * 1024 * 1024;

/// A file in the location, with a tag that changes whenever its content does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub name: String,
    pub tag: String,
}

pub trait Store {
    /// Creates the location if it can be (a first `enable`).
    fn prepare(&self) -> Result<(), SyncError>;
    fn list(&self) -> Result<Vec<Listed>, SyncError>;
    /// A file's bytes, `None` when it is not there.
    fn read(&self, name: &str) -> Result<Option<Vec<u8>>, SyncError>;
    /// Replaces the file whole; answers its new tag.
    fn write(&self, name: &str, bytes: &[u8]) -> Result<String, SyncError>;
    /// Writes the file only if there is none; false when there already was one.
    fn create(&self, name: &str, bytes: &[u8]) -> Result<bool, SyncError>;
}

pub struct Folder {
    pub dir: PathBuf,
}

impl Folder {
    fn unreachable(&self, e: impl std::fmt::Display) -> SyncError {
        SyncError::Unreachable {
            location: self.dir.display().to_string(),
            why: e.to_string(),
        }
    }

    fn tag(meta: &std::fs::Metadata) -> String {
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        format!("{}-{modified}", meta.len())
    }

    /// A complete file under a temporary name, flushed to disk, ready to be renamed in place.
    fn staged(&self, bytes: &[u8]) -> Result<tempfile::NamedTempFile, SyncError> {
        let mut tmp = tempfile::Builder::new()
            .prefix(".sesame-")
            .tempfile_in(&self.dir)
            .map_err(|e| self.unreachable(e))?;
        tmp.write_all(bytes)
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(|e| self.unreachable(e))?;
        Ok(tmp)
    }
}

impl Store for Folder {
    fn prepare(&self) -> Result<(), SyncError> {
        std::fs::create_dir_all(&self.dir).map_err(|e| self.unreachable(e))
    }

    fn list(&self) -> Result<Vec<Listed>, SyncError> {
        let mut out = Vec::new();
        for item in std::fs::read_dir(&self.dir).map_err(|e| self.unreachable(e))? {
            let item = item.map_err(|e| self.unreachable(e))?;
            let Ok(meta) = item.metadata() else { continue };
            if let (true, Some(name)) = (meta.is_file(), item.file_name().to_str()) {
                out.push(Listed {
                    name: name.to_owned(),
                    tag: Folder::tag(&meta),
                });
            }
        }
        Ok(out)
    }

    fn read(&self, name: &str) -> Result<Option<Vec<u8>>, SyncError> {
        let file = match std::fs::File::open(self.dir.join(name)) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && self.dir.is_dir() => {
                return Ok(None)
            }
            Err(e) => return Err(self.unreachable(e)),
        };
        let mut bytes = Vec::new();
        file.take(MAX_FILE + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| self.unreachable(e))?;
        Ok(Some(bytes))
    }

    fn write(&self, name: &str, bytes: &[u8]) -> Result<String, SyncError> {
        let path = self.dir.join(name);
        self.staged(bytes)?
            .persist(&path)
            .map_err(|e| self.unreachable(e.error))?;
        let meta = std::fs::metadata(&path).map_err(|e| self.unreachable(e))?;
        Ok(Folder::tag(&meta))
    }

    fn create(&self, name: &str, bytes: &[u8]) -> Result<bool, SyncError> {
        match self.staged(bytes)?.persist_noclobber(self.dir.join(name)) {
            Ok(_) => Ok(true),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(self.unreachable(e.error)),
        }
    }
}
