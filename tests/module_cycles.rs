//! No module of any crate uses a module that uses it back, directly or around a longer loop:
//! each responsibility has one home and the arrows go one way (docs/ARCHITECTURE.md). A module
//! "uses" another when its code (comments and unit tests aside) names it through `crate::` or
//! `super::`. This fails, naming the loop, when a change closes one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const CRATES: [&str; 5] = [
    "crates/core/src",
    "crates/service/src",
    "src-tauri",
    "crates/cli/src",
    "crates/capture/src",
];

/// Module path ("vault::entries") to its code, without comments and `mod tests`.
fn modules(root: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut dirs = vec![root.to_owned()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(root).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main" | "build")
            ) {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap_or_default();
            let code: String = code
                .lines()
                .map(|l| l.split("//").next().unwrap_or_default())
                .collect::<Vec<_>>()
                .join("\n");
            out.insert(parts.join("::"), code);
        }
    }
    out
}

fn words(list: &str) -> impl Iterator<Item = &str> {
    list.split(|c: char| !(c.is_ascii_lowercase() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// The paths named after each `prefix`: `a::b` as [a, b], and each name of a `prefix{…}` group
/// on its own.
fn named_after<'a>(code: &'a str, prefix: &str) -> Vec<Vec<&'a str>> {
    code.split(prefix)
        .skip(1)
        .flat_map(|rest| match rest.strip_prefix('{') {
            Some(group) => words(group.split('}').next().unwrap_or_default())
                .map(|w| vec![w])
                .collect::<Vec<_>>(),
            None => {
                let path = rest
                    .split("::")
                    .take(2)
                    .map_while(|seg| words(seg).next().filter(|w| seg.starts_with(w)))
                    .collect::<Vec<_>>();
                vec![path]
            }
        })
        .filter(|p| !p.is_empty())
        .collect()
}

fn edges(mods: &BTreeMap<String, String>) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut out: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (name, code) in mods {
        let parent = name.rsplit_once("::").map_or("", |(p, _)| p);
        let mut used = BTreeSet::new();
        for (prefix, base) in [("crate::", ""), ("super::", parent)] {
            for path in named_after(code, prefix) {
                let first = match base {
                    "" => path[0].to_owned(),
                    _ => format!("{base}::{}", path[0]),
                };
                // `crate::a::b` is the module a::b when there is one, else a.
                let deeper = path.get(1).map(|b| format!("{first}::{b}"));
                let target = deeper.filter(|d| mods.contains_key(d)).unwrap_or(first);
                if let Some((key, _)) = mods.get_key_value(&target) {
                    let own = key == name
                        || name.starts_with(&format!("{key}::"))
                        || key.starts_with(&format!("{name}::"));
                    if !own {
                        used.insert(key.as_str());
                    }
                }
            }
        }
        out.insert(name.as_str(), used);
    }
    out
}

/// A loop through `from` if there is one, as the path that closes it.
fn loop_from<'a>(
    from: &'a str,
    edges: &BTreeMap<&'a str, BTreeSet<&'a str>>,
) -> Option<Vec<&'a str>> {
    let mut stack = vec![(from, vec![from])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for &next in &edges[at] {
            if next == from {
                return Some([path.clone(), vec![from]].concat());
            }
            if seen.insert(next) {
                stack.push((next, [path.clone(), vec![next]].concat()));
            }
        }
    }
    None
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut loops = Vec::new();
    for krate in CRATES {
        let mods = modules(&root.join(krate));
        assert!(!mods.is_empty(), "{krate}: no modules found");
        let edges = edges(&mods);
        let mut reported = BTreeSet::new();
        for &m in edges.keys() {
            if let Some(path) = loop_from(m, &edges) {
                let members: BTreeSet<&str> = path.iter().copied().collect();
                if reported.insert(members) {
                    loops.push(format!("{krate}: {}", path.join(" → ")));
                }
            }
        }
    }
    assert!(loops.is_empty(), "module cycles:\n{}", loops.join("\n"));
}
