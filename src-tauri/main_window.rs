//! The main window: shown on request, and what closing or minimising it does.

use crate::quick;
use sesame_service::state::AppState;
use std::sync::Arc;
use tauri::{AppHandle, Manager, Runtime, WindowEvent};

/// Brings the main window up, focused.
pub fn show<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Closing and minimising the main window, as the settings ask.
pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: &WindowEvent, tray: bool) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    // Read only for the events that need them (moves and focus changes come often).
    let settings = || app.state::<Arc<AppState>>().settings();
    match event {
        WindowEvent::CloseRequested { api, .. } => {
            let quick_open = app.state::<quick::Quick>().is_open();
            match on_close(quick_open, settings().close_to_tray, tray) {
                Close::Quit => {}
                Close::EndQuickCopy => {
                    api.prevent_close();
                    quick::close(app);
                }
                Close::Hide => {
                    api.prevent_close();
                    let _ = window.hide();
                }
                Close::Minimise => {
                    api.prevent_close();
                    let _ = window.minimize();
                }
            }
        }
        WindowEvent::Resized(_)
            if settings().lock_on_minimise && window.is_minimized().unwrap_or(false) =>
        {
            crate::lock::lock_all(app);
        }
        _ => {}
    }
}

/// What closing the main window does.
#[derive(Debug, PartialEq, Eq)]
enum Close {
    Quit,
    EndQuickCopy,
    Hide,
    Minimise,
}

/// Closing keeps Sesame running when the person wants it (the setting): hidden in the tray,
/// or minimised where the desktop shows no tray, so it is never running invisibly.
fn on_close(quick_open: bool, close_to_tray: bool, tray: bool) -> Close {
    match (quick_open, close_to_tray, tray) {
        (true, _, _) => Close::EndQuickCopy,
        (false, false, _) => Close::Quit,
        (false, true, true) => Close::Hide,
        (false, true, false) => Close::Minimise,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn closing_never_leaves_sesame_running_invisibly() {
        use super::{on_close, Close};
        assert_eq!(on_close(false, true, true), Close::Hide);
        assert_eq!(on_close(false, true, false), Close::Minimise);
        assert_eq!(on_close(false, false, true), Close::Quit);
        assert_eq!(on_close(true, false, false), Close::EndQuickCopy);
    }
}
