//! Hostile input under a memory limit: every importer, the scan pipeline with its missing-codes
//! report, and the backup reader, fed crafted files and thousands of generated and mutated ones.
//! The allocator below refuses to hold more than MEMORY_CAP at once, so anything that sizes an
//! allocation from the input (a batch claiming 2^31 codes once asked for 8 GiB) aborts this
//! binary instead of passing. Each property run prints how many inputs it executed.

// The capped allocator below implements GlobalAlloc, which is unsafe by definition.
#![allow(unsafe_code)]

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use prost::Message;
use sesame_core::import::{self, cost, Format, ImportError};
use sesame_core::migration::{self, MigrationPayload, OtpParameters};
use sesame_core::scan::{self, Content};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The 1 GiB a key derivation may take (import::cost), and room for the rest of the test.
const MEMORY_CAP: usize = (1 << 30) + (512 << 20);

struct Capped;
static LIVE: AtomicUsize = AtomicUsize::new(0);

impl Capped {
    fn reserve(size: usize) -> bool {
        let before = LIVE.fetch_add(size, Ordering::SeqCst);
        if before + size > MEMORY_CAP {
            LIVE.fetch_sub(size, Ordering::SeqCst);
            return false;
        }
        true
    }
}

// SAFETY: forwards to the system allocator, only counting sizes and refusing over the cap.
unsafe impl GlobalAlloc for Capped {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !Self::reserve(layout.size()) {
            return std::ptr::null_mut();
        }
        let p = System.alloc(layout);
        if p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if !Self::reserve(layout.size()) {
            return std::ptr::null_mut();
        }
        let p = System.alloc_zeroed(layout);
        if p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() && !Self::reserve(new_size - layout.size()) {
            return std::ptr::null_mut();
        }
        let p = System.realloc(ptr, layout, new_size);
        if p.is_null() {
            if new_size > layout.size() {
                LIVE.fetch_sub(new_size - layout.size(), Ordering::SeqCst);
            }
        } else if new_size < layout.size() {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Capped = Capped;

fn migration_uri(payload: &MigrationPayload) -> String {
    use base64::Engine;
    let data = base64::engine::general_purpose::STANDARD.encode(payload.encode_to_vec());
    let mut uri = String::from("otpauth-migration://offline?data=");
    uri.extend(form_urlencoded::byte_serialize(data.as_bytes()));
    uri
}

fn one_account() -> OtpParameters {
    OtpParameters {
        secret: b"Hello!\xde\xad\xbe\xef".to_vec(),
        name: "alice@example.com".into(),
        issuer: "Example".into(),
        algorithm: 1,
        digits: 1,
        otp_type: 2,
        counter: 0,
    }
}

/// The 100-byte file of the report: a Google export link claiming 2^31 - 1 QR codes.
#[test]
fn a_batch_claiming_two_billion_codes_is_refused() {
    let uri = migration_uri(&MigrationPayload {
        otp_parameters: vec![one_account()],
        version: 1,
        batch_size: i32::MAX,
        batch_index: 0,
        batch_id: 7,
    });
    let want = "this export claims 2147483647 QR codes; Sesame reads exports of at most 1000";
    assert_eq!(scan::classify(&uri), Content::Invalid(want.into()));
    let imported = import::read(uri.as_bytes(), None, None).unwrap();
    let problem = imported.items[0].entry.as_ref().err().unwrap();
    assert_eq!(problem, want);
    // At the bound, the report is a range, not a thousand numbers.
    let at_bound = migration_uri(&MigrationPayload {
        batch_size: migration::MAX_BATCH_SIZE,
        otp_parameters: vec![one_account()],
        version: 1,
        batch_index: 0,
        batch_id: 7,
    });
    let imported = import::read(at_bound.as_bytes(), None, None).unwrap();
    assert!(imported
        .warnings
        .contains(&"this Google Authenticator export has 1000 QR codes and codes 2–1000 are missing: add them too, or their accounts are not included".into()));
}

fn costly(bytes: &[u8], password: &str) -> String {
    match import::read(bytes, None, Some(password)) {
        Err(e @ ImportError::TooCostly(_)) => e.to_string(),
        other => panic!(
            "not refused for its cost: {:?}",
            other.map(|i| i.items.len())
        ),
    }
}

/// Key-derivation costs chosen by the file are refused before any work, saying how much.
#[test]
fn key_derivation_costs_from_the_file_are_bounded() {
    let slot = |n: u64, r: u32, p: u32| {
        serde_json::json!({"type": 1, "uuid": "x", "key": "00", "key_params": {"nonce": "00", "tag": "00"},
                           "n": n, "r": r, "p": p, "salt": "00"})
    };
    let aegis = |slots: Vec<serde_json::Value>| {
        serde_json::json!({"version": 1, "header": {"slots": slots, "params": {"nonce": "00", "tag": "00"}}, "db": "AAAA"})
            .to_string()
    };
    // Aegis's own maximum, N = 2^20, r = 32, p = 16: 4 GiB a pass.
    assert_eq!(
        costly(aegis(vec![slot(1 << 20, 32, 16)]).as_bytes(), "x"),
        "this file asks for 4 GiB of memory to unlock; Sesame refuses more than 1 GiB"
    );
    // Within memory, but 64 times Aegis's work.
    assert!(
        costly(aegis(vec![slot(1 << 18, 8, 8)]).as_bytes(), "x").contains("64× what Aegis writes")
    );
    // Any number of cheap slots: only MAX_PASSWORD_SLOTS are ever tried.
    let many = aegis((0..1000).map(|_| slot(1 << 10, 8, 1)).collect());
    assert_eq!(
        costly(many.as_bytes(), "x"),
        "this vault has 1000 password slots; Sesame tries at most 4"
    );
    // Ente and Sesame backups at 1 GiB and 64 passes.
    let ente = serde_json::json!({"kdfParams": {"memLimit": 1u64 << 30, "opsLimit": 64, "salt": "AAAA"},
                                  "encryptedData": "AAAA", "encryptionNonce": "AAAA"});
    assert!(costly(ente.to_string().as_bytes(), "x").contains("64 passes over 1 GiB"));
    let sesame = serde_json::json!({"format": "sesame-backup", "version": 1, "data": "AAAA",
        "kdf": {"algorithm": "argon2id", "memory_kib": 1u64 << 20, "passes": 64, "lanes": 1, "salt": "AAAA"}});
    assert!(costly(sesame.to_string().as_bytes(), "x").contains("64 passes over 1 GiB"));
    let sesame = serde_json::json!({"format": "sesame-backup", "version": 1, "data": "AAAA",
        "kdf": {"algorithm": "argon2id", "memory_kib": 16u64 << 20, "passes": 1, "lanes": 1, "salt": "AAAA"}});
    assert_eq!(
        costly(sesame.to_string().as_bytes(), "x"),
        "this file asks for 16 GiB of memory to unlock; Sesame refuses more than 1 GiB"
    );
}

/// A KeePass header asking for a key derivation: KDBX 3.1's AES rounds (field 6), or KDBX 4's
/// variant dictionary (field 11) for Argon2id.
fn kdbx(major: u16, kdf: &[u8]) -> Vec<u8> {
    let mut b = vec![0x03, 0xD9, 0xA2, 0x9A, 0x67, 0xFB, 0x4B, 0xB5];
    b.extend(1u16.to_le_bytes());
    b.extend(major.to_le_bytes());
    let (id, len): (u8, Vec<u8>) = if major >= 4 {
        (11, (kdf.len() as u32).to_le_bytes().to_vec())
    } else {
        (6, (kdf.len() as u16).to_le_bytes().to_vec())
    };
    b.push(id);
    b.extend(len);
    b.extend(kdf);
    b.extend([0, 4, 0, 0, 0, 0x0D, 0x0A, 0x0D, 0x0A]);
    b.extend([0u8; 64]);
    b
}

fn argon2id_dictionary(memory: u64, passes: u64) -> Vec<u8> {
    let mut d = vec![0x00, 0x01];
    let mut item = |kind: u8, key: &str, value: &[u8]| {
        d.push(kind);
        d.extend((key.len() as i32).to_le_bytes());
        d.extend(key.as_bytes());
        d.extend((value.len() as i32).to_le_bytes());
        d.extend(value);
    };
    let argon2id = [
        0x9E, 0x29, 0x8B, 0x19, 0x56, 0xDB, 0x47, 0x73, 0xB2, 0x3D, 0xFC, 0x3E, 0xC6, 0xF0, 0xA1,
        0xE6,
    ];
    item(0x42, "$UUID", &argon2id);
    item(0x05, "M", &memory.to_le_bytes());
    item(0x05, "I", &passes.to_le_bytes());
    item(0x04, "P", &2u32.to_le_bytes());
    d.push(0);
    d
}

/// A KeePass database's key derivation is read from its header and bounded before any work.
#[test]
fn keepass_key_derivation_is_bounded() {
    assert_eq!(
        costly(&kdbx(4, &argon2id_dictionary(16 << 30, 2)), "x"),
        "this file asks for 16 GiB of memory to unlock; Sesame refuses more than 1 GiB"
    );
    assert!(
        costly(&kdbx(4, &argon2id_dictionary(1 << 30, 64)), "x").contains("64 passes over 1 GiB")
    );
    assert_eq!(
        costly(&kdbx(3, &u64::MAX.to_le_bytes()), "x"),
        format!(
            "this database asks for {} rounds of AES key derivation; Sesame refuses more than 200000000",
            u64::MAX
        )
    );
}

fn seeds() -> Vec<Vec<u8>> {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/import");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("the project's own fixtures")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x != "py"))
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    // The real exports beside the project, where they are (CI has them): the phone databases,
    // FreeOTP 2's serialised map and Authenticator Plus's zip are seeds no test writes.
    let shared = dir.join("../../../../shared/fixtures/import");
    if let Ok(files) = std::fs::read_dir(&shared) {
        seeds.extend(files.filter_map(|e| std::fs::read(e.ok()?.path()).ok()));
    }
    let account = sesame_core::uri::parse(
        "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno",
    )
    .unwrap()
    .account;
    let meta = sesame_core::vault::EntryMeta::default();
    let cheap = sesame_core::crypto::KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };
    seeds.push(sesame_core::export::sesame::write([(&account, &meta)], "test", cheap).unwrap());
    // A KeePassXC database (the kdbx 4 Sesame writes; KeePassXC's own are in ../shared's tests).
    let kdbx = sesame_core::export::export(
        sesame_core::export::ExportFormat::KeePassXc,
        &[(&account, &meta)],
        Some("test"),
    )
    .unwrap();
    seeds.push(kdbx.files[0].1.clone());
    seeds.push(
        migration_uri(&MigrationPayload {
            otp_parameters: vec![one_account(), one_account()],
            version: 1,
            batch_size: 3,
            batch_index: 1,
            batch_id: 9,
        })
        .into_bytes(),
    );
    seeds
}

/// Numbers a mutation puts into a file: boundaries, powers of two, and the huge.
fn interesting() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        (0u32..64).prop_map(|s| serde_json::json!(1u64 << s)),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        Just(serde_json::json!(u64::MAX)),
        Just(serde_json::json!(-1)),
        Just(serde_json::json!(0)),
        (0u64..100).prop_map(|n| serde_json::json!(n)),
    ]
}

