//! Which brand an issuer names, for its icon: simple-icons' titles, aliases and slugs, matched
//! on letters and digits only ("Proton Mail", "protonmail.com" and "ProtonMail" all meet at
//! "protonmail"). The index is data the caller supplies (the UI ships it with its icons).

use std::collections::HashMap;
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Brand {
    pub title: String,
    /// The icon's file name without `.svg`.
    pub slug: String,
    /// The brand's colour, six hex digits.
    pub hex: String,
}

#[derive(Debug, Default)]
pub struct BrandIndex {
    brands: Vec<Brand>,
    by_key: HashMap<String, usize>,
}

#[derive(Debug, thiserror::Error)]
#[error("the brand icon index is damaged: {0}")]
pub struct IndexError(#[from] serde_json::Error);

impl BrandIndex {
    /// From rows of `[title, slug, hex, alias…]`; rows missing one of the first three are skipped,
    /// and the first brand to claim a key keeps it.
    pub fn from_json(json: &[u8]) -> Result<Self, IndexError> {
        let rows: Vec<Vec<String>> = serde_json::from_slice(json)?;
        let mut index = Self::default();
        for row in rows {
            let [title, slug, hex, aliases @ ..] = row.as_slice() else {
                continue;
            };
            if title.is_empty() || slug.is_empty() || !is_hex_colour(hex) {
                continue;
            }
            let at = index.brands.len();
            let names = [title, slug].into_iter().chain(aliases);
            for k in names.map(|n| key(n)).filter(|k| !k.is_empty()) {
                index.by_key.entry(k).or_insert(at);
            }
            index.brands.push(Brand {
                title: title.clone(),
                slug: slug.clone(),
                hex: hex.clone(),
            });
        }
        Ok(index)
    }

    /// The brand a name gives: the whole name without a domain ending ("amazon.com"), else its
    /// first word ("Google Account").
    pub fn find(&self, name: &str) -> Option<&Brand> {
        let trimmed = without_domain_ending(name.trim());
        let first_word = trimmed
            .split(|c: char| c.is_whitespace() || matches!(c, ':' | '|' | ',' | '-'))
            .next()
            .unwrap_or_default();
        [trimmed, first_word]
            .into_iter()
            .find_map(|candidate| self.by_key.get(&key(candidate)))
            .map(|&at| &self.brands[at])
    }
}

/// Letters and digits only, lower case, without accents.
fn key(s: &str) -> String {
    s.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// "amazon.com" → "amazon", "example.co.uk" → "example": a common ending, perhaps with a
/// two-letter country code after it.
fn without_domain_ending(name: &str) -> &str {
    const ENDINGS: [&str; 7] = ["com", "net", "org", "io", "co", "app", "dev"];
    fn strip(s: &str) -> Option<&str> {
        let (head, ending) = s.rsplit_once('.')?;
        ENDINGS
            .iter()
            .any(|e| ending.eq_ignore_ascii_case(e))
            .then_some(head)
    }
    if let Some(head) = strip(name) {
        return head;
    }
    match name.rsplit_once('.') {
        Some((head, country))
            if country.len() == 2 && country.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            strip(head).unwrap_or(name)
        }
        _ => name,
    }
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 6 && s.chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> BrandIndex {
        BrandIndex::from_json(
            r#"[["GitHub","github","181717"],["Proton Mail","protonmail","6D4AFF","ProtonMail"],
                ["Google","google","4285F4"],["AliExpress","aliexpress","FF4747"],
                ["Société Générale","societegenerale","E60028"],["","nameless","000000"],
                ["Bad colour","badcolour","url(x)"],["Short"]]"#
                .as_bytes(),
        )
        .unwrap()
    }

    #[test]
    fn issuers_find_their_brand_by_title_alias_slug_domain_or_first_word() {
        let i = index();
        let slug = |name| i.find(name).map(|b| b.slug.as_str());
        assert_eq!(slug("GitHub"), Some("github"));
        assert_eq!(slug("github.com"), Some("github"));
        assert_eq!(slug("GitHub.co.uk"), Some("github"));
        assert_eq!(slug("Proton Mail"), Some("protonmail"));
        assert_eq!(slug("protonmail"), Some("protonmail"));
        assert_eq!(slug("Google Account"), Some("google"));
        assert_eq!(slug("Google: work"), Some("google"));
        assert_eq!(slug("societe generale"), Some("societegenerale"));
        assert_eq!(slug("Zanzibar Bank"), None);
        assert_eq!(slug(""), None);
        assert_eq!(i.find("AliExpress").map(|b| b.hex.as_str()), Some("FF4747"));
    }

    #[test]
    fn rows_without_a_title_slug_or_colour_are_skipped() {
        let i = index();
        assert_eq!(i.find("nameless"), None);
        assert_eq!(i.find("Bad colour"), None);
        assert_eq!(i.find("Short"), None);
    }

    #[test]
    fn odd_names_neither_panic_nor_match() {
        let i = index();
        for name in ["ü.ü", ".", "..com", "€€€.co.üü", "\u{301}", "a.b.c.d.e"] {
            assert_eq!(i.find(name), None, "{name}");
        }
    }

    #[test]
    fn a_damaged_index_is_an_error() {
        let e = BrandIndex::from_json(b"{not json").unwrap_err();
        assert!(e.to_string().starts_with("the brand icon index is damaged"));
    }
}
