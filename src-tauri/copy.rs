//! Copying a code: Rust computes it and writes the clipboard, then clears the clipboard of it
//! after the configured time if it still holds it. Used by the copy command, quick copy and
//! the tray menu, so it is none of theirs.

use sesame_service::dto::{CommandError, Copied};
use sesame_service::state::AppState;
use std::sync::Arc;

/// Runs blocking vault work on a worker thread (every command's, and the copy's).
pub(crate) async fn blocking<T: Send + 'static>(
    state: &Arc<AppState>,
    f: impl FnOnce(&AppState) -> Result<T, CommandError> + Send + 'static,
) -> Result<T, CommandError> {
    let state = Arc::clone(state);
    tauri::async_runtime::spawn_blocking(move || f(&state))
        .await
        .map_err(|e| CommandError::unavailable(format!("internal error: {e}")))?
}

/// Copies an entry's code and clears the clipboard of it after the configured time.
pub(crate) async fn copy(state: Arc<AppState>, id: i64) -> Result<Copied, CommandError> {
    let (code, clear_seconds) = blocking(&state, move |s| s.copy_code(id)).await?;
    if clear_seconds > 0 {
        let held = code.clone();
        tauri::async_runtime::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_secs(u64::from(clear_seconds))).await;
            let _ =
                tauri::async_runtime::spawn_blocking(move || state.clear_copied(Some(&held))).await;
        });
    }
    Ok(Copied {
        code: code.to_string(),
        clear_seconds,
    })
}
