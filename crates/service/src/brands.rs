//! Brand icons: which simple-icons brand an entry shows. The index is one of the page's own
//! assets (icons/index.json, built with the icons), handed over by the shell and read here
//! once, so the page keeps no copy of it: its 3,470-brand map cost the web process ~3 MiB.

use serde::Serialize;
use sesame_core::brand::BrandIndex;
use std::sync::{Mutex, OnceLock, PoisonError};
use ts_rs::TS;

/// A simple-icons brand: its icon's path data is `icons/{slug}.path` among the page's assets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BrandView {
    pub title: String,
    pub slug: String,
    /// The brand's colour: six hex digits, no `#`.
    pub hex: String,
}

static ASSET: Mutex<Option<Vec<u8>>> = Mutex::new(None);
static INDEX: OnceLock<BrandIndex> = OnceLock::new();

/// Keeps the index's bytes for the first lookup (parsed then, off the main thread).
pub fn provide(index_json: Vec<u8>) {
    *ASSET.lock().unwrap_or_else(PoisonError::into_inner) = Some(index_json);
}

fn index() -> &'static BrandIndex {
    INDEX.get_or_init(|| {
        let bytes = ASSET.lock().unwrap_or_else(PoisonError::into_inner).take();
        BrandIndex::from_json(bytes.as_deref().unwrap_or(b"[]")).unwrap_or_else(|e| {
            // Letters instead of brand icons; nothing else depends on it.
            eprintln!("sesame: {e}");
            BrandIndex::default()
        })
    })
}

/// The brand a name gives (an issuer, or a brand name the person typed), if any.
pub fn find(name: &str) -> Option<BrandView> {
    index().find(name).map(|b| BrandView {
        title: b.title.clone(),
        slug: b.slug.clone(),
        hex: b.hex.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_the_page_ships_names_common_issuers() {
        // Built with the page (ui/vite.config.ts); the Rust build needs the built page anyway.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../ui/dist/icons/index.json"
        );
        let bytes = std::fs::read(path).expect("the UI is built");
        let index = BrandIndex::from_json(&bytes).expect("a valid index");
        for (issuer, slug) in [
            ("AliExpress", "aliexpress"),
            ("paypal.com", "paypal"),
            ("GitHub", "github"),
            ("Google Account", "google"),
            ("Proton Mail", "protonmail"),
        ] {
            assert_eq!(
                index.find(issuer).map(|b| b.slug.as_str()),
                Some(slug),
                "{issuer}"
            );
        }
    }
}
