//! The app's commands through Tauri's mock runtime, with the real capability files.

mod common;

#[path = "common/app.rs"]
mod app;

use app::{invoke, invoke_body, window_in, Window};
use serde_json::{json, Value};
use tauri::ipc::InvokeBody;
use tauri::Manager;

/// A main window with an unlocked password profile "Mum" (no keyring needed).
fn window(label: &str) -> (Window, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let w = window_in(label, dir.path());
    if label == "main" {
        invoke(
            &w,
            "create_profile",
            json!({ "name": "Mum", "password": "tulip orbit anvil" }),
        )
        .expect("a profile");
    }
    (w, dir)
}

/// Unlocks the test profile "Mum" with its password.
fn unlock_mum(w: &Window) -> Result<Value, Value> {
    invoke(
        w,
        "unlock",
        json!({ "profile": "Mum", "password": "tulip orbit anvil" }),
    )
}

const URI: &str = "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME";

#[test]
fn add_uri_returns_the_entry_without_its_secret() {
    let (w, _dir) = window("main");
    let added = invoke(&w, "add_uri", json!({ "uri": URI })).expect("added");
    assert_eq!(
        added,
        json!([{"id": "1", "issuer": "ACME", "account": "alice@example.com", "kind": "totp", "warnings": [], "group": "", "note": "", "favorite": false,
                "icon": null, "brand": null, "params": {"kind": "totp", "algorithm": "SHA1", "digits": 6, "period": 30, "counter": null}, "uses": 0, "lastUsed": 0}])
    );
    assert!(!added.to_string().contains("JBSWY3DPEHPK3PXP"));
}

#[test]
fn add_uri_takes_a_whole_migration_batch() {
    let (w, _dir) = window("main");
    let batch = "otpauth-migration://offline?data=CjUKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZSABKAEwAhABGAEgACiVmu86";
    let added = invoke(&w, "add_uri", json!({ "uri": batch })).expect("added");
    assert_eq!(added[0]["issuer"], "Example");
    assert_eq!(added[0]["account"], "alice@google.com");
}

#[test]
fn bad_input_is_a_readable_error() {
    let (w, _dir) = window("main");
    let cases = [
        (
            "otpauth://totp/x?secret=JBSWY3D1",
            "secret is not valid Base32: unexpected '1' at position 8",
        ),
        (
            "https://example.com",
            "not an otpauth URI: scheme is 'https'",
        ),
        ("", "the URI is empty"),
    ];
    for (uri, message) in cases {
        let err = invoke(&w, "add_uri", json!({ "uri": uri })).expect_err(uri);
        assert_eq!(err, json!({"kind": "invalid", "message": message}), "{uri}");
    }
    let long = "x".repeat(20_000);
    let err = invoke(&w, "add_uri", json!({ "uri": long })).expect_err("too long");
    assert_eq!(err["message"], "that text is too long to be an otpauth URI");
    // A missing argument is refused by Tauri before the command runs.
    assert!(invoke(&w, "add_uri", json!({})).is_err());
}

#[test]
fn remove_entry_removes_once() {
    let (w, _dir) = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).expect("added");
    assert_eq!(
        invoke(&w, "remove_entry", json!({ "id": "1" })),
        Ok(Value::Null)
    );
    assert_eq!(
        invoke(&w, "remove_entry", json!({ "id": "1" })),
        Err(json!({"kind": "notFound", "message": "no entry with id 1 in this profile"}))
    );
    assert_eq!(
        invoke(&w, "remove_entry", json!({ "id": "x" })),
        Err(json!({"kind": "invalid", "message": "not an entry id"}))
    );
}

#[test]
fn commands_are_denied_outside_the_main_window() {
    let (w, _dir) = window("other");
    let err = invoke(&w, "add_uri", json!({ "uri": URI })).expect_err("denied");
    assert!(err.to_string().contains("not allowed"), "{err}");
}

#[test]
fn lock_wrong_password_and_unlock() {
    let (w, _dir) = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).expect("added");
    let locked = invoke(&w, "lock", json!({})).expect("locked");
    assert_eq!(
        (locked["active"].clone(), locked["locked"].clone()),
        (json!("Mum"), json!(true))
    );
    assert_eq!(
        invoke(&w, "add_uri", json!({ "uri": URI })),
        Err(json!({"kind": "locked", "message": "profile Mum is locked"}))
    );
    assert_eq!(
        invoke(
            &w,
            "unlock",
            json!({ "profile": "Mum", "password": "nope" })
        ),
        Err(json!({"kind": "wrongPassword", "message": "wrong password for profile Mum"}))
    );
    let open = unlock_mum(&w).expect("unlocked");
    assert_eq!(open["locked"], json!(false));
    // With a keyring present, a "default" profile was created at first start too.
    let mum = open["profiles"]
        .as_array()
        .expect("profiles")
        .iter()
        .find(|p| p["name"] == "Mum")
        .cloned();
    assert_eq!(
        mum,
        Some(json!({"name": "Mum", "password": true, "keyring": false, "recovery": false}))
    );
}

