//! Sync timings against the targets (`cargo bench -p sesame-core --bench sync`), 1,000
//! entries, real SQLite files and a real folder; the WebDAV figures against `rclone serve
//! webdav` on 127.0.0.1 when rclone is installed:
//! - the first sync of 1,000 entries (the set's key derivation excluded): ≤ 1 s to a folder,
//!   ≤ 3 s to WebDAV;
//! - `sync now` with nothing to do: ≤ 50 ms to a folder (WebDAV reported);
//! - a second device joining, which pulls the 1,000: held to the first sync's target.

mod common;
use common::{entries, report};
use sesame_core::crypto::KdfParams;
use sesame_core::keystore::MemoryKeyStore;
use sesame_core::sync::{self, Location};
use sesame_core::vault::Vault;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The set's key derivation is timed by the vault bench (the same Argon2id); here it is cheap
/// so that the figures are the sync's own.
const CHEAP: KdfParams = KdfParams {
    memory_kib: 64,
    passes: 1,
    lanes: 1,
};

fn bench(what: &str, location: impl Fn(usize) -> Location, first_ms: f64, idle_ms: Option<f64>) {
    let ks = MemoryKeyStore::default();
    let batch = entries(1000);
    let (mut first, mut idle, mut join) = (Vec::new(), Vec::new(), Vec::new());
    for run in 0..5 {
        let dir = tempfile::tempdir().expect("tmp");
        let vault = Vault::open(dir.path()).expect("vault");
        let s = vault.create_profile("p", None, Some(&ks)).expect("profile");
        vault.add(&s, &batch).expect("add");
        let t = Instant::now();
        let (_, r) = sync::enable(
            &vault,
            &s,
            location(run),
            "lantern meadow copper violin",
            CHEAP,
        )
        .expect("first sync");
        first.push(t.elapsed());
        assert_eq!(r.pushed, 1000);
        for _ in 0..5 {
            let t = Instant::now();
            let r = sync::sync_now(&vault, &s).expect("sync");
            idle.push(t.elapsed());
            assert_eq!((r.pulled, r.pushed), (0, 0));
        }
        // A second device joins and pulls the 1,000.
        let dir2 = tempfile::tempdir().expect("tmp");
        let vault2 = Vault::open(dir2.path()).expect("vault");
        let s2 = vault2
            .create_profile("p", None, Some(&ks))
            .expect("profile");
        let t = Instant::now();
        let (_, r) = sync::enable(
            &vault2,
            &s2,
            location(run),
            "lantern meadow copper violin",
            CHEAP,
        )
        .expect("join");
        join.push(t.elapsed());
        assert_eq!(r.pulled, 1000);
    }
    report(
        &format!("first sync of 1,000 entries, {what}"),
        first,
        Some(first_ms),
    );
    report(
        &format!("sync now with nothing to do, {what}"),
        idle,
        idle_ms,
    );
    report(
        &format!("a second device joins, pulling 1,000, {what}"),
        join,
        Some(first_ms),
    );
}

fn main() {
    let folder = tempfile::tempdir().expect("tmp");
    bench(
        "folder",
        |run| Location::Folder {
            path: folder.path().join(format!("set{run}")),
        },
        1000.0,
        Some(50.0),
    );
    let served = tempfile::tempdir().expect("tmp");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let rclone = Command::new("rclone")
        .args(["serve", "webdav"])
        .arg(served.path())
        .args(["--addr", &format!("127.0.0.1:{port}")])
        .env("RCLONE_CONFIG", "/dev/null")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut rclone) = rclone else {
        println!("WebDAV: skipped (rclone is not installed: apt install rclone)");
        return;
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    bench(
        "WebDAV (rclone serve webdav, 127.0.0.1)",
        |run| Location::Webdav {
            url: format!("http://127.0.0.1:{port}/set{run}/"),
            user: None,
            password: None,
        },
        3000.0,
        None,
    );
    let _ = rclone.kill();
    let _ = rclone.wait();
}
