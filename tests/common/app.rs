//! The app on Tauri's mock runtime, with the real capability files: a window and its commands
//! (shared by the test binaries that drive the app's IPC).

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};

pub type Window = WebviewWindow<tauri::test::MockRuntime>;

/// A window of the app on the mock runtime, with its own data directory.
pub fn window_in(label: &str, dir: &std::path::Path) -> Window {
    let state = sesame_service::state::AppState::start_in(Some(dir.to_owned()));
    let app = sesame_app::builder(mock_builder(), state)
        .build(tauri::generate_context!(test = true))
        .expect("the app builds on the mock runtime");
    WebviewWindowBuilder::new(&app, label, Default::default())
        .build()
        .expect("a window")
}

pub fn invoke(w: &Window, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke_body(w, cmd, InvokeBody::Json(args))
}

pub fn invoke_body(w: &Window, cmd: &str, body: InvokeBody) -> Result<Value, Value> {
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
        body,
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(w, request).map(|body| body.deserialize::<Value>().expect("JSON"))
}