#[test]
fn profiles_switch_and_lock_the_one_left() {
    let (w, _dir) = window("main");
    let s = invoke(
        &w,
        "create_profile",
        json!({ "name": "Kids", "password": "kids kettle harbour" }),
    )
    .expect("created");
    assert_eq!(
        (s["active"].clone(), s["locked"].clone()),
        (json!("Kids"), json!(false))
    );
    let s = invoke(&w, "switch_profile", json!({ "profile": "Mum" })).expect("switched");
    assert_eq!(
        (s["active"].clone(), s["locked"].clone()),
        (json!("Mum"), json!(true))
    );
    assert_eq!(
        invoke(&w, "switch_profile", json!({ "profile": "Nobody" })),
        Err(json!({"kind": "invalid", "message": "there is no profile named 'Nobody'"}))
    );
}

/// Whoever finds a password profile unlocked cannot take its secrets elsewhere or weaken it
/// without its password: plain and encrypted exports, backups to another folder, a recovery key
/// (which would revoke the owner's), unlocking with the OS login, and settings that weaken
/// every profile. Each is refused without the password and with a wrong one; nothing happens.
#[test]
fn what_exposes_a_password_profile_asks_for_its_password() {
    let (w, _dir) = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).unwrap();
    let out = tempfile::tempdir().unwrap();
    let plain = out.path().join("plain.txt");
    let settings = invoke(&w, "get_settings", json!({})).unwrap();
    let mut weaker = settings.clone();
    weaker["autoLockMinutes"] = json!(0);
    weaker["clipboardClearSeconds"] = json!(0);
    let actions: Vec<(&str, Value)> = vec![
        (
            "export_to",
            json!({"format": "uris", "path": plain, "password": null, "entryId": null}),
        ),
        (
            "enable_backup",
            json!({"folder": out.path(), "keep": 2, "password": "any harbour quartz"}),
        ),
        ("create_recovery_key", json!({})),
        ("set_login_unlock", json!({"enabled": true})),
        ("set_settings", json!({"settings": weaker})),
    ];
    for (cmd, args) in &actions {
        for pw in [Value::Null, json!("wrong")] {
            let mut with = args.clone();
            with["profilePassword"] = pw.clone();
            assert_eq!(
                invoke(&w, cmd, with).unwrap_err(),
                json!({"kind": "wrongPassword", "message": "wrong password for profile Mum"}),
                "{cmd} with {pw}"
            );
        }
    }
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "nothing written"
    );
    let status = invoke(&w, "status", json!({})).unwrap();
    let mum = status["profiles"]
        .as_array()
        .and_then(|all| all.iter().find(|p| p["name"] == "Mum"))
        .cloned()
        .unwrap();
    assert_eq!(
        (mum["keyring"].clone(), mum["recovery"].clone()),
        (json!(false), json!(false))
    );
    assert_eq!(invoke(&w, "get_settings", json!({})).unwrap(), settings);
    // With the password, each goes through (the keyring is not needed for these).
    for (cmd, args) in actions.iter().filter(|(c, _)| *c != "set_login_unlock") {
        let mut with = args.clone();
        with["profilePassword"] = json!("tulip orbit anvil");
        invoke(&w, cmd, with).unwrap_or_else(|e| panic!("{cmd}: {e}"));
    }
    assert!(plain.exists());
    // A stronger setting asks nothing; a locked profile cannot weaken anything.
    let mut stronger = weaker.clone();
    stronger["autoLockMinutes"] = json!(1);
    invoke(&w, "set_settings", json!({"settings": stronger})).unwrap();
    invoke(&w, "lock", json!({})).unwrap();
    let err = invoke(
        &w,
        "set_settings",
        json!({"settings": weaker, "profilePassword": "tulip orbit anvil"}),
    );
    assert_eq!(err.unwrap_err()["kind"], "locked");
}

