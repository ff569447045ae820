//! Finding every QR code in an image: a ladder of attempts, cheap ones first (see
//! `decode_grey`), read by rxing's port of zxing-cpp's QR reader. Images are decoded
//! under limits, so hostile files fail fast with a message.

use image::{DynamicImage, GrayImage, ImageReader};
use std::io::Cursor;

/// Bounds on what a single image may cost. The ladder holds a few grey copies of the image at
/// once, so the pixel count bounds memory: 40 megapixels covers an 8K screen (33) and three 4K
/// monitors side by side, and keeps a scan's peak RSS well under 512 MiB (bench/qr/memory.sh).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_file_bytes: u64,
    pub max_side: u32,
    pub max_pixels: u64,
    /// What the image decoder may allocate (a 16-bit RGBA image needs 8 bytes a pixel).
    pub max_alloc: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 * 1024 * 1024,
            max_side: 16_384,
            max_pixels: 40_000_000,
            max_alloc: 200 * 1024 * 1024,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {0} MiB")]
    TooLarge(u64),
    #[error("not an image Sesame can read (PNG, JPEG, WebP, GIF or BMP)")]
    UnknownFormat,
    #[error("the image is too large to scan: at most {side} pixels on a side, {megapixels} megapixels and {alloc} MiB decoded")]
    Dimensions {
        side: u32,
        megapixels: u64,
        alloc: u64,
    },
    #[error("the image is damaged or cut short: {0}")]
    Damaged(String),
}

/// Decodes an image file's bytes and returns the text of every distinct QR code in it.
pub fn decode_file(bytes: &[u8], limits: &Limits) -> Result<Vec<String>, QrError> {
    // Only the grey copy lives on while decoding: the colour image is dropped here.
    let grey = to_grey(&read_image(bytes, limits)?);
    Ok(decode_grey(&grey))
}

pub fn read_image(bytes: &[u8], limits: &Limits) -> Result<DynamicImage, QrError> {
    if bytes.is_empty() {
        return Err(QrError::Empty);
    }
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(QrError::TooLarge(limits.max_file_bytes / (1024 * 1024)));
    }
    let reader = || {
        ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| QrError::Damaged(e.to_string()))
    };
    let too_large = QrError::Dimensions {
        side: limits.max_side,
        megapixels: limits.max_pixels / 1_000_000,
        alloc: limits.max_alloc / (1024 * 1024),
    };
    let decode_error = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => too_large.clone(),
        image::ImageError::Unsupported(_) => QrError::UnknownFormat,
        other => QrError::Damaged(other.to_string()),
    };
    if reader()?.format().is_none() {
        return Err(QrError::UnknownFormat);
    }
    // The header alone says how large the image is: refuse before decoding a pixel.
    let (w, h) = reader()?.into_dimensions().map_err(decode_error)?;
    if w > limits.max_side || h > limits.max_side || u64::from(w) * u64::from(h) > limits.max_pixels
    {
        return Err(too_large);
    }
    let mut reader = reader()?;
    let mut l = image::Limits::default();
    l.max_image_width = Some(limits.max_side);
    l.max_image_height = Some(limits.max_side);
    l.max_alloc = Some(limits.max_alloc);
    reader.limits(l);
    reader.decode().map_err(decode_error)
}

/// Grey levels with any transparency composited on white (a transparent background is paper).
pub fn to_grey(img: &DynamicImage) -> GrayImage {
    if !img.color().has_alpha() {
        return img.to_luma8();
    }
    let rgba = img.to_rgba8();
    let (w, h) = rgba.dimensions();
    let grey: Vec<u8> = rgba
        .as_raw()
        .chunks_exact(4)
        .map(|p| {
            let lum =
                (299 * u32::from(p[0]) + 587 * u32::from(p[1]) + 114 * u32::from(p[2])) / 1000;
            let a = u32::from(p[3]);
            ((lum * a + 255 * (255 - a)) / 255) as u8
        })
        .collect();
    GrayImage::from_raw(w, h, grey).expect("one byte per pixel")
}

/// Every distinct QR text in the image, in the order found.
pub fn decode_image(img: &DynamicImage) -> Vec<String> {
    decode_grey(&to_grey(img))
}

/// Below this many pixels on the long side, an image gets the enlarged rung.
const SMALL_IMAGE: u32 = 800;

/// Every QR text rxing's port of zxing-cpp's QR reader finds in one binarized view of the image.
/// It tries every set of three finder patterns not used by a symbol already read, so one pass
/// collects every code of that polarity.
fn read(img: &GrayImage) -> Vec<String> {
    use rxing::multi::MultipleBarcodeReader;
    if img.width() < 21 || img.height() < 21 {
        return Vec::new();
    }
    // A port of a large C++ codebase: a panic on some odd image must not take the app down;
    // it only means this rung found nothing.
    std::panic::catch_unwind(|| {
        let source =
            rxing::Luma8LuminanceSource::new(img.as_raw().clone(), img.width(), img.height())
                .ok()?;
        let mut bitmap = rxing::BinaryBitmap::new(rxing::common::HybridBinarizer::new(source));
        let hints = rxing::DecodeHints {
            TryHarder: Some(true),
            PossibleFormats: Some([rxing::BarcodeFormat::QR_CODE].into_iter().collect()),
            ..Default::default()
        };
        let found = rxing::qrcode::cpp_port::QrReader
            .decode_multiple_with_hints(&mut bitmap, &hints)
            .ok()?;
        Some(found.iter().map(|r| r.getText().to_owned()).collect())
    })
    .ok()
    .flatten()
    .unwrap_or_default()
}

