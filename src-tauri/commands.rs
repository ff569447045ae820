//! The commands the UI calls, each a few lines: check the arguments (`sesame_service::input`),
//! call the service off the UI thread (Argon2id, the keyring over D-Bus and SQLite block),
//! answer. The work itself is the service's.

use crate::push::Pages;
use crate::worker::blocking;
use sesame_core::export::ExportFormat;
use sesame_service::dto::{
    AppSettings, AppStatus, BackupView, CommandError, Copied, EntryView, ErrorKind, ExportResult,
    ImportPreview, PasswordStrength, Push, ScanPreview, Subscribed, SyncView,
};
use sesame_service::input;
use sesame_service::state::AppState;
use std::sync::Arc;
use tauri::{State, Webview};

type Shared<'a> = State<'a, Arc<AppState>>;

/// A file's bytes, sent as the raw request body (an image, an export).
fn raw_body(request: &tauri::ipc::Request<'_>, what: &str) -> Result<Vec<u8>, CommandError> {
    match request.body() {
        tauri::ipc::InvokeBody::Raw(bytes) => Ok(bytes.clone()),
        _ => Err(CommandError::invalid(format!(
            "send the {what} as raw bytes"
        ))),
    }
}

#[tauri::command]
pub async fn status(state: Shared<'_>) -> Result<AppStatus, CommandError> {
    blocking(&state, |s| Ok(s.status())).await
}

/// Unlocks a profile with its password or recovery key, or with the keyring when neither is
/// given.
#[tauri::command]
pub async fn unlock(
    profile: String,
    password: Option<String>,
    recovery_key: Option<String>,
    state: Shared<'_>,
) -> Result<AppStatus, CommandError> {
    if let Some(p) = &password {
        input::password(p)?;
    }
    blocking(&state, move |s| {
        s.unlock(&profile, password.as_deref(), recovery_key.as_deref())?;
        Ok(s.status())
    })
    .await
}

/// Ctrl+L or the Lock button: the same lock as the tray's, the session's and idle's.
#[tauri::command]
pub async fn lock<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: Shared<'_>,
) -> Result<AppStatus, CommandError> {
    blocking(&state, move |s| {
        crate::lock::lock_all(&app);
        Ok(s.status())
    })
    .await
}

#[tauri::command]
pub async fn switch_profile(profile: String, state: Shared<'_>) -> Result<AppStatus, CommandError> {
    blocking(&state, move |s| {
        s.switch(&profile)?;
        Ok(s.status())
    })
    .await
}

/// A new profile, protected by `password`, or by the keyring when it is absent or empty.
#[tauri::command]
pub async fn create_profile(
    name: String,
    password: Option<String>,
    state: Shared<'_>,
) -> Result<AppStatus, CommandError> {
    blocking(&state, move |s| {
        s.create_profile(&name, password.as_deref())?;
        Ok(s.status())
    })
    .await
}

#[tauri::command]
pub async fn change_password(
    current: Option<String>,
    new_password: String,
    state: Shared<'_>,
) -> Result<AppStatus, CommandError> {
    // Empty: the password is removed (the keyring keeps the profile).
    blocking(&state, move |s| {
        s.change_password(current.as_deref(), &new_password)?;
        Ok(s.status())
    })
    .await
}

/// How strong a password being typed is, for the meter under the field.
#[tauri::command]
pub fn password_strength(password: String) -> Result<PasswordStrength, CommandError> {
    input::password(&password)?;
    let password = zeroize::Zeroizing::new(password);
    Ok(sesame_core::password::strength(&password, &[]).into())
}

/// Creates a recovery key and returns it, once, to be written down.
#[tauri::command]
pub async fn create_recovery_key(
    profile_password: Option<String>,
    state: Shared<'_>,
) -> Result<String, CommandError> {
    let pw = input::profile_password(profile_password)?;
    blocking(&state, move |s| {
        Ok(s.create_recovery_key(pw.as_deref().map(String::as_str))?)
    })
    .await
}

/// Adds the account of an otpauth:// or steam:// URI, or every account of an
/// otpauth-migration:// batch. All or nothing: one bad entry adds none.
#[tauri::command]
pub async fn add_uri(uri: String, state: Shared<'_>) -> Result<Vec<EntryView>, CommandError> {
    blocking(&state, move |s| s.add_link(&uri)).await
}

/// The next code of an HOTP entry, shown only when asked for; the advanced counter is stored
/// first, so a code is never shown twice.
#[tauri::command]
pub async fn next_hotp(id: String, state: Shared<'_>) -> Result<String, CommandError> {
    let id = input::entry_id(&id)?;
    blocking(&state, move |s| Ok(s.next_hotp(id)?)).await
}

