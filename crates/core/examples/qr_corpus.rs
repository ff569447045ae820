//! Decodes every image of the QR benchmark corpus (bench/qr/generate.py) with Sesame's ladder
//! and with plain rqrr (the decoder Sesame started with, as a baseline), and prints one JSON
//! line per image and decoder: the texts found and the median of three timed runs, from the
//! file's bytes in memory to the texts.
//! Usage: cargo run --release -p sesame-core --example qr_corpus -- MANIFEST [sesame|rqrr]...
//! bench/qr/run.sh calls it; the comparison and the table are bench/qr/compare.py's.

use serde_json::{json, Value};
use sesame_core::qr;
use std::path::Path;
use std::time::Instant;

type Decoder = fn(&[u8]) -> Vec<String>;

fn sesame(bytes: &[u8]) -> Vec<String> {
    qr::decode_file(bytes, &qr::Limits::default()).unwrap_or_default()
}

/// rqrr as its README shows it: its own global thresholding, one pass.
fn plain_rqrr(bytes: &[u8]) -> Vec<String> {
    let Ok(img) = image::load_from_memory(bytes) else {
        return Vec::new();
    };
    let grey = img.to_luma8();
    let (w, h) = (grey.width() as usize, grey.height() as usize);
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey.as_raw()[y * w + x]);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let manifest_path = args
        .first()
        .ok_or("usage: qr_corpus MANIFEST [sesame|rqrr]...")?;
    let root = Path::new(manifest_path).parent().unwrap_or(Path::new("."));
    let manifest: Vec<Value> = serde_json::from_slice(&std::fs::read(manifest_path)?)?;
    let wanted: Vec<&str> = if args.len() > 1 {
        args[1..].iter().map(String::as_str).collect()
    } else {
        vec!["sesame", "rqrr"]
    };
    for entry in &manifest {
        let file = entry["file"]
            .as_str()
            .ok_or("manifest entry without a file")?;
        let bytes = std::fs::read(root.join(file))?;
        for name in &wanted {
            let decoder: Decoder = match *name {
                "sesame" => sesame,
                "rqrr" => plain_rqrr,
                other => return Err(format!("unknown decoder {other}").into()),
            };
            let mut texts = Vec::new();
            let mut times: Vec<f64> = (0..3)
                .map(|_| {
                    let start = Instant::now();
                    texts = decoder(&bytes);
                    start.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!(
                "{}",
                json!({"file": file, "decoder": name, "texts": texts, "ms": times[1]})
            );
        }
    }
    Ok(())
}
