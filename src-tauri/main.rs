// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if std::env::args().nth(1).as_deref() == Some("--version") {
        println!("sesame {}", env!("CARGO_PKG_VERSION"));
        return;
    }
    sesame_core::process::harden();
    sesame_app::engine::tune();
    sesame_app::heap::one_arena();
    sesame_app::run();
}