/// Whether the active password profile also opens with the OS login (the keyring).
#[tauri::command]
pub async fn set_login_unlock(
    enabled: bool,
    profile_password: Option<String>,
    state: Shared<'_>,
) -> Result<AppStatus, CommandError> {
    let pw = input::profile_password(profile_password)?;
    blocking(&state, move |s| {
        s.set_login_unlock(enabled, pw.as_deref().map(String::as_str))?;
        Ok(s.status())
    })
    .await
}

/// Finds the QR codes in an image sent as the raw request body (a file the person chose,
/// dropped or pasted) and returns a preview; nothing is saved yet.
#[tauri::command]
pub async fn scan_image(
    request: tauri::ipc::Request<'_>,
    state: Shared<'_>,
) -> Result<ScanPreview, CommandError> {
    let bytes = raw_body(&request, "image")?;
    blocking(&state, move |s| s.scan_image(&bytes)).await
}

/// Captures every monitor (in memory) and previews the QR codes found on them.
#[tauri::command]
pub async fn scan_screen(state: Shared<'_>) -> Result<ScanPreview, CommandError> {
    blocking(&state, |s| s.scan_screen()).await
}

/// Saves the accounts of the last scan preview.
#[tauri::command]
pub async fn save_scanned(state: Shared<'_>) -> Result<Vec<EntryView>, CommandError> {
    blocking(&state, |s| Ok(s.save_scanned()?)).await
}

#[tauri::command]
pub async fn remove_entry(id: String, state: Shared<'_>) -> Result<(), CommandError> {
    let id = input::entry_id(&id)?;
    blocking(&state, move |s| Ok(s.remove(id)?)).await
}

/// Changes an entry's issuer, account name, group, note and favourite mark.
#[tauri::command]
pub async fn edit_entry(
    id: String,
    edit: sesame_service::dto::EntryEdit,
    state: Shared<'_>,
) -> Result<EntryView, CommandError> {
    let id = input::entry_id(&id)?;
    edit.check()?;
    blocking(&state, move |s| Ok(s.edit_entry(id, edit)?)).await
}

/// The code an account typed into the manual form makes now, or what is wrong with it.
#[tauri::command]
pub async fn manual_preview(
    fields: sesame_service::dto::ManualAccount,
    state: Shared<'_>,
) -> Result<sesame_service::dto::ManualPreview, CommandError> {
    state.manual_preview(&fields)
}

/// Adds the account typed into the manual form.
#[tauri::command]
pub async fn add_manual(
    fields: sesame_service::dto::ManualAccount,
    state: Shared<'_>,
) -> Result<EntryView, CommandError> {
    blocking(&state, move |s| s.add_manual(&fields)).await
}

/// Puts the entries in the order given (the ids of the whole list, or its first part).
#[tauri::command]
pub async fn reorder_entries(ids: Vec<String>, state: Shared<'_>) -> Result<(), CommandError> {
    let ids = input::entry_ids(&ids)?;
    blocking(&state, move |s| Ok(s.reorder(&ids)?)).await
}

/// The brand icon a name gives, for the Edit dialog to show as the person types.
#[tauri::command]
pub fn find_brand(name: String) -> Option<sesame_service::dto::BrandView> {
    sesame_service::brands::find(&name)
}

/// A custom icon from an image file (sent as raw bytes): a small PNG as a data URL, for the
/// Edit dialog to show and then save with the entry.
#[tauri::command]
pub async fn icon_from_image(request: tauri::ipc::Request<'_>) -> Result<String, CommandError> {
    let bytes = raw_body(&request, "image")?;
    tauri::async_runtime::spawn_blocking(move || sesame_core::icon::from_image(&bytes))
        .await
        .map_err(|_| CommandError::unavailable("the image could not be read"))?
        .map_err(CommandError::from)
}

/// An entry's secret and QR code, on explicit request; a password profile asks its password.
#[tauri::command]
pub async fn reveal_entry(
    id: String,
    password: Option<String>,
    state: Shared<'_>,
) -> Result<sesame_service::dto::Revealed, CommandError> {
    let id = input::entry_id(&id)?;
    let password = input::profile_password(password)?;
    blocking(&state, move |s| {
        Ok(s.reveal(id, password.as_deref().map(String::as_str))?)
    })
    .await
}

/// The person checked the accounts: a new integrity record starts from them as they are.
#[tauri::command]
pub async fn confirm_integrity(state: Shared<'_>) -> Result<AppStatus, CommandError> {
    blocking(&state, |s| {
        s.confirm_integrity()?;
        Ok(s.status())
    })
    .await
}

