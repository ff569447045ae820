//! Sesame's desktop shell: adapts the application service (sesame-service) to Tauri's
//! commands, windows, tray, shortcuts and events. Domain logic lives in sesame-core.

mod active_window;
mod commands;
mod desktop;
pub mod engine;
pub mod heap;
mod links;
mod lock;
mod main_window;
mod push;
mod quick;
mod session_watch;
mod shortcut;
mod tray;
mod worker;

use sesame_service::{brands, dto, housekeeping, state};

/// Whether Sesame was started for quick copy (`--quick-copy`, the desktop file's action).
pub use quick::asked as quick_copy_asked;
use std::sync::Arc;
use tauri::{Manager, Runtime};

/// The app's commands and state on any runtime, so tests can use Tauri's mock runtime.
pub fn builder<R: Runtime>(
    builder: tauri::Builder<R>,
    state: impl Into<Arc<state::AppState>>,
) -> tauri::Builder<R> {
    let state = state.into();
    let pages = Arc::new(push::Pages::default());
    backup_task(Arc::clone(&state), Arc::clone(&pages));
    builder
        .manage(state)
        .manage(pages)
        .manage(quick::Quick::default())
        // Every #[tauri::command] of commands.rs (build.rs lists them).
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::Destroyed = event {
                window.state::<Arc<push::Pages>>().stop(window.label());
            }
        })
}

/// The service's backup and clock timetable, on Tauri's runtime; a changed clock answer is
/// pushed to the page.
fn backup_task(state: Arc<state::AppState>, pages: Arc<push::Pages>) {
    tauri::async_runtime::spawn(housekeeping::run(state, move || {
        pages.tell("main", dto::Push::Status)
    }));
}

/// A .deb or .rpm installs Sesame in /usr/bin, and its desktop file names the link handlers
/// (a build copied to /usr/local/bin is no package's, and registers itself).
#[cfg(any(target_os = "linux", windows))]
fn installed_by_package() -> bool {
    cfg!(target_os = "linux")
        && std::env::current_exe().is_ok_and(|exe| exe.starts_with("/usr/bin"))
}

pub fn run() {
    // Single instance, registered first: a second launch focuses the running window, and an
    // otpauth link it was given waits for the running one to preview it.
    let single = tauri_plugin_single_instance::init(|app, argv, _cwd| {
        if quick::asked(&argv) {
            return quick::open(app);
        }
        links::hand_over(app, &argv);
        main_window::show(app);
    });
    let state = state::AppState::start();
    if let Some(link) = links::find(&std::env::args().collect::<Vec<_>>()) {
        state.open_link(link);
    }
    let app = builder(
        tauri::Builder::default()
            .plugin(single)
            .plugin(tauri_plugin_dialog::init())
            .plugin(tauri_plugin_deep_link::init())
            .setup(|app| {
                // Installed bundles declare the schemes; a development build or an AppImage
                // registers itself so that otpauth:// links open it. On its own thread: on Linux
                // it runs update-desktop-database and xdg-mime for each scheme, and waits.
                #[cfg(any(target_os = "linux", windows))]
                if !installed_by_package() {
                    use tauri_plugin_deep_link::DeepLinkExt;
                    let handle = app.handle().clone();
                    std::thread::spawn(move || {
                        if let Err(e) = handle.deep_link().register_all() {
                            eprintln!("sesame: cannot register for otpauth:// links: {e}");
                        }
                    });
                }
                if let Some(index) = app.asset_resolver().get("icons/index.json".into()) {
                    brands::provide(index.bytes);
                }
                desktop::setup(app, &std::env::args().collect::<Vec<_>>())?;
                // macOS hands otpauth:// links to the running app as an event, not in argv.
                #[cfg(target_os = "macos")]
                {
                    use tauri_plugin_deep_link::DeepLinkExt;
                    let handle = app.handle().clone();
                    app.deep_link().on_open_url(move |event| {
                        let urls: Vec<String> =
                            event.urls().iter().map(|u| u.to_string()).collect();
                        links::hand_over(&handle, &urls);
                        main_window::show(&handle);
                    });
                }
                Ok(())
            }),
        state,
    )
    .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|handle, event| {
            // A copied code does not outlive Sesame on the clipboard.
            if let tauri::RunEvent::Exit = event {
                handle.state::<Arc<state::AppState>>().clear_copied(None);
            }
        }),
        Err(e) => {
            eprintln!("sesame: cannot start: {e}");
            std::process::exit(1);
        }
    }
}
