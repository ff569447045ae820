//! `sesame-cli scan FILE...` through the binary, on image files written here.

use assert_cmd::Command;
use image::{GrayImage, Luma};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const OTP: &str = "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME";
const BATCH: &str = "otpauth-migration://offline?data=CjUKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZSABKAEwAhABGAEgACiVmu86";

fn qr_png(dir: &Path, name: &str, text: &str) -> PathBuf {
    let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
    let n = code.width() as u32;
    let colors = code.to_colors();
    let m = 5;
    let img = GrayImage::from_fn((n + 8) * m, (n + 8) * m, |x, y| {
        let (mx, my) = ((x / m) as i64 - 4, (y / m) as i64 - 4);
        let inside = (0..n as i64).contains(&mx) && (0..n as i64).contains(&my);
        let dark =
            inside && colors[(my as usize) * n as usize + mx as usize] == qrcode::Color::Dark;
        Luma([if dark { 0 } else { 255 }])
    });
    let path = dir.join(name);
    img.save(&path).unwrap();
    path
}

fn scan(args: &[&Path], extra: &[&str]) -> (i32, String, String) {
    let o = Command::cargo_bin("sesame-cli")
        .unwrap()
        .arg("scan")
        .args(args)
        .args(extra)
        .output()
        .unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

#[test]
fn an_account_and_a_batch_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let a = qr_png(dir.path(), "acme.png", OTP);
    let b = qr_png(dir.path(), "google.png", BATCH);
    let (status, out, err) = scan(&[&a, &b], &["--json"]);
    assert_eq!(status, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v,
        json!([
            {"kind": "account", "file": a.display().to_string(), "type": "totp", "issuer": "ACME", "account": "alice@example.com",
             "algorithm": "SHA1", "digits": 6, "period": 30, "counter": null, "warnings": [], "batch": null},
            {"kind": "account", "file": b.display().to_string(), "type": "totp", "issuer": "Example", "account": "alice@google.com",
             "algorithm": "SHA1", "digits": 6, "period": 30, "counter": null, "warnings": [],
             "batch": {"index": 0, "size": 1, "id": 123456789}}
        ])
    );
    assert!(!out.contains("JBSWY3DPEHPK3PXP"));
    let (_, revealed, _) = scan(&[&a], &["--json", "--reveal"]);
    assert!(revealed
        .contains("\"uri\": \"otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP"));
}

#[test]
fn other_codes_empty_images_and_unreadable_files() {
    let dir = tempfile::tempdir().unwrap();
    let url = qr_png(
        dir.path(),
        "url.png",
        "https://example.com/a/very/long/path/that/goes/on/and/on",
    );
    let (status, out, _) = scan(&[&url], &["--json"]);
    assert_eq!(status, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v,
        json!([{"kind": "other", "file": url.display().to_string(), "content": "url", "preview": "https://example.com/a/very/long/path/tha"}])
    );
    let blank = dir.path().join("blank.png");
    GrayImage::from_pixel(200, 200, Luma([255]))
        .save(&blank)
        .unwrap();
    let (status, _, err) = scan(&[&blank], &[]);
    assert_eq!((status, err), (1, format!("sesame-cli: no QR code found in {}\nsesame-cli: no account found in the scanned images\n", blank.display())));
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not an image").unwrap();
    let (status, _, err) = scan(&[&text], &[]);
    assert_eq!(status, 2);
    assert!(
        err.starts_with(&format!(
            "sesame-cli: {}: not an image Sesame can read (PNG, JPEG, WebP, GIF or BMP)\n",
            text.display()
        )),
        "{err}"
    );
    // One good file among bad ones still finds its account.
    let good = qr_png(dir.path(), "acme.png", OTP);
    let (status, out, _) = scan(&[&text, &good, &dir.path().join("missing.png")], &[]);
    assert_eq!(status, 0);
    assert!(out.contains("issuer     ACME"), "{out}");
}

/// Screen and clipboard for real, under the test command's Xvfb display: a QR image shown on
/// the virtual screen (ImageMagick's `display`) and put on the X clipboard (xclip).
#[test]
fn screen_and_clipboard_capture() {
    if std::env::var_os("E2E").is_none() || std::env::var_os("DISPLAY").is_none() {
        eprintln!("skipped: screen and clipboard capture run with E2E=1 under a display (the README's test command)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let png = qr_png(dir.path(), "shown.png", OTP);
    let mut shown = std::process::Command::new("display")
        .args(["-geometry", "+40+40"])
        .arg(&png)
        .spawn()
        .expect("ImageMagick's display");
    // Wait until the window is up and its QR is found on the screen.
    let mut found = None;
    for _ in 0..40 {
        std::thread::sleep(std::time::Duration::from_millis(250));
        let (status, out, _) = scan(&[], &["--screen", "--json"]);
        if status == 0 {
            found = Some(out);
            break;
        }
    }
    let _ = shown.kill();
    let _ = shown.wait();
    let v: Value = serde_json::from_str(&found.expect("the QR on the screen was found")).unwrap();
    assert_eq!(v[0]["kind"], "account");
    assert!(v[0]["file"].as_str().unwrap().starts_with("screen "), "{v}");
    assert_eq!(
        (v[0]["issuer"].clone(), v[0]["account"].clone()),
        (json!("ACME"), json!("alice@example.com"))
    );

    let status = std::process::Command::new("xclip")
        .args(["-selection", "clipboard", "-t", "image/png", "-i"])
        .arg(&png)
        .status()
        .expect("xclip");
    assert!(status.success());
    let (status, out, err) = scan(&[], &["--clipboard", "--json"]);
    assert_eq!(status, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v[0]["file"].clone(), v[0]["issuer"].clone()),
        (json!("clipboard"), json!("ACME"))
    );
}
