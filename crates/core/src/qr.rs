//! Finding every QR code in an image: rqrr on a ladder of attempts (as is, inverted for dark
//! mode, locally thresholded for low contrast, rescaled, with a quiet zone added), cheap ones
//! first. Images are decoded under limits, so hostile files fail fast with a message.

use image::{DynamicImage, GrayImage, ImageReader, Luma};
use std::io::Cursor;

/// Bounds on what a single image may cost.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_file_bytes: u64,
    pub max_side: u32,
    pub max_alloc: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 * 1024 * 1024,
            max_side: 16_384,
            max_alloc: 256 * 1024 * 1024,
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
    #[error("the image is larger than {limit} pixels on a side, or needs more than {alloc} MiB to decode")]
    Dimensions { limit: u32, alloc: u64 },
    #[error("the image is damaged or cut short: {0}")]
    Damaged(String),
}

/// Decodes an image file's bytes and returns the text of every distinct QR code in it.
pub fn decode_file(bytes: &[u8], limits: &Limits) -> Result<Vec<String>, QrError> {
    Ok(decode_image(&read_image(bytes, limits)?))
}

pub fn read_image(bytes: &[u8], limits: &Limits) -> Result<DynamicImage, QrError> {
    if bytes.is_empty() {
        return Err(QrError::Empty);
    }
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(QrError::TooLarge(limits.max_file_bytes / (1024 * 1024)));
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| QrError::Damaged(e.to_string()))?;
    if reader.format().is_none() {
        return Err(QrError::UnknownFormat);
    }
    let mut l = image::Limits::default();
    l.max_image_width = Some(limits.max_side);
    l.max_image_height = Some(limits.max_side);
    l.max_alloc = Some(limits.max_alloc);
    reader.limits(l);
    reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => QrError::Dimensions {
            limit: limits.max_side,
            alloc: limits.max_alloc / (1024 * 1024),
        },
        image::ImageError::Unsupported(_) => QrError::UnknownFormat,
        other => QrError::Damaged(other.to_string()),
    })
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

/// One attempt: which found codes, and whether some detected symbol could not be read.
struct Pass {
    texts: Vec<String>,
    unread: usize,
}

fn attempt(img: &GrayImage) -> Pass {
    let (w, h) = (img.width() as usize, img.height() as usize);
    if w < 21 || h < 21 {
        return Pass {
            texts: Vec::new(),
            unread: 0,
        };
    }
    let raw = img.as_raw();
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| raw[y * w + x]);
    let mut pass = Pass {
        texts: Vec::new(),
        unread: 0,
    };
    for grid in prepared.detect_grids() {
        match grid.decode() {
            Ok((_, text)) => pass.texts.push(text),
            Err(_) => pass.unread += 1,
        }
    }
    pass
}

/// One rung of the ladder: a transformed copy of the grey image.
type Step = fn(&GrayImage) -> GrayImage;

pub fn decode_grey(grey: &GrayImage) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    // Cheap first: an ordinary screenshot usually decodes here.
    let unread = add(attempt(grey), &mut found);
    if !found.is_empty() && unread == 0 {
        return found;
    }
    let long_side = grey.width().max(grey.height());
    let mut steps: Vec<Step> = vec![
        invert,
        |g| adaptive_threshold(g, false),
        |g| adaptive_threshold(g, true),
        quiet_zone,
    ];
    if long_side > 1600 {
        steps.push(|g| area_downscale(g, 2));
        steps.push(|g| invert(&area_downscale(g, 2)));
    }
    if long_side < 1200 {
        steps.push(|g| upscale(g, 3));
        steps.push(|g| adaptive_threshold(&upscale(g, 3), false));
    }
    for step in steps {
        let unread = add(attempt(&step(grey)), &mut found);
        // Go on only while there is evidence of codes not yet read.
        if !found.is_empty() && unread == 0 {
            break;
        }
    }
    found
}

/// Adds a pass's new texts; answers how many symbols it saw but could not read.
fn add(pass: Pass, found: &mut Vec<String>) -> usize {
    for t in pass.texts {
        if !found.contains(&t) {
            found.push(t);
        }
    }
    pass.unread
}

fn invert(g: &GrayImage) -> GrayImage {
    let mut out = g.clone();
    image::imageops::invert(&mut out);
    out
}

/// Black where a pixel is darker than its neighbourhood's mean (light on dark when `invert`):
/// low-contrast and unevenly lit codes survive where one global threshold fails.
fn adaptive_threshold(g: &GrayImage, invert: bool) -> GrayImage {
    let (w, h) = (g.width() as usize, g.height() as usize);
    let radius = ((w.min(h) / 40).clamp(7, 40)) as i64;
    // Summed-area table for O(1) window means.
    let raw = g.as_raw();
    let mut sat = vec![0u64; (w + 1) * (h + 1)];
    for y in 0..h {
        let mut row = 0u64;
        for x in 0..w {
            row += u64::from(raw[y * w + x]);
            sat[(y + 1) * (w + 1) + x + 1] = sat[y * (w + 1) + x + 1] + row;
        }
    }
    GrayImage::from_fn(w as u32, h as u32, |x, y| {
        let (x, y) = (i64::from(x), i64::from(y));
        let x0 = (x - radius).max(0) as usize;
        let y0 = (y - radius).max(0) as usize;
        let x1 = ((x + radius + 1) as usize).min(w);
        let y1 = ((y + radius + 1) as usize).min(h);
        let sum = sat[y1 * (w + 1) + x1] + sat[y0 * (w + 1) + x0]
            - sat[y0 * (w + 1) + x1]
            - sat[y1 * (w + 1) + x0];
        let mean = sum / ((x1 - x0) * (y1 - y0)) as u64;
        let v = u64::from(raw[y as usize * w + x as usize]);
        // A small margin keeps flat areas (paper, page background) white.
        let dark = if invert { v > mean + 6 } else { v + 6 < mean };
        Luma([if dark { 0 } else { 255 }])
    })
}

/// A white margin, for codes that touch the image's edge.
fn quiet_zone(g: &GrayImage) -> GrayImage {
    let pad = (g.width().max(g.height()) / 10).max(16);
    let mut out = GrayImage::from_pixel(g.width() + 2 * pad, g.height() + 2 * pad, Luma([255]));
    image::imageops::replace(&mut out, g, i64::from(pad), i64::from(pad));
    out
}

/// Averages `factor`×`factor` blocks: big screenshots shrink without aliasing the modules.
fn area_downscale(g: &GrayImage, factor: u32) -> GrayImage {
    let (w, h) = (g.width() / factor, g.height() / factor);
    GrayImage::from_fn(w, h, |x, y| {
        let mut sum = 0u32;
        for dy in 0..factor {
            for dx in 0..factor {
                sum += u32::from(g.get_pixel(x * factor + dx, y * factor + dy).0[0]);
            }
        }
        Luma([(sum / (factor * factor)) as u8])
    })
}

/// Tiny modules (one or two pixels) grow so the finder patterns are found.
fn upscale(g: &GrayImage, factor: u32) -> GrayImage {
    image::imageops::resize(
        g,
        g.width() * factor,
        g.height() * factor,
        image::imageops::FilterType::Triangle,
    )
}
