//! Checks that the web UI is built (Tauri embeds it), then runs tauri-build with the app's
//! commands (read from commands.rs) declared, so the capability files apply to them, and writes
//! their registration for lib.rs.

use std::path::Path;

/// Every command the UI may call: the `#[tauri::command]` functions of commands.rs, read from
/// the source, so that their permissions (here) and their registration (`generate_handler!`,
/// written for lib.rs) are never a list kept by hand.
fn commands(source: &str) -> Vec<String> {
    source
        .split("#[tauri::command]")
        .skip(1)
        .filter_map(|after| {
            let name: String = after
                .split_once("fn ")?
                .1
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

/// `tauri::generate_handler![commands::…]` for every command, included by lib.rs.
fn write_handler(commands: &[String]) -> std::io::Result<()> {
    let out = std::env::var("OUT_DIR").map_err(std::io::Error::other)?;
    let paths: Vec<String> = commands.iter().map(|c| format!("commands::{c}")).collect();
    std::fs::write(
        Path::new(&out).join("handler.rs"),
        format!("tauri::generate_handler![{}]", paths.join(", ")),
    )
}

fn main() {
    println!("cargo:rerun-if-changed=ui/dist");
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    link_options();
    if !Path::new("ui/dist/index.html").exists() {
        println!(
            "cargo::error=The web UI is not built (ui/dist/index.html is missing). Run \
             `npm --prefix ui ci && npm --prefix ui run build`, or ./scripts/run.sh, which sets \
             everything up."
        );
        return;
    }
    println!("cargo:rerun-if-changed=src-tauri/commands.rs");
    let commands = match std::fs::read_to_string("src-tauri/commands.rs") {
        Ok(source) => commands(&source),
        Err(e) => {
            println!("cargo::error=cannot read src-tauri/commands.rs: {e}");
            return;
        }
    };
    if let Err(e) = write_handler(&commands) {
        println!("cargo::error=cannot write the command handler: {e}");
        return;
    }
    // tauri-build keeps the names for the whole build.
    let names: &'static [&'static str] = commands
        .into_iter()
        .map(|c| &*Box::leak(c.into_boxed_str()))
        .collect::<Vec<_>>()
        .leak();
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(names));
    if let Err(e) = tauri_build::try_build(attributes) {
        println!("cargo::error=tauri-build failed: {e:#}");
    }
}

/// Link options for the app's binary where Rust links it with LLD (x86_64 Linux, Rust 1.90 on).
fn link_options() {
    const ORDER: &str = "src-tauri/startup-order.txt";
    println!("cargo:rerun-if-changed={ORDER}");
    if std::env::var("TARGET").as_deref() != Ok("x86_64-unknown-linux-gnu") {
        return;
    }
    // The functions that run at start-up side by side (listed by bench/app/startup-order.sh):
    // the kernel maps a binary's code in blocks of 64 KiB or more around each page touched, so
    // scattered, these few functions kept most of the binary's code resident. Names the list
    // has that a build no longer has are skipped.
    if let Ok(order) = Path::new(ORDER).canonicalize() {
        println!(
            "cargo:rustc-link-arg-bin=sesame=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        println!("cargo:rustc-link-arg-bin=sesame=-Wl,--no-warn-symbol-ordering");
    }
    // Relative relocations packed (DT_RELR): ~500 KiB of relocation records that every start
    // reads become a few KiB. The C library must know them (glibc 2.36): the binary is built
    // where it runs, so the builder's own glibc decides.
    if glibc_at_least(2, 36) {
        println!("cargo:rustc-link-arg-bin=sesame=-Wl,-z,pack-relative-relocs");
    }
}

fn glibc_at_least(major: u32, minor: u32) -> bool {
    let Ok(out) = std::process::Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
    else {
        return false;
    };
    // "glibc 2.36"
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text
        .trim()
        .trim_start_matches("glibc ")
        .split('.')
        .map(str::parse::<u32>);
    match (parts.next(), parts.next()) {
        (Some(Ok(have_major)), Some(Ok(have_minor))) => (have_major, have_minor) >= (major, minor),
        _ => false,
    }
}
