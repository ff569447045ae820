//! Profiles and their key slots. A profile's random vault key is sealed to each slot's public
//! key; a slot's secret comes from the OS keyring, a password (Argon2id) or a recovery key.

use super::session::{generation_entry_id, keyring_entry_id, UID_LEN};
use super::{entries, now, Result, Session, Vault, VaultError};
use crate::crypto::{self, KdfParams, Key, SlotSecret, KEY_LEN};
use crate::keystore::KeyStore;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

const RECOVERY_BYTES: usize = 20;

/// How a person unlocks a profile.
pub enum Credential<'a> {
    Keyring(&'a dyn KeyStore),
    Password(&'a [u8]),
    Recovery(&'a str),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileInfo {
    pub name: String,
    pub password: bool,
    pub keyring: bool,
    pub recovery: bool,
}

/// A recovery key as a person writes it down: 32 Base32 characters in groups of four.
pub struct RecoveryKey(Zeroizing<String>);

impl RecoveryKey {
    fn generate() -> (Self, Zeroizing<[u8; RECOVERY_BYTES]>) {
        let bytes = Zeroizing::new(crypto::random_bytes::<RECOVERY_BYTES>());
        let text = Zeroizing::new(data_encoding::BASE32_NOPAD.encode(bytes.as_ref()));
        let grouped: Vec<&str> = text
            .as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).unwrap_or_default())
            .collect();
        (RecoveryKey(Zeroizing::new(grouped.join("-"))), bytes)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn parse(text: &str) -> Result<Zeroizing<Vec<u8>>> {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        );
        if cleaned.len() != 32 {
            return Err(VaultError::RecoveryFormat(format!(
                "it has {} characters; a recovery key has 32",
                cleaned.len()
            )));
        }
        let bytes = data_encoding::BASE32_NOPAD
            .decode(cleaned.as_bytes())
            .map_err(|_| {
                VaultError::RecoveryFormat("use the letters and digits Sesame showed".into())
            })?;
        Ok(Zeroizing::new(bytes))
    }
}

#[derive(Serialize, Deserialize, Default)]
struct SlotParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    salt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kdf: Option<KdfParams>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    entry: Option<String>,
}

struct Slot {
    id: i64,
    kind: String,
    params: SlotParams,
    public_key: Vec<u8>,
    sealed_key: Vec<u8>,
}

fn validate_name(name: &str) -> Result<&str> {
    let name = name.trim();
    let count = name.chars().count();
    if count == 0 || count > 64 || name.chars().any(char::is_control) {
        return Err(VaultError::InvalidName);
    }
    Ok(name)
}

fn salt_of(params: &SlotParams) -> Option<Vec<u8>> {
    hex::decode(params.salt.as_ref()?).ok()
}

