//! The vault against the real OS keyring: on Linux a Secret Service (gnome-keyring inside
//! `dbus-run-session`, as the README's test command starts it). Runs when SESAME_REAL_KEYRING=1.

use sesame_core::keystore::{KeyStore, OsKeyring};
use sesame_core::uri;
use sesame_core::vault::{Credential, EntryMeta, NewEntry, Vault, VaultError};

fn real_keyring() -> Option<OsKeyring> {
    if std::env::var_os("SESAME_REAL_KEYRING").is_none() {
        eprintln!("skipped: real keyring tests run with SESAME_REAL_KEYRING=1 (the README's test command)");
        return None;
    }
    Some(OsKeyring::connect().expect("a Secret Service on the session bus"))
}

#[test]
fn secrets_round_trip_through_the_real_keyring() {
    let Some(ks) = real_keyring() else { return };
    let id = format!("test-{}", std::process::id());
    assert_eq!(ks.get(&id).unwrap(), None);
    ks.set(&id, b"\x00\x01secret\xff").unwrap();
    assert_eq!(
        ks.get(&id).unwrap().as_deref().map(Vec::as_slice),
        Some(&b"\x00\x01secret\xff"[..])
    );
    ks.delete(&id).unwrap();
    assert_eq!(ks.get(&id).unwrap(), None);
    ks.delete(&id).unwrap();
}

#[test]
fn keyring_profiles_in_two_data_directories_stay_apart() {
    let Some(ks) = real_keyring() else { return };
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let account = |u: &str| NewEntry {
        account: uri::parse(u).unwrap().account,
        meta: EntryMeta::default(),
    };
    for (dir, issuer) in [(&one, "One"), (&two, "Two")] {
        let v = Vault::open(dir.path()).unwrap();
        let s = v.create_profile("default", None, Some(&ks)).unwrap();
        v.add(
            &s,
            &[account(&format!(
                "otpauth://totp/{issuer}:x?secret=JBSWY3DPEHPK3PXP&issuer={issuer}"
            ))],
        )
        .unwrap();
    }
    for (dir, issuer) in [(&one, "One"), (&two, "Two")] {
        let v = Vault::open(dir.path()).unwrap();
        let s = v.unlock("default", Credential::Keyring(&ks)).unwrap();
        let issuers: Vec<String> = v
            .entries(&s)
            .unwrap()
            .readable()
            .map(|e| e.account.issuer().to_owned())
            .collect();
        assert_eq!(issuers, [issuer]);
    }
    // One profile's keyring entry disappears: only that profile is affected, and says so.
    let v = Vault::open(one.path()).unwrap();
    let s = v.unlock("default", Credential::Keyring(&ks)).unwrap();
    v.delete_profile(s, Some(&ks)).unwrap();
    let v2 = Vault::open(two.path()).unwrap();
    let s2 = v2.unlock("default", Credential::Keyring(&ks)).unwrap();
    assert_eq!(v2.entries(&s2).unwrap().readable().count(), 1);
    v2.delete_profile(s2, Some(&ks)).unwrap();
    let again = Vault::open(two.path()).unwrap();
    assert!(matches!(
        again.unlock("default", Credential::Keyring(&ks)),
        Err(VaultError::NoProfile(_))
    ));
}

#[test]
fn a_keyring_entry_deleted_behind_sesames_back() {
    let Some(ks) = real_keyring() else { return };
    let dir = tempfile::tempdir().unwrap();
    let v = Vault::open(dir.path()).unwrap();
    let mut s = v.create_profile("default", None, Some(&ks)).unwrap();
    let recovery = v.create_recovery_key(&mut s).unwrap().as_str().to_owned();
    // Remove every Sesame secret this profile put in the keyring, as a keyring reset would.
    let uid: Vec<u8> = rusqlite::Connection::open(dir.path().join("sesame.db"))
        .unwrap()
        .query_row("SELECT uid FROM profiles", [], |r| r.get(0))
        .unwrap();
    let hex = hex::encode(&uid);
    ks.delete(&format!("vault-{hex}")).unwrap();
    let err = v.unlock("default", Credential::Keyring(&ks)).err().unwrap();
    assert!(matches!(err, VaultError::KeyMissing(_)), "{err}");
    assert!(v.unlock("default", Credential::Recovery(&recovery)).is_ok());
}
