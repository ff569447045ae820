//! The worker threads the service's blocking work runs on (Argon2id, the keyring over D-Bus,
//! SQLite), off Tauri's async threads; used by the commands and quick copy.

use sesame_service::dto::CommandError;
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
