//! What the benchmarks share: test entries, and the line each figure is reported on.

use sesame_core::uri;
use sesame_core::vault::{EntryMeta, NewEntry};
use std::time::Duration;

pub fn entries(n: usize) -> Vec<NewEntry> {
    (0..n)
        .map(|i| NewEntry {
            account: uri::parse(&format!(
                "otpauth://totp/Issuer{i}:user{i}@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Issuer{i}"
            ))
            .expect("valid")
            .account,
            meta: EntryMeta::default(),
        })
        .collect()
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

pub fn report(what: &str, runs: Vec<Duration>, target_ms: Option<f64>) {
    let m = median(runs.clone()).as_secs_f64() * 1000.0;
    let max = runs.iter().max().map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    let verdict = match target_ms {
        Some(t) if m <= t => format!("target ≤ {t} ms: met"),
        Some(t) => format!("target ≤ {t} ms: MISSED"),
        None => "reported".to_owned(),
    };
    println!(
        "{what:<58} median {m:>8.2} ms   max {max:>8.2} ms   ({} runs; {verdict})",
        runs.len()
    );
}