/// Puts the last removed entry back in its place.
#[tauri::command]
pub async fn undo_remove(state: Shared<'_>) -> Result<EntryView, CommandError> {
    blocking(&state, |s| Ok(s.undo_remove()?)).await
}

/// Answers the codes now, and the subscription's number with which the page asks for what
/// follows; replaces this webview's previous subscription (a reloaded page subscribes again).
#[tauri::command]
pub async fn subscribe<R: tauri::Runtime>(
    webview: Webview<R>,
    state: Shared<'_>,
    pages: State<'_, Arc<Pages>>,
) -> Result<Subscribed, CommandError> {
    let (session, pages, label) = (
        Arc::clone(&state),
        Arc::clone(&pages),
        webview.label().to_owned(),
    );
    let (id, snapshot) =
        tauri::async_runtime::spawn_blocking(move || pages.subscribe(&label, &session))
            .await
            .map_err(|_| CommandError::unavailable("the codes could not be read"))?;
    Ok(Subscribed { id, snapshot })
}

/// What Rust has to tell the page since its last call, answered when there is something (or
/// empty after a while; the page asks again).
#[tauri::command]
pub async fn next_pushes<R: tauri::Runtime>(
    subscription: u64,
    webview: Webview<R>,
    state: Shared<'_>,
    pages: State<'_, Arc<Pages>>,
) -> Result<Vec<Push>, CommandError> {
    let page = pages
        .get(webview.label(), subscription)
        .ok_or_else(|| CommandError {
            kind: ErrorKind::NotFound,
            message: "this page's subscription was replaced".into(),
        })?;
    Ok(page.next(&state).await)
}

/// Reads a file to import, sent as the raw request body; returns the preview, or asks for the
/// file's password. Nothing is written yet.
#[tauri::command]
pub async fn import_file(
    request: tauri::ipc::Request<'_>,
    state: Shared<'_>,
) -> Result<ImportPreview, CommandError> {
    let bytes = raw_body(&request, "file")?;
    blocking(&state, move |s| s.import_file(bytes)).await
}

/// A KeePass key file for the waiting database, as raw bytes.
#[tauri::command]
pub async fn import_key_file(
    request: tauri::ipc::Request<'_>,
    state: Shared<'_>,
) -> Result<(), CommandError> {
    let bytes = raw_body(&request, "key file")?;
    blocking(&state, move |s| s.import_key_file(bytes)).await
}

#[tauri::command]
pub async fn import_password(
    password: String,
    state: Shared<'_>,
) -> Result<ImportPreview, CommandError> {
    input::password(&password)?;
    let password = zeroize::Zeroizing::new(password);
    blocking(&state, move |s| s.import_password(&password)).await
}

/// Imports the previewed file's new accounts in one transaction; returns the summary.
#[tauri::command]
pub async fn import_commit(state: Shared<'_>) -> Result<String, CommandError> {
    blocking(&state, |s| s.import_commit()).await
}

#[tauri::command]
pub async fn import_cancel(state: Shared<'_>) -> Result<(), CommandError> {
    blocking(&state, |s| {
        s.import_cancel();
        Ok(())
    })
    .await
}

/// Writes an export of the active profile (or of one entry) to the chosen path.
#[tauri::command]
pub async fn export_to(
    format: ExportFormat,
    path: String,
    password: Option<String>,
    entry_id: Option<String>,
    profile_password: Option<String>,
    state: Shared<'_>,
) -> Result<ExportResult, CommandError> {
    let profile_password = input::profile_password(profile_password)?;
    let path = input::chosen_path(&path)?;
    let entry = entry_id.as_deref().map(input::entry_id).transpose()?;
    let password = password.map(zeroize::Zeroizing::new);
    blocking(&state, move |s| {
        s.export_to(
            format,
            &path,
            password.as_deref().map(String::as_str),
            entry,
            profile_password.as_deref().map(String::as_str),
        )
    })
    .await
}

#[tauri::command]
pub async fn backup_status(state: Shared<'_>) -> Result<BackupView, CommandError> {
    blocking(&state, |s| Ok(s.backup_view())).await
}

/// Turns on automatic backups to a folder under a backup password, and writes the first.
#[tauri::command]
pub async fn enable_backup(
    folder: String,
    keep: u32,
    password: String,
    profile_password: Option<String>,
    state: Shared<'_>,
) -> Result<BackupView, CommandError> {
    let profile_password = input::profile_password(profile_password)?;
    let folder = input::chosen_path(&folder)?;
    let password = zeroize::Zeroizing::new(password);
    blocking(&state, move |s| {
        s.enable_backup(
            &folder,
            keep,
            &password,
            profile_password.as_deref().map(String::as_str),
        )
    })
    .await
}