fn count_leaves(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Object(m) => m.values().map(count_leaves).sum(),
        serde_json::Value::Array(a) => a.iter().map(count_leaves).sum(),
        _ => 1,
    }
}

/// Replaces the `k`-th leaf (depth first); answers how many leaves were passed.
fn replace_leaf(v: &mut serde_json::Value, k: usize, new: &serde_json::Value) -> usize {
    let children: Vec<&mut serde_json::Value> = match v {
        serde_json::Value::Object(m) => m.values_mut().collect(),
        serde_json::Value::Array(a) => a.iter_mut().collect(),
        leaf => {
            if k == 0 {
                *leaf = new.clone();
            }
            return 1;
        }
    };
    let mut passed = 0;
    for c in children {
        if passed > k {
            break;
        }
        passed += replace_leaf(c, k - passed, new);
    }
    passed
}

/// A seed with one JSON leaf replaced (any number, count or parameter), or a byte overwritten
/// and the file cut.
fn mutate(
    seed: &[u8],
    pick: usize,
    value: serde_json::Value,
    at: usize,
    byte: u8,
    cut: usize,
) -> Vec<u8> {
    if let Ok(mut json) = serde_json::from_slice::<serde_json::Value>(seed) {
        let n = count_leaves(&json);
        if n > 0 {
            replace_leaf(&mut json, pick % n, &value);
            return json.to_string().into_bytes();
        }
    }
    let mut bytes = seed.to_vec();
    if !bytes.is_empty() {
        let i = at % bytes.len();
        bytes[i] = byte;
        let keep = bytes.len() - cut % (bytes.len() / 4 + 1);
        bytes.truncate(keep);
    }
    bytes
}

