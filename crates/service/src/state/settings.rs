//! The app's own settings (not a profile's): read, changed, and guarded where a change would
//! weaken every profile.

use super::AppState;
use crate::dto::CommandError;
use sesame_core::settings::AppSettings;
use sesame_core::vault::VaultError;

impl AppState {
    pub fn settings(&self) -> AppSettings {
        self.app_settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The language the app speaks: the one chosen in Settings, else the system's.
    pub fn language(&self) -> &'static str {
        sesame_core::i18n::resolve(
            &self.settings().language,
            &sesame_core::i18n::system_languages(),
        )
    }

    pub fn set_settings(&self, settings: AppSettings) -> Result<AppSettings, CommandError> {
        let dir = self
            .data_dir
            .as_deref()
            .ok_or_else(|| CommandError::unavailable("no data directory to keep settings in"))?;
        settings.save(dir)?;
        *self.app_settings.lock().unwrap_or_else(|e| e.into_inner()) = settings.clone();
        sesame_core::i18n::set_language(self.language());
        Ok(settings)
    }

    /// A change of the app's settings that weakens every profile's protection (see
    /// `AppSettings::weakened_by`) needs an unlocked profile and, where it has one, its password.
    pub fn may_change_settings(
        &self,
        new: &AppSettings,
        password: Option<&str>,
    ) -> Result<(), VaultError> {
        if self.settings().weakened_by(new) {
            self.vault_state().confirm_owner(password)?;
        }
        Ok(())
    }
}
