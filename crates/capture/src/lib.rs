//! Screen and clipboard images, in memory only: a capture is never written to disk.
//! Screens come from xcap (X11, Windows, macOS natively; Wayland through the desktop portal
//! and PipeWire), clipboard images from arboard.

use image::RgbaImage;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaptureError {
    #[error("the clipboard cannot be read: {0}")]
    Clipboard(String),
    #[error("the clipboard holds no image")]
    NoImage,
    #[error("the screen cannot be captured: {0}")]
    Screen(String),
}

/// The image on the clipboard.
pub fn clipboard_image() -> Result<RgbaImage, CaptureError> {
    let mut clipboard =
        arboard::Clipboard::new().map_err(|e| CaptureError::Clipboard(e.to_string()))?;
    let data = clipboard.get_image().map_err(|e| match e {
        arboard::Error::ContentNotAvailable => CaptureError::NoImage,
        other => CaptureError::Clipboard(other.to_string()),
    })?;
    RgbaImage::from_raw(
        data.width as u32,
        data.height as u32,
        data.bytes.into_owned(),
    )
    .ok_or_else(|| CaptureError::Clipboard("the image data does not match its size".into()))
}

/// Every monitor's picture, with the monitor's name.
pub fn screens() -> Result<Vec<(String, RgbaImage)>, CaptureError> {
    let monitors = xcap::Monitor::all().map_err(|e| CaptureError::Screen(e.to_string()))?;
    if monitors.is_empty() {
        return Err(CaptureError::Screen("no monitor found".into()));
    }
    monitors
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let name = m.name().unwrap_or_else(|_| format!("monitor {}", i + 1));
            m.capture_image()
                .map(|img| (name, img))
                .map_err(|e| CaptureError::Screen(e.to_string()))
        })
        .collect()
}

/// The clipboard for codes: kept out of clipboard history and cloud sync where the system
/// allows it (Windows history, cloud clipboard and third-party clipboard monitors; the
/// password-manager hint on X11 and on Wayland's data-control protocol, which KDE's Klipper and
/// other managers honour; macOS's nspasteboard convention), and cleared later only if it still
/// holds what was copied.
pub struct CodeClipboard(arboard::Clipboard);

impl CodeClipboard {
    pub fn new() -> Result<Self, CaptureError> {
        arboard::Clipboard::new()
            .map(CodeClipboard)
            .map_err(|e| CaptureError::Clipboard(e.to_string()))
    }

    pub fn copy(&mut self, text: &str) -> Result<(), CaptureError> {
        let set = self.0.set();
        #[cfg(all(unix, not(target_os = "macos")))]
        let set = arboard::SetExtLinux::exclude_from_history(set);
        #[cfg(windows)]
        let set = arboard::SetExtWindows::exclude_from_monitoring(
            arboard::SetExtWindows::exclude_from_cloud(
                arboard::SetExtWindows::exclude_from_history(set),
            ),
        );
        #[cfg(target_os = "macos")]
        let set = arboard::SetExtApple::exclude_from_history(set);
        set.text(text)
            .map_err(|e| CaptureError::Clipboard(e.to_string()))
    }

    /// Clears the clipboard if it still holds `text`; a person's later copy is left alone.
    pub fn clear_if_holds(&mut self, text: &str) -> Result<bool, CaptureError> {
        if self.0.get_text().ok().as_deref() != Some(text) {
            return Ok(false);
        }
        self.0
            .clear()
            .map(|()| true)
            .map_err(|e| CaptureError::Clipboard(e.to_string()))
    }
}
