//! The language chosen in Settings, through the app's commands: the status says it, and Rust's
//! refusals speak it. A test binary of its own, since the app speaks one language per process
//! and the other IPC tests expect English.

#[path = "common/app.rs"]
mod app;

use app::{invoke, window_in};
use serde_json::json;

#[test]
fn a_chosen_language_is_kept_and_spoken() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let w = window_in("main", dir.path());
    let mut settings = invoke(&w, "get_settings", json!({})).expect("settings");
    settings["language"] = json!("de");
    invoke(&w, "set_settings", json!({ "settings": settings })).expect("saved");
    assert_eq!(
        invoke(&w, "status", json!({})).expect("status")["language"],
        "de"
    );
    let mut bad = settings.clone();
    bad["clipboardClearSeconds"] = json!(9999);
    let err = invoke(&w, "set_settings", json!({ "settings": bad })).unwrap_err();
    assert_eq!(
        err["message"],
        "die Zwischenablage kann nach 0 (nie) bis 600 Sekunden geleert werden"
    );
    // A link Rust refuses, in German too.
    let err = invoke(
        &w,
        "add_uri",
        json!({ "uri": "otpauth://totp/x?secret=JBSWY3D1" }),
    )
    .unwrap_err();
    assert_eq!(
        err["message"],
        "das Geheimnis ist kein gültiges Base32: unerwartetes „1“ an Stelle 8"
    );
    // A language Sesame has no catalogue for is refused, and the choice stays.
    let mut unknown = settings.clone();
    unknown["language"] = json!("xx");
    let err = invoke(&w, "set_settings", json!({ "settings": unknown })).unwrap_err();
    assert_eq!(err["kind"], "invalid");
    drop(w);
    // After a restart: still German.
    let again = window_in("main", dir.path());
    assert_eq!(
        invoke(&again, "get_settings", json!({})).expect("settings"),
        settings
    );
    assert_eq!(
        invoke(&again, "status", json!({})).expect("status")["language"],
        "de"
    );
}
