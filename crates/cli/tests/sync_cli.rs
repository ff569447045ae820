//! `sync` and `mirror` through the real binary (CLI.md, "Sync and mirror"): data directories
//! syncing through a real folder and through a real WebDAV server (`rclone serve webdav` on
//! 127.0.0.1, started here), wrong secrets, an unreachable server, and syncs SIGKILLed midway.

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PASSWORD: &str = "tulip orbit anvil";
const PASSPHRASE: &str = "lantern meadow copper violin";

struct Out {
    status: i32,
    stdout: String,
    stderr: String,
}

fn cli(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("sesame-cli").unwrap();
    cmd.env("SESAME_DATA_DIR", dir)
        .args(args)
        .args(["--profile", "Family", "--password-stdin"]);
    cmd
}

/// Runs a command on profile "Family" with its password, then `more` lines, on stdin.
fn run(dir: &Path, args: &[&str], more: &[&str]) -> Out {
    let mut child = cli(dir, args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut text = format!("{PASSWORD}\n");
    for line in more {
        text.push_str(line);
        text.push('\n');
    }
    let _ = stdin.write_all(text.as_bytes());
    drop(stdin);
    let o = child.wait_with_output().unwrap();
    Out {
        status: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8(o.stdout).unwrap(),
        stderr: String::from_utf8(o.stderr).unwrap(),
    }
}

fn ok(dir: &Path, args: &[&str], more: &[&str]) -> String {
    let o = run(dir, args, more);
    assert_eq!(o.status, 0, "{args:?}: {}{}", o.stdout, o.stderr);
    o.stdout
}

/// A data directory with the password profile "Family".
fn device() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::cargo_bin("sesame-cli")
        .unwrap()
        .env("SESAME_DATA_DIR", dir.path())
        .args(["profile", "create", "Family", "--password-stdin"])
        .stdin(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin
                .take()
                .unwrap()
                .write_all(format!("{PASSWORD}\n").as_bytes())?;
            c.wait()
        })
        .unwrap();
    assert!(o.success());
    dir
}

fn totp(issuer: &str, secret: &str) -> String {
    format!("otpauth://totp/{issuer}:me?secret={secret}&issuer={issuer}")
}

fn listing(dir: &Path) -> Vec<(String, String, String)> {
    let v: Value = serde_json::from_str(&ok(dir, &["list", "--json"], &[])).unwrap();
    let mut rows: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["issuer"].as_str().unwrap().to_owned(),
                e["note"].as_str().unwrap().to_owned(),
                e["counter"].to_string(),
            )
        })
        .collect();
    rows.sort();
    rows
}

fn secret(i: usize) -> String {
    // Base32 of a distinct 10-byte value per i.
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut s = String::from("JBSWY3DP");
    let mut n = i;
    for _ in 0..8 {
        s.push(ALPHABET[n % 32] as char);
        n /= 32;
    }
    s
}

