//! Process hardening, in a test binary of its own (it changes the whole process): after
//! `harden` the process cannot be dumped or traced, and a vault key sits in locked memory.

#[cfg(target_os = "linux")]
#[test]
fn not_dumpable_and_keys_locked_in_memory() {
    use sesame_core::{crypto::Key, process};
    let locked_kib = || {
        std::fs::read_to_string("/proc/self/status")
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix("VmLck:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .unwrap()
    };
    assert_eq!(process::dumpable(), Some(true));
    process::harden();
    assert_eq!(process::dumpable(), Some(false));
    let before = locked_kib();
    let key = Key::random();
    assert!(locked_kib() > before, "the key's page is locked");
    drop(key);
    assert_eq!(locked_kib(), before, "and unlocked once zeroized");
}
