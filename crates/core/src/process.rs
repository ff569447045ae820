//! Keeping the process's memory to itself, where the system allows: it holds vault keys and,
//! briefly, revealed secrets.

// The system calls that do it (prctl, setrlimit, mlock) have no safe wrapper in a well-kept crate.
#![allow(unsafe_code)]

/// Called first thing by the app and the CLI. On Linux the process becomes non-dumpable: no
/// core file is written (it would hold the vault key) and other processes of the same user
/// cannot ptrace it or read its memory through /proc. Elsewhere nothing changes.
pub fn harden() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl and setrlimit with constant arguments; they only change this process's flags.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::setrlimit(libc::RLIMIT_CORE, &none);
    }
}

/// Whether the process may be dumped or traced (Linux; elsewhere `None`).
pub fn dumpable() -> Option<bool> {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_GET_DUMPABLE only reads this process's flag.
    return Some(unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) } != 0);
    #[cfg(not(target_os = "linux"))]
    None
}

/// Asks the system to keep these bytes out of swap (mlock) where it allows; a refusal (a
/// small RLIMIT_MEMLOCK, another system) leaves them as they were.
pub(crate) fn lock_memory(bytes: &[u8]) {
    #[cfg(unix)]
    // SAFETY: the range is a live allocation of ours; mlock only changes how its pages are kept.
    unsafe {
        libc::mlock(bytes.as_ptr().cast(), bytes.len());
    }
    #[cfg(not(unix))]
    let _ = bytes;
}

/// Undoes [`lock_memory`] once the bytes are zeroized. The pages may hold another locked key,
/// which then loses its lock too: mlock does not count.
pub(crate) fn unlock_memory(bytes: &[u8]) {
    #[cfg(unix)]
    // SAFETY: as in lock_memory.
    unsafe {
        libc::munlock(bytes.as_ptr().cast(), bytes.len());
    }
    #[cfg(not(unix))]
    let _ = bytes;
}
