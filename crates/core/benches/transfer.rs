//! Import and export timings against issue 6's targets (`cargo bench -p sesame-core --bench
//! transfer`): preview a 1,000-account plain Aegis file (≤ 200 ms), commit it (≤ 500 ms), export
//! 1,000 accounts (≤ 200 ms), the KDFs excluded. Real SQLite files on disk, the in-memory
//! keystore (no password KDF, no keyring round trip).

use sesame_core::crypto::KdfParams;
use sesame_core::export::sesame as backup;
use sesame_core::export::{self, ExportFormat};
use sesame_core::import;
use sesame_core::keystore::MemoryKeyStore;
use sesame_core::vault::{EntryMeta, Vault};
use sesame_core::{uri, Account};
use std::time::{Duration, Instant};

fn accounts(n: usize) -> Vec<(Account, EntryMeta)> {
    (0..n)
        .map(|i| {
            // A distinct secret each: the index in Base32 after a common prefix.
            let line = format!(
                "otpauth://totp/Issuer{i}:user{i}@example.com?secret=JBSWY3DPEHPK3PXP{}&issuer=Issuer{i}",
                data_encoding::BASE32_NOPAD.encode(&(i as u64).to_be_bytes())
            );
            let meta = EntryMeta {
                note: format!("note {i}"),
                group: format!("group {}", i % 7),
                ..EntryMeta::default()
            };
            (uri::parse(&line).expect("valid").account, meta)
        })
        .collect()
}

fn time<T>(what: &str, target_ms: f64, runs: usize, mut f: impl FnMut() -> T) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let m = ms(times[runs / 2]);
    println!(
        "{what:<52} median {m:>8.2} ms   max {:>8.2} ms   ({runs} runs; target ≤ {target_ms} ms: {})",
        ms(times[runs - 1]),
        if m <= target_ms { "met" } else { "MISSED" }
    );
}

fn main() {
    let all = accounts(1000);
    let refs: Vec<(&Account, &EntryMeta)> = all.iter().map(|(a, m)| (a, m)).collect();
    let file = export::export(ExportFormat::Aegis, &refs, None)
        .expect("export")
        .files
        .remove(0)
        .1;
    let ks = MemoryKeyStore::default();
    let dir = tempfile::tempdir().expect("tmp");
    let vault = Vault::open(dir.path()).expect("vault");

    // The preview: read and check against a profile that already holds 1,000 other accounts.
    let s = vault
        .create_profile("preview", None, Some(&ks))
        .expect("profile");
    let others = accounts(2000).split_off(1000);
    let others: Vec<_> = others
        .into_iter()
        .map(|(account, meta)| sesame_core::vault::NewEntry { account, meta })
        .collect();
    vault.add(&s, &others).expect("add");
    let listing = vault.entries(&s).expect("entries");
    let existing: Vec<_> = listing.readable().collect();
    time(
        "preview a 1,000-account plain Aegis file",
        200.0,
        10,
        || {
            let imported = import::read(&file, None, None).expect("read");
            import::preview(&imported, &existing)
        },
    );

    let mut n = 0;
    time(
        "commit it (one transaction, fresh profile)",
        500.0,
        10,
        || {
            n += 1;
            let s = vault
                .create_profile(&format!("commit{n}"), None, Some(&ks))
                .expect("profile");
            let imported = import::read(&file, None, None).expect("read");
            let statuses = import::preview(&imported, &[]);
            vault
                .add(&s, &import::new_entries(imported, &statuses))
                .expect("add")
        },
    );

    for format in [ExportFormat::Aegis, ExportFormat::Uris] {
        time(
            &format!("export 1,000 accounts: {}", format.name()),
            200.0,
            10,
            || export::export(format, &refs, None).expect("export"),
        );
    }
    // Sesame's backup with the cheapest Argon2id, to leave the KDF out.
    let cheap = KdfParams {
        memory_kib: 8,
        passes: 1,
        lanes: 1,
    };
    time(
        "export 1,000 accounts: sesame (KDF excluded)",
        200.0,
        10,
        || backup::write(refs.iter().copied(), "pw", cheap).expect("backup"),
    );
    // Aegis's encrypted vault costs one scrypt (N=2^15) on top; reported with it.
    time(
        "export 1,000 accounts: aegis-encrypted (with scrypt)",
        400.0,
        5,
        || export::export(ExportFormat::AegisEncrypted, &refs, Some("pw")).expect("export"),
    );
}
