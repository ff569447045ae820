//! The vault on real SQLite files: profiles, slots, entries, integrity, and every fault the
//! design names. The keyring here is the in-memory store; tests/keyring.rs uses the real one.

use rusqlite::Connection;
use sesame_core::keystore::{KeyStore, MemoryKeyStore};
use sesame_core::vault::{Credential, EntryMeta, NewEntry, Vault, VaultError, DB_FILE};
use sesame_core::{uri, Account};
use std::fs;
use std::path::{Path, PathBuf};

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

fn account(u: &str) -> Account {
    uri::parse(u).expect("valid URI").account
}

fn new(u: &str) -> NewEntry {
    NewEntry {
        account: account(u),
        meta: EntryMeta::default(),
    }
}

const A: &str = "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno";
const B: &str = "otpauth://totp/SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=SPDX&algorithm=SHA256&digits=7&period=20";
const H: &str =
    "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1";

fn names(v: &Vault, s: &sesame_core::vault::Session) -> Vec<String> {
    v.entries(s)
        .unwrap()
        .readable()
        .map(|e| e.account.label())
        .collect()
}

fn db(dir: &Path) -> Connection {
    Connection::open(dir.join(DB_FILE)).unwrap()
}

#[test]
fn keyring_profile_round_trip_across_reopen() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let s = v.create_profile("default", None, Some(&ks)).unwrap();
    let ids = v.add(&s, &[new(A), new(B), new(H)]).unwrap();
    assert_eq!(ids.len(), 3);
    drop(v);
    let v = Vault::open(dir.path()).unwrap();
    let s = v.unlock("default", Credential::Keyring(&ks)).unwrap();
    let listing = v.entries(&s).unwrap();
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    let accounts: Vec<Account> = listing.readable().map(|e| e.account.clone()).collect();
    assert_eq!(accounts, vec![account(A), account(B), account(H)]);
    let info = v.profiles().unwrap();
    assert_eq!(
        (
            info[0].name.as_str(),
            info[0].password,
            info[0].keyring,
            info[0].recovery
        ),
        ("default", false, true, false)
    );
}

#[test]
fn passwords_right_and_wrong() {
    let dir = tmp();
    let v = Vault::open(dir.path()).unwrap();
    let s = v
        .create_profile("Mum", Some(b"correct horse"), None)
        .unwrap();
    v.add(&s, &[new(A)]).unwrap();
    let err = v
        .unlock("Mum", Credential::Password(b"wrong"))
        .err()
        .unwrap();
    assert_eq!(err.to_string(), "wrong password for profile Mum");
    let s = v
        .unlock("Mum", Credential::Password(b"correct horse"))
        .unwrap();
    assert_eq!(names(&v, &s), ["Deno: Mason"]);
    let ks = MemoryKeyStore::default();
    assert_eq!(
        v.unlock("Mum", Credential::Keyring(&ks))
            .err()
            .unwrap()
            .to_string(),
        "profile Mum has no keyring key"
    );
    assert_eq!(
        v.unlock("Dad", Credential::Password(b"x"))
            .err()
            .unwrap()
            .to_string(),
        "there is no profile named 'Dad'"
    );
}

#[test]
fn recovery_key_unlocks_and_replaces_the_old_one() {
    let dir = tmp();
    let v = Vault::open(dir.path()).unwrap();
    let mut s = v.create_profile("Kids", Some(b"pw"), None).unwrap();
    v.add(&s, &[new(A)]).unwrap();
    let first = v.create_recovery_key(&mut s).unwrap().as_str().to_owned();
    assert_eq!(first.len(), 32 + 7, "{first}");
    assert!(first.split('-').all(|g| g.len() == 4));
    let typed = first.to_lowercase().replace('-', " ");
    let s2 = v.unlock("Kids", Credential::Recovery(&typed)).unwrap();
    assert_eq!(names(&v, &s2), ["Deno: Mason"]);
    let second = v.create_recovery_key(&mut s).unwrap().as_str().to_owned();
    assert_eq!(
        v.unlock("Kids", Credential::Recovery(&first))
            .err()
            .unwrap()
            .to_string(),
        "wrong recovery key for profile Kids"
    );
    assert!(v.unlock("Kids", Credential::Recovery(&second)).is_ok());
    assert!(
        v.unlock("Kids", Credential::Password(b"pw")).is_ok(),
        "other slots survive the rotation"
    );
    assert_eq!(
        v.unlock("Kids", Credential::Recovery("ABCD"))
            .err()
            .unwrap()
            .to_string(),
        "the recovery key is not valid: it has 4 characters; a recovery key has 32"
    );
}

