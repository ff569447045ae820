//! Options for WebKit's JavaScript engine and allocator, which its web process reads from the
//! environment it inherits from Sesame (Linux; other systems' web views do not read them).

/// Environment variables WebKit reads, with the values Sesame gives them.
#[cfg(target_os = "linux")]
const OPTIONS: [(&str, &str); 2] = [
    // JavaScriptCore with its baseline JIT only: its optimising tiers (DFG, FTL, which needs the
    // DFG) cost the web process ~4.5 MiB for a small, event-driven script that never runs long
    // enough to gain from them, while the baseline JIT keeps a search keystroke within a frame
    // (without any JIT, the interpreter's p95 was 3–5 ms slower; bench/app). The optimising
    // tiers are also where most of the engine's exploited bugs have been.
    ("JSC_useDFGJIT", "0"),
    // The system's malloc instead of WebKit's own (bmalloc/libpas): libpas runs a scavenger
    // thread in each process that wakes whenever memory was freed, which with the countdown's
    // frame each second was a third of Sesame's idle CPU (0.75 → 0.50 %, and PSS 2–3 MiB lower;
    // start-up and search unchanged; bench/app). What goes with it, heaps isolated by type and
    // the Gigacage around JavaScript's arrays, hardens a browser against hostile pages; this web
    // view runs only Sesame's own script under its content security policy, and decodes only
    // Sesame's images (bundled brand icons, PNGs Sesame encoded).
    ("Malloc", "1"),
];

/// Sets WebKit's options, keeping any value the person set. Called first thing in `main`:
/// changing the environment is not safe once other threads run.
pub fn tune() {
    #[cfg(target_os = "linux")]
    for (name, value) in OPTIONS {
        if std::env::var_os(name).is_none() {
            std::env::set_var(name, value);
        }
    }
}
