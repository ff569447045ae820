//! The service on its own, with no window and no Tauri: a profile's lock lifecycle and what it
//! leaves behind, on a real SQLite file in a temporary directory. A password profile needs no
//! keyring, so these run with or without a Secret Service.

use sesame_core::vault::{EntryMeta, NewEntry};
use sesame_service::state::AppState;

const MUM: &str = "tulip orbit anvil";
const ACME: &str = "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME";
const SHOP: &str = "otpauth://totp/Shop:buyer@example.com?secret=MFRGGZDFMZTWQ2LK&issuer=Shop";
const DENO: &str = "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno";

/// The service opened in a fresh data directory, with the password profile "Mum" unlocked.
fn service() -> (AppState, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let state = AppState::start_in(Some(dir.path().to_owned()));
    state.create_profile("Mum", Some(MUM)).expect("a profile");
    (state, dir)
}

fn entry(uri: &str) -> NewEntry {
    NewEntry {
        account: sesame_core::uri::parse(uri).expect("a valid URI").account,
        meta: EntryMeta::default(),
    }
}

fn issuers(state: &AppState) -> Vec<String> {
    state.with_entries(|e| e.iter().map(|e| e.account.issuer().to_owned()).collect())
}

/// Leaves a scanned account waiting, an import previewed and a removed entry to undo.
fn leave_transient_copies(state: &AppState) {
    let added = state.add(vec![entry(ACME)]).expect("added");
    let id = added[0].id.parse().expect("an id");
    state.remove(id).expect("removed");
    let preview = state.preview_scan(vec![SHOP.to_owned()]);
    assert_eq!(preview.accounts[0].issuer, "Shop");
    let import = state
        .import_file(format!("{DENO}\n").into_bytes())
        .expect("a preview");
    assert_eq!(import.new_count, 1);
}

/// What Save, Undo and Import would find: each says there is nothing when the profile left
/// nothing behind.
fn transient_copies(state: &AppState) -> (usize, String, String) {
    (
        state.save_scanned().map(|v| v.len()).unwrap_or(usize::MAX),
        state
            .undo_remove()
            .map_or_else(|e| e.to_string(), |v| v.issuer),
        state.import_commit().unwrap_or_else(|e| e.message),
    )
}

fn nothing_left() -> (usize, String, String) {
    (
        0,
        "there is nothing to undo".into(),
        "there is no previewed import to confirm".into(),
    )
}

/// A lock forgets every copy of the profile held outside its session, so unlocking again finds
/// nothing waiting; a new profile or a switch starts from nothing of the one before (Undo in a
/// new profile once restored another profile's deleted entry).
#[test]
fn lock_switch_and_a_new_profile_forget_what_the_profile_left() {
    let (state, _dir) = service();
    leave_transient_copies(&state);
    state.lock_profile();
    assert!(state.status().locked);
    assert!(issuers(&state).is_empty(), "no entries while locked");
    state.unlock("Mum", Some(MUM), None).expect("unlocked");
    assert_eq!(transient_copies(&state), nothing_left());

    leave_transient_copies(&state);
    state
        .create_profile("Kids", Some("kids kettle harbour"))
        .expect("a second profile");
    assert_eq!(transient_copies(&state), nothing_left());
    assert!(issuers(&state).is_empty(), "{:?}", issuers(&state));

    leave_transient_copies(&state);
    state.switch("Mum").expect("switched");
    assert!(state.status().locked, "a password profile opens locked");
    state.unlock("Mum", Some(MUM), None).expect("unlocked");
    assert_eq!(transient_copies(&state), nothing_left());
}

/// Undo puts a removed entry back in its place; a wrong password leaves the profile locked.
#[test]
fn undo_restores_in_place_and_a_wrong_password_unlocks_nothing() {
    let (state, _dir) = service();
    let added = state
        .add(vec![entry(ACME), entry(SHOP), entry(DENO)])
        .expect("added");
    state
        .remove(added[1].id.parse().expect("an id"))
        .expect("removed");
    assert_eq!(issuers(&state), ["ACME", "Deno"]);
    assert_eq!(state.undo_remove().expect("undone").issuer, "Shop");
    assert_eq!(issuers(&state), ["ACME", "Shop", "Deno"]);

    state.lock_profile();
    let wrong = state.unlock("Mum", Some("wrong"), None).unwrap_err();
    assert_eq!(wrong.to_string(), "wrong password for profile Mum");
    assert!(state.status().locked);
    assert!(issuers(&state).is_empty());
}

/// A refused request and a failing system are told apart: the page offers a fix for the one
/// and says the system is at fault for the other.
#[test]
fn failures_have_the_kind_of_their_cause() {
    use sesame_core::export::ExportFormat;
    use sesame_service::dto::ErrorKind;
    let (state, dir) = service();
    state.add(vec![entry(ACME)]).expect("added");
    let nowhere = dir.path().join("no such folder").join("codes.txt");
    let write = state
        .export_to(ExportFormat::Uris, &nowhere, None, None, Some(MUM))
        .unwrap_err();
    assert_eq!(write.kind, ErrorKind::Unavailable, "{}", write.message);
    assert!(
        write.message.starts_with("cannot write"),
        "{}",
        write.message
    );

    let needs_password = state
        .export_to(
            ExportFormat::Sesame,
            &dir.path().join("b.json"),
            None,
            None,
            Some(MUM),
        )
        .unwrap_err();
    assert_eq!(needs_password.kind, ErrorKind::Invalid);
    assert_eq!(
        needs_password.message,
        "the sesame format is encrypted: a backup password is needed"
    );

    let wrong_owner = state
        .export_to(
            ExportFormat::Uris,
            &dir.path().join("c.txt"),
            None,
            None,
            None,
        )
        .unwrap_err();
    assert_eq!(wrong_owner.kind, ErrorKind::WrongPassword);
}
