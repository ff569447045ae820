//! The commands the UI calls: validate, call the core, map the error. Nothing returned here
//! holds a secret.

use crate::dto::{CodesSnapshot, CommandError, EntryView, ErrorKind};
use crate::session::Session;
use crate::{ticker, Tickers};
use sesame_core::{migration, uri};
use std::sync::Arc;
use tauri::ipc::Channel;
use tauri::{State, Webview};

/// Longer than any real otpauth or migration URI; refuses pasted junk early.
const MAX_URI_LEN: usize = 16 * 1024;

/// Adds the account of an otpauth:// or steam:// URI, or every account of an
/// otpauth-migration:// batch. All or nothing: one bad entry adds none.
#[tauri::command]
pub fn add_uri(
    uri: String,
    session: State<'_, Arc<Session>>,
) -> Result<Vec<EntryView>, CommandError> {
    let text = uri.trim();
    if text.len() > MAX_URI_LEN {
        return Err(CommandError::invalid(
            "that text is too long to be an otpauth URI",
        ));
    }
    let parsed = if migration::is_migration(text) {
        let batch = migration::decode(text).map_err(CommandError::invalid)?;
        batch
            .entries
            .into_iter()
            .collect::<Result<Vec<_>, _>>()
            .map_err(CommandError::invalid)?
    } else {
        vec![uri::parse(text).map_err(CommandError::invalid)?]
    };
    Ok(session.add(parsed))
}

#[tauri::command]
pub fn remove_entry(id: String, session: State<'_, Arc<Session>>) -> Result<(), CommandError> {
    if session.remove(&id) {
        Ok(())
    } else {
        Err(CommandError {
            kind: ErrorKind::NotFound,
            message: "that account no longer exists".to_owned(),
        })
    }
}

/// Starts pushing code snapshots to `on_update`, replacing this webview's previous ticker
/// (a reloaded page subscribes again).
#[tauri::command]
pub fn subscribe_codes<R: tauri::Runtime>(
    on_update: Channel<CodesSnapshot>,
    webview: Webview<R>,
    session: State<'_, Arc<Session>>,
    tickers: State<'_, Tickers>,
) {
    let task = tauri::async_runtime::spawn(ticker::run(Arc::clone(&session), on_update));
    tickers.replace(webview.label(), task);
}
