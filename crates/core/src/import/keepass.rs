//! KeePass and KeePassXC databases (`.kdbx`, versions 3.1 and 4; docs/formats.md 2.19), opened
//! with a password, a key file or both. An entry is an account when it holds a one-time code in
//! any of the ways KeePass's world stores one: KeePassXC's `otp` field (an otpauth URI, or
//! KeeOtp's `key=…&step=…` form), KeeTrayTOTP's `TOTP Seed` and `TOTP Settings`, or KeePass 2's
//! own `TimeOtp-*` and `HmacOtp-*` fields. The database's key derivation is bounded from its
//! header before any work.

use super::{cost, item, label, Fields, Format, ImportError, Item, Read};
use crate::account::{EntryMeta, Secret};
use keepass::db::{Entry, Group};
use keepass::{Database, DatabaseKey};

/// The signature of every KDBX file.
pub const MAGIC: [u8; 8] = [0x03, 0xD9, 0xA2, 0x9A, 0x67, 0xFB, 0x4B, 0xB5];

/// KeePassXC calibrates Argon2 to a second on the machine that made the file (64 MiB and a few
/// dozen passes): eight times its default memory, many passes.
const ARGON2: cost::Argon2Bound = cost::Argon2Bound {
    app: "KeePass",
    memory_passes: 32 << 30,
    max_lanes: 64,
};
/// AES-KDF rounds: a second's worth on a fast machine is tens of millions.
const MAX_AES_ROUNDS: u64 = 200_000_000;
const AES_KDF: [u8; 16] = [
    0xC9, 0xD9, 0xF3, 0x9A, 0x62, 0x8A, 0x44, 0x60, 0xBF, 0x74, 0x0D, 0x08, 0xC1, 0x8A, 0x4F, 0xEA,
];
const AES_KDF_4: [u8; 16] = [
    0x7C, 0x02, 0xBB, 0x82, 0x79, 0xA7, 0x4A, 0xC0, 0x92, 0x7D, 0x11, 0x4A, 0x00, 0x64, 0x82, 0x38,
];

fn damaged(why: &str) -> ImportError {
    ImportError::NotThisFormat {
        format: Format::KeePass,
        reason: crate::i18n::say("import-damaged", &[("why", why.to_owned().into())]),
    }
}

/// Checks the key derivation the header asks for: KDBX 3.1's AES rounds (field 6), or KDBX 4's
/// parameters (field 11, a variant dictionary).
fn check_cost(bytes: &[u8]) -> Result<(), ImportError> {
    let header = || damaged("the KeePass header");
    let major = bytes
        .get(10..12)
        .map(|v| u16::from_le_bytes([v[0], v[1]]))
        .ok_or_else(header)?;
    let mut at = 12;
    loop {
        let id = *bytes.get(at).ok_or_else(header)?;
        let (len, start) = if major >= 4 {
            let l = bytes.get(at + 1..at + 5).ok_or_else(header)?;
            (
                u32::from_le_bytes([l[0], l[1], l[2], l[3]]) as usize,
                at + 5,
            )
        } else {
            let l = bytes.get(at + 1..at + 3).ok_or_else(header)?;
            (usize::from(u16::from_le_bytes([l[0], l[1]])), at + 3)
        };
        let data = bytes
            .get(start..start.checked_add(len).ok_or_else(header)?)
            .ok_or_else(header)?;
        match id {
            0 => return Ok(()),
            6 if major < 4 => {
                let rounds = u64::from_le_bytes(data.try_into().map_err(|_| header())?);
                aes_rounds(rounds)?;
            }
            11 if major >= 4 => kdf_parameters(data)?,
            _ => {}
        }
        at = start + len;
    }
}

fn aes_rounds(rounds: u64) -> Result<(), ImportError> {
    if rounds > MAX_AES_ROUNDS {
        return Err(ImportError::TooCostly(crate::i18n::say(
            "import-costly-aes-kdf",
            &[
                ("rounds", rounds.to_string().into()),
                ("max", MAX_AES_ROUNDS.to_string().into()),
            ],
        )));
    }
    Ok(())
}

