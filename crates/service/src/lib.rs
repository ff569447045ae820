//! Sesame's application service: everything the desktop app does between the core and a
//! window, with no Tauri and no window, so it is tested on its own. The shell (`src-tauri`)
//! only adapts it: commands, tray, shortcuts, windows and events.
//!
//! - [`state`]: the open vault and the active profile's session, its lock lifecycle, the scan
//!   inbox, the import flow, automatic backups, the clipboard guard and Undo.
//! - [`ticker`]: code snapshots at every period boundary, for the page.
//! - [`housekeeping`]: the backup and clock timetable.
//! - [`dto`]: the types that cross the IPC boundary, with their TypeScript bindings, and
//!   [`input`]: the limits on what arrives through it.
//! - [`brands`]: which brand icon an entry shows.
//! - [`clock`]: whether the system's clock is synchronised.

pub mod brands;
pub mod clock;
pub mod dto;
pub mod housekeeping;
pub mod input;
pub mod state;
pub mod ticker;