/// Obviously weak passwords are refused for profiles, backups and encrypted exports, saying
/// how weak and why; the strength meter gets the same verdict as the person types.
#[test]
fn weak_passwords_are_refused_with_the_reason() {
    let (w, _dir) = window("main");
    let why = "this password is too easy to guess (it would be among the first guesses): This is a top-10 common password.";
    let refused = json!({"kind": "invalid", "message": why});
    assert_eq!(
        invoke(
            &w,
            "create_profile",
            json!({"name": "Kids", "password": "password"})
        ),
        Err(refused.clone())
    );
    let change = json!({"current": "tulip orbit anvil", "newPassword": "password"});
    assert_eq!(invoke(&w, "change_password", change), Err(refused.clone()));
    let out = tempfile::tempdir().unwrap();
    let backup = json!({"folder": out.path(), "keep": 2, "password": "password", "profilePassword": "tulip orbit anvil"});
    assert_eq!(invoke(&w, "enable_backup", backup), Err(refused.clone()));
    let export = json!({"format": "sesame", "path": out.path().join("b.json"), "password": "password", "entryId": null, "profilePassword": "tulip orbit anvil"});
    assert_eq!(invoke(&w, "export_to", export), Err(refused));
    let weak = invoke(&w, "password_strength", json!({"password": "password"})).unwrap();
    assert_eq!(
        (weak["score"].clone(), weak["acceptable"].clone()),
        (json!(0), json!(false))
    );
    let strong = invoke(
        &w,
        "password_strength",
        json!({"password": "tulip orbit anvil"}),
    )
    .unwrap();
    assert_eq!(strong["acceptable"], true);
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

#[test]
fn password_change_and_recovery_key() {
    let (w, _dir) = window("main");
    assert_eq!(
        invoke(
            &w,
            "change_password",
            json!({ "current": "wrong", "newPassword": "new lantern meadow" })
        ),
        Err(json!({"kind": "wrongPassword", "message": "wrong password for profile Mum"}))
    );
    invoke(
        &w,
        "change_password",
        json!({ "current": "tulip orbit anvil", "newPassword": "new lantern meadow" }),
    )
    .expect("changed");
    let key = invoke(
        &w,
        "create_recovery_key",
        json!({ "profilePassword": "new lantern meadow" }),
    )
    .expect("a key");
    let key = key.as_str().expect("a string").to_owned();
    invoke(&w, "lock", json!({})).expect("locked");
    assert!(invoke(
        &w,
        "unlock",
        json!({ "profile": "Mum", "password": "tulip orbit anvil" })
    )
    .is_err());
    let open = invoke(
        &w,
        "unlock",
        json!({ "profile": "Mum", "recoveryKey": key }),
    )
    .expect("unlocked by recovery");
    assert_eq!(open["locked"], json!(false));
}

#[test]
fn a_broken_data_directory_is_reported_not_fatal() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(
        dir.path().join("sesame.db"),
        b"definitely not a database, but long enough to hold a header of 100 bytes....",
    )
    .expect("write");
    let w = window_in("main", dir.path());
    let status = invoke(&w, "status", json!({})).expect("a status");
    let error = status["dataError"].as_str().expect("a data error");
    assert!(error.ends_with("is not a Sesame database (it does not start with SQLite's header); it was left untouched"), "{error}");
}

#[test]
fn hotp_codes_come_only_on_request_and_advance() {
    let (w, _dir) = window("main");
    let hotp =
        "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1";
    invoke(&w, "add_uri", json!({ "uri": hotp })).expect("added");
    assert_eq!(
        invoke(&w, "next_hotp", json!({ "id": "1" })),
        Ok(json!("253717"))
    );
    let second = invoke(&w, "next_hotp", json!({ "id": "1" })).expect("a code");
    assert_ne!(second, json!("253717"));
    assert_eq!(
        invoke(&w, "next_hotp", json!({ "id": "9" })),
        Err(json!({"kind": "notFound", "message": "no entry with id 9 in this profile"}))
    );
}

/// A PNG holding one QR code with `text`.
fn qr_png(text: &str) -> Vec<u8> {
    let img = common::qr_image(text, 5);
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("a PNG");
    out.into_inner()
}

#[test]
fn scanning_an_image_previews_then_saves_and_marks_duplicates() {
    let (w, _dir) = window("main");
    let preview = invoke_body(&w, "scan_image", InvokeBody::Raw(qr_png(URI))).expect("a preview");
    assert_eq!(
        preview,
        json!({"accounts": [{"issuer": "ACME", "account": "alice@example.com", "kind": "totp", "digits": 6, "period": 30,
                             "duplicate": false, "batch": null, "warnings": []}],
               "others": [], "problems": []})
    );
    assert!(
        !preview.to_string().contains("JBSWY3DPEHPK3PXP"),
        "the preview holds no secret"
    );
    let saved = invoke(&w, "save_scanned", json!({})).expect("saved");
    assert_eq!(saved[0]["issuer"], "ACME");
    let again = invoke_body(&w, "scan_image", InvokeBody::Raw(qr_png(URI))).expect("a preview");
    assert_eq!(again["accounts"][0]["duplicate"], json!(true));
    assert_eq!(invoke(&w, "save_scanned", json!({})), Ok(json!([])));

    let other = invoke_body(
        &w,
        "scan_image",
        InvokeBody::Raw(qr_png("https://example.com/login")),
    )
    .expect("a preview");
    assert_eq!(
        other["others"],
        json!([{"content": "url", "preview": "https://example.com/login"}])
    );
    let bad = invoke_body(&w, "scan_image", InvokeBody::Raw(b"not an image".to_vec()));
    assert_eq!(
        bad,
        Err(
            json!({"kind": "invalid", "message": "not an image Sesame can read (PNG, JPEG, WebP, GIF or BMP)"})
        )
    );
}

#[test]
fn an_image_without_a_code_says_so() {
    let (w, _dir) = window("main");
    let blank = image::GrayImage::from_pixel(300, 300, image::Luma([255]));
    let mut png = std::io::Cursor::new(Vec::new());
    blank
        .write_to(&mut png, image::ImageFormat::Png)
        .expect("a PNG");
    let none = invoke_body(&w, "scan_image", InvokeBody::Raw(png.into_inner())).expect("a preview");
    assert_eq!(
        none,
        json!({"accounts": [], "others": [], "problems": ["no QR code found"]})
    );
}