impl Vault {
    pub fn profiles(&self) -> Result<Vec<ProfileInfo>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.name,
                    EXISTS(SELECT 1 FROM key_slots s WHERE s.profile_id = p.id AND s.kind = 'password'),
                    EXISTS(SELECT 1 FROM key_slots s WHERE s.profile_id = p.id AND s.kind = 'keyring'),
                    EXISTS(SELECT 1 FROM key_slots s WHERE s.profile_id = p.id AND s.kind = 'recovery')
             FROM profiles p ORDER BY p.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ProfileInfo {
                name: r.get(0)?,
                password: r.get(1)?,
                keyring: r.get(2)?,
                recovery: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn profile(&self, name: &str) -> Result<ProfileInfo> {
        self.profiles()?
            .into_iter()
            .find(|p| p.name == name)
            .ok_or_else(|| VaultError::NoProfile(name.to_owned()))
    }

    /// A new profile protected by a password, the keyring, or both.
    pub fn create_profile(
        &self,
        name: &str,
        password: Option<&[u8]>,
        keyring: Option<&dyn KeyStore>,
    ) -> Result<Session> {
        let name = validate_name(name)?;
        if password.is_none() && keyring.is_none() {
            return Err(VaultError::LastSlot(name.to_owned()));
        }
        let session = Session {
            profile_id: 0,
            uid: crypto::random_bytes::<UID_LEN>(),
            name: name.to_owned(),
            key: Key::random(),
        };
        let profile_id = self.write(|tx| {
            let exists: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM profiles WHERE name = ?1)",
                [name],
                |r| r.get(0),
            )?;
            if exists {
                return Err(VaultError::ProfileExists(name.to_owned()));
            }
            let manifest = entries::seal_manifest(&session, &session.key, &Default::default());
            tx.execute(
                "INSERT INTO profiles (uid, name, manifest, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![&session.uid[..], name, manifest, now()],
            )?;
            let s = Session {
                profile_id: tx.last_insert_rowid(),
                ..clone_session(&session)
            };
            if let Some(pw) = password {
                add_password_slot(tx, &s, &s.key, pw)?;
            }
            if let Some(ks) = keyring {
                add_keyring_slot(tx, &s, &s.key, ks)?;
            }
            Ok(s.profile_id)
        })?;
        Ok(Session {
            profile_id,
            ..session
        })
    }

    pub fn unlock(&self, name: &str, credential: Credential<'_>) -> Result<Session> {
        let (profile_id, uid) = self.profile_row(name)?;
        let slots = self.slots(profile_id)?;
        let of_kind = |kind: &'static str| slots.iter().filter(move |s| s.kind == kind);
        let no_slot = |what| VaultError::NoSlot {
            profile: name.to_owned(),
            what,
        };
        let session = |key| Session {
            profile_id,
            uid,
            name: name.to_owned(),
            key,
        };
        match credential {
            Credential::Keyring(ks) => {
                let slot = of_kind("keyring")
                    .next()
                    .ok_or_else(|| no_slot("keyring key"))?;
                let id = slot
                    .params
                    .entry
                    .clone()
                    .unwrap_or_else(|| keyring_entry_id(&uid));
                let secret = ks
                    .get(&id)
                    .map_err(|source| VaultError::KeyringUnavailable {
                        profile: name.to_owned(),
                        source,
                    })?
                    .ok_or_else(|| VaultError::KeyMissing(name.to_owned()))?;
                let secret = SlotSecret::from_bytes(&secret)
                    .ok_or_else(|| VaultError::DamagedSlot(name.to_owned()))?;
                open_slot(slot, &secret, &uid)
                    .map(session)
                    .ok_or_else(|| VaultError::DamagedSlot(name.to_owned()))
            }
            Credential::Password(pw) => {
                let mut any = false;
                for slot in of_kind("password") {
                    any = true;
                    let (Some(salt), Some(kdf)) = (salt_of(&slot.params), slot.params.kdf) else {
                        continue;
                    };
                    let secret = SlotSecret::from_password(pw, &salt, kdf)
                        .map_err(|_| VaultError::DamagedSlot(name.to_owned()))?;
                    if let Some(key) = open_slot(slot, &secret, &uid) {
                        return Ok(session(key));
                    }
                }
                Err(if any {
                    VaultError::WrongPassword(name.to_owned())
                } else {
                    no_slot("password")
                })
            }
            Credential::Recovery(text) => {
                let bytes = RecoveryKey::parse(text)?;
                let mut any = false;
                for slot in of_kind("recovery") {
                    any = true;
                    let Some(salt) = salt_of(&slot.params) else {
                        continue;
                    };
                    if let Some(key) =
                        open_slot(slot, &SlotSecret::from_recovery_key(&bytes, &salt), &uid)
                    {
                        return Ok(session(key));
                    }
                }
                Err(if any {
                    VaultError::WrongRecoveryKey(name.to_owned())
                } else {
                    no_slot("recovery key")
                })
            }
        }
    }

    /// Sets, changes or (`None`) removes the profile's password, keeping the slot rule the
    /// app and the CLI share: a profile without a password is kept by the keyring, and a
    /// password profile does not also open with the OS login unless asked (`add_keyring_slot`).
    /// The keyring is needed only when a keyring slot must be added or removed; it is checked
    /// before anything changes.
    pub fn change_password(
        &self,
        session: &mut Session,
        new: Option<&[u8]>,
        keyring: std::result::Result<&dyn KeyStore, crate::keystore::KeyStoreError>,
    ) -> Result<()> {
        let info = self.profile(&session.name)?;
        if new.is_none() && !info.password {
            return Err(VaultError::NoSlot {
                profile: info.name,
                what: "password to remove",
            });
        }
        let keyring_change = match new {
            None => !info.keyring,
            Some(_) => info.keyring,
        };
        let ks = if keyring_change { Some(keyring?) } else { None };
        match (new, ks) {
            (None, ks) => {
                if let Some(ks) = ks {
                    self.add_keyring_slot(session, ks)?;
                }
                self.set_password(session, None)
            }
            (Some(pw), ks) => {
                self.set_password(session, Some(pw))?;
                match ks {
                    Some(ks) => self.remove_keyring_slot(session, ks),
                    None => Ok(()),
                }
            }
        }
    }

    /// Sets or changes the password (`Some`), or removes it (`None`). Replacing or removing a
    /// slot rotates the vault key.
    pub fn set_password(&self, session: &mut Session, new: Option<&[u8]>) -> Result<()> {
        let key = self.write(|tx| {
            let had = slot_count(tx, session.profile_id, "password")? > 0;
            let key = if had {
                rotate(tx, session, &["password"])?
            } else {
                session.key.clone()
            };
            match new {
                Some(pw) => add_password_slot(tx, session, &key, pw)?,
                None if !had => {
                    return Err(VaultError::NoSlot {
                        profile: session.name.clone(),
                        what: "password",
                    })
                }
                None => {}
            }
            ensure_unlockable(tx, session)?;
            Ok(key)
        })?;
        session.key = key;
        Ok(())
    }

    /// Lets the profile unlock with the OS login too.
    pub fn add_keyring_slot(&self, session: &Session, ks: &dyn KeyStore) -> Result<()> {
        self.write(|tx| {
            if slot_count(tx, session.profile_id, "keyring")? == 0 {
                add_keyring_slot(tx, session, &session.key, ks)?;
            }
            Ok(())
        })
    }

    /// Stops the profile from unlocking with the OS login; rotates the vault key.
    pub fn remove_keyring_slot(&self, session: &mut Session, ks: &dyn KeyStore) -> Result<()> {
        let key = self.write(|tx| {
            if slot_count(tx, session.profile_id, "keyring")? == 0 {
                return Err(VaultError::NoSlot {
                    profile: session.name.clone(),
                    what: "keyring key",
                });
            }
            let key = rotate(tx, session, &["keyring"])?;
            ensure_unlockable(tx, session)?;
            Ok(key)
        })?;
        session.key = key;
        // After the commit: a failure here leaves an unused keyring entry, never a locked-out profile.
        let _ = ks.delete(&keyring_entry_id(&session.uid));
        let _ = ks.delete(&generation_entry_id(&session.uid));
        Ok(())
    }

    /// A new recovery key, replacing any earlier one (which then stops working).
    pub fn create_recovery_key(&self, session: &mut Session) -> Result<RecoveryKey> {
        let (text, bytes) = RecoveryKey::generate();
        let key = self.write(|tx| {
            let had = slot_count(tx, session.profile_id, "recovery")? > 0;
            let key = if had {
                rotate(tx, session, &["recovery"])?
            } else {
                session.key.clone()
            };
            let salt = crypto::random_bytes::<16>();
            let secret = SlotSecret::from_recovery_key(bytes.as_ref(), &salt);
            let params = SlotParams {
                salt: Some(hex::encode(salt)),
                ..Default::default()
            };
            insert_slot(tx, session, &key, "recovery", &params, &secret)?;
            Ok(key)
        })?;
        session.key = key;
        Ok(text)
    }

    pub fn rename_profile(&self, session: &mut Session, new_name: &str) -> Result<()> {
        let new_name = validate_name(new_name)?;
        self.write(|tx| {
            let taken: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM profiles WHERE name = ?1 AND id != ?2)",
                params![new_name, session.profile_id],
                |r| r.get(0),
            )?;
            if taken {
                return Err(VaultError::ProfileExists(new_name.to_owned()));
            }
            tx.execute(
                "UPDATE profiles SET name = ?1 WHERE id = ?2",
                params![new_name, session.profile_id],
            )?;
            Ok(())
        })?;
        session.name = new_name.to_owned();
        Ok(())
    }

    /// Deletes an unlocked profile with its entries, and its keyring entry when a store is given.
    pub fn delete_profile(&self, session: Session, ks: Option<&dyn KeyStore>) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM profiles WHERE id = ?1", [session.profile_id])?;
            Ok(())
        })?;
        if let Some(ks) = ks {
            let _ = ks.delete(&keyring_entry_id(&session.uid));
            let _ = ks.delete(&generation_entry_id(&session.uid));
        }
        Ok(())
    }

    fn profile_row(&self, name: &str) -> Result<(i64, [u8; UID_LEN])> {
        let row: Option<(i64, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT id, uid FROM profiles WHERE name = ?1",
                [name],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (id, uid) = row.ok_or_else(|| VaultError::NoProfile(name.to_owned()))?;
        let uid = uid
            .try_into()
            .map_err(|_| VaultError::DamagedSlot(name.to_owned()))?;
        Ok((id, uid))
    }

    fn slots(&self, profile_id: i64) -> Result<Vec<Slot>> {
        read_slots(&self.conn, profile_id)
    }
}

