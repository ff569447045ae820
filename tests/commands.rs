//! A command is declared once, as a `#[tauri::command]` function in `src-tauri/commands.rs`:
//! build.rs reads them from there for their permissions and their registration. Two places name
//! it again on purpose: the main window's capability, the reviewed list of what the page may
//! call, and its typed wrapper in `ui/src/lib/ipc.ts`. This fails, naming what is missing
//! where, when they disagree.

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

#[test]
fn every_command_is_allowed_and_wrapped() {
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