#[test]
fn changing_and_removing_passwords() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let mut s = v.create_profile("Shared", Some(b"old"), None).unwrap();
    v.add(&s, &[new(A), new(H)]).unwrap();
    v.set_password(&mut s, Some(b"new")).unwrap();
    assert!(matches!(
        v.unlock("Shared", Credential::Password(b"old")),
        Err(VaultError::WrongPassword(_))
    ));
    let s2 = v.unlock("Shared", Credential::Password(b"new")).unwrap();
    assert_eq!(names(&v, &s2).len(), 2);
    // Removing the only slot is refused and changes nothing.
    assert_eq!(
        v.set_password(&mut s, None).err().unwrap().to_string(),
        "that would leave profile Shared with no way to unlock it"
    );
    assert!(v.unlock("Shared", Credential::Password(b"new")).is_ok());
    // With the keyring as another way in, the password can go.
    v.add_keyring_slot(&s, &ks).unwrap();
    v.set_password(&mut s, None).unwrap();
    let s3 = v.unlock("Shared", Credential::Keyring(&ks)).unwrap();
    assert_eq!(names(&v, &s3).len(), 2);
    let p = v.profile("Shared").unwrap();
    assert!(!p.password && p.keyring);
    // And back: a password, then the keyring slot removed.
    v.set_password(&mut s, Some(b"again")).unwrap();
    v.remove_keyring_slot(&mut s, &ks).unwrap();
    assert!(matches!(
        v.unlock("Shared", Credential::Keyring(&ks)),
        Err(VaultError::NoSlot { .. })
    ));
    assert_eq!(
        names(
            &v,
            &v.unlock("Shared", Credential::Password(b"again")).unwrap()
        )
        .len(),
        2
    );
}

#[test]
fn removing_a_slot_rotates_the_vault_key() {
    let dir = tmp();
    let v = Vault::open(dir.path()).unwrap();
    let mut s = v.create_profile("Mum", Some(b"first"), None).unwrap();
    v.add(&s, &[new(A)]).unwrap();
    // Someone copies the password slot while they know the password…
    let stolen: (Vec<u8>, Vec<u8>, String) = db(dir.path())
        .query_row(
            "SELECT public_key, sealed_key, params FROM key_slots WHERE kind='password'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    v.set_password(&mut s, Some(b"second")).unwrap();
    v.add(&s, &[new(B)]).unwrap();
    // …and puts it back later: it opens the old key, which no longer opens anything.
    db(dir.path())
        .execute(
            "INSERT INTO key_slots (profile_id, kind, params, public_key, sealed_key, created_at) VALUES (1, 'password', ?3, ?1, ?2, 0)",
            rusqlite::params![stolen.0, stolen.1, stolen.2],
        )
        .unwrap();
    let old = v.unlock("Mum", Credential::Password(b"first")).unwrap();
    let listing = v.entries(&old).unwrap();
    assert_eq!(listing.readable().count(), 0);
    assert_eq!(listing.entries.len(), 2);
    assert!(!listing.problems.is_empty());
}

#[test]
fn a_flipped_byte_damages_one_entry_only_and_nothing_is_rewritten() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let s = v.create_profile("default", None, Some(&ks)).unwrap();
    let ids = v.add(&s, &[new(A), new(B), new(H)]).unwrap();
    let conn = db(dir.path());
    let mut payload: Vec<u8> = conn
        .query_row("SELECT payload FROM entries WHERE id = ?1", [ids[1]], |r| {
            r.get(0)
        })
        .unwrap();
    payload[40] ^= 0x01;
    conn.execute(
        "UPDATE entries SET payload = ?1 WHERE id = ?2",
        rusqlite::params![payload, ids[1]],
    )
    .unwrap();
    let listing = v.entries(&s).unwrap();
    assert_eq!(listing.readable().count(), 2);
    let damaged: Vec<_> = listing
        .entries
        .iter()
        .filter_map(|e| e.as_ref().err())
        .collect();
    assert_eq!(damaged.len(), 1);
    assert_eq!(damaged[0].id, ids[1]);
    assert_eq!(
        damaged[0].reason,
        "it cannot be decrypted: it is damaged, or was moved from another profile"
    );
    let after: Vec<u8> = conn
        .query_row("SELECT payload FROM entries WHERE id = ?1", [ids[1]], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(after, payload, "reading never rewrites a damaged row");
}

#[test]
fn a_row_moved_to_another_profile_is_detected_in_both() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let mum = v.create_profile("Mum", None, Some(&ks)).unwrap();
    let kids = v.create_profile("Kids", None, Some(&ks)).unwrap();
    let ids = v.add(&mum, &[new(A), new(B)]).unwrap();
    v.add(&kids, &[new(H)]).unwrap();
    db(dir.path())
        .execute("UPDATE entries SET profile_id = 2 WHERE id = ?1", [ids[0]])
        .unwrap();
    let in_kids = v.entries(&kids).unwrap();
    assert_eq!(in_kids.readable().count(), 1);
    assert!(in_kids
        .entries
        .iter()
        .any(|e| matches!(e, Err(d) if d.id == ids[0])));
    assert_eq!(
        in_kids.problems,
        [format!(
            "entry {} was not written by Sesame in this profile",
            ids[0]
        )]
    );
    assert_eq!(
        v.entries(&mum).unwrap().problems,
        [format!("entry {} was deleted outside Sesame", ids[0])]
    );
}

