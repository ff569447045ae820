//! The app's commands through Tauri's mock runtime, with the real capability files.

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};

fn window(label: &str) -> WebviewWindow<tauri::test::MockRuntime> {
    let app = sesame_app::builder(mock_builder())
        .build(tauri::generate_context!(test = true))
        .expect("the app builds on the mock runtime");
    WebviewWindowBuilder::new(&app, label, Default::default())
        .build()
        .expect("a window")
}

fn invoke(
    w: &WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        // The local origin on Linux and macOS; Windows serves the app from http://tauri.localhost.
        url: if cfg!(windows) {
            "http://tauri.localhost"
        } else {
            "tauri://localhost"
        }
        .parse()
        .expect("a URL"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(w, request).map(|body| body.deserialize::<Value>().expect("JSON"))
}

const URI: &str = "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME";

#[test]
fn add_uri_returns_the_entry_without_its_secret() {
    let w = window("main");
    let added = invoke(&w, "add_uri", json!({ "uri": URI })).expect("added");
    assert_eq!(
        added,
        json!([{"id": "1", "issuer": "ACME", "account": "alice@example.com", "kind": "totp", "warnings": []}])
    );
    assert!(!added.to_string().contains("JBSWY3DPEHPK3PXP"));
}

#[test]
fn add_uri_takes_a_whole_migration_batch() {
    let w = window("main");
    let batch = "otpauth-migration://offline?data=CjUKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZSABKAEwAhABGAEgACiVmu86";
    let added = invoke(&w, "add_uri", json!({ "uri": batch })).expect("added");
    assert_eq!(added[0]["issuer"], "Example");
    assert_eq!(added[0]["account"], "alice@google.com");
}

#[test]
fn bad_input_is_a_readable_error() {
    let w = window("main");
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
    let w = window("main");
    invoke(&w, "add_uri", json!({ "uri": URI })).expect("added");
    assert_eq!(
        invoke(&w, "remove_entry", json!({ "id": "1" })),
        Ok(Value::Null)
    );
    assert_eq!(
        invoke(&w, "remove_entry", json!({ "id": "1" })),
        Err(json!({"kind": "notFound", "message": "that account no longer exists"}))
    );
}

#[test]
fn commands_are_denied_outside_the_main_window() {
    let w = window("other");
    let err = invoke(&w, "add_uri", json!({ "uri": URI })).expect_err("denied");
    assert!(err.to_string().contains("not allowed"), "{err}");
}
