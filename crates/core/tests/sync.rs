//! Sync between devices (separate data directories) through a real folder: every merge rule,
//! and what a damaged, replayed, truncated or vanished location does. The same through a
//! real WebDAV server is in the CLI's tests (`crates/cli/tests/sync.rs`).

use sesame_core::crypto::KdfParams;
use sesame_core::sync::{self, Enabled, Location, SyncError};
use sesame_core::uri;
use sesame_core::vault::{EntryMeta, NewEntry, Session, StoredEntry, Vault};
use std::path::{Path, PathBuf};

const CHEAP: KdfParams = KdfParams {
    memory_kib: 64,
    passes: 1,
    lanes: 1,
};
const PASSPHRASE: &str = "correct horse battery staple";

struct Device {
    _dir: tempfile::TempDir,
    vault: Vault,
    session: Session,
}

impl Device {
    fn new() -> Device {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::open(dir.path()).unwrap();
        let session = vault.create_profile("Family", Some(b"pw"), None).unwrap();
        Device {
            _dir: dir,
            vault,
            session,
        }
    }

    fn joined(folder: &Path) -> Device {
        let d = Device::new();
        d.enable(folder).unwrap();
        d
    }

    fn enable(&self, folder: &Path) -> Result<(Enabled, sync::Report), SyncError> {
        let location = Location::Folder {
            path: folder.to_owned(),
        };
        sync::enable(&self.vault, &self.session, location, PASSPHRASE, CHEAP)
    }

    fn sync(&self) -> sync::Report {
        sync::sync_now(&self.vault, &self.session).unwrap()
    }

    fn add(&self, uri: &str) -> i64 {
        let account = uri::parse(uri).unwrap().account;
        let meta = EntryMeta::default();
        self.vault
            .add(&self.session, &[NewEntry { account, meta }])
            .unwrap()[0]
    }

    fn entries(&self) -> Vec<StoredEntry> {
        let listing = self.vault.entries(&self.session).unwrap();
        assert!(listing.problems.is_empty(), "{:?}", listing.problems);
        listing.readable().cloned().collect()
    }

    fn find(&self, issuer: &str) -> Option<StoredEntry> {
        self.entries()
            .into_iter()
            .find(|e| e.account.issuer() == issuer)
    }

    fn id(&self, issuer: &str) -> i64 {
        self.find(issuer).unwrap().id
    }

    fn rename(&self, issuer: &str, note: &str) {
        self.vault
            .update(&self.session, self.id(issuer), |_, meta| {
                meta.note = note.into();
                Ok(())
            })
            .unwrap();
    }

    /// What the person sees: (issuer, account, note, counter) of each entry, sorted.
    fn view(&self) -> Vec<(String, String, String, Option<u64>)> {
        let mut v: Vec<_> = self
            .entries()
            .iter()
            .map(|e| {
                (
                    e.account.issuer().to_owned(),
                    e.account.name().to_owned(),
                    e.meta.note.clone(),
                    e.account.kind().counter(),
                )
            })
            .collect();
        v.sort();
        v
    }
}

fn totp(issuer: &str, secret: &str) -> String {
    format!("otpauth://totp/{issuer}:me?secret={secret}&issuer={issuer}")
}

fn device_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("device-")
        })
        .collect();
    files.sort();
    files
}

/// Syncs each device in turn, twice: enough for every change to reach everyone.
fn settle(devices: &[&Device]) {
    for _ in 0..2 {
        for d in devices {
            d.sync();
        }
    }
}

#[test]
fn changes_to_different_entries_all_arrive_and_the_set_is_only_ciphertext() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::new();
    a.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    assert_eq!(a.enable(folder.path()).unwrap().0, Enabled::Created);
    let b = Device::new();
    b.add(&totp("Mastodon", "GEZDGNBVGY3TQOJQ"));
    let (how, report) = b.enable(folder.path()).unwrap();
    assert_eq!(how, Enabled::Joined);
    assert_eq!((report.pulled, report.pushed), (1, 1));
    a.add(&totp("Proton", "MFRGGZDFMZTWQ2LK"));
    settle(&[&a, &b]);
    assert_eq!(a.view(), b.view());
    assert_eq!(a.view().len(), 3);
    // Nothing readable in the location: no issuer, account name or secret.
    for file in std::fs::read_dir(folder.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for secret in ["GitHub", "Mastodon", "JBSWY3DPEHPK3PXP", "GEZDGNBVGY3TQOJQ"] {
            assert!(!text.contains(secret), "{secret} is readable in the set");
        }
    }
    // Nothing to do: nothing pulled or pushed.
    let idle = a.sync();
    assert_eq!((idle.pulled, idle.pushed), (0, 0));
}