#[test]
fn deleted_and_rolled_back_rows_are_detected() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let s = v.create_profile("default", None, Some(&ks)).unwrap();
    let ids = v.add(&s, &[new(A), new(H)]).unwrap();
    let conn = db(dir.path());
    let old: (i64, Vec<u8>) = conn
        .query_row(
            "SELECT version, payload FROM entries WHERE id = ?1",
            [ids[1]],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(v.next_hotp(&s, ids[1]).unwrap(), "253717");
    assert_eq!(
        v.next_hotp(&s, ids[1]).unwrap(),
        sesame_core::otp::code_for_counter(&account(H), 2)
    );
    conn.execute(
        "UPDATE entries SET version = ?1, payload = ?2 WHERE id = ?3",
        rusqlite::params![old.0, old.1, ids[1]],
    )
    .unwrap();
    conn.execute("DELETE FROM entries WHERE id = ?1", [ids[0]])
        .unwrap();
    let problems = v.entries(&s).unwrap().problems;
    assert_eq!(
        problems,
        [
            format!("entry {} was deleted outside Sesame", ids[0]),
            format!("entry {} was replaced by an older copy (version 1, expected 3); an HOTP counter may have gone back", ids[1]),
        ]
    );
}

#[test]
fn hotp_counter_is_stored_before_the_code_is_returned() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let s = v.create_profile("default", None, Some(&ks)).unwrap();
    let id = v.add(&s, &[new(H)]).unwrap()[0];
    assert_eq!(v.next_hotp(&s, id).unwrap(), "253717");
    drop(v);
    let v = Vault::open(dir.path()).unwrap();
    let s = v.unlock("default", Credential::Keyring(&ks)).unwrap();
    let e = v.entries(&s).unwrap().readable().next().unwrap().clone();
    assert_eq!(e.account.kind().counter(), Some(2));
    assert!(matches!(
        v.next_hotp(&s, 999),
        Err(VaultError::NoEntry(999))
    ));
}

