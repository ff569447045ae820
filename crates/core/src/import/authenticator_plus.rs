//! Authenticator Plus's backup (Settings → Backup & Restore → Export as Text and HTML): a zip
//! protected with the backup password (traditional PKWARE encryption) holding `Accounts.txt`,
//! one otpauth URI per line (docs/formats.md 2.16).

use super::{archive, uris, Format, ImportError, Read};

pub const FILE: &str = "Accounts.txt";

pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Read, ImportError> {
    let text = archive::entry(bytes, Format::AuthenticatorPlus, |n| n == FILE, password)?;
    let text = std::str::from_utf8(&text).map_err(|_| ImportError::WrongPassword)?;
    Ok(uris::read(text))
}