#[test]
fn the_same_account_added_on_two_devices_before_joining_is_one_entry() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::new();
    a.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    a.enable(folder.path()).unwrap();
    let b = Device::new();
    b.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    b.enable(folder.path()).unwrap();
    settle(&[&a, &b]);
    assert_eq!(a.view().len(), 1);
    assert_eq!(a.view(), b.view());
}

#[test]
fn concurrent_edits_of_one_entry_end_the_same_on_every_device() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    a.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    a.sync();
    let b = Device::joined(folder.path());
    let c = Device::joined(folder.path());
    // Edits a second apart (the vault keeps when each was made to the second).
    b.rename("GitHub", "from b");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    c.rename("GitHub", "from c");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    a.rename("GitHub", "from a");
    // Each syncs its edit, in an order unlike the order of the edits.
    c.sync();
    a.sync();
    b.sync();
    settle(&[&a, &b, &c]);
    assert_eq!(a.view(), b.view());
    assert_eq!(b.view(), c.view());
    // The last edit made (by the clocks, which agree here) wins.
    assert_eq!(a.find("GitHub").unwrap().meta.note, "from a");
}

#[test]
fn a_delete_reaches_every_device() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    a.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    a.add(&totp("Proton", "MFRGGZDFMZTWQ2LK"));
    a.sync();
    let b = Device::joined(folder.path());
    assert_eq!(b.view().len(), 2);
    b.vault.remove(&b.session, b.id("GitHub")).unwrap();
    let report = b.sync();
    assert_eq!(report.pushed, 1);
    let report = a.sync();
    assert_eq!(report.arrived, vec!["removed GitHub: me".to_owned()]);
    assert!(a.find("GitHub").is_none());
    settle(&[&a, &b]);
    assert_eq!(a.view(), b.view());
}

#[test]
fn a_delete_racing_an_edit_keeps_the_account_and_says_so() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    a.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    a.sync();
    let b = Device::joined(folder.path());
    // a deletes; b, not having seen the delete, edits (earlier or later: both keep it).
    b.rename("GitHub", "edited on b");
    a.vault.remove(&a.session, a.id("GitHub")).unwrap();
    a.sync();
    let on_b = b.sync();
    assert!(
        on_b.problems
            .iter()
            .any(|p| p.contains("GitHub: me was deleted on") && p.contains("it was kept")),
        "{:?}",
        on_b.problems
    );
    let on_a = a.sync();
    assert!(
        on_a.problems
            .iter()
            .any(|p| p.contains("GitHub: me was deleted here while")),
        "{:?}",
        on_a.problems
    );
    settle(&[&a, &b]);
    assert_eq!(a.find("GitHub").unwrap().meta.note, "edited on b");
    assert_eq!(a.view(), b.view());
}

#[test]
fn hotp_counters_only_move_forward() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    a.add("otpauth://hotp/Bank:me?secret=JBSWY3DPEHPK3PXP&issuer=Bank&counter=10");
    a.sync();
    let b = Device::joined(folder.path());
    // a shows three codes; b shows one and then changes the note (a later edit).
    for _ in 0..3 {
        a.vault.next_hotp(&a.session, a.id("Bank")).unwrap();
    }
    b.vault.next_hotp(&b.session, b.id("Bank")).unwrap();
    b.rename("Bank", "card reader");
    a.sync();
    b.sync();
    settle(&[&a, &b]);
    let on_a = a.find("Bank").unwrap();
    assert_eq!(on_a.account.kind().counter(), Some(13));
    assert_eq!(on_a.meta.note, "card reader");
    assert_eq!(a.view(), b.view());
}

#[test]
fn a_device_offline_for_a_long_time_catches_up() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    let b = Device::joined(folder.path());
    let away = Device::joined(folder.path());
    for i in 0..30 {
        let secret = data_encoding::BASE32_NOPAD.encode(format!("secret number {i:04}").as_bytes());
        if i % 2 == 0 {
            a.add(&totp(&format!("Site{i}"), &secret));
            a.sync();
        } else {
            b.add(&totp(&format!("Site{i}"), &secret));
            b.sync();
        }
        if i % 3 == 0 && i > 0 {
            let d = if (i - 1) % 2 == 0 { &a } else { &b };
            d.sync();
            if let Some(e) = d.find(&format!("Site{}", i - 1)) {
                d.vault.remove(&d.session, e.id).unwrap();
                d.sync();
            }
        }
    }
    away.add(&totp("Offline", "MFRGGZDFMZTWQ2LK"));
    settle(&[&away, &a, &b]);
    assert_eq!(away.view(), a.view());
    assert_eq!(b.view(), a.view());
    assert!(a.find("Offline").is_some());
}

