//! The ciphers as importers use them: a file's scrypt parameters are checked first
//! (`cost`), and a missing password is said per format.

use super::ImportError;
pub use crate::cipher::{
    aes_cbc_open, aes_gcm_open, aes_gcm_open_with, base64, pbkdf2_sha1, pbkdf2_sha256,
    pbkdf2_sha512,
};
use zeroize::Zeroizing;

/// scrypt as Aegis uses it (N = 2^15, r = 8, p = 1), within [`super::cost::scrypt`]'s bounds.
pub fn scrypt(
    password: &str,
    salt: &[u8],
    n: u64,
    r: u32,
    p: u32,
) -> Result<Zeroizing<[u8; 32]>, ImportError> {
    Ok(crate::cipher::scrypt(
        password,
        salt,
        &super::cost::scrypt(n, r, p)?,
    ))
}

pub fn need(password: Option<&str>, format: super::Format) -> Result<&str, ImportError> {
    password.ok_or(ImportError::NeedsPassword(format))
}
