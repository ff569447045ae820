//! The tray icon, where the desktop shows one: copy a favourite, open, quick copy, lock, quit.
//! Its menu holds names only, never codes.

use crate::{main_window, quick};
use sesame_core::i18n::Catalogue;
use sesame_service::state::AppState;
use std::sync::Arc;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

const TRAY: &str = "main";

/// Whether the desktop shows tray icons: on Linux, only while a StatusNotifier host runs (KDE,
/// most others; not stock GNOME), else an icon would be invisible and a hidden window lost.
pub fn shown() -> bool {
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

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let mut builder = TrayIconBuilder::with_id(TRAY)
        .tooltip("Sesame")
        .menu(&menu(app)?)
        .on_menu_event(|app, event| on_menu(app, event.id().as_ref()));
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    // Favourites change with the accounts: rebuild the menu (names only, never codes).
    let app = app.clone();
    let mut changes = app.state::<Arc<AppState>>().watch();
    tauri::async_runtime::spawn(async move {
        while changes.changed().await.is_ok() {
            refresh(&app);
        }
    });
    Ok(())
}

/// Rebuilds the menu: favourites changed, or the language did.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    if let (Some(tray), Ok(menu)) = (app.tray_by_id(TRAY), menu(app)) {
        let _ = tray.set_menu(Some(menu));
    }
}

fn menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let menu = Menu::new(app)?;
    let state = app.state::<Arc<AppState>>();
    let words = Catalogue::cached(state.language());
    let item = |id: &str, words: &str| MenuItem::with_id(app, id, words, true, None::<&str>);
    let favourites = state.with_entries(|entries| {
        entries
            .iter()
            .filter(|e| e.meta.favorite)
            .map(|e| (e.id, e.account.label()))
            .collect::<Vec<_>>()
    });
    for (id, label) in &favourites {
        menu.append(&item(
            &format!("copy:{id}"),
            &words.get("tray-copy", &[("name", label.as_str().into())]),
        )?)?;
    }
    if !favourites.is_empty() {
        menu.append(&PredefinedMenuItem::separator(app)?)?;
    }
    menu.append(&item("open", &words.get("tray-open", &[]))?)?;
    menu.append(&item("quick", &words.get("tray-quick-copy", &[]))?)?;
    menu.append(&item("lock", &words.get("tray-lock", &[]))?)?;
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&item("quit", &words.get("tray-quit", &[]))?)?;
    Ok(menu)
}

fn on_menu<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match id {
        "open" => main_window::show(app),
        "quick" => quick::open(app),
        "lock" => crate::lock::lock_all(app),
        "quit" => app.exit(0),
        other => {
            let Some(id) = other.strip_prefix("copy:").and_then(|n| n.parse().ok()) else {
                return;
            };
            let state = Arc::clone(&app.state::<Arc<AppState>>());
            let app = app.clone();
            tauri::async_runtime::spawn(async move {
                // A locked profile: open the window to unlock it.
                if state.copy(id).await.is_err() {
                    main_window::show(&app);
                }
            });
        }
    }
}