#[test]
fn edit_reorder_remove_rename_delete() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let mut s = v.create_profile("default", None, Some(&ks)).unwrap();
    let ids = v.add(&s, &[new(A), new(B), new(H)]).unwrap();
    v.update(&s, ids[0], |_, meta| {
        meta.note = "backup codes in the drawer".into();
        meta.group = "Work".into();
        meta.favorite = true;
        Ok(())
    })
    .unwrap();
    v.reorder(&s, &[ids[2], ids[0]]).unwrap();
    assert_eq!(
        names(&v, &s),
        ["Issuu: James", "Deno: Mason", "SPDX: James"]
    );
    v.remove(&s, ids[1]).unwrap();
    assert!(matches!(v.remove(&s, ids[1]), Err(VaultError::NoEntry(_))));
    let listing = v.entries(&s).unwrap();
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    let deno = listing.readable().find(|e| e.id == ids[0]).unwrap();
    assert_eq!(
        (
            deno.meta.note.as_str(),
            deno.meta.group.as_str(),
            deno.meta.favorite
        ),
        ("backup codes in the drawer", "Work", true)
    );
    v.rename_profile(&mut s, "Home").unwrap();
    assert!(v.unlock("Home", Credential::Keyring(&ks)).is_ok());
    v.create_profile("Work", None, Some(&ks)).unwrap();
    assert_eq!(
        v.rename_profile(&mut s, "Work").err().unwrap().to_string(),
        "a profile named 'Work' already exists"
    );
    assert_eq!(
        v.create_profile(" ", None, Some(&ks))
            .err()
            .unwrap()
            .to_string(),
        "profile names are 1 to 64 characters, without control characters"
    );
    let entry_id = format!("vault-{}", hex_uid(dir.path(), "Home"));
    assert!(ks.get(&entry_id).unwrap().is_some());
    v.delete_profile(s, Some(&ks)).unwrap();
    assert!(
        ks.get(&entry_id).unwrap().is_none(),
        "the keyring entry goes with the profile"
    );
    assert_eq!(
        v.profiles()
            .unwrap()
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Work"]
    );
    let left: i64 = db(dir.path())
        .query_row("SELECT COUNT(*) FROM entries", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

fn hex_uid(dir: &Path, name: &str) -> String {
    let uid: Vec<u8> = db(dir)
        .query_row("SELECT uid FROM profiles WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .unwrap();
    hex::encode(uid)
}

#[test]
fn no_keyring_service_and_a_deleted_keyring_entry() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let mut s = v.create_profile("default", None, Some(&ks)).unwrap();
    v.add(&s, &[new(A)]).unwrap();
    let recovery = v.create_recovery_key(&mut s).unwrap().as_str().to_owned();
    ks.set_unavailable(true);
    assert_eq!(
        v.unlock("default", Credential::Keyring(&ks)).err().unwrap().to_string(),
        "profile default is protected by the keyring, but no keyring service is available (test store switched off); unlock it with its password or recovery key"
    );
    assert_eq!(
        v.create_profile("new", None, Some(&ks))
            .err()
            .unwrap()
            .to_string(),
        "no keyring service is available (test store switched off)"
    );
    assert!(
        v.profiles().unwrap().iter().all(|p| p.name != "new"),
        "nothing half-created"
    );
    ks.set_unavailable(false);
    ks.delete(&format!("vault-{}", hex_uid(dir.path(), "default")))
        .unwrap();
    assert_eq!(
        v.unlock("default", Credential::Keyring(&ks)).err().unwrap().to_string(),
        "the key of profile default is missing from the keyring (or the keyring is locked); unlock it with its password or recovery key"
    );
    // The data is still there, and the recovery key opens it; no fresh key was made.
    let s = v
        .unlock("default", Credential::Recovery(&recovery))
        .unwrap();
    assert_eq!(names(&v, &s), ["Deno: Mason"]);
    assert!(ks
        .get(&format!("vault-{}", hex_uid(dir.path(), "default")))
        .unwrap()
        .is_none());
}

fn file_digest(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_default()
}

#[test]
fn empty_truncated_and_foreign_files_are_refused_and_left_alone() {
    let cases: [(&str, &[u8], &str); 3] = [
        ("empty", b"", "is not a Sesame database (the file is empty); it was left untouched"),
        ("text", b"hello, this is not a database at all, just some text that is long enough to have a header area of one hundred bytes", "is not a Sesame database (it does not start with SQLite's header); it was left untouched"),
        ("short", b"SQLite format 3\0", "is not a Sesame database (it does not start with SQLite's header); it was left untouched"),
    ];
    for (what, content, message) in cases {
        let dir = tmp();
        let path = dir.path().join(DB_FILE);
        fs::write(&path, content).unwrap();
        let before = file_digest(&path);
        let err = Vault::open(dir.path())
            .err()
            .unwrap_or_else(|| panic!("{what} opened"));
        assert!(err.to_string().ends_with(message), "{what}: {err}");
        assert_eq!(file_digest(&path), before, "{what} was modified");
    }
    // A real vault cut short.
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    {
        let v = Vault::open(dir.path()).unwrap();
        let s = v.create_profile("default", None, Some(&ks)).unwrap();
        v.add(&s, &(0..200).map(|_| new(A)).collect::<Vec<_>>())
            .unwrap();
    }
    let path = dir.path().join(DB_FILE);
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let before = file_digest(&path);
    let err = Vault::open(dir.path()).err().unwrap();
    assert!(
        err.to_string()
            .contains("is damaged (the file is truncated"),
        "{err}"
    );
    assert_eq!(file_digest(&path), before);
}

#[test]
fn a_full_disk_writes_nothing_half() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let s = v.create_profile("default", None, Some(&ks)).unwrap();
    v.add(&s, &[new(A)]).unwrap();
    let pages: u32 = db(dir.path())
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    v.limit_pages_for_test(pages + 2).unwrap();
    let many: Vec<NewEntry> = (0..500).map(|_| new(B)).collect();
    let err = v.add(&s, &many).err().unwrap();
    assert_eq!(err.to_string(), "the disk is full: nothing was written");
    let listing = v.entries(&s).unwrap();
    assert_eq!(listing.entries.len(), 1);
    assert!(listing.problems.is_empty());
}