fn clone_session(s: &Session) -> Session {
    Session {
        profile_id: s.profile_id,
        uid: s.uid,
        name: s.name.clone(),
        key: s.key.clone(),
    }
}

fn read_slots(conn: &rusqlite::Connection, profile_id: i64) -> Result<Vec<Slot>> {
    let mut stmt =
        conn.prepare("SELECT id, kind, params, public_key, sealed_key FROM key_slots WHERE profile_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([profile_id], |r| {
        let params: String = r.get(2)?;
        Ok(Slot {
            id: r.get(0)?,
            kind: r.get(1)?,
            params: serde_json::from_str(&params).unwrap_or_default(),
            public_key: r.get(3)?,
            sealed_key: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn slot_count(tx: &Transaction, profile_id: i64, kind: &str) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT COUNT(*) FROM key_slots WHERE profile_id = ?1 AND kind = ?2",
        params![profile_id, kind],
        |r| r.get(0),
    )?)
}

fn ensure_unlockable(tx: &Transaction, session: &Session) -> Result<()> {
    let total: i64 = tx.query_row(
        "SELECT COUNT(*) FROM key_slots WHERE profile_id = ?1",
        [session.profile_id],
        |r| r.get(0),
    )?;
    if total == 0 {
        return Err(VaultError::LastSlot(session.name.clone()));
    }
    Ok(())
}

/// The sealed plaintext is `uid || vault key`, so a slot copied from another profile is refused.
fn open_slot(slot: &Slot, secret: &SlotSecret, uid: &[u8; UID_LEN]) -> Option<Key> {
    if slot.public_key.as_slice() != secret.public() {
        return None;
    }
    let plain = secret.unseal(&slot.sealed_key).ok()?;
    let (head, key) = plain.split_at_checked(UID_LEN)?;
    (head == uid && key.len() == KEY_LEN)
        .then(|| Key::from_slice(key))
        .flatten()
}

fn sealed_for(public: &[u8; KEY_LEN], session: &Session, key: &Key) -> Vec<u8> {
    let mut plain = Zeroizing::new(Vec::with_capacity(UID_LEN + KEY_LEN));
    plain.extend_from_slice(&session.uid);
    plain.extend_from_slice(key.bytes());
    crypto::seal_to(public, &plain)
}

fn insert_slot(
    tx: &Transaction,
    session: &Session,
    key: &Key,
    kind: &str,
    params: &SlotParams,
    secret: &SlotSecret,
) -> Result<()> {
    let public = secret.public();
    tx.execute(
        "INSERT INTO key_slots (profile_id, kind, params, public_key, sealed_key, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            session.profile_id,
            kind,
            serde_json::to_string(params).map_err(|e| VaultError::Database(e.to_string()))?,
            &public[..],
            sealed_for(&public, session, key),
            now()
        ],
    )?;
    Ok(())
}