fn fixture(name: &str) -> Option<Vec<u8>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/fixtures/import")
        .join(name);
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(_) => {
            // CI always has ../shared beside the clone: there, a missing fixture is a failure.
            assert!(
                std::env::var_os("CI").is_none(),
                "../shared/fixtures is missing under CI"
            );
            eprintln!(
                "skipped: {} is absent (see ../shared/README.md)",
                path.display()
            );
            None
        }
    }
}

/// A KeePass database's key file travels with its password: a key file the database was not made
/// with is refused as a wrong key, and the file waits for another try.
#[test]
fn a_keepass_key_file_goes_with_the_password() {
    let (w, _dir) = window("main");
    let account = sesame_core::uri::parse(URI).unwrap().account;
    let meta = sesame_core::vault::EntryMeta::default();
    let kdbx = sesame_core::export::export(
        sesame_core::export::ExportFormat::KeePassXc,
        &[(&account, &meta)],
        Some("kdbx pw"),
    )
    .unwrap()
    .files
    .remove(0)
    .1;
    let asked = invoke_body(&w, "import_file", InvokeBody::Raw(kdbx)).unwrap();
    assert_eq!(asked["app"], "KeePass");
    assert_eq!(asked["needsPassword"], true);
    invoke_body(
        &w,
        "import_key_file",
        InvokeBody::Raw(b"not this database's key".to_vec()),
    )
    .unwrap();
    let wrong = invoke(&w, "import_password", json!({ "password": "kdbx pw" })).unwrap_err();
    assert_eq!(wrong["kind"], "wrongPassword");
    assert!(
        invoke(&w, "import_commit", json!({})).is_err(),
        "nothing previewed"
    );
    // Without a file waiting, a key file is refused.
    invoke(&w, "import_cancel", json!({})).unwrap();
    assert!(invoke_body(&w, "import_key_file", InvokeBody::Raw(vec![1])).is_err());
}

#[test]
fn import_previews_asks_for_the_password_and_writes_only_on_confirmation() {
    let Some(bytes) = fixture("aegis_encrypted.json") else {
        return;
    };
    let (w, _dir) = window("main");
    invoke(
        &w,
        "add_uri",
        json!({ "uri": "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno" }),
    )
    .unwrap();
    let asked = invoke_body(&w, "import_file", InvokeBody::Raw(bytes)).unwrap();
    assert_eq!(
        (asked["app"].as_str(), asked["needsPassword"].as_bool()),
        (Some("Aegis"), Some(true))
    );
    let wrong = invoke(&w, "import_password", json!({ "password": "nope" })).unwrap_err();
    assert_eq!(
        wrong,
        json!({"kind": "wrongPassword", "message": "wrong password"})
    );
    let preview = invoke(&w, "import_password", json!({ "password": "test" })).unwrap();
    assert_eq!(preview["newCount"], 6);
    assert_eq!(
        preview["rows"][0],
        json!({"label": "Deno: Mason", "status": "duplicate", "kind": "totp", "error": null, "warnings": []})
    );
    assert!(
        !preview.to_string().contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"),
        "no secret in the preview"
    );
    let status = invoke(&w, "status", json!({})).unwrap();
    assert_eq!(status["remindBackup"], true);
    let summary = invoke(&w, "import_commit", json!({})).unwrap();
    assert_eq!(summary, "Imported 6, skipped 1 duplicate");
    assert!(
        invoke(&w, "import_commit", json!({})).is_err(),
        "nothing left to confirm"
    );
}

#[test]
fn export_writes_where_asked_and_automatic_backups_follow_changes() {
    let (w, _dir) = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).unwrap();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("aegis.json");
    let result = invoke(
        &w,
        "export_to",
        json!({"format": "aegis-encrypted", "path": path, "password": "export kayak violet", "entryId": null, "profilePassword": "tulip orbit anvil"}),
    )
    .unwrap();
    assert_eq!(result["count"], 1);
    let back = sesame_core::import::read(
        &std::fs::read(&path).unwrap(),
        None,
        Some("export kayak violet"),
    )
    .unwrap();
    assert_eq!(back.items.len(), 1);
    let relative = invoke(
        &w,
        "export_to",
        json!({"format": "uris", "path": "x.txt", "password": null, "entryId": null, "profilePassword": "tulip orbit anvil"}),
    );
    assert_eq!(
        relative.unwrap_err()["message"],
        "choose where to save it (a full path)"
    );

    let folder = tempfile::tempdir().unwrap();
    let view = invoke(
        &w,
        "enable_backup",
        json!({"folder": folder.path(), "keep": 2, "password": "backup quartz window", "profilePassword": "tulip orbit anvil"}),
    )
    .unwrap();
    assert_eq!(
        (view["enabled"].as_bool(), view["keep"].as_u64()),
        (Some(true), Some(2))
    );
    assert!(view["lastMs"].is_number());
    let count = || std::fs::read_dir(folder.path()).unwrap().count();
    assert_eq!(count(), 1, "the first backup is written at once");
    assert_eq!(
        invoke(&w, "status", json!({})).unwrap()["remindBackup"],
        false
    );
    // A change: a backup follows a few seconds later, without any call.
    std::thread::sleep(std::time::Duration::from_secs(1));
    invoke(
        &w,
        "add_uri",
        json!({ "uri": "otpauth://totp/Bank:bob?secret=GEZDGNBVGY3TQOJQ&issuer=Bank" }),
    )
    .unwrap();
    let start = std::time::Instant::now();
    while count() < 2 && start.elapsed() < std::time::Duration::from_secs(15) {
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    assert_eq!(count(), 2, "a backup followed the change");
    let newest = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .max()
        .unwrap();
    let restored = sesame_core::import::read(
        &std::fs::read(newest).unwrap(),
        None,
        Some("backup quartz window"),
    )
    .unwrap();
    assert_eq!(restored.items.len(), 2);
}

