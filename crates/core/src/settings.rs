//! The app's own settings (not a profile's): plain JSON in the data directory, since they hold
//! nothing about any account. Unknown or missing fields take their defaults, so an older or
//! newer Sesame reads the file.

use serde::{Deserialize, Serialize};
use std::path::Path;

pub const FILE: &str = "settings.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, rename_all = "camelCase")]
pub struct AppSettings {
    /// Seconds after a copy before the clipboard is cleared (if it still holds the code); 0: never.
    pub clipboard_clear_seconds: u32,
    /// Show the next code when this few seconds are left; 0: never.
    pub show_next_within_seconds: u32,
    pub theme: Theme,
    /// Minutes without input before a password profile locks itself; 0: never.
    pub auto_lock_minutes: u32,
    /// Seconds added to the system clock for every code, for a machine whose clock is wrong.
    pub time_offset_seconds: i32,
    /// Codes show as dots until their row is hovered or focused.
    pub hide_codes: bool,
    /// The list's order.
    pub sort: Sort,
    /// Start Sesame (hidden) when the person logs in.
    pub start_at_login: bool,
    /// The global shortcut that opens quick copy, as "Ctrl+Alt+S"; empty: none.
    pub quick_copy_shortcut: String,
    /// Enter in quick copy types the code into the window that was active, instead of copying.
    pub quick_copy_types: bool,
    /// Closing the main window hides it to the tray (where the desktop shows a tray).
    pub close_to_tray: bool,
    /// Lock every profile when the main window is minimised.
    pub lock_on_minimise: bool,
    /// The tip that tells the quick-copy shortcut was dismissed.
    pub quick_copy_tip_seen: bool,
    /// The language of the app (one of `i18n::LANGUAGES`); empty: the system's.
    pub language: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// As the desktop is set.
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// The person's own order (drag, or Alt+arrows).
    #[default]
    Custom,
    /// By issuer, then account name.
    Issuer,
    /// Most used first.
    Used,
    /// Most recently used first.
    Recent,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings {
            clipboard_clear_seconds: 30,
            show_next_within_seconds: 5,
            theme: Theme::System,
            auto_lock_minutes: 5,
            time_offset_seconds: 0,
            hide_codes: false,
            sort: Sort::Custom,
            start_at_login: false,
            quick_copy_shortcut: "Ctrl+Alt+S".into(),
            quick_copy_types: false,
            close_to_tray: true,
            lock_on_minimise: false,
            quick_copy_tip_seen: false,
            language: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("the clipboard can be cleared after 0 (never) to 600 seconds")]
    ClipboardClear,
    #[error("the next code can show in the last 0 (never) to 30 seconds")]
    ShowNext,
    #[error("auto-lock can be after 0 (never) to 1440 minutes")]
    AutoLock,
    #[error("the time correction can be at most an hour either way (3600 seconds)")]
    TimeOffset,
    #[error("the quick-copy shortcut is too long")]
    Shortcut,
    #[error("Sesame has no catalogue for the language “{0}”")]
    Language(String),
    #[error("cannot save the settings: {0}")]
    Write(String),
}

impl AppSettings {
    pub fn validate(&self) -> Result<(), SettingsError> {
        if self.clipboard_clear_seconds > 600 {
            return Err(SettingsError::ClipboardClear);
        }
        if self.show_next_within_seconds > 30 {
            return Err(SettingsError::ShowNext);
        }
        if self.auto_lock_minutes > 1440 {
            return Err(SettingsError::AutoLock);
        }
        if self.time_offset_seconds.unsigned_abs() > 3600 {
            return Err(SettingsError::TimeOffset);
        }
        if self.quick_copy_shortcut.len() > 64 {
            return Err(SettingsError::Shortcut);
        }
        if !self.language.is_empty() && !crate::i18n::LANGUAGES.contains(&self.language.as_str()) {
            return Err(SettingsError::Language(self.language.clone()));
        }
        Ok(())
    }

