//! Options for WebKit's JavaScript engine, which its web process reads from the environment it
//! inherits from Sesame (Linux; other systems' web views do not read them).

/// JavaScriptCore with its baseline JIT only: its optimising tiers (DFG, FTL, which needs the
/// DFG) cost the web process ~4.5 MiB for a small, event-driven script that never runs long
/// enough to gain from them, while the baseline JIT keeps a search keystroke within a frame
/// (without any JIT, the interpreter's p95 was 3–5 ms slower; bench/app). The optimising tiers
/// are also where most of the engine's exploited bugs have been. A value the person set is
/// kept. Called first thing in `main`: changing the environment is not safe once other
/// threads run.
pub fn tune() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("JSC_useDFGJIT").is_none() {
        std::env::set_var("JSC_useDFGJIT", "0");
    }
}