#[test]
fn settings_survive_a_restart_and_bad_ones_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let w = window_in("main", dir.path());
    let defaults = invoke(&w, "get_settings", json!({})).unwrap();
    assert_eq!(
        defaults,
        json!({"clipboardClearSeconds": 30, "showNextWithinSeconds": 5, "theme": "system", "autoLockMinutes": 5, "timeOffsetSeconds": 0,
               "hideCodes": false, "sort": "custom", "startAtLogin": false, "quickCopyShortcut": "Ctrl+Alt+S", "quickCopyTypes": false,
               "closeToTray": true, "lockOnMinimise": false, "quickCopyTipSeen": false, "language": ""})
    );
    let mine = json!({"clipboardClearSeconds": 12, "showNextWithinSeconds": 0, "theme": "dark", "autoLockMinutes": 1, "timeOffsetSeconds": 0,
               "hideCodes": true, "sort": "used", "startAtLogin": false, "quickCopyShortcut": "Ctrl+Shift+K", "quickCopyTypes": true,
               "closeToTray": false, "lockOnMinimise": true, "quickCopyTipSeen": true, "language": ""});
    assert_eq!(
        invoke(&w, "set_settings", json!({ "settings": mine })).unwrap(),
        mine
    );
    let mut bad = mine.clone();
    bad["clipboardClearSeconds"] = json!(9999);
    let err = invoke(&w, "set_settings", json!({ "settings": bad })).unwrap_err();
    assert_eq!(
        err["message"],
        "the clipboard can be cleared after 0 (never) to 600 seconds"
    );
    drop(w);
    let again = window_in("main", dir.path());
    assert_eq!(invoke(&again, "get_settings", json!({})).unwrap(), mine);
}

#[test]
fn a_removed_entry_comes_back_in_its_place_with_undo() {
    let (w, _dir) = window("main");
    for issuer in ["A", "B", "C"] {
        let uri =
            format!("otpauth://totp/{issuer}:me?secret=JBSWY3DPEHPK3PX{issuer}&issuer={issuer}");
        invoke(&w, "add_uri", json!({ "uri": uri })).unwrap();
    }
    let order = || {
        w.state::<std::sync::Arc<sesame_service::state::AppState>>()
            .with_entries(|e| {
                e.iter()
                    .map(|e| e.account.issuer().to_owned())
                    .collect::<Vec<_>>()
            })
    };
    invoke(&w, "remove_entry", json!({ "id": "2" })).unwrap();
    assert_eq!(order(), ["A", "C"]);
    let back = invoke(&w, "undo_remove", json!({})).unwrap();
    assert_eq!(
        (back["issuer"].as_str(), back["kind"].as_str()),
        (Some("B"), Some("totp"))
    );
    assert_eq!(order(), ["A", "B", "C"]);
    let err = invoke(&w, "undo_remove", json!({})).unwrap_err();
    assert_eq!(err["message"], "there is nothing to undo");
}

#[test]
fn an_entry_is_edited_but_its_code_stays() {
    let (w, _dir) = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).unwrap();
    let edit = json!({"issuer": "Acme Corp", "account": "alice", "group": "Work", "note": "backup codes in the drawer", "favorite": true,
                      "icon": "GitHub", "params": null});
    let view = invoke(&w, "edit_entry", json!({ "id": "1", "edit": edit })).unwrap();
    // No brand: the brand index is one of the page's assets, which this mock app has none of
    // (the end-to-end test sees brand icons).
    assert_eq!(
        view,
        json!({"id": "1", "issuer": "Acme Corp", "account": "alice", "kind": "totp", "warnings": [],
               "group": "Work", "note": "backup codes in the drawer", "favorite": true, "icon": "GitHub", "brand": null, "params": {"kind": "totp", "algorithm": "SHA1", "digits": 6, "period": 30, "counter": null}, "uses": 0, "lastUsed": 0})
    );
    let before = sesame_core::uri::parse(URI).unwrap().account;
    let secret_kept = w
        .state::<std::sync::Arc<sesame_service::state::AppState>>()
        .with_entries(|e| e[0].account.secret() == before.secret());
    assert!(secret_kept);
    let empty = json!({"issuer": " ", "account": "", "group": "", "note": "", "favorite": false, "icon": null, "params": null});
    let err = invoke(&w, "edit_entry", json!({ "id": "1", "edit": empty })).unwrap_err();
    assert_eq!(err["message"], "give the account an issuer or a name");
}

