//! Options for WebKit's JavaScript engine, which its web process reads from the environment it
//! inherits from Sesame (Linux; other systems' web views do not read them).

/// JavaScriptCore without its JIT compilers: its interpreter runs the page's small,
/// event-driven script as fast as the list and search need, and the compilers' own code and
/// memory cost the web process ~10 MiB (bench/app). An engine without a JIT also leaves less
/// of itself exposed, as in Apple's Lockdown Mode. A value the person set is kept. Called
/// first thing in `main`: changing the environment is not safe once other threads run.
pub fn tune() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("JSC_useJIT").is_none() {
        std::env::set_var("JSC_useJIT", "0");
    }
}