#[test]
fn an_unusable_data_directory_is_reported() {
    let dir = tmp();
    let file = dir.path().join("a-file");
    fs::write(&file, b"x").unwrap();
    let err = Vault::open(&file.join("sesame")).err().unwrap();
    assert!(
        err.to_string().starts_with(&format!(
            "cannot use the data directory {}",
            file.join("sesame").display()
        )),
        "{err}"
    );
}

#[test]
fn migrations_run_from_every_earlier_version_and_refuse_newer() {
    let dir = tmp();
    // Version 0: an SQLite file with nothing in it yet.
    Connection::open(dir.path().join(DB_FILE))
        .unwrap()
        .execute_batch("PRAGMA user_version = 0; CREATE TABLE scratch(x);")
        .unwrap();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let s = v.create_profile("default", None, Some(&ks)).unwrap();
    v.add(&s, &[new(A)]).unwrap();
    drop(v);
    let version = || -> i64 {
        db(dir.path())
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(version(), 3);
    // Version 1 (before profile settings and sync): upgraded on open, its entries kept.
    db(dir.path())
        .execute_batch(
            "DROP TABLE profile_settings; DROP TABLE sync_state; PRAGMA user_version = 1;",
        )
        .unwrap();
    let v = Vault::open(dir.path()).unwrap();
    let s = v.unlock("default", Credential::Keyring(&ks)).unwrap();
    assert_eq!(v.entries(&s).unwrap().readable().count(), 1);
    assert!(v.settings(&s).unwrap().backup.is_none());
    assert!(v.sync_state(&s).unwrap().is_none());
    drop(v);
    assert_eq!(version(), 3);
    db(dir.path())
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    let err = Vault::open(dir.path()).err().unwrap();
    assert!(
        err.to_string()
            .contains("was written by a newer Sesame (schema 99)"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn the_data_directory_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tmp();
    let data = dir.path().join("data");
    let ks = MemoryKeyStore::default();
    let v = Vault::open(&data).unwrap();
    let s = v.create_profile("default", None, Some(&ks)).unwrap();
    v.add(&s, &[new(A)]).unwrap();
    let mode = |p: PathBuf| fs::metadata(&p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(data.clone()), 0o700);
    for f in fs::read_dir(&data).unwrap() {
        let f = f.unwrap().path();
        assert_eq!(mode(f.clone()), 0o600, "{}", f.display());
    }
}

#[test]
fn nothing_in_plaintext_at_rest() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let uris = [A, B, H, "otpauth://totp/Zanzibar%20Bank:priya@example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Zanzibar%20Bank"];
    {
        let v = Vault::open(dir.path()).unwrap();
        let mut s = v.create_profile("default", None, Some(&ks)).unwrap();
        let ids = v
            .add(&s, &uris.iter().map(|u| new(u)).collect::<Vec<_>>())
            .unwrap();
        v.update(&s, ids[0], |_, m| {
            m.note = "Nightingale-note".into();
            Ok(())
        })
        .unwrap();
        v.remove(&s, ids[1]).unwrap();
        v.next_hotp(&s, ids[2]).unwrap();
        v.set_password(&mut s, Some(b"pw")).unwrap();
        // While the vault is open, its -wal and -shm files exist too: scan them as well.
        scan_for_plaintext(dir.path(), &uris);
    }
    scan_for_plaintext(dir.path(), &uris);
}

fn scan_for_plaintext(dir: &Path, uris: &[&str]) {
    let mut needles: Vec<(String, Vec<u8>)> = Vec::new();
    for u in uris.iter().copied() {
        let a = account(u);
        needles.push((
            format!("base32 of {}", a.label()),
            a.secret().to_base32().as_bytes().to_vec(),
        ));
        needles.push((
            format!("raw secret of {}", a.label()),
            a.secret().expose().to_vec(),
        ));
        needles.push((
            format!("issuer {}", a.issuer()),
            a.issuer().as_bytes().to_vec(),
        ));
        needles.push((
            format!("account {}", a.name()),
            a.name().as_bytes().to_vec(),
        ));
    }
    needles.push(("note".into(), b"Nightingale-note".to_vec()));
    let files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(files.iter().any(|f| f.ends_with(DB_FILE)));
    for f in &files {
        let bytes = fs::read(f).unwrap();
        for (what, needle) in &needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                "{what} found in {}",
                f.display()
            );
        }
    }
}