#[test]
fn a_secret_is_revealed_only_with_the_password_again() {
    let (w, _dir) = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).unwrap();
    let none = invoke(&w, "reveal_entry", json!({ "id": "1", "password": null })).unwrap_err();
    assert_eq!(none["kind"], "wrongPassword");
    let wrong = invoke(&w, "reveal_entry", json!({ "id": "1", "password": "nope" })).unwrap_err();
    assert_eq!(
        wrong,
        json!({"kind": "wrongPassword", "message": "wrong password for profile Mum"})
    );
    let shown = invoke(
        &w,
        "reveal_entry",
        json!({ "id": "1", "password": "tulip orbit anvil" }),
    )
    .unwrap();
    assert_eq!(shown["secret"], "JBSWY3DPEHPK3PXP");
    let uri = shown["uri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP"));
    // The QR code reads back as the same URI.
    use base64::Engine as _;
    let png = shown["qr"]
        .as_str()
        .unwrap()
        .strip_prefix("data:image/png;base64,")
        .unwrap();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(png)
        .unwrap();
    let texts = sesame_core::qr::decode_file(&bytes, &sesame_core::qr::Limits::default()).unwrap();
    assert_eq!(texts, [uri]);
}

#[test]
fn an_unsynchronised_clock_is_said() {
    let (w, _dir) = window("main");
    let state = w.state::<std::sync::Arc<sesame_service::state::AppState>>();
    state.set_clock(None);
    assert_eq!(
        invoke(&w, "status", json!({})).unwrap()["clockWarning"],
        Value::Null
    );
    state.set_clock(Some(false));
    let warning = invoke(&w, "status", json!({})).unwrap()["clockWarning"].clone();
    assert!(
        warning.as_str().unwrap().contains("not synchronised"),
        "{warning}"
    );
}

#[test]
fn a_link_waits_for_an_unlocked_profile_then_previews_once() {
    let (w, _dir) = window("main");
    let state = w.state::<std::sync::Arc<sesame_service::state::AppState>>();
    invoke(&w, "lock", json!({})).unwrap();
    state.open_link(URI.to_owned());
    assert_eq!(
        invoke(&w, "take_link_preview", json!({})).unwrap(),
        Value::Null,
        "locked: it waits"
    );
    unlock_mum(&w).unwrap();
    let preview = invoke(&w, "take_link_preview", json!({})).unwrap();
    assert_eq!(preview["accounts"][0]["issuer"], "ACME");
    assert!(!preview.to_string().contains("JBSWY3DPEHPK3PXP"));
    assert_eq!(
        invoke(&w, "take_link_preview", json!({})).unwrap(),
        Value::Null,
        "taken once"
    );
    assert_eq!(
        invoke(&w, "save_scanned", json!({})).unwrap()[0]["issuer"],
        "ACME"
    );
}

#[test]
fn the_time_correction_moves_the_clock_codes_use() {
    let (w, _dir) = window("main");
    let state = w.state::<std::sync::Arc<sesame_service::state::AppState>>();
    let system = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as i64
    };
    assert!((state.now_ms() as i64 - system()).abs() < 1000);
    let mut late = invoke(&w, "get_settings", json!({})).unwrap();
    late["timeOffsetSeconds"] = json!(-120);
    invoke(&w, "set_settings", json!({ "settings": late })).unwrap();
    assert!((state.now_ms() as i64 - (system() - 120_000)).abs() < 1000);
    let mut far = late.clone();
    far["timeOffsetSeconds"] = json!(7200);
    let err = invoke(&w, "set_settings", json!({ "settings": far })).unwrap_err();
    assert_eq!(
        err["message"],
        "the time correction can be at most an hour either way (3600 seconds)"
    );
}

