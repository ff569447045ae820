//! The app's own heap (glibc's malloc; WebKit's processes have their own allocator).

// mallopt and malloc_trim are glibc calls with no safe wrapper.
#![allow(unsafe_code)]

/// One malloc arena instead of one per thread that ever allocated (up to 8 per core): the
/// app's threads allocate little, and their idle arenas held ~3 MiB (bench/app, PSS).
pub fn one_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: called first thing in main, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// Gives the free pages inside the heap back to the system after a burst of work (start-up,
/// a push), not in a loop: malloc only trims the heap's top by itself, and start-up left
/// ~1.7 MiB free in holes (bench/app, PSS).
pub fn release_free() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only changes the allocator's own bookkeeping, under its locks.
    unsafe {
        libc::malloc_trim(0);
    }
}