#[test]
fn tampered_truncated_and_replayed_files_are_ignored_and_reported() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    let b = Device::joined(folder.path());
    let c = Device::joined(folder.path());
    b.add(&totp("FromB", "JBSWY3DPEHPK3PXP"));
    b.sync();
    a.sync();
    // b's file at its current sequence number, kept to be put back later.
    let b_name = b_file_name(&b, folder.path());
    let old_b = std::fs::read(&b_name).unwrap();
    b.add(&totp("FromB2", "GEZDGNBVGY3TQOJQ"));
    b.sync();
    c.add(&totp("FromC", "MFRGGZDFMZTWQ2LK"));
    c.sync();
    a.sync();
    assert!(a.find("FromB2").is_some());

    // Replayed: b's older file put back.
    std::fs::write(&b_name, &old_b).unwrap();
    let report = a.sync();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains("older than one already read")),
        "{:?}",
        report.problems
    );
    assert!(a.find("FromB2").is_some(), "a replayed file undid nothing");

    // Tampered: one byte flipped; truncated. Each reported, the other files still read.
    let mut bytes = std::fs::read(&b_name).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 1;
    std::fs::write(&b_name, &bytes).unwrap();
    c.add(&totp("FromC2", "ONSWG4TFOQ"));
    c.sync();
    let report = a.sync();
    assert!(
        report.problems.iter().any(|p| p.contains("is damaged")),
        "{:?}",
        report.problems
    );
    assert!(
        a.find("FromC2").is_some(),
        "sync went on with the other files"
    );
    std::fs::write(&b_name, &bytes[..bytes.len() / 3]).unwrap();
    let report = a.sync();
    assert!(report.problems.iter().any(|p| p.contains("is damaged")));
    // b writes its file again at its next sync; a reads it as before.
    b.add(&totp("FromB3", "KRUGKIDROVUWG2ZA"));
    b.sync();
    let report = a.sync();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(a.find("FromB3").is_some());
}

fn b_file_name(device: &Device, folder: &Path) -> PathBuf {
    let status = sync::status(&device.vault, &device.session).unwrap();
    let me = status.devices.iter().find(|d| d.this_device).unwrap();
    folder.join(format!("device-{}.sesame", me.id))
}

#[test]
fn a_files_conflict_copy_is_read_not_lost() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    let b = Device::joined(folder.path());
    b.add(&totp("OnlyInTheCopy", "JBSWY3DPEHPK3PXP"));
    b.sync();
    let name = b_file_name(&b, folder.path());
    let stem = name.file_stem().unwrap().to_str().unwrap().to_owned();
    std::fs::rename(
        &name,
        folder.path().join(format!(
            "{stem}.sync-conflict-20261204-101010-ABCDEFG.sesame"
        )),
    )
    .unwrap();
    a.sync();
    assert!(a.find("OnlyInTheCopy").is_some());
}

#[test]
fn a_wrong_passphrase_reads_and_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    a.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    a.sync();
    let before: Vec<_> = device_files(folder.path());
    let b = Device::new();
    let location = Location::Folder {
        path: folder.path().to_owned(),
    };
    let err = sync::enable(
        &b.vault,
        &b.session,
        location,
        "wrong passphrase here",
        CHEAP,
    )
    .unwrap_err();
    assert!(matches!(err, SyncError::WrongPassphrase), "{err}");
    assert!(!sync::status(&b.vault, &b.session).unwrap().enabled);
    assert!(b.view().is_empty());
    assert_eq!(device_files(folder.path()), before);
}

#[test]
fn a_weak_passphrase_is_refused_for_a_new_set() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::new();
    let location = Location::Folder {
        path: folder.path().to_owned(),
    };
    let err = sync::enable(&a.vault, &a.session, location, "password", CHEAP).unwrap_err();
    assert!(matches!(err, SyncError::Invalid(_)), "{err}");
    assert!(!folder.path().join("sesame-sync.json").exists());
}

#[test]
fn a_vanished_location_loses_nothing_and_the_next_sync_catches_up() {
    let parent = tempfile::tempdir().unwrap();
    let folder = parent.path().join("Sync");
    let a = Device::joined(&folder);
    let b = Device::joined(&folder);
    std::fs::rename(&folder, parent.path().join("unmounted")).unwrap();
    a.add(&totp("WhileAway", "JBSWY3DPEHPK3PXP"));
    let err = sync::sync_now(&a.vault, &a.session).unwrap_err();
    assert!(matches!(err, SyncError::Unreachable { .. }), "{err}");
    assert!(a.find("WhileAway").is_some());
    // Not recreated empty: that would look like a set with nobody in it.
    assert!(!folder.exists());
    std::fs::rename(parent.path().join("unmounted"), &folder).unwrap();
    a.sync();
    b.sync();
    assert!(b.find("WhileAway").is_some());
}