#[test]
fn advanced_edit_changes_how_codes_are_made_and_refuses_what_cannot_work() {
    let (w, _dir) = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).unwrap();
    let edit = |params: Value| json!({ "id": "1", "edit": {"issuer": "ACME", "account": "alice", "group": "", "note": "", "favorite": false, "icon": null, "params": params} });
    // An HOTP account resynchronised to counter 41: its next code is RFC-computable.
    let hotp =
        json!({"kind": "hotp", "algorithm": "SHA256", "digits": 8, "period": null, "counter": 41});
    let view = invoke(&w, "edit_entry", edit(hotp.clone())).unwrap();
    assert_eq!(view["params"], hotp);
    let expected = {
        let mut a = sesame_core::uri::parse(URI).unwrap().account;
        a = a
            .with_params(
                sesame_core::Kind::Hotp { counter: 41 },
                sesame_core::Algorithm::Sha256,
                8,
            )
            .unwrap();
        sesame_core::otp::code_for_counter(&a, 41)
    };
    assert_eq!(
        invoke(&w, "next_hotp", json!({ "id": "1" })).unwrap(),
        json!(expected)
    );
    let secret_kept = w
        .state::<std::sync::Arc<sesame_service::state::AppState>>()
        .with_entries(|e| {
            e[0].account.secret() == sesame_core::uri::parse(URI).unwrap().account.secret()
        });
    assert!(secret_kept);
    for (params, message) in [
        (
            json!({"kind": "totp", "algorithm": "SHA1", "digits": 12, "period": 30, "counter": null}),
            "digits must be between 4 and 10, got 12",
        ),
        (
            json!({"kind": "totp", "algorithm": "SHA1", "digits": 6, "period": 0, "counter": null}),
            "period must be between 1 and 86400 seconds, got 0",
        ),
        (
            json!({"kind": "totp", "algorithm": "SHA1", "digits": 6, "period": null, "counter": null}),
            "a TOTP account needs a period",
        ),
    ] {
        let err = invoke(&w, "edit_entry", edit(params)).unwrap_err();
        assert_eq!(err["message"], message);
    }
    // A kind or algorithm outside the closed sets never reaches the service: the arguments
    // are refused, naming what is allowed.
    for (params, allowed) in [
        (
            json!({"kind": "totp", "algorithm": "MD5", "digits": 6, "period": 30, "counter": null}),
            "unknown variant `MD5`, expected one of `SHA1`, `SHA256`, `SHA512`",
        ),
        (
            json!({"kind": "push", "algorithm": "SHA1", "digits": 6, "period": 30, "counter": null}),
            "unknown variant `push`, expected one of `totp`, `hotp`, `steam`",
        ),
    ] {
        let err = invoke(&w, "edit_entry", edit(params)).unwrap_err();
        assert!(err.as_str().is_some_and(|e| e.contains(allowed)), "{err}");
    }
    // Nothing was changed by the refused edits.
    let kept = invoke(&w, "edit_entry", edit(Value::Null)).unwrap();
    assert_eq!(kept["params"]["counter"], json!(42));
}

#[test]
fn copies_are_counted_and_the_order_can_change() {
    let (w, _dir) = window("main");
    for issuer in ["A", "B", "C"] {
        let uri =
            format!("otpauth://totp/{issuer}:me?secret=JBSWY3DPEHPK3PX{issuer}&issuer={issuer}");
        invoke(&w, "add_uri", json!({ "uri": uri })).unwrap();
    }
    let state = w.state::<std::sync::Arc<sesame_service::state::AppState>>();
    let order = || {
        state.with_entries(|e| {
            e.iter()
                .map(|e| e.account.issuer().to_owned())
                .collect::<Vec<_>>()
        })
    };
    let uses = || state.with_entries(|e| e.iter().map(|e| e.meta.uses).collect::<Vec<_>>());
    // The counts are the vault's, not only memory's: a copy (or its clipboard) may fail here
    // without a display, so count through the state as copy_code does.
    state.record_use(3);
    state.record_use(3);
    assert_eq!(uses(), [0, 0, 2]);
    invoke(&w, "reorder_entries", json!({ "ids": ["3", "1", "2"] })).unwrap();
    assert_eq!(order(), ["C", "A", "B"]);
    assert_eq!(uses(), [2, 0, 0], "counts survive a reload from the vault");
    let err = invoke(&w, "reorder_entries", json!({ "ids": ["3", "99"] })).unwrap_err();
    assert_eq!(err["message"], "no entry with id 99 in this profile");
    let err = invoke(&w, "reorder_entries", json!({ "ids": ["x"] })).unwrap_err();
    assert_eq!(err["message"], "not an entry id");
}

#[test]
fn a_custom_icon_is_made_from_an_image_and_junk_is_refused() {
    let (w, _dir) = window("main");
    let img = image::RgbImage::from_pixel(90, 40, image::Rgb([10, 120, 200]));
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let url = invoke_body(&w, "icon_from_image", InvokeBody::Raw(png)).unwrap();
    assert!(url.as_str().unwrap().starts_with("data:image/png;base64,"));
    let err = invoke_body(
        &w,
        "icon_from_image",
        InvokeBody::Raw(b"GIF89a broken".to_vec()),
    )
    .unwrap_err();
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .starts_with("cannot use this image as an icon"),
        "{err}"
    );
    invoke(&w, "add_uri", json!({ "uri": URI })).unwrap();
    let edit = json!({"issuer": "ACME", "account": "alice", "group": "", "note": "", "favorite": false, "icon": url, "params": null});
    let view = invoke(&w, "edit_entry", json!({ "id": "1", "edit": edit })).unwrap();
    // No brand: the brand index is one of the page's assets, which this mock app has none of
    // (the end-to-end test sees brand icons).
    assert_eq!(view["icon"], url);
}

