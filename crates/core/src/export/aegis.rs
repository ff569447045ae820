//! Aegis vault files: plain (version 3 with groups and notes) and encrypted as Aegis does it
//! (scrypt N=2^15, r=8, p=1 password slot; AES-256-GCM), docs/formats.md 2.1.

use super::{group_ids, kind_fields, uuid};
use crate::account::Account;
use crate::account::EntryMeta;
use crate::cipher::{aes_gcm_seal, scrypt};
use crate::crypto::random_bytes;
use base64::Engine as _;
use serde_json::{json, Value};
use zeroize::Zeroizing;

fn db(entries: &[(&Account, &EntryMeta)]) -> Zeroizing<Vec<u8>> {
    let groups = group_ids(entries);
    let list: Vec<Value> = entries
        .iter()
        .map(|(a, meta)| {
            let (kind, period, counter) = kind_fields(a);
            let mut info = json!({
                "secret": a.secret().to_base32().as_str(),
                "algo": a.algorithm().name(),
                "digits": a.digits(),
            });
            match (period, counter) {
                (Some(p), _) => info["period"] = json!(p),
                (_, Some(c)) => info["counter"] = json!(c),
                _ => {}
            }
            let group: Vec<&String> = groups.get(meta.group.as_str()).into_iter().collect();
            json!({
                "type": kind, "uuid": uuid(), "name": a.name(), "issuer": a.issuer(),
                "note": meta.note, "favorite": meta.favorite, "icon": null, "icon_mime": null,
                "icon_hash": null, "info": info, "groups": group,
            })
        })
        .collect();
    let groups: Vec<Value> = groups
        .iter()
        .map(|(name, id)| json!({"uuid": id, "name": name}))
        .collect();
    let db = json!({"version": 3, "entries": list, "groups": groups});
    Zeroizing::new(serde_json::to_vec(&db).expect("serializable"))
}

pub fn plain(entries: &[(&Account, &EntryMeta)]) -> Vec<u8> {
    let db: Value = serde_json::from_slice(&db(entries)).expect("just written");
    let file = json!({"version": 1, "header": {"slots": null, "params": null}, "db": db});
    serde_json::to_vec_pretty(&file).expect("serializable")
}

pub fn encrypted(entries: &[(&Account, &EntryMeta)], password: &str) -> Result<Vec<u8>, String> {
    let (log_n, r, p) = (15u8, 8, 1);
    let params = scrypt::Params::new(log_n, r, p, 32).map_err(|e| e.to_string())?;
    let master: Zeroizing<[u8; 32]> = Zeroizing::new(random_bytes());
    let salt: [u8; 32] = random_bytes();
    let slot_key = scrypt(password, &salt, &params);
    let slot_nonce: [u8; 12] = random_bytes();
    let wrapped = aes_gcm_seal(&slot_key[..], &slot_nonce, &master[..]);
    let db_nonce: [u8; 12] = random_bytes();
    let sealed = aes_gcm_seal(&master[..], &db_nonce, &db(entries));
    // AES-GCM output is ciphertext || 16-byte tag; Aegis stores them apart.
    let split = |v: &[u8]| {
        let (ct, tag) = v.split_at(v.len() - 16);
        (ct.to_vec(), hex::encode(tag))
    };
    let (key_ct, key_tag) = split(&wrapped);
    let (db_ct, db_tag) = split(&sealed);
    let file = json!({
        "version": 1,
        "header": {
            "slots": [{
                "type": 1, "uuid": uuid(), "key": hex::encode(key_ct),
                "key_params": {"nonce": hex::encode(slot_nonce), "tag": key_tag},
                "n": 1u64 << log_n, "r": r, "p": p, "salt": hex::encode(salt), "repaired": true, "is_backup": false,
            }],
            "params": {"nonce": hex::encode(db_nonce), "tag": db_tag},
        },
        "db": base64::engine::general_purpose::STANDARD.encode(db_ct),
    });
    Ok(serde_json::to_vec_pretty(&file).expect("serializable"))
}