    /// Whether `new` protects every profile less than these settings: auto-lock or clipboard
    /// clearing later or off, or no more locking on minimise. Such a change needs an unlocked
    /// profile, and its password where it has one.
    pub fn weakened_by(&self, new: &AppSettings) -> bool {
        // 0 means never: the weakest setting of all.
        let later = |old: u32, new: u32| old != 0 && (new == 0 || new > old);
        later(self.auto_lock_minutes, new.auto_lock_minutes)
            || later(self.clipboard_clear_seconds, new.clipboard_clear_seconds)
            || (self.lock_on_minimise && !new.lock_on_minimise)
    }

    /// The saved settings; defaults when there are none or they cannot be read.
    pub fn load(dir: &Path) -> Self {
        std::fs::read(dir.join(FILE))
            .ok()
            .and_then(|b| serde_json::from_slice::<AppSettings>(&b).ok())
            .filter(|s| s.validate().is_ok())
            .unwrap_or_default()
    }

    /// Validates, then saves through a temporary file.
    pub fn save(&self, dir: &Path) -> Result<(), SettingsError> {
        self.validate()?;
        let tmp = dir.join(".settings.json.tmp");
        let bytes = serde_json::to_vec_pretty(self).expect("serializable");
        std::fs::write(&tmp, bytes)
            .and_then(|()| std::fs::rename(&tmp, dir.join(FILE)))
            .map_err(|e| SettingsError::Write(e.to_string()))
    }
}

impl crate::i18n::Localize for SettingsError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use SettingsError as E;
        match self {
            E::ClipboardClear => ("core-settings-clipboard", vec![]),
            E::ShowNext => ("core-settings-show-next", vec![]),
            E::AutoLock => ("core-settings-auto-lock", vec![]),
            E::TimeOffset => ("core-settings-time-offset", vec![]),
            E::Shortcut => ("core-settings-shortcut", vec![]),
            E::Language(l) => (
                "core-settings-language",
                vec![("language", l.clone().into())],
            ),
            E::Write(why) => ("core-settings-write", vec![("why", why.clone().into())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_settings_come_back_and_bad_ones_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(AppSettings::load(dir.path()), AppSettings::default());
        let mine = AppSettings {
            clipboard_clear_seconds: 10,
            show_next_within_seconds: 0,
            theme: Theme::Dark,
            auto_lock_minutes: 0,
            time_offset_seconds: -90,
            sort: Sort::Recent,
            quick_copy_types: true,
            ..AppSettings::default()
        };
        mine.save(dir.path()).unwrap();
        assert_eq!(AppSettings::load(dir.path()), mine);
        let bad = AppSettings {
            show_next_within_seconds: 31,
            ..mine.clone()
        };
        assert_eq!(bad.save(dir.path()), Err(SettingsError::ShowNext));
        std::fs::write(dir.path().join(FILE), br#"{"theme": "light", "future": 1}"#).unwrap();
        assert_eq!(AppSettings::load(dir.path()).theme, Theme::Light);
        // A value no Sesame writes leaves the defaults, as an unreadable file does.
        std::fs::write(dir.path().join(FILE), br#"{"theme": "pink"}"#).unwrap();
        assert_eq!(AppSettings::load(dir.path()), AppSettings::default());
    }

    #[test]
    fn what_weakens_protection() {
        let now = AppSettings::default();
        let with = |f: fn(&mut AppSettings)| {
            let mut s = now.clone();
            f(&mut s);
            now.weakened_by(&s)
        };
        assert!(with(|s| s.auto_lock_minutes = 0));
        assert!(with(|s| s.auto_lock_minutes = 60));
        assert!(with(|s| s.clipboard_clear_seconds = 0));
        assert!(with(|s| s.clipboard_clear_seconds = 600));
        assert!(!with(|s| s.auto_lock_minutes = 1));
        assert!(!with(|s| s.clipboard_clear_seconds = 5));
        assert!(!with(|s| s.theme = Theme::Dark));
        assert!(!with(|s| s.lock_on_minimise = true));
        let off = AppSettings {
            auto_lock_minutes: 0,
            lock_on_minimise: true,
            ..now.clone()
        };
        assert!(!off.weakened_by(&AppSettings {
            auto_lock_minutes: 0,
            ..off.clone()
        }));
        assert!(!off.weakened_by(&AppSettings {
            auto_lock_minutes: 5,
            ..off.clone()
        }));
        assert!(off.weakened_by(&AppSettings {
            lock_on_minimise: false,
            ..off.clone()
        }));
    }
}
