//! Quick copy: a global shortcut (or `sesame --quick-copy`) turns the main window into a small
//! search box on the monitor under the pointer, with the account the previously active
//! window's title names already selected. Enter copies (or types) its code and puts the window
//! back as it was. A mode of the main window rather than a second one: nothing to load when
//! the shortcut is pressed, and no second WebKit process.

use crate::active_window::{self, Target};
use sesame_core::i18n::Catalogue;
use sesame_service::dto::{CommandError, Push, QuickOpen, QuickOutcome};
use sesame_service::state::AppState;
use std::sync::{Arc, Mutex};
use tauri::{AppHandle, Manager, PhysicalPosition, PhysicalSize, Runtime};

/// The quick-copy window's size, in logical pixels.
const SIZE: (f64, f64) = (480.0, 430.0);

/// How the main window was before quick copy took it over.
struct Restore {
    visible: bool,
    maximized: bool,
    position: PhysicalPosition<i32>,
    size: PhysicalSize<u32>,
}

struct Open {
    target: Option<Target>,
    restore: Restore,
}

/// Whether quick copy is open, and what to give back when it closes.
#[derive(Default)]
pub struct Quick(Mutex<Option<Open>>);

impl Quick {
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Open>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn is_open(&self) -> bool {
        self.lock().is_some()
    }
}

/// Opens quick copy. A second press keeps the restore point, and takes the window it was
/// pressed over as the new target (pressed over Sesame itself, the target stays).
pub fn open<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let quick = app.state::<Quick>();
    let mut open = quick.lock();
    if let Some(o) = open.as_mut() {
        if let Some(now) = active_window::current() {
            o.target = Some(now);
        }
    } else {
        let restore = Restore {
            visible: window.is_visible().unwrap_or(false)
                && !window.is_minimized().unwrap_or(false),
            maximized: window.is_maximized().unwrap_or(false),
            position: window.outer_position().unwrap_or_default(),
            size: window.inner_size().unwrap_or_default(),
        };
        *open = Some(Open {
            target: active_window::current(),
            restore,
        });
    }
    let target = open.as_ref().and_then(|o| o.target.clone());
    drop(open);
    let suggested = target
        .as_ref()
        .and_then(|t| app.state::<Arc<AppState>>().suggest(&t.title));
    let open = QuickOpen {
        suggested,
        title: target.map(|t| t.title),
    };
    crate::push::tell(app, Push::Quick { open });
    let _ = window.unmaximize();
    let _ = window.set_size(tauri::LogicalSize::new(SIZE.0, SIZE.1));
    let monitor = app
        .cursor_position()
        .ok()
        .and_then(|p| app.monitor_from_point(p.x, p.y).ok().flatten())
        .or_else(|| window.primary_monitor().ok().flatten());
    if let Some(m) = monitor {
        let scale = m.scale_factor();
        let (w, h) = ((SIZE.0 * scale) as i32, (SIZE.1 * scale) as i32);
        let x = m.position().x + (m.size().width as i32 - w) / 2;
        // A little above the middle, where a launcher sits.
        let y = m.position().y + (m.size().height as i32 - h) / 3;
        let _ = window.set_position(PhysicalPosition::new(x, y));
    }
    let _ = window.set_always_on_top(true);
    let _ = window.unminimize();
    let _ = window.show();
    let _ = window.set_focus();
    // The window maps a moment later: then take the focus for certain.
    std::thread::spawn(|| {
        for _ in 0..20 {
            std::thread::sleep(std::time::Duration::from_millis(25));
            if active_window::focus_own() {
                break;
            }
        }
    });
}

/// Puts the main window back as it was (hidden, if it was) and forgets the target.
pub fn close<R: Runtime>(app: &AppHandle<R>) -> Option<Target> {
    let open = app.state::<Quick>().lock().take()?;
    crate::push::tell(app, Push::QuickClosed);
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_always_on_top(false);
        let r = &open.restore;
        if !r.visible {
            let _ = window.hide();
        }
        let _ = window.set_size(r.size);
        let _ = window.set_position(r.position);
        if r.maximized {
            let _ = window.maximize();
        }
    }
    open.target
}

/// Enter (or Shift+Enter) in quick copy: copies the code, or types it into the window that was
/// active. Typing hides Sesame and gives that window the focus back first; where the system
/// refuses either, the code is copied instead and Sesame comes back to say so.
pub async fn finish<R: Runtime>(
    app: &AppHandle<R>,
    id: i64,
    type_it: bool,
) -> Result<QuickOutcome, CommandError> {
    let state = Arc::clone(&app.state::<Arc<AppState>>());
    let words = Catalogue::cached(state.language());
    if !type_it {
        let copied = state.copy(id).await?;
        close(app);
        return Ok(QuickOutcome {
            typed: false,
            message: clear_note(words, words.get("quick-copied", &[]), copied.clear_seconds),
        });
    }
    let target = close(app);
    let typed = match target {
        None => Err(words.get("quick-no-target", &[])),
        Some(target) => {
            let s = Arc::clone(&state);
            tauri::async_runtime::spawn_blocking(move || type_code(&s, words, id, &target))
                .await
                .unwrap_or_else(|_| Err(words.get("quick-typing-failed", &[])))
        }
    };
    match typed {
        Ok(()) => Ok(QuickOutcome {
            typed: true,
            message: words.get("quick-typed", &[]),
        }),
        Err(why) => {
            let copied = state.copy(id).await?;
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.show();
                let _ = w.set_focus();
            }
            Ok(QuickOutcome {
                typed: false,
                message: clear_note(
                    words,
                    words.get("quick-copied-instead", &[("why", why.into())]),
                    copied.clear_seconds,
                ),
            })
        }
    }
}

fn clear_note(words: &Catalogue, what: String, seconds: u32) -> String {
    if seconds == 0 {
        what
    } else {
        words.get(
            "quick-clears",
            &[("what", what.into()), ("seconds", seconds.into())],
        )
    }
}

/// Types the code into the target window: the code never touches the clipboard.
fn type_code(state: &AppState, words: &Catalogue, id: i64, target: &Target) -> Result<(), String> {
    use enigo::{Enigo, Keyboard, Settings};
    if !active_window::activate(target) {
        return Err(words.get("quick-cannot-focus", &[]));
    }
    // Let the window take the focus before the keys arrive; then make sure it has it, since a
    // window that closed, or a focus the system refused, would send the code elsewhere.
    std::thread::sleep(std::time::Duration::from_millis(150));
    if !active_window::is_focused(target) {
        return Err(words.get(
            "quick-lost-keyboard",
            &[("window", target.title.as_str().into())],
        ));
    }
    let mut enigo =
        Enigo::new(&Settings::default()).map_err(|_| words.get("quick-cannot-type", &[]))?;
    let code = state.code_to_use(id).map_err(|e| e.message)?;
    enigo
        .text(&code)
        .map_err(|_| words.get("quick-keys-refused", &[]))
}

/// Whether `argv` asks for quick copy (`sesame --quick-copy`, for desktops where Sesame cannot
/// grab a global shortcut itself).
pub fn asked(argv: &[String]) -> bool {
    argv.iter().any(|a| a == "--quick-copy")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_quick_copy_flag_is_found() {
        assert!(super::asked(&["sesame".into(), "--quick-copy".into()]));
        assert!(!super::asked(&["sesame".into(), "otpauth://totp/x".into()]));
    }
}
