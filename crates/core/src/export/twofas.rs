//! 2FAS backups, schema 4 (docs/formats.md 2.2): plain, or with the services and a known
//! reference text sealed under PBKDF2-SHA256 (10,000 rounds, 256-byte salt) and AES-256-GCM, as
//! the 2FAS app writes them.

use super::{group_ids, kind_fields};
use crate::account::{Account, EntryMeta, Kind};
use crate::cipher::{aes_gcm_seal, pbkdf2_sha256};
use crate::crypto::random_bytes;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde_json::{json, Value};
use zeroize::Zeroizing;

/// 2FAS's `BackupContent.Reference`: the app decrypts it to check the password.
const REFERENCE: &str = "tRViSsLKzd86Hprh4ceC2OP7xazn4rrt4xhfEUbOjxLX8Rc3mkISXE0lWbmnWfggogbBJhtYgpK6fMl1D6mtsy92R3HkdGfwuXbzLebqVFJsR7IZ2w58t938iymwG4824igYy1wi6n2WDpO1Q1P69zwJGs2F5a1qP4MyIiDSD7NCV2OvidXQCBnDlGfmz0f1BQySRkkt4ryiJeCjD2o4QsveJ9uDBUn8ELyOrESv5R5DMDkD4iAF8TXU7KyoJujd";
const ROUNDS: u32 = 10_000;

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// The services and groups (2FAS's groups are folders, one per account).
fn services(entries: &[(&Account, &EntryMeta)]) -> (Zeroizing<Vec<u8>>, Vec<Value>) {
    let now = now_ms();
    let groups = group_ids(entries);
    let list: Vec<Value> = entries
        .iter()
        .enumerate()
        .map(|(position, (a, meta))| {
            let (_, period, counter) = kind_fields(a);
            let token = match a.kind() {
                Kind::Totp { .. } => "TOTP",
                Kind::Hotp { .. } => "HOTP",
                Kind::Steam => "STEAM",
            };
            let initials: String = a.issuer().chars().take(2).collect::<String>().to_uppercase();
            let mut service = json!({
                "name": a.issuer(),
                "secret": a.secret().to_base32().as_str(),
                "updatedAt": now,
                "otp": {
                    "label": a.name(), "account": a.name(), "issuer": a.issuer(),
                    "digits": a.digits(), "period": period.unwrap_or(30),
                    "algorithm": a.algorithm().name(), "counter": counter.unwrap_or(0),
                    "tokenType": token, "source": "Manual",
                },
                "order": {"position": position},
                "icon": {"selected": "Label", "label": {"text": initials, "backgroundColor": "Default"}},
            });
            if let Some(id) = groups.get(meta.group.as_str()) {
                service["groupId"] = json!(id);
            }
            service
        })
        .collect();
    let groups = groups
        .iter()
        .map(|(name, id)| json!({"id": id, "name": name, "isExpanded": true, "updatedAt": now}))
        .collect();
    (
        Zeroizing::new(serde_json::to_vec(&list).expect("serializable")),
        groups,
    )
}

fn file(services: Value, groups: Vec<Value>) -> Value {
    json!({
        "services": services, "groups": groups, "updatedAt": now_ms(), "schemaVersion": 4,
        "appVersionCode": 5_000_009, "appVersionName": "5.1.0", "appOrigin": "android",
    })
}

pub fn plain(entries: &[(&Account, &EntryMeta)]) -> Vec<u8> {
    let (list, groups) = services(entries);
    let list: Value = serde_json::from_slice(&list).expect("just written");
    serde_json::to_vec_pretty(&file(list, groups)).expect("serializable")
}

pub fn encrypted(entries: &[(&Account, &EntryMeta)], password: &str) -> Vec<u8> {
    let salt: [u8; 256] = random_bytes();
    let key = pbkdf2_sha256(password, &salt, ROUNDS);
    // "base64(ciphertext ‖ tag):base64(salt):base64(iv)", a fresh IV for each field.
    let seal = |plain: &[u8]| {
        let iv: [u8; 12] = random_bytes();
        let sealed = aes_gcm_seal(&key[..], &iv, plain);
        format!(
            "{}:{}:{}",
            STANDARD.encode(sealed),
            STANDARD.encode(salt),
            STANDARD.encode(iv)
        )
    };
    let (list, groups) = services(entries);
    let mut out = file(json!([]), groups);
    out["servicesEncrypted"] = json!(seal(&list));
    out["reference"] = json!(seal(REFERENCE.as_bytes()));
    serde_json::to_vec_pretty(&out).expect("serializable")
}
