// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    lighter_processes();
    sesame_app::run();
}

/// Sesame mostly waits; measured against an empty Tauri window (bench/app), these settings take
/// ~6 MiB off its resident memory at no cost in speed (docs/benchmarks.md). They must be made
/// before any thread starts or WebKit process is spawned.
#[cfg(target_os = "linux")]
fn lighter_processes() {
    // One malloc arena instead of one per thread that ever allocated (up to 8 per core): the
    // app's threads allocate little, and their idle arenas held ~3 MiB.
    #[cfg(target_env = "gnu")]
    // SAFETY: called first thing in main, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
    // No optimising JIT tiers (DFG, and FTL above it) in the page's JavaScriptCore: the page's
    // scripts are small, and searching 2,000 accounts is as fast with the baseline JIT, while
    // the optimising compilers' code and output cost ~4 MiB. The web process inherits this
    // environment; a person's own JSC_useDFGJIT setting wins.
    if std::env::var_os("JSC_useDFGJIT").is_none() {
        std::env::set_var("JSC_useDFGJIT", "false");
    }
}