/// KDBX 4's KDF parameters: `$UUID`, and `R` (AES rounds) or `M`, `I`, `P` (Argon2).
fn kdf_parameters(data: &[u8]) -> Result<(), ImportError> {
    let bad = || damaged("the key derivation parameters");
    let mut at = 2; // the dictionary's version
    let (mut uuid, mut rounds, mut memory, mut passes, mut lanes) = (None, None, None, None, None);
    loop {
        let kind = *data.get(at).ok_or_else(bad)?;
        if kind == 0 {
            break;
        }
        let length = |at: usize| -> Result<usize, ImportError> {
            let l = data.get(at..at + 4).ok_or_else(bad)?;
            usize::try_from(i32::from_le_bytes([l[0], l[1], l[2], l[3]])).map_err(|_| bad())
        };
        let key_len = length(at + 1)?;
        let key = data.get(at + 5..at + 5 + key_len).ok_or_else(bad)?;
        let value_len = length(at + 5 + key_len)?;
        let value_at = at + 9 + key_len;
        let value = data.get(value_at..value_at + value_len).ok_or_else(bad)?;
        let number = || -> Option<u64> {
            match value.len() {
                4 => Some(u64::from(u32::from_le_bytes(value.try_into().ok()?))),
                8 => Some(u64::from_le_bytes(value.try_into().ok()?)),
                _ => None,
            }
        };
        match key {
            b"$UUID" => uuid = Some(value),
            b"R" => rounds = number(),
            b"M" => memory = number(),
            b"I" => passes = number(),
            b"P" => lanes = number(),
            _ => {}
        }
        at = value_at + value_len;
    }
    match uuid {
        Some(u) if u == AES_KDF || u == AES_KDF_4 => aes_rounds(rounds.ok_or_else(bad)?),
        Some(_) => cost::argon2(
            memory.ok_or_else(bad)?,
            passes.ok_or_else(bad)?,
            lanes.ok_or_else(bad)?,
            &ARGON2,
        )
        .map(|_| ()),
        None => Err(bad()),
    }
}

pub fn read(
    bytes: &[u8],
    password: Option<&str>,
    key_file: Option<&[u8]>,
) -> Result<Read, ImportError> {
    check_cost(bytes)?;
    if password.is_none() && key_file.is_none() {
        return Err(ImportError::NeedsPassword(Format::KeePass));
    }
    let mut key = DatabaseKey::new();
    if let Some(p) = password {
        key = key.with_password(p);
    }
    if let Some(mut file) = key_file {
        key = key
            .with_keyfile(&mut file)
            .map_err(|e| damaged(&e.to_string()))?;
    }
    let db = Database::parse(bytes, key).map_err(|e| {
        use keepass::error::{DatabaseIntegrityError as Integrity, DatabaseOpenError as Open};
        match e {
            // KDBX 4 checks the key with its header's HMAC; KDBX 3.1 has only CBC's padding
            // and its stream start bytes, so a wrong key can show as a decryption error there.
            Open::Key(_) | Open::DatabaseIntegrity(Integrity::Cryptography(_)) => {
                ImportError::WrongPassword
            }
            other => damaged(&other.to_string()),
        }
    })?;
    let mut items = Vec::new();
    let recycle_bin = db.meta.recyclebin_uuid;
    collect(&db.root, "", &|g| Some(g.uuid) == recycle_bin, &mut items);
    if items.is_empty() {
        return Err(ImportError::NotThisFormat {
            format: Format::KeePass,
            reason: crate::i18n::say("import-keepass-no-codes", &[]),
        });
    }
    Ok((items, Vec::new()))
}

/// The accounts of a group and its subgroups (the recycle bin's are deleted), each with the
/// name of the group it is in (none at the root).
fn collect(group: &Group, name: &str, deleted: &dyn Fn(&Group) -> bool, items: &mut Vec<Item>) {
    if deleted(group) {
        return;
    }
    items.extend(
        group
            .entries
            .iter()
            .filter_map(|e| account(e, name.to_owned())),
    );
    for child in &group.groups {
        collect(child, &child.name, deleted, items);
    }
}