#[tauri::command]
pub async fn disable_backup(state: Shared<'_>) -> Result<BackupView, CommandError> {
    blocking(&state, |s| s.disable_backup()).await
}

#[tauri::command]
pub async fn back_up_now(state: Shared<'_>) -> Result<BackupView, CommandError> {
    blocking(&state, |s| {
        s.back_up_now()?;
        Ok(s.backup_view())
    })
    .await
}

#[tauri::command]
pub async fn sync_status(state: Shared<'_>) -> Result<SyncView, CommandError> {
    blocking(&state, |s| Ok(s.sync_view())).await
}

/// Starts syncing the open profile through a folder or a WebDAV server, and syncs once.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn enable_sync(
    folder: Option<String>,
    webdav_url: Option<String>,
    webdav_user: Option<String>,
    webdav_password: Option<String>,
    passphrase: String,
    profile_password: Option<String>,
    state: Shared<'_>,
) -> Result<SyncView, CommandError> {
    use sesame_service::state::sync::SyncPlace;
    let profile_password = input::profile_password(profile_password)?;
    input::password(&passphrase)?;
    let passphrase = zeroize::Zeroizing::new(passphrase);
    let place = match (folder, webdav_url) {
        (Some(folder), _) => SyncPlace::Folder(input::chosen_path(&folder)?),
        (None, Some(url)) => SyncPlace::WebDav {
            url: input::url(&url)?,
            user: webdav_user.filter(|u| !u.is_empty()),
            password: input::profile_password(webdav_password)?,
        },
        (None, None) => {
            return Err(CommandError::invalid(
                "choose a folder or give a WebDAV address",
            ))
        }
    };
    blocking(&state, move |s| {
        s.enable_sync(
            place,
            &passphrase,
            profile_password.as_deref().map(String::as_str),
        )
    })
    .await
}

#[tauri::command]
pub async fn disable_sync(state: Shared<'_>) -> Result<SyncView, CommandError> {
    blocking(&state, |s| s.disable_sync()).await
}

#[tauri::command]
pub async fn sync_now(state: Shared<'_>) -> Result<SyncView, CommandError> {
    blocking(&state, |s| s.sync_now()).await
}

/// Copies an entry's code (computed in Rust), and clears the clipboard after the configured
/// time if it still holds that code.
#[tauri::command]
pub async fn copy_code(id: String, state: Shared<'_>) -> Result<Copied, CommandError> {
    Arc::clone(&state).copy(input::entry_id(&id)?).await
}

#[tauri::command]
pub async fn get_settings(state: Shared<'_>) -> Result<AppSettings, CommandError> {
    blocking(&state, |s| Ok(s.settings())).await
}

#[tauri::command]
pub async fn set_settings<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    settings: AppSettings,
    profile_password: Option<String>,
    state: Shared<'_>,
) -> Result<AppSettings, CommandError> {
    let new = settings;
    new.validate()?;
    let pw = input::profile_password(profile_password)?;
    let checked = new.clone();
    blocking(&state, move |s| {
        Ok(s.may_change_settings(&checked, pw.as_deref().map(String::as_str))?)
    })
    .await?;
    // The shortcut and start at login first: a shortcut the system refuses is not saved.
    crate::desktop::apply(&app, &state.settings(), &new).map_err(CommandError::invalid)?;
    let saved = blocking(&state, move |s| s.set_settings(new)).await?;
    // The tray speaks the language just chosen.
    crate::tray::refresh(&app);
    Ok(saved)
}

/// Enter in quick copy: copies the entry's code (or, with `type_it`, types it into the window
/// that was active) and puts the window back as it was.
#[tauri::command]
pub async fn quick_finish<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    id: String,
    type_it: bool,
) -> Result<sesame_service::dto::QuickOutcome, CommandError> {
    crate::quick::finish(&app, input::entry_id(&id)?, type_it).await
}

/// Escape in quick copy: the window goes back as it was, nothing copied.
#[tauri::command]
pub fn quick_close<R: tauri::Runtime>(app: tauri::AppHandle<R>) {
    crate::quick::close(&app);
}

/// The add preview of an otpauth link Sesame was opened with, if one waits and a profile is
/// unlocked; the link is then gone from Rust's memory.
#[tauri::command]
pub async fn take_link_preview(state: Shared<'_>) -> Result<Option<ScanPreview>, CommandError> {
    blocking(&state, |s| Ok(s.take_link_preview())).await
}
