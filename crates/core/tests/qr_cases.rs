//! The QR ladder on images generated here: plain, dark mode, low contrast, tiny modules, two
//! codes, a migration batch, transparency, rotated + blurred + JPEG; and hostile inputs, each
//! with its message. The realistic corpus and the comparison with other decoders: bench/qr/.

use image::{DynamicImage, GrayImage, ImageFormat, Luma, Rgba, RgbaImage};
use sesame_core::qr::{self, Limits, QrError};
use sesame_core::scan::{self, Content, OtherKind};
use std::io::Cursor;

const OTP: &str = "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME";

/// A QR symbol drawn at `module` pixels per module, with a 4-module quiet zone, dark on light.
fn symbol(text: &str, module: u32, dark: u8, light: u8) -> GrayImage {
    let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
    let n = code.width() as u32;
    let colors = code.to_colors();
    let side = (n + 8) * module;
    GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = ((x / module) as i64 - 4, (y / module) as i64 - 4);
        let inside = (0..n as i64).contains(&mx) && (0..n as i64).contains(&my);
        let is_dark =
            inside && colors[(my as usize) * n as usize + mx as usize] == qrcode::Color::Dark;
        Luma([if is_dark { dark } else { light }])
    })
}

/// Puts a symbol on a larger "screenshot" background at (x, y).
fn on_page(page: &mut GrayImage, sym: &GrayImage, x: i64, y: i64) {
    image::imageops::replace(page, sym, x, y);
}

fn decode(img: GrayImage) -> Vec<String> {
    qr::decode_image(&DynamicImage::ImageLuma8(img))
}

#[test]
fn a_plain_code_on_a_page() {
    let mut page = GrayImage::from_pixel(1280, 720, Luma([240]));
    on_page(&mut page, &symbol(OTP, 5, 0, 255), 500, 150);
    assert_eq!(decode(page), [OTP]);
}

#[test]
fn dark_mode_light_on_dark() {
    let mut page = GrayImage::from_pixel(1280, 720, Luma([30]));
    on_page(&mut page, &symbol(OTP, 5, 230, 30), 400, 100);
    assert_eq!(decode(page), [OTP]);
}

#[test]
fn low_contrast() {
    let mut page = GrayImage::from_pixel(900, 700, Luma([170]));
    on_page(&mut page, &symbol(OTP, 6, 120, 170), 200, 100);
    assert_eq!(decode(page), [OTP]);
}

#[test]
fn tiny_modules_smoothly_downscaled() {
    // Drawn at 6 px per module, then shrunk to 2 px with smooth resampling, as on a 4K screen.
    let big = symbol(OTP, 6, 0, 255);
    let small = image::imageops::resize(
        &big,
        big.width() / 3,
        big.height() / 3,
        image::imageops::FilterType::Triangle,
    );
    let mut page = GrayImage::from_pixel(800, 600, Luma([255]));
    on_page(&mut page, &small, 300, 200);
    assert_eq!(decode(page), [OTP]);
}

