//! Sesame's desktop shell: wires the core to the web UI. Domain logic lives in sesame-core.

mod commands;
pub mod dto;
mod session;
mod ticker;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tauri::async_runtime::JoinHandle;
use tauri::{Manager, Runtime};

/// One running ticker per webview.
#[derive(Default)]
pub struct Tickers(Mutex<HashMap<String, JoinHandle<()>>>);

impl Tickers {
    fn replace(&self, label: &str, task: JoinHandle<()>) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(old) = map.insert(label.to_owned(), task) {
            old.abort();
        }
    }

    fn stop(&self, label: &str) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(old) = map.remove(label) {
            old.abort();
        }
    }
}

/// The app's commands and state on any runtime, so tests can use Tauri's mock runtime.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .manage(Arc::new(session::Session::default()))
        .manage(Tickers::default())
        .invoke_handler(tauri::generate_handler![
            commands::add_uri,
            commands::remove_entry,
            commands::subscribe_codes
        ])
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::Destroyed = event {
                window.state::<Tickers>().stop(window.label());
            }
        })
}

pub fn run() {
    let result = builder(tauri::Builder::default()).run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("sesame: cannot start: {e}");
        std::process::exit(1);
    }
}
