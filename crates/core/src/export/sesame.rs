//! Sesame's own backup file: every entry as an otpauth URI with what the person added to it,
//! encrypted under a key derived from a backup password with Argon2id, sealed with
//! XChaCha20-Poly1305. Documented in docs/backup-format.md. A backup never depends on the
//! keyring, so it survives a lost one.

use crate::account::EntryMeta;
use crate::crypto::{argon2id, random_bytes, KdfParams, Key};
use crate::uri;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

pub const MAGIC: &str = "sesame-backup";
pub(crate) const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
pub(crate) struct Envelope {
    pub(crate) format: String,
    pub(crate) version: u32,
    pub(crate) kdf: Kdf,
    /// Base64 of nonce (24 bytes) || ciphertext || tag (16 bytes).
    pub(crate) data: String,
}

#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct Kdf {
    pub(crate) algorithm: String,
    pub(crate) memory_kib: u32,
    pub(crate) passes: u32,
    pub(crate) lanes: u32,
    pub(crate) salt: String,
}

#[derive(Serialize, Deserialize)]
struct Payload {
    entries: Vec<Record>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct Record {
    pub(crate) uri: String,
    #[serde(flatten)]
    pub(crate) meta: EntryMeta,
}

impl Drop for Record {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.uri);
    }
}

/// The header is bound to the ciphertext: changing a KDF parameter breaks decryption.
pub(crate) fn aad(kdf: &Kdf) -> Vec<u8> {
    format!(
        "{MAGIC}/{VERSION}/{}/{}/{}/{}/{}",
        kdf.algorithm, kdf.memory_kib, kdf.passes, kdf.lanes, kdf.salt
    )
    .into_bytes()
}

/// A backup password's derived key with its KDF header: kept (encrypted under the profile's
/// key) so automatic backups need no password after they are turned on.
#[derive(Clone, Serialize, Deserialize)]
pub struct BackupKey {
    kdf: Kdf,
    #[serde(with = "base64_key")]
    key: Zeroizing<Vec<u8>>,
}

/// The key as Base64 inside the (sealed) settings, zeroized on every copy.
mod base64_key {
    use super::STANDARD;
    use base64::Engine as _;
    use serde::{Deserialize, Deserializer, Serializer};
    use zeroize::Zeroizing;

    pub fn serialize<S: Serializer>(key: &Zeroizing<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&Zeroizing::new(STANDARD.encode(key.as_slice())))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Zeroizing<Vec<u8>>, D::Error> {
        let text = Zeroizing::new(String::deserialize(d)?);
        let key = Zeroizing::new(
            STANDARD
                .decode(text.as_bytes())
                .map_err(serde::de::Error::custom)?,
        );
        if key.len() != 32 {
            return Err(serde::de::Error::custom("a backup key is 32 bytes"));
        }
        Ok(key)
    }
}

impl BackupKey {
    pub fn derive(password: &str, params: KdfParams) -> Result<Self, crate::crypto::CryptoError> {
        let salt: [u8; 16] = random_bytes();
        let key = argon2id(password.as_bytes(), &salt, params)?;
        Ok(BackupKey {
            kdf: Kdf {
                algorithm: "argon2id".into(),
                memory_kib: params.memory_kib,
                passes: params.passes,
                lanes: params.lanes,
                salt: STANDARD.encode(salt),
            },
            key: Zeroizing::new(key.to_vec()),
        })
    }

    /// A backup of `entries`: a fresh nonce each time, the key derived once.
    pub fn write<'a>(
        &self,
        entries: impl IntoIterator<Item = (&'a crate::Account, &'a EntryMeta)>,
    ) -> Vec<u8> {
        let payload = Payload {
            entries: entries
                .into_iter()
                .map(|(account, meta)| Record {
                    uri: uri::format(account).to_string(),
                    meta: meta.clone(),
                })
                .collect(),
        };
        let plain = Zeroizing::new(serde_json::to_vec(&payload).expect("serializable"));
        let key = Key::from_slice(&self.key).expect("32 bytes");
        let envelope = Envelope {
            format: MAGIC.into(),
            version: VERSION,
            data: STANDARD.encode(key.seal(&aad(&self.kdf), &plain)),
            kdf: self.kdf.clone(),
        };
        serde_json::to_vec_pretty(&envelope).expect("serializable")
    }
}