fn run(name: &str, cases: u32, f: impl FnOnce(&mut TestRunner) -> Result<(), String>) {
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    f(&mut runner).unwrap_or_else(|e| panic!("{name}: {e}"));
    eprintln!("{name}: {cases} inputs executed, none panicked or passed the memory cap");
}

/// Whatever a file holds, reading it returns (an import, or a reason), within the memory cap.
fn read_any(bytes: &[u8]) {
    for password in [None, Some("test")] {
        let _ = import::read(bytes, None, password);
        for format in Format::ALL {
            let _ = import::read(bytes, Some(format), password);
        }
    }
}

#[test]
fn every_importer_on_arbitrary_bytes() {
    run("arbitrary bytes × every format", 256, |r| {
        r.run(&proptest::collection::vec(any::<u8>(), 0..2048), |bytes| {
            read_any(&bytes);
            Ok(())
        })
        .map_err(|e| e.to_string())
    });
}

#[test]
fn every_importer_on_mutated_exports() {
    let seeds = seeds();
    let n = seeds.len();
    run("mutated exports × every format", 384, |r| {
        r.run(
            &(
                0..n,
                any::<usize>(),
                interesting(),
                any::<usize>(),
                any::<u8>(),
                any::<usize>(),
            ),
            |(s, pick, value, at, byte, cut)| {
                read_any(&mutate(&seeds[s], pick, value, at, byte, cut));
                Ok(())
            },
        )
        .map_err(|e| e.to_string())
    });
}