#[test]
fn two_codes_in_one_image() {
    let other = "otpauth://totp/Bank:bob?secret=GEZDGNBVGY3TQOJQ&issuer=Bank";
    let mut page = GrayImage::from_pixel(1400, 700, Luma([255]));
    on_page(&mut page, &symbol(OTP, 5, 0, 255), 80, 100);
    on_page(&mut page, &symbol(other, 5, 0, 255), 800, 120);
    let mut got = decode(page);
    got.sort();
    let mut want = vec![OTP.to_owned(), other.to_owned()];
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn a_migration_batch_expands_into_accounts() {
    let batch = "otpauth-migration://offline?data=CjUKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZSABKAEwAhABGAEgACiVmu86";
    let texts = decode(symbol(batch, 4, 0, 255));
    assert_eq!(texts, [batch]);
    match scan::classify(&texts[0]) {
        Content::Accounts {
            accounts,
            batch: Some(info),
        } => {
            assert_eq!((info.index, info.size), (0, 1));
            assert_eq!(accounts[0].as_ref().unwrap().account.issuer(), "Example");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn transparency_is_paper() {
    let sym = symbol(OTP, 5, 0, 255);
    let img = RgbaImage::from_fn(sym.width(), sym.height(), |x, y| {
        if sym.get_pixel(x, y).0[0] == 0 {
            Rgba([0, 0, 0, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    assert_eq!(qr::decode_image(&DynamicImage::ImageRgba8(img)), [OTP]);
}

#[test]
fn rotated_blurred_and_compressed() {
    let sym = DynamicImage::ImageLuma8(symbol(OTP, 5, 20, 255))
        .rotate90()
        .to_luma8();
    // 10° by hand: image has no arbitrary rotation; nearest sampling, white outside.
    let (w, h) = (sym.width() as f32, sym.height() as f32);
    let (sin, cos) = 10f32.to_radians().sin_cos();
    let mut page = GrayImage::from_pixel(1000, 800, Luma([250]));
    for (x, y, p) in page.enumerate_pixels_mut() {
        let (dx, dy) = (x as f32 - 500.0, y as f32 - 400.0);
        let (sx, sy) = (
            cos * dx + sin * dy + w / 2.0,
            -sin * dx + cos * dy + h / 2.0,
        );
        if (0.0..w).contains(&sx) && (0.0..h).contains(&sy) {
            *p = *sym.get_pixel(sx as u32, sy as u32);
        }
    }
    let blurred = image::imageops::blur(&page, 1.2);
    let mut jpeg = Cursor::new(Vec::new());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 50)
        .encode_image(&blurred)
        .unwrap();
    assert_eq!(
        qr::decode_file(&jpeg.into_inner(), &Limits::default()),
        Ok(vec![OTP.to_owned()])
    );
}

#[test]
fn nothing_to_find() {
    let page = GrayImage::from_fn(1280, 720, |x, y| Luma([((x * 7 + y * 13) % 251) as u8]));
    assert!(decode(page).is_empty());
}

fn png(img: &GrayImage) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn files_in_each_format_decode() {
    let sym = symbol(OTP, 6, 0, 255);
    for format in [
        ImageFormat::Png,
        ImageFormat::Jpeg,
        ImageFormat::Bmp,
        ImageFormat::Gif,
        ImageFormat::WebP,
    ] {
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageLuma8(sym.clone())
            .to_rgba8()
            .pipe_write(&mut out, format);
        assert_eq!(
            qr::decode_file(&out.into_inner(), &Limits::default()).unwrap(),
            [OTP],
            "{format:?}"
        );
    }
}

trait PipeWrite {
    fn pipe_write(&self, out: &mut Cursor<Vec<u8>>, format: ImageFormat);
}

impl PipeWrite for RgbaImage {
    fn pipe_write(&self, out: &mut Cursor<Vec<u8>>, format: ImageFormat) {
        match format {
            // JPEG and BMP have no alpha.
            ImageFormat::Jpeg | ImageFormat::Bmp => DynamicImage::ImageRgba8(self.clone())
                .to_rgb8()
                .write_to(out, format)
                .unwrap(),
            _ => self.write_to(out, format).unwrap(),
        }
    }
}

#[test]
fn hostile_inputs_fail_fast_with_a_message() {
    let limits = Limits::default();
    let good = png(&symbol(OTP, 4, 0, 255));
    assert_eq!(qr::decode_file(b"", &limits), Err(QrError::Empty));
    assert_eq!(
        qr::decode_file(b"hello, I am a text file and not an image", &limits),
        Err(QrError::UnknownFormat)
    );
    let cut = qr::decode_file(&good[..good.len() / 2], &limits).unwrap_err();
    assert!(matches!(cut, QrError::Damaged(_)), "{cut:?}");
    let one = png(&GrayImage::from_pixel(1, 1, Luma([0])));
    assert_eq!(qr::decode_file(&one, &limits), Ok(vec![]));
    // Decompression bombs: tiny PNGs that claim 60,000 × 60,000 pixels (beyond the side limit)
    // and 7,000 × 7,000 (within it, beyond the pixel count). Refused from the header alone.
    for side in [60_000u32, 7_000] {
        let mut bomb = png(&GrayImage::from_pixel(side, 1, Luma([255])));
        // Rewrite the IHDR height (bytes 20..24) and fix its CRC.
        bomb[20..24].copy_from_slice(&side.to_be_bytes());
        let crc = crc32fast::hash(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        let err = qr::decode_file(&bomb, &limits).unwrap_err();
        assert!(matches!(err, QrError::Dimensions { .. }), "{side}: {err:?}");
    }
    let err = QrError::Dimensions {
        side: 16_384,
        megapixels: 40,
        alloc: 200,
    };
    assert_eq!(
        err.to_string(),
        "the image is too large to scan: at most 16384 pixels on a side, 40 megapixels and 200 MiB decoded"
    );
    let small = Limits {
        max_file_bytes: 10,
        ..limits
    };
    assert_eq!(
        qr::decode_file(&good, &small).unwrap_err().to_string(),
        "the file is larger than 0 MiB"
    );
}

#[test]
fn classification_of_other_codes() {
    assert_eq!(
        scan::classify("https://example.com/a/very/long/path/that/goes/on/and/on"),
        Content::Other {
            kind: OtherKind::Url,
            preview: "https://example.com/a/very/long/path/tha".into()
        }
    );
    assert!(matches!(
        scan::classify("WIFI:T:WPA;S:home;P:secret;;"),
        Content::Other {
            kind: OtherKind::Wifi,
            ..
        }
    ));
    assert!(matches!(
        scan::classify("just some words"),
        Content::Other {
            kind: OtherKind::Text,
            ..
        }
    ));
    assert_eq!(
        scan::classify("otpauth://totp/x?secret=JBSWY3D1"),
        Content::Invalid("secret is not valid Base32: unexpected '1' at position 8".into())
    );
}

#[test]
fn a_code_touching_the_edge_and_a_tiny_image() {
    let sym = symbol(OTP, 4, 0, 255);
    // Cropped exactly at the symbol: no quiet zone at all.
    let crop =
        image::imageops::crop_imm(&sym, 16, 16, sym.width() - 32, sym.height() - 32).to_image();
    assert_eq!(decode(crop), [OTP]);
    // 60 × 60 pixels for 49 modules, smoothly resized: a thumbnail.
    let thumb = image::imageops::resize(
        &symbol(OTP, 3, 0, 255),
        60,
        60,
        image::imageops::FilterType::Triangle,
    );
    assert_eq!(decode(thumb), [OTP]);
}
