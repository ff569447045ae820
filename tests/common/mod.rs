//! Helpers shared by the app's test binaries.

/// A QR symbol holding `text`, `module` pixels per module, with a 4-module quiet zone.
pub fn qr_image(text: &str, module: u32) -> image::GrayImage {
    let code = qrcode::QrCode::new(text.as_bytes()).expect("encodable");
    let n = code.width() as u32;
    let colors = code.to_colors();
    image::GrayImage::from_fn((n + 8) * module, (n + 8) * module, |x, y| {
        let (mx, my) = ((x / module) as i64 - 4, (y / module) as i64 - 4);
        let inside = (0..n as i64).contains(&mx) && (0..n as i64).contains(&my);
        let dark =
            inside && colors[(my as usize) * n as usize + mx as usize] == qrcode::Color::Dark;
        image::Luma([if dark { 0 } else { 255 }])
    })
}
