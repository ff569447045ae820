//! Mirror of a phone's automatic backups: a folder holding the real Aegis backup from
//! ../shared/fixtures (read in place; skipped with a message when ../shared is absent), then
//! a newer backup with two accounts more and one fewer: exactly the two are added, the one the
//! phone dropped is kept and named.

use sesame_core::export::{self, ExportFormat};
use sesame_core::import::ImportError;
use sesame_core::mirror::{self, MirrorError};
use sesame_core::uri;
use sesame_core::vault::{EntryMeta, Vault};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};
use zeroize::Zeroizing;

fn aegis_backup() -> Option<PathBuf> {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/fixtures/import/aegis_encrypted.json");
    if file.is_file() {
        return Some(file);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "../shared/fixtures is missing under CI"
    );
    eprintln!(
        "skipped: {} is absent (see ../shared/README.md)",
        file.display()
    );
    None
}

fn set_age(path: &std::path::Path, seconds_ago: u64) {
    let t = SystemTime::now() - Duration::from_secs(seconds_ago);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

#[test]
fn a_newer_aegis_backup_adds_exactly_its_new_accounts_and_deletes_nothing() {
    let Some(fixture) = aegis_backup() else {
        return;
    };
    let phone = tempfile::tempdir().unwrap();
    let first = phone.path().join("aegis-backup-20261201-080000.json");
    std::fs::copy(&fixture, &first).unwrap();
    set_age(&first, 3600);
    // Not a backup: ignored however new.
    std::fs::write(phone.path().join("notes.txt"), "shopping list").unwrap();

    let data = tempfile::tempdir().unwrap();
    let vault = Vault::open(data.path()).unwrap();
    let s = vault.create_profile("Phone", Some(b"pw"), None).unwrap();
    let pw = |p: &str| Some(Zeroizing::new(p.to_owned()));

    // A wrong password is refused, and nothing is followed.
    let err = mirror::add(&vault, &s, phone.path(), "aegis", pw("nope")).unwrap_err();
    assert!(
        matches!(
            err,
            MirrorError::Backup {
                source: ImportError::WrongPassword,
                ..
            }
        ),
        "{err}"
    );
    assert!(mirror::list(&vault, &s).unwrap().is_empty());
    let err = mirror::add(&vault, &s, phone.path(), "keepass", pw("test")).unwrap_err();
    assert!(matches!(err, MirrorError::Format(_)), "{err}");

    mirror::add(&vault, &s, phone.path(), "aegis", pw("test")).unwrap();
    let out = mirror::run(&vault, &s).unwrap();
    let held = out[0].added;
    assert!(held >= 3, "the fixture's accounts: {held}");
    assert_eq!(
        out[0].file.as_deref(),
        Some("aegis-backup-20261201-080000.json")
    );
    let again = mirror::run(&vault, &s).unwrap();
    assert_eq!((again[0].added, again[0].unchanged), (0, held));

    // The phone's next backup: one account gone, two new.
    let listing = vault.entries(&s).unwrap();
    let mut accounts: Vec<_> = listing
        .readable()
        .map(|e| (e.account.clone(), e.meta.clone()))
        .collect();
    let dropped = accounts.remove(0);
    for u in [
        "otpauth://totp/Newbank:me?secret=MFRGGZDFMZTWQ2LK&issuer=Newbank",
        "otpauth://totp/Shop:me?secret=GEZDGNBVGY3TQOJQ&issuer=Shop",
    ] {
        accounts.push((uri::parse(u).unwrap().account, EntryMeta::default()));
    }
    let refs: Vec<_> = accounts.iter().map(|(a, m)| (a, m)).collect();
    let newer = export::export(ExportFormat::AegisEncrypted, &refs, Some("test")).unwrap();
    let second = phone.path().join("aegis-backup-20261202-080000.json");
    std::fs::write(&second, &newer.files[0].1).unwrap();

    let out = mirror::run(&vault, &s).unwrap();
    assert!(out[0].error.is_none(), "{:?}", out[0].error);
    assert_eq!(
        out[0].file.as_deref(),
        Some("aegis-backup-20261202-080000.json")
    );
    assert_eq!((out[0].added, out[0].unchanged), (2, held - 1));
    let label = sesame_core::import::label(dropped.0.issuer(), dropped.0.name());
    assert_eq!(out[0].dropped, vec![label]);
    let now: Vec<_> = vault.entries(&s).unwrap().readable().cloned().collect();
    assert_eq!(now.len(), held + 2, "nothing deleted");
    assert!(now.iter().any(|e| e.account.issuer() == "Newbank"));

    let listed = mirror::list(&vault, &s).unwrap();
    assert_eq!(
        listed[0].last_file.as_deref(),
        Some("aegis-backup-20261202-080000.json")
    );
    mirror::remove(&vault, &s, phone.path()).unwrap();
    assert!(mirror::list(&vault, &s).unwrap().is_empty());
}