#[test]
fn a_full_disk_here_loses_nothing_and_the_next_sync_completes() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    let b = Device::joined(folder.path());
    for i in 0..40 {
        let secret = data_encoding::BASE32_NOPAD.encode(format!("bulk secret {i:04}").as_bytes());
        b.add(&totp(&format!("Bulk{i}"), &secret));
    }
    b.sync();
    let pages: u32 = a
        .vault
        .path()
        .metadata()
        .map(|m| (m.len() / 4096) as u32)
        .unwrap();
    a.vault.limit_pages_for_test(pages + 2).unwrap();
    let err = sync::sync_now(&a.vault, &a.session).unwrap_err();
    assert!(err.to_string().contains("disk is full"), "{err}");
    assert!(a.view().is_empty(), "nothing half-applied");
    a.vault.limit_pages_for_test(1_000_000).unwrap();
    a.sync();
    assert_eq!(a.view(), b.view());
}

#[test]
fn this_devices_own_file_rolled_back_is_reported_and_written_again() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    let name = b_file_name(&a, folder.path());
    let old = std::fs::read(&name).unwrap();
    a.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    a.sync();
    std::fs::write(&name, &old).unwrap();
    let report = a.sync();
    assert!(
        report.problems.iter().any(|p| p.contains("older copy")),
        "{:?}",
        report.problems
    );
    let b = Device::joined(folder.path());
    assert!(b.find("GitHub").is_some());
}

#[test]
fn status_and_disable() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    let _b = Device::joined(folder.path());
    a.sync();
    let status = sync::status(&a.vault, &a.session).unwrap();
    assert!(status.enabled);
    assert_eq!(status.devices.len(), 2);
    assert!(status.last_sync.is_some());
    assert_eq!(status.location.as_deref(), folder.path().to_str());
    sync::disable(&a.vault, &a.session).unwrap();
    assert!(!sync::status(&a.vault, &a.session).unwrap().enabled);
    assert!(
        folder.path().join("sesame-sync.json").exists(),
        "the location is left as it is"
    );
    assert!(matches!(
        sync::sync_now(&a.vault, &a.session),
        Err(SyncError::NotEnabled(_))
    ));
}

#[test]
fn a_row_deleted_behind_sesames_back_is_not_synced_as_a_delete() {
    let folder = tempfile::tempdir().unwrap();
    let a = Device::joined(folder.path());
    a.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    a.sync();
    let b = Device::joined(folder.path());
    let db = rusqlite::Connection::open(a.vault.path()).unwrap();
    db.execute("DELETE FROM entries", []).unwrap();
    let err = sync::sync_now(&a.vault, &a.session).unwrap_err();
    assert!(matches!(err, SyncError::Integrity(_)), "{err}");
    b.sync();
    assert!(b.find("GitHub").is_some(), "the other device keeps it");
}

#[test]
fn sync_survives_a_password_change_which_rotates_the_profiles_key() {
    let folder = tempfile::tempdir().unwrap();
    let mut a = Device::joined(folder.path());
    let b = Device::joined(folder.path());
    a.vault
        .set_password(&mut a.session, Some(b"a new and longer password"))
        .unwrap();
    a.add(&totp("AfterRotation", "JBSWY3DPEHPK3PXP"));
    a.sync();
    b.sync();
    assert!(b.find("AfterRotation").is_some());
}

#[test]
fn a_syncs_change_never_overwrites_an_edit_made_since_it_read_the_entry() {
    use sesame_core::vault::SyncChange;
    let a = Device::new();
    a.add(&totp("GitHub", "JBSWY3DPEHPK3PXP"));
    let read = a.find("GitHub").unwrap();
    a.rename("GitHub", "edited while the sync ran");
    let stale = SyncChange::Put {
        entry: (read.id, read.version),
        account: read.account.clone(),
        meta: EntryMeta {
            note: "from the sync".into(),
            ..EntryMeta::default()
        },
    };
    let err = a
        .vault
        .apply_sync(&a.session, vec![stale], |_| Default::default())
        .unwrap_err();
    assert!(err.to_string().contains("busy"), "{err}");
    assert_eq!(
        a.find("GitHub").unwrap().meta.note,
        "edited while the sync ran"
    );
    assert!(a.vault.sync_state(&a.session).unwrap().is_none());
}
