//! Checks that the web UI is built (Tauri embeds it), then runs tauri-build with the app's
//! commands declared, so the capability files apply to them.

use std::path::Path;

/// Every command the UI may call; keep in step with `commands.rs` and the capabilities.
const COMMANDS: &[&str] = &[
    "status",
    "unlock",
    "lock",
    "switch_profile",
    "create_profile",
    "change_password",
    "create_recovery_key",
    "add_uri",
    "next_hotp",
    "set_login_unlock",
    "scan_image",
    "scan_screen",
    "save_scanned",
    "remove_entry",
    "subscribe_codes",
    "import_file",
    "import_password",
    "import_commit",
    "import_cancel",
    "export_to",
    "backup_status",
    "enable_backup",
    "disable_backup",
    "back_up_now",
    "copy_code",
    "get_settings",
    "set_settings",
    "undo_remove",
    "edit_entry",
    "find_brand",
    "reveal_entry",
    "take_link_preview",
    "reorder_entries",
    "icon_from_image",
    "quick_finish",
    "quick_close",
    "manual_preview",
    "add_manual",
];

fn main() {
    println!("cargo:rerun-if-changed=ui/dist");
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    link_startup_code_together();
    if !Path::new("ui/dist/index.html").exists() {
        println!(
            "cargo::error=The web UI is not built (ui/dist/index.html is missing). Run \
             `npm --prefix ui ci && npm --prefix ui run build`, or ./scripts/run.sh, which sets \
             everything up."
        );
        return;
    }
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        println!("cargo::error=tauri-build failed: {e:#}");
    }
}

/// Lays out the functions that run at start-up side by side (src-tauri/startup-order.txt, listed
/// by bench/app/startup-order.sh). The kernel maps a binary's code 64 KiB at a time around each
/// page touched; scattered, those few functions kept most of the binary resident.
fn link_startup_code_together() {
    const ORDER: &str = "src-tauri/startup-order.txt";
    println!("cargo:rerun-if-changed={ORDER}");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let Ok(order) = Path::new(ORDER).canonicalize() else { return };
    if linux {
        // Symbols the list names that a build no longer has are left out, silently.
        println!("cargo:rustc-link-arg-bin=sesame=-Wl,--symbol-ordering-file={}", order.display());
        println!("cargo:rustc-link-arg-bin=sesame=-Wl,--no-warn-symbol-ordering");
    }
}
