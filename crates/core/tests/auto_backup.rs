//! Automatic backups: the backup key sealed in the profile's settings (surviving a reopen and
//! a key rotation), files written to a folder keeping the last N, each one a Sesame backup
//! that opens with the backup password alone.

use sesame_core::crypto::KdfParams;
use sesame_core::export::sesame::{self as backup, BackupKey};
use sesame_core::import;
use sesame_core::uri;
use sesame_core::vault::{AutoBackup, Credential, EntryMeta, NewEntry, ProfileSettings, Vault};

const CHEAP: KdfParams = KdfParams {
    memory_kib: 64,
    passes: 1,
    lanes: 1,
};

#[test]
fn settings_and_rotating_backups() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let vault = Vault::open(data.path()).unwrap();
    let mut s = vault.create_profile("Mum", Some(b"pw"), None).unwrap();
    let account = uri::parse(
        "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=7",
    )
    .unwrap()
    .account;
    vault
        .add(
            &s,
            &[NewEntry {
                account: account.clone(),
                meta: EntryMeta {
                    note: "n".into(),
                    ..EntryMeta::default()
                },
            }],
        )
        .unwrap();
    assert!(vault.settings(&s).unwrap().backup.is_none());
    let settings = ProfileSettings {
        backup: Some(AutoBackup {
            folder: folder.path().to_owned(),
            keep: 2,
            key: BackupKey::derive("backup pw", CHEAP).unwrap(),
            last: None,
        }),
        ..ProfileSettings::default()
    };
    vault.set_settings(&s, &settings).unwrap();
    // A password change rotates the profile's key; the settings come along.
    vault.set_password(&mut s, Some(b"new pw")).unwrap();
    drop(vault);
    let vault = Vault::open(data.path()).unwrap();
    let s = vault
        .unlock("Mum", Credential::Password(b"new pw"))
        .unwrap();
    let auto = vault.settings(&s).unwrap().backup.unwrap();
    assert_eq!((auto.folder.as_path(), auto.keep), (folder.path(), 2));

    let listing = vault.entries(&s).unwrap();
    let entries: Vec<_> = listing.readable().map(|e| (&e.account, &e.meta)).collect();
    let mut written = Vec::new();
    for t in [1_000_000_000, 1_000_000_060, 1_000_000_120] {
        let bytes = auto.key.write(entries.iter().copied());
        written.push(
            backup::write_to_folder(
                folder.path(),
                "Mum",
                &s.backup_id(),
                &bytes,
                auto.keep as usize,
                t,
            )
            .unwrap(),
        );
    }
    let mut left: Vec<_> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    left.sort();
    assert_eq!(left, written[1..], "the oldest beyond keep = 2 is gone");
    assert_eq!(
        written[2].file_name().unwrap().to_str().unwrap(),
        format!("sesame-Mum-{}-20010909-014840.json", s.backup_id())
    );
    let bytes = std::fs::read(&written[2]).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("YOOMIXWS5GN6RTBPUFFWKTW5M4"));
    let back = import::read(&bytes, None, Some("backup pw")).unwrap();
    let e = back.items.into_iter().next().unwrap().entry.unwrap();
    assert_eq!((e.account, e.meta.note.as_str()), (account, "n"));
    assert_eq!(
        import::read(&bytes, None, Some("pw")).err(),
        Some(import::ImportError::WrongPassword)
    );
}

/// Pruning touches only the profile's own files (by id, not by a name prefix: "a" and "a-b"),
/// never the file just written (the clock went back), and each file is private.
#[test]
fn pruning_keeps_other_profiles_and_the_newest() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let vault = Vault::open(data.path()).unwrap();
    let a = vault.create_profile("a", Some(b"pw"), None).unwrap();
    let ab = vault.create_profile("a-b", Some(b"pw"), None).unwrap();
    let write = |s: &sesame_core::vault::Session, t: i64| {
        backup::write_to_folder(folder.path(), s.name(), &s.backup_id(), b"{}", 1, t).unwrap()
    };
    let theirs = write(&ab, 2_000_000_000);
    write(&a, 1_000_000_000);
    let newest = write(&a, 1_000_000_060);
    assert!(theirs.exists(), "a-b's backup survives a's pruning");
    // The clock went back: the file just written is kept, the older-named one goes.
    let back = write(&a, 900_000_000);
    assert!(back.exists() && !newest.exists());
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 2);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&back).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