/// Scanned texts (any migration batch fields, several codes at once) through classify and the
/// missing-codes report, as the app's preview and the importer use them.
#[test]
fn scan_pipeline_with_any_batches() {
    let batch = (any::<i32>(), any::<i32>(), any::<i32>(), 0usize..4);
    run("scan → preview → missing codes", 512, |r| {
        r.run(&proptest::collection::vec(batch, 1..6), |batches| {
            let texts: Vec<String> = batches
                .iter()
                .map(|&(size, index, id, accounts)| {
                    migration_uri(&MigrationPayload {
                        otp_parameters: vec![one_account(); accounts],
                        version: 1,
                        batch_size: size,
                        batch_index: index,
                        batch_id: id % 3,
                    })
                })
                .collect();
            let mut seen = Vec::new();
            for t in &texts {
                if let Content::Accounts { batch: Some(b), .. } = scan::classify(t) {
                    seen.push(b);
                }
            }
            for (_, size, missing) in scan::missing_batches(&seen) {
                prop_assert!(size <= migration::MAX_BATCH_SIZE as u32);
                prop_assert!(missing.len() < 64 * seen.len());
            }
            let _ = import::read(texts.join("\n").as_bytes(), None, None);
            Ok(())
        })
        .map_err(|e| e.to_string())
    });
}

/// Whatever parameters a file gives, what the bounds accept is within them.
#[test]
fn accepted_costs_are_within_the_bounds() {
    run("key-derivation bounds", 4096, |r| {
        r.run(
            &(
                any::<u64>(),
                any::<u64>(),
                0u64..32,
                0u32..64,
                any::<u32>(),
                any::<u32>(),
            ),
            |(memory, passes, lanes, log_n, sr, sp)| {
                for bound in [&cost::ENTE, &cost::SESAME] {
                    if let Ok(p) = cost::argon2(memory, passes, lanes, bound) {
                        prop_assert!(memory <= cost::MAX_MEMORY);
                        prop_assert!(memory * passes <= bound.memory_passes);
                        prop_assert!(p.lanes <= bound.max_lanes);
                    }
                }
                let n = 1u64.checked_shl(log_n).unwrap_or(0);
                let (sr, sp) = (sr % 64, sp % 64);
                if cost::scrypt(n, sr, sp).is_ok() {
                    prop_assert!(128 * u64::from(sr) * n <= cost::MAX_MEMORY);
                    prop_assert!(n * u64::from(sr) * u64::from(sp) <= 8 * (1 << 15) * 8);
                }
                Ok(())
            },
        )
        .map_err(|e| e.to_string())
    });
}