#[test]
fn an_account_typed_by_hand_is_previewed_then_added() {
    let (w, _dir) = window("main");
    let fields = |secret: &str, params: Value| json!({ "fields": {"issuer": "Example", "account": "me", "secret": secret, "params": params} });
    let hotp =
        json!({"kind": "hotp", "algorithm": "SHA1", "digits": 6, "period": null, "counter": 0});
    // RFC 4226's secret as a site shows it (lower case, spaces): counter 0 gives 755224.
    let rfc = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq";
    let preview = invoke(&w, "manual_preview", fields(rfc, hotp.clone())).unwrap();
    assert_eq!(preview, json!({"code": "755224", "validUntilMs": null}));
    let totp =
        json!({"kind": "totp", "algorithm": "SHA1", "digits": 8, "period": 30, "counter": null});
    let preview = invoke(&w, "manual_preview", fields(rfc, totp)).unwrap();
    assert_eq!(preview["code"].as_str().unwrap().len(), 8);
    assert!(preview["validUntilMs"]
        .as_u64()
        .unwrap()
        .is_multiple_of(30_000));
    for (secret, params, message) in [
        (
            "JBSWY3D1",
            hotp.clone(),
            "secret is not valid Base32: unexpected '1' at position 8",
        ),
        (
            "",
            hotp.clone(),
            "type the secret the site shows (its setup key)",
        ),
        (
            rfc,
            json!({"kind": "totp", "algorithm": "SHA1", "digits": 3, "period": 30, "counter": null}),
            "digits must be between 4 and 10, got 3",
        ),
    ] {
        let err = invoke(&w, "manual_preview", fields(secret, params)).unwrap_err();
        assert_eq!(err["message"], message, "{secret}");
    }
    let nameless =
        json!({ "fields": {"issuer": " ", "account": "", "secret": rfc, "params": hotp} });
    let err = invoke(&w, "add_manual", nameless).unwrap_err();
    assert_eq!(err["message"], "give the account an issuer or a name");
    let added = invoke(&w, "add_manual", fields(rfc, hotp.clone())).unwrap();
    assert_eq!(
        (added["issuer"].as_str(), added["kind"].as_str()),
        (Some("Example"), Some("hotp"))
    );
    assert!(!added.to_string().to_lowercase().contains("gezdgnbv"));
    assert_eq!(
        invoke(&w, "next_hotp", json!({ "id": added["id"] })).unwrap(),
        json!("755224")
    );
}

#[test]
fn the_page_is_told_new_codes_when_the_accounts_change() {
    let (w, _dir) = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).expect("added");
    let subscribed = invoke(&w, "subscribe", json!({})).expect("subscribed");
    assert_eq!(subscribed["snapshot"]["entries"][0]["issuer"], "ACME");
    assert_eq!(
        subscribed["snapshot"]["codes"][0]["code"]
            .as_str()
            .map(str::len),
        Some(6)
    );
    let id = subscribed["id"].clone();

    // A change answers the waiting request with the accounts and their codes.
    invoke(&w, "remove_entry", json!({ "id": "1" })).expect("removed");
    let pushes = invoke(&w, "next_pushes", json!({ "subscription": id })).expect("told");
    assert_eq!(
        pushes,
        json!([{"kind": "codes", "snapshot": {"entries": [], "codes": [], "offsetMs": 0}}])
    );
    assert!(!pushes.to_string().contains("JBSWY3DPEHPK3PXP"));

    // A reloaded page subscribes again; the old page's number is refused.
    let again = invoke(&w, "subscribe", json!({})).expect("subscribed again");
    assert_ne!(again["id"], id);
    let refused = invoke(&w, "next_pushes", json!({ "subscription": id })).unwrap_err();
    assert_eq!(refused["kind"], "notFound");
}

/// A damaged integrity record is shown and waits for the person: nothing is written (not even
/// a new account) until they confirm a new record, and then everything works again.
#[test]
fn a_damaged_integrity_record_waits_for_confirmation() {
    let (w, dir) = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).unwrap();
    rusqlite::Connection::open(dir.path().join(sesame_core::vault::DB_FILE))
        .unwrap()
        .execute("UPDATE profiles SET manifest = x'00'", [])
        .unwrap();
    invoke(&w, "lock", json!({})).unwrap();
    let status = unlock_mum(&w).unwrap();
    assert_eq!(status["integrityUnconfirmed"], true);
    let other = "otpauth://totp/Shop:buyer@example.com?secret=MFRGGZDFMZTWQ2LK&issuer=Shop";
    let refused = invoke(&w, "add_uri", json!({ "uri": other })).unwrap_err();
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .contains("confirm to start a new record"),
        "{refused}"
    );
    let status = invoke(&w, "confirm_integrity", json!({})).unwrap();
    assert_eq!(
        (
            status["integrityUnconfirmed"].clone(),
            status["problems"].clone()
        ),
        (json!(false), json!([]))
    );
    invoke(&w, "add_uri", json!({ "uri": other })).unwrap();
}
