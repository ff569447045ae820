//! Sesame's domain logic. No GUI, no Tauri, no I/O beyond what a caller hands in.

pub mod account;
pub mod migration;
pub mod otp;
pub mod ticker;
pub mod uri;

pub use account::{Account, Algorithm, Kind, Secret};
