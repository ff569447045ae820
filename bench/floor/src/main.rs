//! An empty Tauri window with Sesame's window size, CSP and build profile: what any Tauri app
//! costs before it does anything. bench/app/run.sh compares Sesame against it.

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("floor: {e}");
        std::process::exit(1);
    }
}
