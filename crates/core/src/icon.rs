//! Custom account icons: any image a person picks, made into a small PNG kept with the entry
//! (encrypted like the rest of it), so the UI shows it as a data URL without touching files.

use crate::qr::{read_image, Limits, QrError};
use base64::Engine;
use image::imageops::FilterType;

/// Pixels on a side: sharp at twice the 32-px avatar (high-DPI screens), a few KiB each.
pub const SIDE: u32 = 64;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot use this image as an icon: {0}")]
pub struct IconError(#[from] QrError);

/// The image, cropped to a centred square and scaled to [`SIDE`], as a `data:image/png` URL.
pub fn from_image(bytes: &[u8]) -> Result<String, IconError> {
    let limits = Limits {
        max_file_bytes: 16 * 1024 * 1024,
        max_side: 8192,
        max_pixels: 40_000_000,
        max_alloc: 200 * 1024 * 1024,
    };
    let img = read_image(bytes, &limits)?.resize_to_fill(SIDE, SIDE, FilterType::Lanczos3);
    let mut png = Vec::new();
    img.to_rgba8()
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| QrError::Damaged(e.to_string()))?;
    Ok(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(png)
    ))
}

/// The longest brand name an icon may hold (the brand list's are far shorter).
const MAX_NAME_CHARS: usize = 100;
/// The most a picture from outside may be, as Base64, before it is decoded at all.
const MAX_DATA_URL: usize = 96 * 1024;

/// An icon from outside Rust (a backup, the window): a brand's name is kept; a picture is
/// decoded and drawn again as our own PNG ([`from_image`]: 64×64, a few KiB), so the web view
/// only ever decodes images Sesame wrote. `None` when it cannot be used (the caller says so).
pub fn sanitise(icon: &str) -> Option<String> {
    if let Some(data) = icon.strip_prefix("data:") {
        let (_, b64) = data.split_once(";base64,")?;
        if b64.len() > MAX_DATA_URL {
            return None;
        }
        let bytes = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
        return from_image(&bytes).ok();
    }
    (icon.chars().count() <= MAX_NAME_CHARS && !icon.chars().any(char::is_control))
        .then(|| icon.to_owned())
}

/// Whether a stored icon is one of ours (a PNG data URL): what the UI may put in an `img`.
pub fn is_custom(icon: &str) -> bool {
    icon.starts_with("data:image/png;base64,")
}

impl crate::i18n::Localize for IconError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        (
            "core-icon",
            vec![("why", crate::i18n::localize(&self.0).into())],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_image_becomes_a_small_square_png_and_junk_is_refused() {
        let img = image::RgbImage::from_pixel(300, 120, image::Rgb([200, 30, 30]));
        let mut bytes = Vec::new();
        img.write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
        let url = from_image(&bytes).unwrap();
        assert!(is_custom(&url));
        let png = base64::engine::general_purpose::STANDARD
            .decode(url.trim_start_matches("data:image/png;base64,"))
            .unwrap();
        let back = image::load_from_memory(&png).unwrap();
        assert_eq!((back.width(), back.height()), (SIDE, SIDE));
        assert_eq!(
            from_image(b"not an image").unwrap_err().to_string(),
            "cannot use this image as an icon: not an image Sesame can read (PNG, JPEG, WebP, GIF or BMP)"
        );
        assert!(from_image(b"").is_err());
    }

    #[test]
    fn icons_from_outside_are_drawn_again_or_dropped() {
        let img = image::RgbImage::from_pixel(600, 600, image::Rgb([1, 2, 3]));
        let mut png = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let b64 = base64::engine::general_purpose::STANDARD.encode(&png);
        let again = sanitise(&format!("data:image/png;base64,{b64}")).unwrap();
        assert!(is_custom(&again) && again.len() < 64 * 1024);
        assert_ne!(
            again,
            format!("data:image/png;base64,{b64}"),
            "drawn again, 64 px"
        );
        // An SVG (scripts), junk, a huge picture: dropped. A brand's name stays.
        assert_eq!(sanitise("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="), None);
        assert_eq!(sanitise("data:image/png;base64,AAAA"), None);
        assert_eq!(
            sanitise(&format!("data:image/png;base64,{}", "A".repeat(200_000))),
            None
        );
        assert_eq!(sanitise("GitHub").as_deref(), Some("GitHub"));
        assert_eq!(sanitise(&"x".repeat(101)), None);
    }
}
