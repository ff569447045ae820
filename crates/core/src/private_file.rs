//! Files that hold secrets (exports, backups): written whole or not at all, readable by their
//! owner only, and never through a link that happens to stand at the target.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a new private temporary file in the same folder (mode
/// 0600, created exclusively), flushed to disk and renamed over the target. A rename replaces
/// whatever stands at `path`, a symbolic link included, without following it; an existing
/// file's looser mode does not carry over; a crash leaves the old file or the new one.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // tempfile creates with O_EXCL and mode 0600 on Unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(".sesame-")
        .suffix(".part")
        .tempfile_in(folder)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // The rename itself is durable once the folder is synced; some systems cannot sync a folder.
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn replaces_a_loose_file_and_never_follows_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("export.txt");
        std::fs::write(&target, "old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
        super::write(&target, b"new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);

        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep me").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        super::write(&link, b"secret").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
        assert!(!std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(std::fs::read(&link).unwrap(), b"secret");
        // Nothing left behind but the two files.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3);
    }
}