/// A Sesame backup's icons never reach the web view as they came: a picture is drawn again by
/// Rust as a small PNG, anything else that is not a brand's name is dropped with a warning.
#[test]
fn a_backups_icons_are_drawn_again_or_dropped() {
    use base64::Engine;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let mut png = Vec::new();
    image::RgbImage::from_pixel(500, 500, image::Rgb([9, 9, 9]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let account = sesame_core::uri::parse(
        "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno",
    )
    .unwrap()
    .account;
    let icons = [
        format!("data:image/png;base64,{}", b64(&png)),
        format!(
            "data:image/svg+xml;base64,{}",
            b64(b"<svg onload='alert(1)'/>")
        ),
        "GitHub".to_owned(),
    ];
    let metas: Vec<_> = icons
        .iter()
        .map(|i| sesame_core::vault::EntryMeta {
            icon: Some(i.clone()),
            ..Default::default()
        })
        .collect();
    let cheap = sesame_core::crypto::KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };
    let file =
        sesame_core::export::sesame::write(metas.iter().map(|m| (&account, m)), "test", cheap)
            .unwrap();
    let read = import::read(&file, None, Some("test")).unwrap();
    let got: Vec<_> = read
        .items
        .iter()
        .map(|i| {
            (
                i.entry.as_ref().unwrap().meta.icon.clone(),
                i.warnings.clone(),
            )
        })
        .collect();
    let redrawn = got[0].0.as_deref().unwrap();
    assert!(
        sesame_core::icon::is_custom(redrawn) && redrawn != icons[0] && redrawn.len() < 64 * 1024
    );
    assert_eq!(
        got[1],
        (
            None,
            vec!["its icon could not be read, so Sesame shows its own".to_owned()]
        )
    );
    assert_eq!(got[2], (Some("GitHub".to_owned()), vec![]));
}

/// A phone database is read in memory from real tables only, at most 10,000 rows: a view named
/// like the app's table (here one that never ends) is never run.
#[test]
fn phone_databases_are_read_within_bounds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("databases");
    let db = rusqlite::Connection::open(&path).unwrap();
    db.execute_batch(
        "CREATE TABLE other (x);
         CREATE VIEW accounts AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
           SELECT i AS _id, 'a:b' AS email, 'JBSWY3DPEHPK3PXP' AS secret FROM n;",
    )
    .unwrap();
    drop(db);
    let view = std::fs::read(&path).unwrap();
    assert_eq!(import::detect(&view), None);
    let e = import::read(&view, Some(Format::GoogleAuthenticatorDb), None)
        .err()
        .unwrap();
    assert_eq!(
        e.to_string(),
        "not Google Authenticator: no 'accounts' list"
    );

    let path = dir.path().join("many");
    let db = rusqlite::Connection::open(&path).unwrap();
    db.execute_batch(
        "CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT, secret TEXT, counter INTEGER,
           type INTEGER, issuer TEXT);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10050)
           INSERT INTO accounts (email, secret, type, issuer) SELECT 'me', 'JBSWY3DPEHPK3PXP', 0, 'Site' || i FROM n;",
    )
    .unwrap();
    drop(db);
    let many = std::fs::read(&path).unwrap();
    assert_eq!(import::detect(&many), Some(Format::GoogleAuthenticatorDb));
    assert_eq!(import::read(&many, None, None).unwrap().items.len(), 10_000);
}

/// A zip entry that inflates past 16 MiB is refused, and no read holds more than that.
#[test]
fn a_zip_bomb_is_refused() {
    use std::io::Write as _;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    zip.start_file(
        "Accounts.txt",
        zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated),
    )
    .unwrap();
    let line = b"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP\n".repeat(1024);
    for _ in 0..420 {
        zip.write_all(&line).unwrap();
    }
    zip.finish().unwrap();
    let bomb = out.into_inner();
    assert!(bomb.len() < 1 << 20, "a small file: {} bytes", bomb.len());
    assert_eq!(import::detect(&bomb), Some(Format::AuthenticatorPlus));
    assert_eq!(
        import::read(&bomb, None, None).err(),
        Some(ImportError::TooLarge)
    );
}
