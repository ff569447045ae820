//! Crash safety: a writer is SIGKILLed at random moments while it adds 1,000 entries, one
//! transaction each, printing each id once its add has returned. After every kill the
//! database passes `PRAGMA integrity_check` and every acknowledged entry is there and opens.

use sesame_core::uri;
use sesame_core::vault::{Credential, EntryMeta, NewEntry, Vault, DB_FILE};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PASSWORD: &[u8] = b"crash-test";
const ENV: &str = "SESAME_CRASH_DIR";

/// The writer, run in a child process by the test below (ignored when run on its own).
#[test]
#[ignore = "the crash test's child process"]
fn crash_writer() {
    let Some(dir) = std::env::var_os(ENV) else {
        return;
    };
    let v = Vault::open(std::path::Path::new(&dir)).unwrap();
    let s = v.unlock("default", Credential::Password(PASSWORD)).unwrap();
    let account = uri::parse("otpauth://totp/Crash:test?secret=JBSWY3DPEHPK3PXP&issuer=Crash")
        .unwrap()
        .account;
    let mut out = std::io::stdout().lock();
    for _ in 0..1000 {
        let id = v
            .add(
                &s,
                &[NewEntry {
                    account: account.clone(),
                    meta: EntryMeta::default(),
                }],
            )
            .unwrap()[0];
        writeln!(out, "{id}").unwrap();
        out.flush().unwrap();
    }
}

/// A pseudo-random delay from the clock's low bits: no seed to manage, different every run.
fn random_ms(max: u64) -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    (nanos.wrapping_mul(6364136223846793005).rotate_left(17)) % max
}

#[test]
fn sigkill_while_adding_loses_no_acknowledged_entry() {
    let dir = tempfile::tempdir().unwrap();
    Vault::open(dir.path())
        .unwrap()
        .create_profile("default", Some(PASSWORD), None)
        .unwrap();
    let mut acknowledged: Vec<i64> = Vec::new();
    let mut kills = 0;
    while kills < 20 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "crash_writer",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| l.trim().parse::<i64>().ok())
                .collect::<Vec<_>>()
        });
        // Kill somewhere in the run: after the unlock (Argon2id) and during the adds.
        let start = Instant::now();
        std::thread::sleep(Duration::from_millis(200 + random_ms(1500)));
        let finished = child.try_wait().unwrap().is_some();
        if !finished {
            child.kill().unwrap(); // SIGKILL on Unix
            kills += 1;
        }
        child.wait().unwrap();
        let ids = reader.join().unwrap();
        acknowledged.extend(ids);
        assert!(start.elapsed() < Duration::from_secs(60));

        let conn = rusqlite::Connection::open(dir.path().join(DB_FILE)).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        drop(conn);
        let v = Vault::open(dir.path()).unwrap();
        let s = v.unlock("default", Credential::Password(PASSWORD)).unwrap();
        let listing = v.entries(&s).unwrap();
        assert!(listing.problems.is_empty(), "{:?}", listing.problems);
        assert!(
            listing.entries.iter().all(|e| e.is_ok()),
            "a damaged entry after a kill"
        );
        let present: std::collections::HashSet<i64> = listing.readable().map(|e| e.id).collect();
        for id in &acknowledged {
            assert!(
                present.contains(id),
                "acknowledged entry {id} is missing after kill {kills}"
            );
        }
    }
    assert!(
        acknowledged.len() > 20,
        "the writer barely ran: {} adds",
        acknowledged.len()
    );
    eprintln!(
        "{kills} kills, {} acknowledged adds, all present",
        acknowledged.len()
    );
}
