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

/// The first `attr="…"` value after `start` in `text`.
fn attribute<'a>(text: &'a str, start: &str, attr: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start}"));
    let rest = &text[from..];
    let value = &rest[rest.find(&format!("{attr}=\"")).expect(attr) + attr.len() + 2..];
    &value[..value.find('"').expect("a closing quote")]
}

#[test]
fn the_metainfo_describes_this_release_and_both_packages_install_it() {
    let conf: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).expect("JSON");
    let name = format!(
        "{}.metainfo.xml",
        conf["identifier"].as_str().expect("an id")
    );
    let metainfo = read(&format!("packaging/{name}"));
    // The newest release comes first: a version bump without its release entry fails here.
    assert_eq!(
        attribute(&metainfo, "<release ", "version"),
        env!("CARGO_PKG_VERSION")
    );
    assert!(metainfo.contains(&format!(
        "<id>{}</id>",
        conf["identifier"].as_str().expect("an id")
    )));
    // Tauri names the installed desktop file after the product.
    let desktop = format!("{}.desktop", conf["productName"].as_str().expect("a name"));
    assert!(metainfo.contains(&format!(
        r#"<launchable type="desktop-id">{desktop}</launchable>"#
    )));
    // Every address it gives is the project's.
    let repository = env!("CARGO_PKG_REPOSITORY");
    assert_eq!(conf["bundle"]["homepage"], repository);
    for url in metainfo.split("https://").skip(1) {
        let url = format!("https://{}", &url[..url.find('<').expect("an element")]);
        assert!(
            url.starts_with(repository)
                || url.starts_with(
                    &repository
                        .replace("https://github.com/", "https://raw.githubusercontent.com/")
                ),
            "{url}"
        );
    }
    for format in ["deb", "rpm"] {
        assert_eq!(
            conf["bundle"]["linux"][format]["files"][format!("/usr/share/metainfo/{name}")],
            format!("packaging/{name}"),
            "{format}"
        );
    }
}

#[test]
fn the_icons_cover_32_to_512_pixels() {
    let conf: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).expect("JSON");
    let icons: Vec<&str> = conf["bundle"]["icon"]
        .as_array()
        .expect("icons")
        .iter()
        .filter_map(|i| i.as_str().filter(|i| i.ends_with(".png")))
        .collect();
    for size in [32, 48, 64, 128, 256, 512] {
        let path = format!("icons/{size}x{size}.png");
        assert!(icons.contains(&path.as_str()), "{path} is not bundled");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (width, height) = image::image_dimensions(root.join(&path)).expect(&path);
        assert_eq!((width, height), (size, size), "{path}");
    }
}

/// What the README tells Windows and macOS users rests on these settings.
#[test]
fn the_installers_are_what_the_readme_says() {
    let conf: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).expect("JSON");
    let bundle = &conf["bundle"];
    // "installs for you alone, without administrator rights"
    assert_eq!(bundle["windows"]["nsis"]["installMode"], "currentUser");
    // "the installer fetches [WebView2] where it is missing"
    assert_eq!(
        bundle["windows"]["webviewInstallMode"]["type"],
        "downloadBootstrapper"
    );
    // Signed ad hoc unless the release workflow is given a signing identity: an unsigned app
    // does not start at all on Apple Silicon.
    assert_eq!(bundle["macOS"]["signingIdentity"], "-");
    // No updater: Sesame makes no network requests.
    assert!(conf["plugins"].get("updater").is_none());
    assert_ne!(bundle["createUpdaterArtifacts"], true);
}

#[test]
fn the_desktop_file_speaks_every_language_from_the_catalogues() {
    use sesame_core::i18n::{Catalogue, LANGUAGES};
    let desktop = read("packaging/sesame.desktop");
    let fields = [
        ("Desktop Entry", "GenericName", "desktop-generic-name"),
        ("Desktop Entry", "Comment", "desktop-comment"),
        ("Desktop Entry", "Keywords", "desktop-keywords"),
        ("Desktop Action quick-copy", "Name", "desktop-quick-copy"),
    ];
    for language in LANGUAGES {
        let words = Catalogue::new(language);
        for (group, key, message) in fields {
            // The desktop's locale names: "pt_BR", as in LANG; English is the plain key.
            let key = match language {
                "en" => key.to_owned(),
                tag => format!("{key}[{}]", tag.replace('-', "_")),
            };
            assert_eq!(
                desktop_value(&desktop, group, &key),
                words.get(message, &[]),
                "packaging/sesame.desktop: [{group}] {key} is not the catalogue's {message}"
            );
        }
    }
}
