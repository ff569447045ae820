//! A command is declared in five places: its function in `src-tauri/commands.rs`, its entry
//! in `generate_handler!` (`src-tauri/lib.rs`), its name in `src-tauri/build.rs` (which makes
//! its permission), its permission in the main window's capability, and its wrapper in
//! `ui/src/lib/ipc.ts`. This fails, naming what is missing where, when they disagree.

use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The words after each `marker`, up to the first character that cannot be in a name.
fn names_after(text: &str, marker: &str) -> BTreeSet<String> {
    text.split(marker)
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect::<String>()
        })
        .filter(|n| !n.is_empty())
        .collect()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).expect("the start marker") + start.len();
    let to = from + text[from..].find(end).expect("the end marker");
    &text[from..to]
}

#[test]
fn every_command_is_declared_in_all_five_places() {
    let commands = read("src-tauri/commands.rs");
    // The function after each #[tauri::command], past `pub`, `async` and `fn`.
    let defined: BTreeSet<String> = commands
        .split("#[tauri::command]")
        .skip(1)
        .map(|rest| {
            let rest = &rest[rest.find("fn ").expect("a function") + 3..];
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect();
    let handled = names_after(
        between(&read("src-tauri/lib.rs"), "generate_handler![", "]"),
        "commands::",
    );
    let built: BTreeSet<String> = between(&read("src-tauri/build.rs"), "const COMMANDS", "];")
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    let allowed: BTreeSet<String> =
        names_after(&read("src-tauri/capabilities/default.json"), "\"allow-")
            .into_iter()
            .map(|n| n.replace('-', "_"))
            .collect();
    // `invoke<T>("name", …)` or `invoke("name", …)`.
    let ipc = read("ui/src/lib/ipc.ts").replace("invoke(\"", "invoke<>(\"");
    let wrapped = names_after(&ipc, ">(\"");
    assert!(defined.len() > 30, "the commands were found: {defined:?}");
    let mut wrong = Vec::new();
    for (place, names) in [
        ("generate_handler! in src-tauri/lib.rs", &handled),
        ("COMMANDS in src-tauri/build.rs", &built),
        ("src-tauri/capabilities/default.json", &allowed),
        ("ui/src/lib/ipc.ts", &wrapped),
    ] {
        for missing in defined.difference(names) {
            wrong.push(format!("{missing} is a command but not in {place}"));
        }
        for extra in names.difference(&defined) {
            wrong.push(format!("{extra} is in {place} but is no command"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