/// Writes a backup of `entries` under `password`.
pub fn write<'a>(
    entries: impl IntoIterator<Item = (&'a crate::Account, &'a EntryMeta)>,
    password: &str,
    params: KdfParams,
) -> Result<Vec<u8>, crate::crypto::CryptoError> {
    Ok(BackupKey::derive(password, params)?.write(entries))
}

/// Writes `bytes` as `sesame-NAME-ID-YYYYMMDD-HHMMSS.json` in `folder` (privately and
/// atomically: `private_file`), then deletes this profile's oldest automatic backups beyond
/// `keep`. A file is this profile's by its `profile_id` (`Session::backup_id`), never by a
/// name prefix, so profile "a" leaves "a-b"'s backups alone; the file just written is never
/// deleted, even when the clock went back. Returns the new file's path.
pub fn write_to_folder(
    folder: &std::path::Path,
    profile_name: &str,
    profile_id: &str,
    bytes: &[u8],
    keep: usize,
    now_unix: i64,
) -> std::io::Result<std::path::PathBuf> {
    let safe: String = profile_name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    let path = folder.join(format!(
        "sesame-{safe}-{profile_id}-{}.json",
        timestamp(now_unix)
    ));
    crate::private_file::write(&path, bytes)?;
    let mut ours: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(folder)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p != &path)
        .filter_map(|p| {
            let stamp = backup_stamp(p.file_name()?.to_str()?, profile_id)?;
            Some((stamp, p))
        })
        .collect();
    // The timestamp sorts as text; the new file counts as one of `keep`.
    ours.sort();
    let excess = ours.len().saturating_sub(keep.max(1) - 1);
    for (_, old) in &ours[..excess] {
        std::fs::remove_file(old)?;
    }
    Ok(path)
}

/// The timestamp of an automatic backup file of the profile `id`, or `None` for any other file.
fn backup_stamp(name: &str, id: &str) -> Option<String> {
    let rest = name.strip_prefix("sesame-")?.strip_suffix(".json")?;
    let (rest, stamp) = rest.split_at_checked(rest.len().checked_sub(15)?)?;
    let well_formed = stamp.char_indices().all(|(i, c)| match i {
        8 => c == '-',
        _ => c.is_ascii_digit(),
    });
    (well_formed && rest.ends_with(&format!("-{id}-"))).then(|| stamp.to_owned())
}

/// `YYYYMMDD-HHMMSS` in UTC (days to civil date: H. Hinnant's algorithm).
fn timestamp(unix: i64) -> String {
    let (days, secs) = (unix.div_euclid(86_400), unix.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}-{:02}{:02}{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn timestamps() {
        assert_eq!(super::timestamp(0), "19700101-000000");
        assert_eq!(super::timestamp(1_795_477_509), "20261123-234509");
        assert_eq!(super::timestamp(951_782_400), "20000229-000000");
    }

    #[test]
    fn backups_are_a_profiles_own_by_its_id() {
        use super::backup_stamp as s;
        assert_eq!(
            s("sesame-a-0a1b2c3d-20261123-234509.json", "0a1b2c3d").as_deref(),
            Some("20261123-234509")
        );
        // Another profile's id, whatever its name; not a backup; a damaged stamp.
        assert_eq!(
            s("sesame-a-b-99999999-20261123-234509.json", "0a1b2c3d"),
            None
        );
        assert_eq!(s("sesame-a-0a1b2c3d-notes.json", "0a1b2c3d"), None);
        assert_eq!(
            s("sesame-a-0a1b2c3d-2026112x-234509.json", "0a1b2c3d"),
            None
        );
        assert_eq!(s("x.json", "0a1b2c3d"), None);
    }
}
