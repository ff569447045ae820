//! Exports that are zip files (Authenticator Plus, 1Password's .1pux, Proton Pass): the names
//! inside, and one entry read, decrypted where the zip is (ZipCrypto), and bounded
//! to what an export can be.

use super::{Format, ImportError, MAX_FILE_BYTES};
use std::io::{Cursor, Read as _};
use zip::result::ZipError;

pub const MAGIC: &[u8] = b"PK\x03\x04";

/// The names of the zip's entries.
pub fn names(bytes: &[u8]) -> Vec<String> {
    zip::ZipArchive::new(Cursor::new(bytes))
        .map(|z| {
            z.file_names()
                .filter_map(Result::ok)
                .map(|n| n.into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The first entry whose name `wanted` accepts, decrypted with the password if the zip is
/// encrypted.
pub fn entry(
    bytes: &[u8],
    format: Format,
    wanted: impl Fn(&str) -> bool,
    password: Option<&str>,
) -> Result<zeroize::Zeroizing<Vec<u8>>, ImportError> {
    let damaged = |why: String| ImportError::NotThisFormat {
        format,
        reason: crate::i18n::say("import-damaged", &[("why", why.into())]),
    };
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(e.to_string()))?;
    let name = names(bytes)
        .into_iter()
        .find(|n| wanted(n))
        .ok_or_else(|| ImportError::NotThisFormat {
            format,
            reason: crate::i18n::say("import-no-accounts", &[]),
        })?;
    let opened = match password {
        Some(p) => archive.by_name_decrypt(&name, p.as_bytes()),
        None => archive.by_name(&name),
    };
    let mut file = match opened {
        Ok(f) => f,
        Err(ZipError::InvalidPassword) => return Err(ImportError::WrongPassword),
        Err(ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED)) => {
            return Err(ImportError::NeedsPassword(format))
        }
        Err(e) => return Err(damaged(e.to_string())),
    };
    if file.size() > MAX_FILE_BYTES as u64 {
        return Err(ImportError::TooLarge);
    }
    let encrypted = file.encrypted();
    let mut out = zeroize::Zeroizing::new(Vec::new());
    let read = (&mut file)
        .take(MAX_FILE_BYTES as u64)
        .read_to_end(&mut out);
    match read {
        Ok(_) => Ok(out),
        // ZipCrypto's one check byte lets 1 wrong password in 256 through: then the data does
        // not inflate or fails its checksum.
        Err(_) if encrypted => Err(ImportError::WrongPassword),
        Err(e) => Err(damaged(e.to_string())),
    }
}
