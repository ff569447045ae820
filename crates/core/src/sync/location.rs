//! Where a profile syncs, as kept in its sealed sync state, and the store that reaches it.

use super::store::{Folder, Store};
use super::webdav::WebDav;
use super::SyncError;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use zeroize::Zeroizing;

/// Where a profile syncs; kept in its sealed sync state (a WebDAV password included).
#[derive(Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Location {
    Folder {
        path: PathBuf,
    },
    Webdav {
        url: String,
        #[serde(default)]
        user: Option<String>,
        #[serde(default)]
        password: Option<Zeroizing<String>>,
    },
}

impl Location {
    /// How the location is shown: the folder, or the URL (never a password).
    pub fn describe(&self) -> String {
        match self {
            Location::Folder { path } => path.display().to_string(),
            Location::Webdav { url, .. } => url.clone(),
        }
    }

    pub fn open(&self) -> Result<Box<dyn Store>, SyncError> {
        Ok(match self {
            Location::Folder { path } => Box::new(Folder { dir: path.clone() }),
            Location::Webdav {
                url,
                user,
                password,
            } => Box::new(WebDav::new(
                url,
                user.as_deref(),
                password.as_ref().map(|p| p.as_str()),
            )?),
        })
    }
}
