//! The UI's TypeScript types are generated from the Rust types; this fails when they drift.
//! `SESAME_WRITE_BINDINGS=1 cargo test --test bindings` rewrites ui/src/gen/.

use sesame_core::export::ExportFormat;
use sesame_core::settings::{Sort, Theme};
use sesame_core::Algorithm;
use sesame_service::dto::{
    AppSettings, AppStatus, BackupView, BrandView, Code, CodeKind, CodeParams, CodesSnapshot,
    CommandError, Copied, EntryEdit, EntryView, ErrorKind, ExportResult, ImportPreview, ImportRow,
    ImportStatus, ManualAccount, ManualPreview, OtherCode, OtherContent, PasswordStrength,
    ProfileView, Push, QuickOpen, QuickOutcome, Revealed, ScanPreview, ScannedAccount, Subscribed,
    SyncView,
};
use std::path::Path;
use ts_rs::TS;

fn gen_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/gen")
}

fn check<T: TS + 'static>(stale: &mut Vec<String>) {
    let path = gen_dir().join(format!("{}.ts", T::ident()));
    let want = T::export_to_string().expect("ts-rs exports the type");
    if std::env::var_os("SESAME_WRITE_BINDINGS").is_some() {
        std::fs::write(&path, &want).expect("write the binding");
    } else if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
        stale.push(path.display().to_string());
    }
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    let mut stale = Vec::new();
    check::<EntryView>(&mut stale);
    check::<Code>(&mut stale);
    check::<BrandView>(&mut stale);
    check::<CodesSnapshot>(&mut stale);
    check::<Subscribed>(&mut stale);
    check::<Push>(&mut stale);
    check::<CommandError>(&mut stale);
    check::<ErrorKind>(&mut stale);
    check::<AppStatus>(&mut stale);
    check::<ProfileView>(&mut stale);
    check::<ScanPreview>(&mut stale);
    check::<ScannedAccount>(&mut stale);
    check::<OtherCode>(&mut stale);
    check::<ImportRow>(&mut stale);
    check::<ImportPreview>(&mut stale);
    check::<ExportResult>(&mut stale);
    check::<BackupView>(&mut stale);
    check::<SyncView>(&mut stale);
    check::<AppSettings>(&mut stale);
    check::<Theme>(&mut stale);
    check::<Sort>(&mut stale);
    check::<Copied>(&mut stale);
    check::<CodeKind>(&mut stale);
    check::<Algorithm>(&mut stale);
    check::<ExportFormat>(&mut stale);
    check::<ImportStatus>(&mut stale);
    check::<OtherContent>(&mut stale);
    check::<PasswordStrength>(&mut stale);
    check::<EntryEdit>(&mut stale);
    check::<Revealed>(&mut stale);
    check::<CodeParams>(&mut stale);
    check::<QuickOpen>(&mut stale);
    check::<QuickOutcome>(&mut stale);
    check::<ManualAccount>(&mut stale);
    check::<ManualPreview>(&mut stale);
    assert!(
        stale.is_empty(),
        "stale TypeScript bindings (run `SESAME_WRITE_BINDINGS=1 cargo test --test bindings`): {stale:?}"
    );
}

/// A type gone from Rust leaves no binding behind for the UI to go on importing.
#[test]
fn every_binding_has_its_rust_type() {
    let mut stale = Vec::new();
    let dir = std::fs::read_dir(gen_dir()).expect("ui/src/gen");
    let generated: Vec<String> = dir
        .filter_map(|f| f.ok()?.file_name().into_string().ok())
        .collect();
    let source = include_str!("bindings.rs");
    for file in generated {
        let name = file.trim_end_matches(".ts");
        if !source.contains(&format!("check::<{name}>(")) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "bindings with no Rust type (delete them): {stale:?}"
    );
}