fn add_password_slot(
    tx: &Transaction,
    session: &Session,
    key: &Key,
    password: &[u8],
) -> Result<()> {
    let salt = crypto::random_bytes::<16>();
    let kdf = KdfParams::default();
    let secret = SlotSecret::from_password(password, &salt, kdf)
        .map_err(|e| VaultError::Database(e.to_string()))?;
    let params = SlotParams {
        salt: Some(hex::encode(salt)),
        kdf: Some(kdf),
        entry: None,
    };
    insert_slot(tx, session, key, "password", &params, &secret)
}

fn add_keyring_slot(
    tx: &Transaction,
    session: &Session,
    key: &Key,
    ks: &dyn KeyStore,
) -> Result<()> {
    let secret = SlotSecret::random();
    let entry = keyring_entry_id(&session.uid);
    ks.set(&entry, &*secret.to_bytes())?;
    let params = SlotParams {
        entry: Some(entry),
        ..Default::default()
    };
    insert_slot(tx, session, key, "keyring", &params, &secret)
}

/// Re-encrypts the profile under a fresh vault key and re-seals every slot not of a removed
/// kind, which is deleted: whoever held a removed slot's secret cannot open what follows.
fn rotate(tx: &Transaction, session: &Session, remove: &[&str]) -> Result<Key> {
    let new_key = Key::random();
    entries::reencrypt(tx, session, &new_key)?;
    super::settings::reencrypt(tx, session, &new_key)?;
    super::sync::reencrypt(tx, session, &new_key)?;
    for slot in read_slots(tx, session.profile_id)? {
        if remove.contains(&slot.kind.as_str()) {
            tx.execute("DELETE FROM key_slots WHERE id = ?1", [slot.id])?;
            continue;
        }
        let public: [u8; KEY_LEN] = slot
            .public_key
            .as_slice()
            .try_into()
            .map_err(|_| VaultError::DamagedSlot(session.name.clone()))?;
        tx.execute(
            "UPDATE key_slots SET sealed_key = ?1 WHERE id = ?2",
            params![sealed_for(&public, session, &new_key), slot.id],
        )?;
    }
    Ok(new_key)
}
