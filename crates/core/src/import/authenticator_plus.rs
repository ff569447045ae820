//! Authenticator Plus's backup (Settings → Backup & Restore → Export as Text and HTML): a zip
//! protected with the backup password (traditional PKWARE encryption) holding `Accounts.txt`,
//! one otpauth URI per line (docs/formats.md 2.10).

use super::{uris, Format, ImportError, Read, MAX_FILE_BYTES};
use std::io::{Cursor, Read as _};

pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const FILE: &str = "Accounts.txt";

/// Whether a zip holds Authenticator Plus's `Accounts.txt`.
pub fn is_backup(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .is_ok_and(|z| z.file_names().any(|n| n.is_ok_and(|n| n == FILE)))
}

pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Read, ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::AuthenticatorPlus,
        reason,
    };
    let damaged = |e: zip::result::ZipError| {
        not(crate::i18n::say(
            "import-damaged",
            &[("why", e.to_string().into())],
        ))
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let opened = match password {
        Some(p) => archive.by_name_decrypt(FILE, p.as_bytes()),
        None => archive.by_name(FILE),
    };
    let mut file = match opened {
        Ok(f) => f,
        Err(zip::result::ZipError::InvalidPassword) => return Err(ImportError::WrongPassword),
        Err(zip::result::ZipError::UnsupportedArchive(
            zip::result::ZipError::PASSWORD_REQUIRED,
        )) => return Err(ImportError::NeedsPassword(Format::AuthenticatorPlus)),
        Err(zip::result::ZipError::FileNotFound) => {
            return Err(not(crate::i18n::say(
                "import-missing-field",
                &[("field", FILE.into())],
            )))
        }
        Err(e) => return Err(damaged(e)),
    };
    if file.size() > MAX_FILE_BYTES as u64 {
        return Err(ImportError::TooLarge);
    }
    let mut text = zeroize::Zeroizing::new(Vec::new());
    // The encryption's one check byte lets 1 wrong password in 256 through: then the data does
    // not inflate or fails its checksum.
    (&mut file)
        .take(MAX_FILE_BYTES as u64)
        .read_to_end(&mut text)
        .map_err(|_| ImportError::WrongPassword)?;
    let text = std::str::from_utf8(&text).map_err(|_| ImportError::WrongPassword)?;
    Ok(uris::read(text))
}
