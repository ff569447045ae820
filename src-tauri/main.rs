// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // One malloc arena instead of one per thread that ever allocated (up to 8 per core): the
    // app's threads allocate little, and their idle arenas held ~3 MiB (bench/app, PSS).
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: first thing in main, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
    sesame_app::run();
}
