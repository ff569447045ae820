//! What arrives from the page, checked before any work: entry ids, passwords, paths and links
//! of sane size. Every front end on the service uses the same limits.

use crate::dto::CommandError;
use std::path::PathBuf;
use zeroize::Zeroizing;

/// Longer than any real otpauth or migration URI; refuses pasted junk early.
pub const MAX_URI_LEN: usize = 16 * 1024;
const MAX_PASSWORD_LEN: usize = 1024;
/// Longer than any path a person picks.
const MAX_PATH_LEN: usize = 4096;
/// More entries than any profile has.
const MAX_ENTRIES: usize = 100_000;

/// The page names entries by their id as a string.
pub fn entry_id(id: &str) -> Result<i64, CommandError> {
    id.parse()
        .map_err(|_| CommandError::invalid("not an entry id"))
}

/// A whole list's ids, as the page orders them.
pub fn entry_ids(ids: &[String]) -> Result<Vec<i64>, CommandError> {
    if ids.len() > MAX_ENTRIES {
        return Err(CommandError::invalid("too many entries"));
    }
    ids.iter().map(|id| entry_id(id)).collect()
}

/// A password typed to open something.
pub fn password(p: &str) -> Result<(), CommandError> {
    if p.len() > MAX_PASSWORD_LEN {
        return Err(CommandError::invalid("that password is too long"));
    }
    Ok(())
}

/// A password chosen now (a profile's, a backup's, an encrypted export's): not too long, and
/// not obviously weak (`password::check`, the same rule as the CLI's).
pub fn new_password(p: &str, context: &[&str]) -> Result<(), CommandError> {
    password(p)?;
    Ok(sesame_core::password::check(p, context)?)
}

/// The profile's password, where an action asks for it again (`AppState`'s owner check).
pub fn profile_password(p: Option<String>) -> Result<Option<Zeroizing<String>>, CommandError> {
    if let Some(p) = &p {
        password(p)?;
    }
    Ok(p.map(Zeroizing::new))
}

/// A WebDAV address: of sane length (the core checks its scheme).
pub fn url(url: &str) -> Result<String, CommandError> {
    let url = url.trim();
    if url.len() > MAX_PATH_LEN {
        return Err(CommandError::invalid("that address is too long"));
    }
    Ok(url.to_owned())
}

/// A path the person chose in a file dialog (or typed): absolute, of sane length.
pub fn chosen_path(path: &str) -> Result<PathBuf, CommandError> {
    let p = PathBuf::from(path.trim());
    if path.len() > MAX_PATH_LEN || !p.is_absolute() {
        return Err(CommandError::invalid(
            "choose where to save it (a full path)",
        ));
    }
    Ok(p)
}
