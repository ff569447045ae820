//! What a sync set's location holds: `sesame-sync.json`, which names the set and says how to
//! derive its key from the passphrase, and one sealed file per device (`device-<id>.sesame`),
//! written only by that device. Copies that file-sync tools make of a device file in a conflict
//! (`device-<id>.sync-conflict-….sesame`, `device-<id> (conflicted copy …).sesame`) are read too.

use super::clock::Stamp;
use super::merge::Record;
use super::SyncError;
use crate::crypto::{self, KdfParams, Key};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

pub const HEADER: &str = "sesame-sync.json";
const DEVICE_PREFIX: &str = "device-";
const DEVICE_SUFFIX: &str = ".sesame";
/// Device ids are 16 lowercase hex digits.
const DEVICE_ID_LEN: usize = 16;

/// The most key-derivation work a location's header may ask of this device (a hostile header
/// must not make joining take hours or all the memory).
const MAX_KDF: KdfParams = KdfParams {
    memory_kib: 1024 * 1024,
    passes: 10,
    lanes: 16,
};

#[derive(Serialize, Deserialize)]
pub struct Header {
    /// The format's version.
    sesame_sync: u32,
    /// The set's id: it binds every device file to this set.
    pub set: String,
    kdf: KdfParams,
    salt: String,
    /// A known text sealed under the key: a wrong passphrase is told apart without reading
    /// any device file.
    check: String,
}

fn check_aad(set: &str) -> Vec<u8> {
    format!("sesame sync check v1 {set}").into_bytes()
}

fn device_aad(set: &str, device: &str) -> Vec<u8> {
    format!("sesame sync device v1 {set} {device}").into_bytes()
}

fn key_from(passphrase: &str, salt: &[u8], kdf: KdfParams) -> Result<Key, SyncError> {
    let bytes = crypto::argon2id(passphrase.as_bytes(), salt, kdf)
        .map_err(|_| SyncError::BadSet("its key derivation parameters are not valid".into()))?;
    Key::from_slice(&bytes[..]).ok_or_else(|| SyncError::BadSet("its key derivation failed".into()))
}

impl Header {
    /// A new set, and its key.
    pub fn create(passphrase: &str, kdf: KdfParams) -> Result<(Header, Key), SyncError> {
        let salt = crypto::random_bytes::<16>();
        let set = hex::encode(crypto::random_bytes::<8>());
        let key = key_from(passphrase, &salt, kdf)?;
        let check = STANDARD.encode(key.seal(&check_aad(&set), b"sesame sync"));
        let header = Header {
            sesame_sync: 1,
            set,
            kdf,
            salt: STANDARD.encode(salt),
            check,
        };
        Ok((header, key))
    }

    pub fn parse(bytes: &[u8]) -> Result<Header, SyncError> {
        let header: Header = serde_json::from_slice(bytes)
            .map_err(|e| SyncError::BadSet(format!("it is not a Sesame sync set: {e}")))?;
        if header.sesame_sync != 1 {
            return Err(SyncError::BadSet(format!(
                "it was made by a newer Sesame (format {}); update Sesame",
                header.sesame_sync
            )));
        }
        let k = header.kdf;
        if k.memory_kib > MAX_KDF.memory_kib || k.passes > MAX_KDF.passes || k.lanes > MAX_KDF.lanes
        {
            return Err(SyncError::BadSet(
                "it asks for more key-derivation work than Sesame allows".into(),
            ));
        }
        Ok(header)
    }

    /// The set's key, if `passphrase` is its passphrase.
    pub fn unlock(&self, passphrase: &str) -> Result<Key, SyncError> {
        let salt = STANDARD
            .decode(&self.salt)
            .map_err(|_| SyncError::BadSet("its salt is not readable".into()))?;
        let key = key_from(passphrase, &salt, self.kdf)?;
        let check = STANDARD
            .decode(&self.check)
            .map_err(|_| SyncError::BadSet("its check is not readable".into()))?;
        key.open(&check_aad(&self.set), &check)
            .map_err(|_| SyncError::WrongPassphrase)?;
        Ok(key)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).expect("a header always serializes")
    }
}

/// One entry's record as a device publishes it, with the entry itself unless it was deleted.
#[derive(Serialize, Deserialize)]
pub struct Published {
    pub uid: String,
    #[serde(flatten)]
    pub record: Record,
    /// The entry as the vault encodes it (`vault::entries::encode`), usage counts left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<Zeroizing<String>>,
}

/// A device's whole view of the set, sealed under the set's key.
#[derive(Serialize, Deserialize)]
pub struct DeviceFile {
    pub device: String,
    /// The device's name (its host name), shown to the other devices.
    pub name: String,
    /// Raised by one on every write: an older file put back is told apart.
    pub seq: u64,
    /// The device's clock when it wrote the file.
    pub clock: Stamp,
    pub records: Vec<Published>,
}

impl DeviceFile {
    pub fn seal(&self, key: &Key, set: &str) -> Vec<u8> {
        let plain =
            Zeroizing::new(serde_json::to_vec(self).expect("a device file always serializes"));
        key.seal(&device_aad(set, &self.device), &plain)
    }

    /// Opens the file of `device`; `None` when it is damaged, truncated, written without the
    /// key, or another device's file put under this name.
    pub fn open(key: &Key, set: &str, device: &str, bytes: &[u8]) -> Option<DeviceFile> {
        let plain = key.open(&device_aad(set, device), bytes).ok()?;
        let file: DeviceFile = serde_json::from_slice(&plain).ok()?;
        (file.device == device).then_some(file)
    }
}

pub fn device_file_name(device: &str) -> String {
    format!("{DEVICE_PREFIX}{device}{DEVICE_SUFFIX}")
}

/// The device a file in the location belongs to, and whether it is that device's own file (not
/// a conflict copy); `None` for any other file.
pub fn device_of(name: &str) -> Option<(&str, bool)> {
    let rest = name.strip_prefix(DEVICE_PREFIX)?;
    if !name.ends_with(DEVICE_SUFFIX) || rest.len() < DEVICE_ID_LEN {
        return None;
    }
    let device = &rest[..DEVICE_ID_LEN];
    let hex = device
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    hex.then(|| (device, name == device_file_name(device)))
}

pub fn new_device_id() -> String {
    hex::encode(crypto::random_bytes::<8>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_copies_are_told_from_device_files_and_other_files() {
        assert_eq!(
            device_of("device-0123456789abcdef.sesame"),
            Some(("0123456789abcdef", true))
        );
        assert_eq!(
            device_of("device-0123456789abcdef.sync-conflict-20261204-101010-ABCDEFG.sesame"),
            Some(("0123456789abcdef", false))
        );
        assert_eq!(
            device_of("device-0123456789abcdef (conflicted copy 2026-12-04).sesame"),
            Some(("0123456789abcdef", false))
        );
        assert_eq!(device_of("device-0123.sesame"), None);
        assert_eq!(device_of("sesame-sync.json"), None);
        assert_eq!(device_of(".sesame-abc.tmp"), None);
    }
}
