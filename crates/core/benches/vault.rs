//! Vault timings against the targets (`cargo bench -p sesame-core --bench vault`):
//! unlock a 10,000-entry profile excluding the KDF (≤ 50 ms), add 1,000 entries in one
//! transaction (≤ 500 ms); and the password KDF's own time, reported. Real SQLite files on
//! disk; the in-memory keystore, so the keyring's D-Bus round trip is not counted.

use sesame_core::keystore::MemoryKeyStore;
use sesame_core::vault::{Credential, Vault};
use std::time::Instant;

mod common;
use common::{entries, report};

fn main() {
    let ks = MemoryKeyStore::default();

    // Add 1,000 entries in one transaction, each run into a fresh profile.
    let dir = tempfile::tempdir().expect("tmp");
    let vault = Vault::open(dir.path()).expect("vault");
    let batch = entries(1000);
    let mut runs = Vec::new();
    for i in 0..10 {
        let s = vault
            .create_profile(&format!("p{i}"), None, Some(&ks))
            .expect("profile");
        let t = Instant::now();
        vault.add(&s, &batch).expect("add");
        runs.push(t.elapsed());
    }
    report("add 1,000 entries in one transaction", runs, Some(500.0));

    // Unlock 10,000 entries: the slot, every row decrypted and parsed, the integrity check.
    let dir = tempfile::tempdir().expect("tmp");
    let vault = Vault::open(dir.path()).expect("vault");
    let s = vault
        .create_profile("big", None, Some(&ks))
        .expect("profile");
    vault.add(&s, &entries(10_000)).expect("add");
    drop(vault);
    let mut runs = Vec::new();
    for _ in 0..10 {
        let vault = Vault::open(dir.path()).expect("vault");
        let t = Instant::now();
        let s = vault
            .unlock("big", Credential::Keyring(&ks))
            .expect("unlock");
        let listing = vault.entries(&s).expect("entries");
        runs.push(t.elapsed());
        assert_eq!(listing.readable().count(), 10_000);
    }
    report("unlock a 10,000-entry profile (no KDF)", runs, Some(50.0));

    // The password KDF alone (Argon2id, 64 MiB, 3 passes, 4 lanes).
    let dir = tempfile::tempdir().expect("tmp");
    let vault = Vault::open(dir.path()).expect("vault");
    vault
        .create_profile("pw", Some(b"correct horse"), None)
        .expect("profile");
    let mut runs = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        vault
            .unlock("pw", Credential::Password(b"correct horse"))
            .expect("unlock");
        runs.push(t.elapsed());
    }
    report(
        "password unlock (Argon2id 64 MiB, t=3, p=4), empty profile",
        runs,
        None,
    );
}