#[test]
fn two_devices_sync_through_a_folder() {
    let folder = tempfile::tempdir().unwrap();
    let f = folder.path().to_str().unwrap();
    let a = device();
    let b = device();
    ok(a.path(), &["add", &totp("GitHub", "JBSWY3DPEHPK3PXP")], &[]);
    let out = ok(a.path(), &["sync", "enable", "--folder", f], &[PASSPHRASE]);
    assert_eq!(out, "created\npulled 0, pushed 1\n");
    // The set's key comes from the passphrase by Argon2id at the vault's strength (SECURITY.md).
    let header: Value =
        serde_json::from_slice(&std::fs::read(folder.path().join("sesame-sync.json")).unwrap())
            .unwrap();
    assert_eq!(
        header["kdf"],
        serde_json::json!({"memory_kib": 65536, "passes": 3, "lanes": 4})
    );
    // A weak passphrase for a new set is refused.
    let weak = tempfile::tempdir().unwrap();
    let o = run(
        b.path(),
        &["sync", "enable", "--folder", weak.path().to_str().unwrap()],
        &["password1"],
    );
    assert_eq!(o.status, 2, "{}", o.stderr);

    // A wrong passphrase: status 3, nothing written, not enabled.
    let files = || {
        let mut names: Vec<_> = std::fs::read_dir(f)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let before = files();
    let o = run(
        b.path(),
        &["sync", "enable", "--folder", f],
        &["not the passphrase"],
    );
    assert_eq!(o.status, 3, "{}", o.stderr);
    assert!(o.stderr.contains("wrong sync passphrase"), "{}", o.stderr);
    assert_eq!(before, files());
    let status: Value =
        serde_json::from_str(&ok(b.path(), &["sync", "status", "--json"], &[])).unwrap();
    assert_eq!(status["enabled"], false);

    let out = ok(b.path(), &["sync", "enable", "--folder", f], &[PASSPHRASE]);
    assert_eq!(out, "joined\npulled 1, pushed 0\n");
    ok(b.path(), &["add", &totp("Proton", "MFRGGZDFMZTWQ2LK")], &[]);
    assert_eq!(ok(b.path(), &["sync", "now"], &[]), "pulled 0, pushed 1\n");
    assert_eq!(ok(a.path(), &["sync", "now"], &[]), "pulled 1, pushed 0\n");
    assert_eq!(listing(a.path()), listing(b.path()));
    ok(a.path(), &["remove", "GitHub", "--yes"], &[]);
    ok(a.path(), &["sync", "now"], &[]);
    ok(b.path(), &["sync", "now"], &[]);
    assert_eq!(listing(b.path()).len(), 1);

    let status: Value =
        serde_json::from_str(&ok(a.path(), &["sync", "status", "--json"], &[])).unwrap();
    assert_eq!(status["enabled"], true);
    assert_eq!(status["location"], f);
    assert!(status["last_sync"].as_i64().unwrap() > 1_700_000_000);
    assert_eq!(status["devices"].as_array().unwrap().len(), 2);
    ok(a.path(), &["sync", "disable"], &[]);
    let o = run(a.path(), &["sync", "now"], &[]);
    assert_eq!(o.status, 2, "{}", o.stderr);
}

#[test]
fn a_sync_killed_at_any_moment_loses_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let f = folder.path().to_str().unwrap();
    let a = device();
    let b = device();
    // Enough entries that the sync itself (not only the unlock before it) takes a while.
    let uris: String = (0..1000)
        .map(|i| totp(&format!("Site{i}"), &secret(i)) + "\n")
        .collect();
    let list = a.path().join("accounts.txt");
    std::fs::write(&list, uris).unwrap();
    ok(a.path(), &["import", list.to_str().unwrap()], &[]);
    ok(a.path(), &["sync", "enable", "--folder", f], &[PASSPHRASE]);
    ok(b.path(), &["sync", "enable", "--folder", f], &[PASSPHRASE]);
    let mut interrupted = 0;
    for round in 0..16u64 {
        // A change on each side, then a sync on a killed at a different moment each round.
        ok(
            a.path(),
            &[
                "add",
                &totp(&format!("A{round}"), &secret(1000 + round as usize)),
            ],
            &[],
        );
        ok(
            b.path(),
            &[
                "add",
                &totp(&format!("B{round}"), &secret(2000 + round as usize)),
            ],
            &[],
        );
        ok(b.path(), &["sync", "now"], &[]);
        let mut child: Child = cli(a.path(), &["sync", "now"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let _ = child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{PASSWORD}\n").as_bytes());
        // From during the unlock to the end of the sync (about 0.15 s to 0.7 s in a debug build).
        std::thread::sleep(Duration::from_millis(150 + round * 35));
        if child.try_wait().unwrap().is_none() {
            interrupted += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
        // Whatever the moment, the vault opens whole and keeps every entry.
        let here = listing(a.path());
        assert!(
            here.len() >= 1001 + round as usize,
            "round {round}: {}",
            here.len()
        );
    }
    assert!(interrupted > 0, "no sync was killed midway");
    ok(a.path(), &["sync", "now"], &[]);
    ok(b.path(), &["sync", "now"], &[]);
    ok(a.path(), &["sync", "now"], &[]);
    let (on_a, on_b) = (listing(a.path()), listing(b.path()));
    assert_eq!(on_a.len(), 1000 + 32);
    assert_eq!(on_a, on_b);
    eprintln!("{interrupted} of 16 syncs killed midway");
}

/// `rclone serve webdav` on a free port of 127.0.0.1, stopped on drop.
struct Dav {
    child: Child,
    port: u16,
    root: PathBuf,
}

impl Dav {
    fn start(root: &Path, port: Option<u16>) -> Option<Dav> {
        let rclone = which("rclone");
        let Some(rclone) = rclone else {
            assert!(
                std::env::var_os("CI").is_none(),
                "rclone is missing under CI (scripts/setup.sh installs it)"
            );
            eprintln!("skipped: rclone is not installed (apt install rclone)");
            return None;
        };
        let port = port.unwrap_or_else(|| {
            std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port()
        });
        let child = Command::new(rclone)
            .args(["serve", "webdav", root.to_str().unwrap()])
            .args(["--addr", &format!("127.0.0.1:{port}")])
            .args(["--user", "family", "--pass", "dav secret"])
            .env("RCLONE_CONFIG", "/dev/null")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "rclone did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(Dav {
            child,
            port,
            root: root.to_owned(),
        })
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/sesame/", self.port)
    }
}

impl Drop for Dav {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

#[test]
fn three_devices_sync_through_a_webdav_server() {
    let served = tempfile::tempdir().unwrap();
    let Some(dav) = Dav::start(served.path(), None) else {
        return;
    };
    let url = dav.url();
    let enable = [
        "sync",
        "enable",
        "--webdav",
        &url,
        "--webdav-user",
        "family",
    ];
    let (a, b, c) = (device(), device(), device());
    ok(a.path(), &["add", &totp("GitHub", "JBSWY3DPEHPK3PXP")], &[]);
    ok(
        a.path(),
        &[
            "add",
            "otpauth://hotp/Bank:me?secret=GEZDGNBVGY3TQOJQ&issuer=Bank&counter=5",
        ],
        &[],
    );
    assert!(ok(a.path(), &enable, &[PASSPHRASE, "dav secret"]).starts_with("created\n"));
    // The server holds only the set's header and sealed device files.
    let names: Vec<String> = std::fs::read_dir(dav.root.join("sesame"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(names.contains(&"sesame-sync.json".to_owned()), "{names:?}");

    // A wrong WebDAV password: status 3, nothing enabled.
    let o = run(b.path(), &enable, &[PASSPHRASE, "wrong"]);
    assert_eq!(o.status, 3, "{}{}", o.stdout, o.stderr);
    assert!(
        o.stderr.contains("refused the user name or password"),
        "{}",
        o.stderr
    );
    // A wrong passphrase: status 3.
    let o = run(b.path(), &enable, &["not it at all", "dav secret"]);
    assert_eq!(o.status, 3, "{}", o.stderr);

    assert!(ok(b.path(), &enable, &[PASSPHRASE, "dav secret"]).starts_with("joined\npulled 2"));
    assert!(ok(c.path(), &enable, &[PASSPHRASE, "dav secret"]).starts_with("joined\npulled 2"));
    // Concurrent: b uses the HOTP account twice, c once; a deletes GitHub; c adds one.
    ok(b.path(), &["code", "Bank"], &[]);
    ok(b.path(), &["code", "Bank"], &[]);
    ok(c.path(), &["code", "Bank"], &[]);
    ok(a.path(), &["remove", "GitHub", "--yes"], &[]);
    ok(
        c.path(),
        &["add", &totp("Mastodon", "MFRGGZDFMZTWQ2LK")],
        &[],
    );
    for _ in 0..2 {
        for d in [&a, &b, &c] {
            ok(d.path(), &["sync", "now"], &[]);
        }
    }
    let on_a = listing(a.path());
    assert_eq!(on_a, listing(b.path()));
    assert_eq!(on_a, listing(c.path()));
    assert_eq!(
        on_a,
        vec![
            ("Bank".into(), "".into(), "7".into()),
            ("Mastodon".into(), "".into(), "null".into()),
        ]
    );

    // The server goes away: status 5, nothing lost; back again: the change goes through.
    let port = dav.port;
    drop(dav);
    ok(a.path(), &["add", &totp("Offline", "ONSWG4TFOQ")], &[]);
    let o = run(a.path(), &["sync", "now"], &[]);
    assert_eq!(o.status, 5, "{}", o.stderr);
    assert!(o.stderr.contains("nothing was lost"), "{}", o.stderr);
    let Some(_dav) = Dav::start(served.path(), Some(port)) else {
        return;
    };
    ok(a.path(), &["sync", "now"], &[]);
    ok(b.path(), &["sync", "now"], &[]);
    assert!(listing(b.path()).iter().any(|(i, _, _)| i == "Offline"));
}

fn aegis_fixture() -> Option<PathBuf> {
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

#[test]
fn mirror_follows_a_folder_of_aegis_backups() {
    let Some(fixture) = aegis_fixture() else {
        return;
    };
    let phone = tempfile::tempdir().unwrap();
    std::fs::copy(&fixture, phone.path().join("aegis-backup-20261201.json")).unwrap();
    let d = device();
    let dir = phone.path().to_str().unwrap();
    let follow = [
        "mirror",
        "add",
        dir,
        "--format",
        "aegis",
        "--backup-password-stdin",
    ];
    let o = run(d.path(), &follow, &["wrong"]);
    assert_eq!(o.status, 3, "{}", o.stderr);
    let o = run(
        d.path(),
        &["mirror", "add", dir, "--format", "keepass"],
        &[],
    );
    assert_eq!(o.status, 2, "{}", o.stderr);
    ok(d.path(), &follow, &["test"]);
    let out = ok(d.path(), &["mirror", "now"], &[]);
    let added: usize = out
        .strip_prefix("added ")
        .and_then(|r| r.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(added >= 3, "{out}");
    assert_eq!(
        ok(d.path(), &["mirror", "now"], &[]),
        format!("added 0, unchanged {added}\n")
    );
    let v: Value = serde_json::from_str(&ok(d.path(), &["mirror", "list", "--json"], &[])).unwrap();
    assert_eq!(v[0]["format"], "aegis");
    assert_eq!(v[0]["last_file"], "aegis-backup-20261201.json");
    assert!(v[0]["last_read"].as_i64().is_some());
    ok(d.path(), &["mirror", "remove", dir], &[]);
    let v: Value = serde_json::from_str(&ok(d.path(), &["mirror", "list", "--json"], &[])).unwrap();
    assert_eq!(v, serde_json::json!([]));
}
