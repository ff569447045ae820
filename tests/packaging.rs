//! What the Linux packages promise, checked against the app (scripts/package.sh builds them;
//! README, "Building"): the desktop file opens the links Sesame handles, its Quick copy action
//! passes the flag the app looks for, both packages use it and carry sesame-cli, and both
//! binaries print the version the packages are built with.

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The value of `key` in the desktop file's `group`.
fn desktop_value<'a>(desktop: &'a str, group: &str, key: &str) -> &'a str {
    let body = desktop
        .split(&format!("[{group}]\n"))
        .nth(1)
        .unwrap_or_else(|| panic!("no [{group}]"));
    body.lines()
        .take_while(|l| !l.starts_with('['))
        .find_map(|l| l.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key} in [{group}]"))
}

#[test]
fn the_desktop_file_opens_sesames_links_and_quick_copy() {
    let conf: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).expect("JSON");
    let desktop = read("packaging/sesame.desktop");
    let entry = "Desktop Entry";
    assert_eq!(desktop_value(&desktop, entry, "Exec"), "sesame %u");
    let mime = desktop_value(&desktop, entry, "MimeType");
    let schemes = conf["plugins"]["deep-link"]["desktop"]["schemes"]
        .as_array()
        .expect("the deep-link schemes");
    for scheme in schemes {
        let handler = format!("x-scheme-handler/{};", scheme.as_str().expect("a scheme"));
        assert!(mime.contains(&handler), "{handler} missing from {mime}");
    }
    assert!(!desktop_value(&desktop, entry, "Keywords").is_empty());
    assert_eq!(desktop_value(&desktop, entry, "Actions"), "quick-copy;");
    let quick = desktop_value(&desktop, "Desktop Action quick-copy", "Exec");
    let argv: Vec<String> = quick.split(' ').map(str::to_owned).collect();
    assert!(sesame_app::quick_copy_asked(&argv), "{quick}");

    for format in ["deb", "rpm"] {
        let linux = &conf["bundle"]["linux"][format];
        assert_eq!(
            linux["desktopTemplate"], "packaging/sesame.desktop",
            "{format}"
        );
        assert_eq!(
            linux["files"]["/usr/bin/sesame-cli"], "target/release/sesame-cli",
            "{format}"
        );
    }
}

#[test]
fn the_app_prints_the_packages_version() {
    let conf: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).expect("JSON");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sesame"))
        .arg("--version")
        .output()
        .expect("sesame runs");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("sesame {}", conf["version"].as_str().expect("a version"))
    );
    assert_eq!(conf["version"], env!("CARGO_PKG_VERSION"));
}