/// The entry's account, if it holds a one-time code.
fn account(entry: &Entry, group: String) -> Option<Item> {
    let get = |key: &str| entry.get(key).map(str::trim).filter(|v| !v.is_empty());
    let title = get("Title").unwrap_or_default();
    let user = get("UserName").unwrap_or_default();
    let meta = EntryMeta {
        note: get("Notes").unwrap_or_default().to_owned(),
        group,
        ..EntryMeta::default()
    };
    let base = Fields {
        kind: "totp",
        issuer: title,
        name: user,
        secret: "",
        algorithm: None,
        digits: None,
        period: None,
        counter: None,
    };
    let number = |key: &str| get(key).and_then(|v| v.parse::<i64>().ok());
    let result = if let Some(otp) = get("otp") {
        if otp.to_ascii_lowercase().starts_with("otpauth:") {
            // The URI's own label first; KeePassXC writes the title and username there.
            return Some(super::totp_field(otp, title, user, meta));
        } else {
            // KeeOtp: key=BASE32&size=6&step=30&otpHashMode=Sha256&type=Totp&counter=0
            let q: std::collections::HashMap<String, String> =
                form_urlencoded::parse(otp.as_bytes())
                    .map(|(k, v)| (k.to_ascii_lowercase(), v.into_owned()))
                    .collect();
            let n = |k: &str| q.get(k).and_then(|v| v.parse::<i64>().ok());
            let kind = q.get("type").map_or("totp", |t| {
                if t.eq_ignore_ascii_case("hotp") {
                    "hotp"
                } else {
                    "totp"
                }
            });
            Fields {
                kind,
                secret: q.get("key").map_or("", String::as_str),
                algorithm: q.get("otphashmode").map(String::as_str),
                digits: n("size"),
                period: n("step"),
                counter: n("counter"),
                ..base
            }
            .account()
        }
    } else if let Some(seed) = get("TOTP Seed") {
        // KeeTrayTOTP: "step;digits", "step;S" for Steam, optionally ";URL" after.
        let settings = get("TOTP Settings").unwrap_or("30;6");
        let mut parts = settings.split(';');
        let step = parts.next().and_then(|s| s.trim().parse().ok());
        let digits = parts.next().map(str::trim).unwrap_or("6");
        if digits.eq_ignore_ascii_case("S") {
            Fields {
                kind: "steam",
                secret: seed,
                period: step,
                ..base
            }
            .account()
        } else {
            Fields {
                secret: seed,
                digits: digits.parse().ok(),
                period: step,
                ..base
            }
            .account()
        }
    } else if let Some((prefix, kind)) = [("TimeOtp-", "totp"), ("HmacOtp-", "hotp")]
        .into_iter()
        .find(|(p, _)| {
            entry
                .fields
                .keys()
                .any(|k| k.starts_with(p) && k.contains("Secret"))
        })
    {
        // KeePass 2.47's own fields: the secret in one of four encodings.
        let secret = native_secret(&get, prefix);
        let algorithm = get(&format!("{prefix}Algorithm"))
            .map(|a| a.trim_start_matches("HMAC-").replace('-', ""));
        secret.and_then(|s| {
            Fields {
                kind,
                algorithm: algorithm.as_deref(),
                digits: number(&format!("{prefix}Length")),
                period: number(&format!("{prefix}Period")),
                counter: number(&format!("{prefix}Counter")),
                ..base
            }
            .build(s)
        })
    } else {
        return None;
    };
    Some(item(label(title, user), result, meta))
}

fn native_secret<'a>(
    get: &impl Fn(&str) -> Option<&'a str>,
    prefix: &str,
) -> Result<Secret, String> {
    let field = |encoding: &str| get(&format!("{prefix}Secret{encoding}"));
    let decoded = [("-Base32", 32), ("-Hex", 16), ("-Base64", 64)]
        .into_iter()
        .find_map(|(encoding, base)| field(encoding).map(|v| super::secret_in_base(base, v)))
        .unwrap_or_else(|| field("").map(|v| Secret::new(v.as_bytes().to_vec())));
    decoded.ok_or_else(|| {
        crate::i18n::say(
            "import-missing-field",
            &[("field", format!("{prefix}Secret").into())],
        )
    })
}
