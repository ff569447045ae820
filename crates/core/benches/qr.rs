//! First QR timings on synthetic 1080p screenshots (`cargo bench -p sesame-core --bench qr`).
//! Targets from issue 4: median ≤ 20 ms (p95 ≤ 100 ms) for a 1080p screenshot with a code,
//! ≤ 150 ms median for one without. The realistic corpus and the comparison with zbar and
//! zxing-cpp belong in bench/qr/ (not built yet).

use image::{DynamicImage, GrayImage, Luma};
use sesame_core::qr;
use std::time::{Duration, Instant};

const OTP: &str = "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME";

fn symbol(module: u32, dark: u8, light: u8) -> GrayImage {
    let code = qrcode::QrCode::new(OTP.as_bytes()).expect("encodable");
    let n = code.width() as u32;
    let colors = code.to_colors();
    GrayImage::from_fn((n + 8) * module, (n + 8) * module, |x, y| {
        let (mx, my) = ((x / module) as i64 - 4, (y / module) as i64 - 4);
        let inside = (0..n as i64).contains(&mx) && (0..n as i64).contains(&my);
        let d = inside && colors[(my as usize) * n as usize + mx as usize] == qrcode::Color::Dark;
        Luma([if d { dark } else { light }])
    })
}

/// A 1920×1080 page with "UI clutter" (stripes and boxes) and optionally a code.
fn page(code: Option<GrayImage>, background: u8) -> DynamicImage {
    let mut p = GrayImage::from_fn(1920, 1080, |x, y| {
        let band = (y / 40) % 7 == 0 || (x / 300) % 5 == 0 && (y % 120) < 8;
        Luma([if band {
            background.wrapping_add(40)
        } else {
            background
        }])
    });
    if let Some(c) = code {
        image::imageops::replace(&mut p, &c, 860, 300);
    }
    DynamicImage::ImageLuma8(p)
}

fn time(what: &str, img: &DynamicImage, expect: usize) {
    let mut runs: Vec<Duration> = (0..15)
        .map(|_| {
            let t = Instant::now();
            let found = qr::decode_image(img);
            let d = t.elapsed();
            assert_eq!(found.len(), expect, "{what}");
            d
        })
        .collect();
    runs.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what:<44} median {:>7.1} ms   p95 {:>7.1} ms",
        ms(runs[7]),
        ms(runs[14])
    );
}

fn main() {
    time(
        "1080p, light page, 4 px modules",
        &page(Some(symbol(4, 0, 255)), 245),
        1,
    );
    time(
        "1080p, dark page, light-on-dark code",
        &page(Some(symbol(4, 230, 35)), 30),
        1,
    );
    time("1080p, no code", &page(None, 245), 0);
}