/// Every distinct QR text in the grey image, in the order found. Cheap rungs first; the first
/// that reads anything ends the ladder:
/// 1. the image as it is (ordinary screenshots, 4K, tiny modules, photos, blur, rotation, JPEG);
/// 2. inverted, for dark mode's light modules on a dark page;
/// 3. thresholded against the mean of a small window, both polarities, for low contrast that
///    the reader's own binarizer takes for flat background;
/// 4. for a small image, enlarged three times.
///
/// The reader copes with 4K screenshots and codes touching the image's edge by itself: on the
/// benchmark (docs/qr-benchmark.md) neither a downscaled rung nor an added quiet zone found a
/// code the others missed.
pub fn decode_grey(grey: &GrayImage) -> Vec<String> {
    let mut found = read(grey);
    if found.is_empty() {
        found = read(&invert(grey));
    }
    if found.is_empty() {
        let (dark, light) = adaptive_threshold(grey);
        found = read(&dark);
        if found.is_empty() {
            found = read(&light);
        }
    }
    // A small image (a QR saved from a web page, a thumbnail) may hold modules of a pixel or
    // less, smoothed: enlarged smoothly, their edges separate again.
    if found.is_empty() && grey.width().max(grey.height()) < SMALL_IMAGE {
        let (w, h) = (grey.width() * 3, grey.height() * 3);
        found = read(&image::imageops::resize(
            grey,
            w,
            h,
            image::imageops::FilterType::CatmullRom,
        ));
    }
    let mut distinct: Vec<String> = Vec::with_capacity(found.len());
    for t in found {
        if !distinct.contains(&t) {
            distinct.push(t);
        }
    }
    distinct
}

fn invert(g: &GrayImage) -> GrayImage {
    let mut out = g.clone();
    image::imageops::invert(&mut out);
    out
}

/// Two bitmaps (black 0, white 255): pixels darker than the mean of their neighbourhood, and
/// pixels lighter than it (the modules of a light-on-dark code). Low-contrast and unevenly lit
/// codes survive where one global threshold fails. Box sums run separably over one row of
/// counters, so memory stays at the bitmaps' own size even for an 8K screenshot.
fn adaptive_threshold(g: &GrayImage) -> (GrayImage, GrayImage) {
    let (w, h) = (g.width() as usize, g.height() as usize);
    let r = (w.min(h) / 40).clamp(7, 40);
    let raw = g.as_raw();
    let row = |y: usize| &raw[y * w..(y + 1) * w];
    let mut dark = GrayImage::new(w as u32, h as u32);
    let mut light = GrayImage::new(w as u32, h as u32);
    let span = |i: usize, n: usize| ((i + r).min(n - 1) - i.saturating_sub(r) + 1) as u32;
    let mut hsum = vec![0u32; w];
    let mut column = vec![0u32; w];
    let mut add_row = |y: usize, column: &mut [u32], sign: bool| {
        row_box_sums(row(y), r, &mut hsum);
        for (c, s) in column.iter_mut().zip(&hsum) {
            *c = if sign { *c + s } else { *c - s };
        }
    };
    for y in 0..=r.min(h - 1) {
        add_row(y, &mut column, true);
    }
    let (dark_raw, light_raw) = (dark.as_mut(), light.as_mut());
    for y in 0..h {
        let rows = span(y, h);
        for x in 0..w {
            let mean = column[x] / (rows * span(x, w));
            let v = u32::from(raw[y * w + x]);
            // A small margin keeps flat areas (paper, page background) white.
            dark_raw[y * w + x] = if v + 6 < mean { 0 } else { 255 };
            light_raw[y * w + x] = if v > mean + 6 { 0 } else { 255 };
        }
        if y + r + 1 < h {
            add_row(y + r + 1, &mut column, true);
        }
        if y >= r {
            add_row(y - r, &mut column, false);
        }
    }
    (dark, light)
}

/// `out[x]` = the sum of `row` over `x - r ..= x + r`, clipped to the row.
fn row_box_sums(row: &[u8], r: usize, out: &mut [u32]) {
    let w = row.len();
    let mut sum: u32 = row[..(r + 1).min(w)].iter().map(|&v| u32::from(v)).sum();
    for x in 0..w {
        out[x] = sum;
        if x + r + 1 < w {
            sum += u32::from(row[x + r + 1]);
        }
        if x >= r {
            sum -= u32::from(row[x - r]);
        }
    }
}

impl crate::i18n::Localize for QrError {
    fn message(&self) -> (&'static str, crate::i18n::Args) {
        use QrError as E;
        match self {
            E::Empty => ("core-file-empty", vec![]),
            E::TooLarge(mib) => ("core-qr-too-large", vec![("mib", (*mib).into())]),
            E::UnknownFormat => ("core-qr-unknown-format", vec![]),
            E::Dimensions {
                side,
                megapixels,
                alloc,
            } => (
                "core-qr-dimensions",
                vec![
                    ("side", (*side).into()),
                    ("megapixels", (*megapixels).into()),
                    ("alloc", (*alloc).into()),
                ],
            ),
            E::Damaged(why) => ("core-qr-damaged", vec![("why", why.clone().into())]),
        }
    }
}
