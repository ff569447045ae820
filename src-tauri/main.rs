// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    sesame_core::process::harden();
    sesame_app::engine::tune();
    sesame_app::heap::one_arena();
    sesame_app::run();
}