#[test]
fn two_writers_at_once_lose_nothing() {
    let dir = tmp();
    let ks = std::sync::Arc::new(MemoryKeyStore::default());
    Vault::open(dir.path())
        .unwrap()
        .create_profile("default", None, Some(ks.as_ref()))
        .unwrap();
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let (path, ks) = (dir.path().to_owned(), ks.clone());
            std::thread::spawn(move || {
                let v = Vault::open(&path).unwrap();
                let s = v
                    .unlock("default", Credential::Keyring(ks.as_ref()))
                    .unwrap();
                for _ in 0..50 {
                    v.add(&s, &[new(A)]).unwrap();
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let v = Vault::open(dir.path()).unwrap();
    let s = v
        .unlock("default", Credential::Keyring(ks.as_ref()))
        .unwrap();
    let listing = v.entries(&s).unwrap();
    assert_eq!(listing.readable().count(), 100);
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
}

/// A damaged integrity record is never rebuilt silently: every listing says so and every
/// write (a copy's count included) is refused until the person confirms a new record.
#[test]
fn a_damaged_integrity_record_waits_for_the_person() {
    let dir = tmp();
    let v = Vault::open(dir.path()).unwrap();
    let s = v.create_profile("Mum", Some(b"pw"), None).unwrap();
    let ids = v.add(&s, &[new(A)]).unwrap();
    db(dir.path())
        .execute("UPDATE profiles SET manifest = x'00'", [])
        .unwrap();
    let listing = v.entries(&s).unwrap();
    assert!(listing.integrity_unconfirmed);
    assert_eq!(listing.problems, ["the profile's integrity record is damaged: deleted or rolled-back entries cannot be detected until you confirm a new one"]);
    for write in [
        v.add(&s, &[new(B)]).map(|_| ()),
        v.record_use(&s, ids[0]).map(|_| ()),
        v.remove(&s, ids[0]),
    ] {
        assert!(
            matches!(write, Err(VaultError::IntegrityUnconfirmed(ref p)) if p == "Mum"),
            "{write:?}"
        );
    }
    assert!(
        v.entries(&s).unwrap().integrity_unconfirmed,
        "still damaged: nothing rebuilt it"
    );
    v.confirm_integrity(&s).unwrap();
    let listing = v.entries(&s).unwrap();
    assert!(
        !listing.integrity_unconfirmed && listing.problems.is_empty(),
        "{:?}",
        listing.problems
    );
    v.add(&s, &[new(B)]).unwrap();
}

/// A keyring profile's integrity generation is also kept in the keyring, so a whole database
/// file put back from an earlier copy (rows and record together) is detected, reported and
/// confirmed like a damaged record. A password-only profile has no keyring entry to compare.
#[test]
fn a_database_file_rolled_back_whole_is_detected_for_keyring_profiles() {
    let dir = tmp();
    let ks = std::sync::Arc::new(MemoryKeyStore::default());
    let open = || {
        let mut v = Vault::open(dir.path()).unwrap();
        v.guard_rollback(ks.clone());
        v
    };
    let v = open();
    let s = v
        .create_profile("default", None, Some(ks.as_ref()))
        .unwrap();
    let h = v.add(&s, &[new(H)]).unwrap()[0];
    assert!(v.entries(&s).unwrap().problems.is_empty());
    drop(s);
    drop(v);
    let copy = fs::read(dir.path().join(DB_FILE)).unwrap();
    let v = open();
    let s = v
        .unlock("default", Credential::Keyring(ks.as_ref()))
        .unwrap();
    assert_eq!(v.next_hotp(&s, h).unwrap(), "253717");
    assert!(v.entries(&s).unwrap().problems.is_empty());
    drop(s);
    drop(v);
    // The earlier file put back: the HOTP counter went back with its integrity record.
    let _ = fs::remove_file(dir.path().join(format!("{DB_FILE}-wal")));
    let _ = fs::remove_file(dir.path().join(format!("{DB_FILE}-shm")));
    fs::write(dir.path().join(DB_FILE), &copy).unwrap();
    let v = open();
    let s = v
        .unlock("default", Credential::Keyring(ks.as_ref()))
        .unwrap();
    let listing = v.entries(&s).unwrap();
    assert!(listing.integrity_unconfirmed);
    assert!(
        listing.problems[0]
            .starts_with("the profile's data is older than this computer's keyring remembers"),
        "{:?}",
        listing.problems
    );
    v.confirm_integrity(&s).unwrap();
    assert!(v.entries(&s).unwrap().problems.is_empty());
}

/// The slot rule the app and the CLI share: a password replaces the keyring slot, removing it
/// gives the keyring back, and without the keyring nothing changes at all.
#[test]
fn change_password_keeps_the_slot_rule() {
    let dir = tmp();
    let ks = MemoryKeyStore::default();
    let v = Vault::open(dir.path()).unwrap();
    let mut s = v.create_profile("Mum", None, Some(&ks)).unwrap();
    let slots = |v: &Vault| {
        let p = v.profile("Mum").unwrap();
        (p.password, p.keyring)
    };
    let no_service = Err(sesame_core::keystore::KeyStoreError::NoService(
        "test".into(),
    ));
    assert!(matches!(
        v.change_password(&mut s, None, Ok(&ks)),
        Err(VaultError::NoSlot { .. })
    ));
    assert!(matches!(
        v.change_password(&mut s, Some(b"pw"), no_service.clone()),
        Err(VaultError::Keyring(_))
    ));
    assert_eq!(
        slots(&v),
        (false, true),
        "nothing changed without the keyring"
    );
    v.change_password(&mut s, Some(b"pw"), Ok(&ks)).unwrap();
    assert_eq!(slots(&v), (true, false));
    v.change_password(&mut s, Some(b"pw2"), no_service).unwrap();
    assert_eq!(slots(&v), (true, false), "a new password needs no keyring");
    v.change_password(&mut s, None, Ok(&ks)).unwrap();
    assert_eq!(slots(&v), (false, true));
}
