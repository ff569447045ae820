//! Sesame on the desktop around it: the real app's setup (the tray, the main window's events,
//! the session watch, quick copy's shortcut), and the settings the desktop keeps for it (the
//! quick-copy shortcut, start at login).

use crate::{main_window, quick, session_watch, tray};
use sesame_core::settings::AppSettings;
use sesame_service::state::AppState;
use std::sync::Arc;
use tauri::{AppHandle, Manager, Runtime};

/// The desktop side of the real app (the mock runtime of the tests has none of it).
pub fn setup(app: &tauri::App, argv: &[String]) -> tauri::Result<()> {
    let handle = app.handle().clone();
    let settings = app.state::<Arc<AppState>>().settings();
    #[cfg(target_os = "linux")]
    {
        let h = handle.clone();
        if let Some(grab) = crate::shortcut::Grab::start(move || quick::open(&h)) {
            app.manage(grab);
        }
    }
    #[cfg(not(target_os = "linux"))]
    handle.plugin(
        tauri_plugin_global_shortcut::Builder::new()
            .with_handler(|app, _, event| {
                if event.state() == tauri_plugin_global_shortcut::ShortcutState::Pressed {
                    quick::open(app);
                }
            })
            .build(),
    )?;
    handle.plugin(tauri_plugin_autostart::init(
        tauri_plugin_autostart::MacosLauncher::LaunchAgent,
        Some(vec!["--hidden"]),
    ))?;
    let nothing_yet = AppSettings {
        quick_copy_shortcut: String::new(),
        // Enabled again at each start: the entry then names this build's path.
        start_at_login: false,
        ..settings.clone()
    };
    if let Err(e) = apply(&handle, &nothing_yet, &settings) {
        eprintln!("sesame: {e}");
    }
    let tray = tray::shown() && tray::build(&handle).is_ok();
    if let Some(window) = app.get_webview_window("main") {
        let h = handle.clone();
        window.on_window_event(move |event| main_window::on_event(&h, event, tray));
        if quick::asked(argv) {
            quick::open(&handle);
        } else if argv.iter().any(|a| a == "--hidden") {
            // Started at login: out of the way, but never invisible without a tray.
            if !tray {
                let _ = window.minimize();
                let _ = window.show();
            }
        } else {
            let _ = window.show();
        }
    }
    #[cfg(target_os = "linux")]
    if std::env::var("XDG_SESSION_TYPE").as_deref() == Ok("wayland") {
        portal_shortcut(handle.clone(), settings.quick_copy_shortcut.clone());
    }
    session_watch::start(handle);
    Ok(())
}

/// "Ctrl+Alt+S" in the XDG shortcuts notation the portal takes: "CTRL+ALT+s".
#[cfg(target_os = "linux")]
pub fn xdg_trigger(accelerator: &str) -> String {
    accelerator
        .split('+')
        .map(|part| {
            use crate::shortcut::{modifier, Modifier};
            match modifier(part) {
                Some(Modifier::Ctrl) => "CTRL".to_owned(),
                Some(Modifier::Alt) => "ALT".to_owned(),
                Some(Modifier::Shift) => "SHIFT".to_owned(),
                Some(Modifier::Super) => "LOGO".to_owned(),
                None => part.trim().to_ascii_lowercase(),
            }
        })
        .collect::<Vec<_>>()
        .join("+")
}

/// Under Wayland an app cannot grab keys: ask the desktop portal's GlobalShortcuts for quick
/// copy (the desktop may let the person confirm or choose the keys). Where there is no such
/// portal, `sesame --quick-copy` bound in the desktop's keyboard settings does the same.
#[cfg(target_os = "linux")]
fn portal_shortcut<R: Runtime>(app: AppHandle<R>, accelerator: String) {
    use ashpd::desktop::global_shortcuts::{GlobalShortcuts, NewShortcut};
    use futures_util::StreamExt;
    if accelerator.trim().is_empty() {
        return;
    }
    tauri::async_runtime::spawn(async move {
        let bound = async {
            let portal = GlobalShortcuts::new().await?;
            let session = portal.create_session().await?;
            let trigger = xdg_trigger(&accelerator);
            let shortcut = NewShortcut::new("quick-copy", "Open Sesame's quick copy")
                .preferred_trigger(trigger.as_str());
            portal
                .bind_shortcuts(&session, &[shortcut], None)
                .await?
                .response()?;
            let mut activated = portal.receive_activated().await?;
            while let Some(event) = activated.next().await {
                if event.shortcut_id() == "quick-copy" {
                    quick::open(&app);
                }
            }
            drop(session);
            Ok::<_, ashpd::Error>(())
        };
        if let Err(e) = bound.await {
            eprintln!(
                "sesame: the desktop portal gave no global shortcut ({e}); bind `sesame --quick-copy` in the keyboard settings instead"
            );
        }
    });
}

/// Applies the settings that reach outside the window: registers the quick-copy shortcut
/// (refusing one the system will not give) and turns start at login on or off.
pub fn apply<R: Runtime>(
    app: &AppHandle<R>,
    old: &AppSettings,
    new: &AppSettings,
) -> Result<(), String> {
    if old.quick_copy_shortcut != new.quick_copy_shortcut {
        let wanted = new.quick_copy_shortcut.trim();
        set_shortcut(app, &old.quick_copy_shortcut, wanted)
            .map_err(|e| format!("Sesame cannot use {wanted} as its shortcut: {e}"))?;
    }
    if old.start_at_login != new.start_at_login
        && app
            .try_state::<tauri_plugin_autostart::AutoLaunchManager>()
            .is_some()
    {
        use tauri_plugin_autostart::ManagerExt;
        let launcher = app.autolaunch();
        let done = if new.start_at_login {
            launcher.enable()
        } else {
            launcher.disable()
        };
        done.map_err(|e| format!("Sesame cannot change whether it starts at login: {e}"))?;
    }
    Ok(())
}

/// X11: Sesame's own key grab (shortcut.rs). Without an X display (Wayland's portal takes the
/// shortcut at start; the tests' mock runtime) the accelerator is still checked.
#[cfg(target_os = "linux")]
fn set_shortcut<R: Runtime>(app: &AppHandle<R>, _old: &str, wanted: &str) -> Result<(), String> {
    match app.try_state::<crate::shortcut::Grab>() {
        Some(grab) => grab.set(wanted),
        None if wanted.is_empty() => Ok(()),
        None => crate::shortcut::parse(wanted).map(drop),
    }
}

#[cfg(not(target_os = "linux"))]
fn set_shortcut<R: Runtime>(app: &AppHandle<R>, old: &str, wanted: &str) -> Result<(), String> {
    use tauri_plugin_global_shortcut::GlobalShortcutExt;
    if app
        .try_state::<tauri_plugin_global_shortcut::GlobalShortcut<R>>()
        .is_none()
    {
        return Ok(());
    }
    let shortcuts = app.global_shortcut();
    let _ = shortcuts.unregister_all();
    if wanted.is_empty() {
        return Ok(());
    }
    shortcuts.register(wanted).map_err(|e| {
        // Keep the one that worked.
        if !old.is_empty() {
            let _ = shortcuts.register(old);
        }
        e.to_string()
    })
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn accelerators_become_xdg_triggers() {
        assert_eq!(super::xdg_trigger("Ctrl+Alt+S"), "CTRL+ALT+s");
        assert_eq!(super::xdg_trigger("CmdOrCtrl+Shift+K"), "CTRL+SHIFT+k");
        assert_eq!(super::xdg_trigger("Super+space"), "LOGO+space");
    }
}
