//! What Sesame does with the desktop around it: the quick-copy shortcut, start at login, the
//! tray (where the desktop shows one), closing and minimising, and locking when the session
//! locks or the machine suspends.

use crate::quick;
use sesame_core::settings::AppSettings;
use sesame_service::state::AppState;
use std::sync::Arc;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime, WindowEvent};

const TRAY: &str = "main";

/// Whether the desktop shows tray icons: on Linux, only while a StatusNotifier host runs (KDE,
/// most others; not stock GNOME), else an icon would be invisible and a hidden window lost.
pub fn tray_shown() -> bool {
    #[cfg(target_os = "linux")]
    {
        let has_host = || -> zbus::Result<bool> {
            let conn = zbus::blocking::Connection::session()?;
            let dbus = zbus::blocking::fdo::DBusProxy::new(&conn)?;
            Ok(dbus.name_has_owner("org.kde.StatusNotifierWatcher".try_into()?)?)
        };
        has_host().unwrap_or(false)
    }
    #[cfg(not(target_os = "linux"))]
    true
}

/// Everything above, on the real app (the mock runtime of the tests has none of it).
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
    let tray = tray_shown() && build_tray(&handle).is_ok();
    if let Some(window) = app.get_webview_window("main") {
        let h = handle.clone();
        window.on_window_event(move |event| on_main_window(&h, event, tray));
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
    watch_session(handle);
    Ok(())
}

/// "Ctrl+Alt+S" in the XDG shortcuts notation the portal takes: "CTRL+ALT+s".
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

/// Locks the open profile (whatever asked: the tray, the session, minimising), closes quick
/// copy, and tells the window, which closes every view of the profile and shows the lock screen.
pub fn lock_all<R: Runtime>(app: &AppHandle<R>) {
    app.state::<Arc<AppState>>().lock_profile();
    quick::close(app);
    crate::push::tell(app, sesame_service::dto::Push::Status);
}

fn on_main_window<R: Runtime>(app: &AppHandle<R>, event: &WindowEvent, tray: bool) {
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
            lock_all(app);
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

fn build_tray<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let mut builder = TrayIconBuilder::with_id(TRAY)
        .tooltip("Sesame")
        .menu(&tray_menu(app)?)
        .on_menu_event(|app, event| on_tray_menu(app, event.id().as_ref()));
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    // Favourites change with the accounts: rebuild the menu (names only, never codes).
    let app = app.clone();
    let mut changes = app.state::<Arc<AppState>>().watch();
    tauri::async_runtime::spawn(async move {
        while changes.changed().await.is_ok() {
            if let (Some(tray), Ok(menu)) = (app.tray_by_id(TRAY), tray_menu(&app)) {
                let _ = tray.set_menu(Some(menu));
            }
        }
    });
    Ok(())
}

fn tray_menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let menu = Menu::new(app)?;
    let favourites = app.state::<Arc<AppState>>().with_entries(|entries| {
        entries
            .iter()
            .filter(|e| e.meta.favorite)
            .map(|e| (e.id, e.account.label()))
            .collect::<Vec<_>>()
    });
    for (id, label) in &favourites {
        menu.append(&MenuItem::with_id(
            app,
            format!("copy:{id}"),
            format!("Copy {label}"),
            true,
            None::<&str>,
        )?)?;
    }
    if !favourites.is_empty() {
        menu.append(&PredefinedMenuItem::separator(app)?)?;
    }
    menu.append(&MenuItem::with_id(
        app,
        "open",
        "Open Sesame",
        true,
        None::<&str>,
    )?)?;
    menu.append(&MenuItem::with_id(
        app,
        "quick",
        "Quick copy…",
        true,
        None::<&str>,
    )?)?;
    menu.append(&MenuItem::with_id(app, "lock", "Lock", true, None::<&str>)?)?;
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&MenuItem::with_id(app, "quit", "Quit", true, None::<&str>)?)?;
    Ok(menu)
}

fn on_tray_menu<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match id {
        "open" => show_main(app),
        "quick" => quick::open(app),
        "lock" => lock_all(app),
        "quit" => app.exit(0),
        other => {
            let Some(id) = other.strip_prefix("copy:").and_then(|n| n.parse().ok()) else {
                return;
            };
            let state = Arc::clone(&app.state::<Arc<AppState>>());
            let app = app.clone();
            tauri::async_runtime::spawn(async move {
                // A locked profile: open the window to unlock it.
                if crate::copy::copy(state, id).await.is_err() {
                    show_main(&app);
                }
            });
        }
    }
}

pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Locks when the screen locks or the machine is about to sleep, as the session reports it:
/// the screensaver's ActiveChanged (freedesktop and GNOME) on the session bus, logind's Lock
/// and PrepareForSleep on the system bus. Where a bus is missing, nothing is watched there.
fn watch_session<R: Runtime>(app: AppHandle<R>) {
    #[cfg(target_os = "linux")]
    {
        use zbus::blocking::{Connection, MessageIterator};
        use zbus::message::Type;
        use zbus::MatchRule;
        let listen = |connect: fn() -> zbus::Result<Connection>,
                      rule: fn() -> zbus::Result<MatchRule<'static>>| {
            let app = app.clone();
            std::thread::spawn(move || {
                let Ok(conn) = connect() else { return };
                let Ok(messages) =
                    rule().and_then(|r| MessageIterator::for_match_rule(r, &conn, Some(16)))
                else {
                    return;
                };
                // A broken connection ends the watch rather than spinning on its errors.
                for msg in messages.map_while(Result::ok) {
                    let header = msg.header();
                    let member = header
                        .member()
                        .map(|m| m.as_str().to_owned())
                        .unwrap_or_default();
                    let locks = match member.as_str() {
                        "ActiveChanged" | "PrepareForSleep" => {
                            msg.body().deserialize::<bool>().unwrap_or(false)
                        }
                        "Lock" => true,
                        _ => false,
                    };
                    if locks {
                        lock_all(&app);
                    }
                }
            });
        };
        listen(Connection::session, || {
            Ok(MatchRule::builder()
                .msg_type(Type::Signal)
                .member("ActiveChanged")?
                .build())
        });
        listen(Connection::system, || {
            Ok(MatchRule::builder()
                .msg_type(Type::Signal)
                .sender("org.freedesktop.login1")?
                .build())
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
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

    #[test]
    fn accelerators_become_xdg_triggers() {
        assert_eq!(super::xdg_trigger("Ctrl+Alt+S"), "CTRL+ALT+s");
        assert_eq!(super::xdg_trigger("CmdOrCtrl+Shift+K"), "CTRL+SHIFT+k");
        assert_eq!(super::xdg_trigger("Super+space"), "LOGO+space");
    }
}
