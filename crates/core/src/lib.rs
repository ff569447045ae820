//! Sesame's domain logic: codes, URIs, migration payloads, the encrypted vault and its keys.
//! No GUI and no Tauri: every front end (the app, the CLI) is a thin layer over this crate.

pub mod account;
pub mod brand;
pub mod cipher;
pub mod crypto;
pub mod error_kind;
pub mod export;
pub mod i18n;
pub mod icon;
pub mod import;
pub mod keystore;
pub mod migration;
pub mod mirror;
pub mod otp;
pub mod password;
pub mod private_file;
pub mod process;
pub mod qr;
pub mod query;
pub mod scan;
pub mod settings;
pub mod suggest;
pub mod sync;
pub mod ticker;
pub mod uri;
pub mod vault;

pub use account::{Account, Algorithm, Kind, Secret};
