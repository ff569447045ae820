//! The one lock: every way of locking (the Lock button and Ctrl+L, the tray, idle, minimising,
//! the session's screen lock or sleep) comes here.

use sesame_service::state::AppState;
use std::sync::Arc;
use tauri::{AppHandle, Manager, Runtime};

/// Locks the open profile (whatever asked: the tray, the session, minimising), closes quick
/// copy, and tells the window, which closes every view of the profile and shows the lock screen.
pub fn lock_all<R: Runtime>(app: &AppHandle<R>) {
    app.state::<Arc<AppState>>().lock_profile();
    crate::quick::close(app);
    crate::push::tell(app, sesame_service::dto::Push::Status);
}
