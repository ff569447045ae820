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
