//! Sesame's own backup file: every entry as an otpauth URI with what the person added to it,
//! encrypted under a key derived from a backup password with Argon2id, sealed with
//! XChaCha20-Poly1305. Documented in docs/backup-format.md. A backup never depends on the
//! keyring, so it survives a lost one.

use crate::crypto::{argon2id, random_bytes, KdfParams, Key};
use crate::import::{item, label, Format, ImportError, Item};
use crate::uri;
use crate::vault::EntryMeta;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

pub const MAGIC: &str = "sesame-backup";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    kdf: Kdf,
    /// Base64 of nonce (24 bytes) || ciphertext || tag (16 bytes).
    data: String,
}

#[derive(Serialize, Deserialize)]
struct Kdf {
    algorithm: String,
    memory_kib: u32,
    passes: u32,
    lanes: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct Payload {
    entries: Vec<Record>,
}

#[derive(Serialize, Deserialize)]
struct Record {
    uri: String,
    #[serde(flatten)]
    meta: EntryMeta,
}

impl Drop for Record {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.uri);
    }
}

/// The header is bound to the ciphertext: changing a KDF parameter breaks decryption.
fn aad(kdf: &Kdf) -> Vec<u8> {
    format!(
        "{MAGIC}/{VERSION}/{}/{}/{}/{}/{}",
        kdf.algorithm, kdf.memory_kib, kdf.passes, kdf.lanes, kdf.salt
    )
    .into_bytes()
}

/// Writes a backup of `entries` under `password`.
pub fn write<'a>(
    entries: impl IntoIterator<Item = (&'a crate::Account, &'a EntryMeta)>,
    password: &str,
    params: KdfParams,
) -> Result<Vec<u8>, crate::crypto::CryptoError> {
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
    let salt: [u8; 16] = random_bytes();
    let kdf = Kdf {
        algorithm: "argon2id".into(),
        memory_kib: params.memory_kib,
        passes: params.passes,
        lanes: params.lanes,
        salt: STANDARD.encode(salt),
    };
    let key =
        Key::from_slice(&argon2id(password.as_bytes(), &salt, params)?[..]).expect("32 bytes");
    let data = STANDARD.encode(key.seal(&aad(&kdf), &plain));
    let envelope = Envelope {
        format: MAGIC.into(),
        version: VERSION,
        kdf,
        data,
    };
    Ok(serde_json::to_vec_pretty(&envelope).expect("serializable"))
}

pub(crate) fn read(
    bytes: &[u8],
    password: Option<&str>,
) -> Result<(Vec<Item>, Vec<String>), ImportError> {
    let not = |reason: String| ImportError::NotThisFormat {
        format: Format::Sesame,
        reason,
    };
    let envelope: Envelope =
        serde_json::from_slice(bytes).map_err(|e| not(format!("not a Sesame backup ({e})")))?;
    if envelope.format != MAGIC {
        return Err(not("not a Sesame backup".into()));
    }
    if envelope.version > VERSION {
        return Err(not(format!(
            "this backup is version {}, written by a newer Sesame: update Sesame to read it",
            envelope.version
        )));
    }
    let kdf = &envelope.kdf;
    // Bounds keep a hostile file from asking for gigabytes or minutes.
    if kdf.algorithm != "argon2id" || kdf.memory_kib > 1 << 20 || kdf.passes > 64 || kdf.lanes > 16
    {
        return Err(ImportError::Parameters(format!(
            "{} with {} KiB, {} passes, {} lanes",
            kdf.algorithm, kdf.memory_kib, kdf.passes, kdf.lanes
        )));
    }
    let password = password.ok_or(ImportError::NeedsPassword(Format::Sesame))?;
    let salt = STANDARD
        .decode(&kdf.salt)
        .map_err(|_| not("the salt is not Base64".into()))?;
    let sealed = STANDARD
        .decode(&envelope.data)
        .map_err(|_| not("the data is not Base64".into()))?;
    let params = KdfParams {
        memory_kib: kdf.memory_kib,
        passes: kdf.passes,
        lanes: kdf.lanes,
    };
    let key = argon2id(password.as_bytes(), &salt, params)
        .map_err(|e| ImportError::Parameters(e.to_string()))?;
    let plain = Key::from_slice(&key[..])
        .expect("32 bytes")
        .open(&aad(kdf), &sealed)
        .map_err(|_| ImportError::WrongPassword)?;
    let payload: serde_json::Value = serde_json::from_slice(&plain)
        .map_err(|e| not(format!("the decrypted backup is damaged ({e})")))?;
    let records = crate::import::array(&payload, "entries").map_err(not)?;
    let items = crate::import::each(records, |r: Record| match uri::parse(&r.uri) {
        Ok(parsed) => Item {
            warnings: parsed.warnings,
            ..item(
                label(parsed.account.issuer(), parsed.account.name()),
                Ok(parsed.account),
                r.meta.clone(),
            )
        },
        Err(e) => item("an entry".into(), Err(e.to_string()), r.meta.clone()),
    });
    Ok((items, Vec::new()))
}
