//! Which account a window is asking for: a browser tab titled "AliExpress - Sign in" or
//! "Amazon.com: Two-Step Verification" names its site. Only a suggestion for the quick-copy
//! window (a page chooses its own title); nothing is copied without the person's Enter.

use crate::vault::StoredEntry;

/// Lower-case words of letters and digits: "Amazon.com: Two-Step" → amazon, com, two, step.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How well an issuer matches the title's words: the letters matched, or 0.
fn score(issuer: &str, title: &[String]) -> usize {
    let want = words(issuer);
    let letters: usize = want.iter().map(String::len).sum();
    // One or two letters ("X", "EA") would match half the web's titles.
    if want.is_empty() || letters < 3 {
        return 0;
    }
    let joined = want.concat();
    let found = title.windows(want.len()).any(|w| w == want.as_slice())
        // "Proton Mail" in a title that writes "ProtonMail".
        || title.contains(&joined);
    if found {
        letters
    } else {
        0
    }
}

/// The entry whose issuer the title names: the longest issuer matched; among equals, a
/// favourite, then the most used, then the first in the person's order.
pub fn from_title<'a>(
    title: &str,
    entries: impl IntoIterator<Item = &'a StoredEntry>,
) -> Option<&'a StoredEntry> {
    let title = words(title);
    let mut best: Option<(&StoredEntry, (usize, bool, u32))> = None;
    for e in entries {
        let rank = (
            score(e.account.issuer(), &title),
            e.meta.favorite,
            e.meta.uses,
        );
        if rank.0 > 0 && best.as_ref().is_none_or(|(_, b)| rank > *b) {
            best = Some((e, rank));
        }
    }
    best.map(|(e, _)| e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::EntryMeta;
    use crate::{Account, Secret};

    fn entry(id: i64, issuer: &str, favorite: bool, uses: u32) -> StoredEntry {
        StoredEntry {
            id,
            account: Account::new(
                crate::Kind::Totp { period: 30 },
                issuer,
                "me",
                crate::Algorithm::Sha1,
                6,
                Secret::new(vec![1; 10]),
            )
            .unwrap(),
            meta: EntryMeta {
                favorite,
                uses,
                ..EntryMeta::default()
            },
            updated_at: 0,
            version: 1,
        }
    }

    #[test]
    fn window_titles_name_their_site() {
        let list = [
            entry(1, "Amazon", false, 0),
            entry(2, "AliExpress", false, 0),
            entry(3, "Google", false, 0),
            entry(4, "Google", false, 9),
            entry(5, "Proton Mail", false, 0),
            entry(6, "X", false, 0),
            entry(7, "Amazon Web Services", false, 0),
        ];
        let pick = |title: &str| from_title(title, &list).map(|e| e.id);
        assert_eq!(pick("AliExpress - Sign in — Mozilla Firefox"), Some(2));
        assert_eq!(pick("Amazon.com: Two-Step Verification"), Some(1));
        assert_eq!(pick("Amazon Web Services Sign-In"), Some(7));
        // The more used of two equal matches.
        assert_eq!(pick("Sign in - Google Accounts"), Some(4));
        assert_eq!(pick("ProtonMail: sign in"), Some(5));
        assert_eq!(pick("Proton Mail - Log in"), Some(5));
        // Part of a word is not a match, nor is a one-letter issuer.
        assert_eq!(pick("Googleplex tour"), None);
        assert_eq!(pick("X - sign in"), None);
        assert_eq!(pick("Terminal"), None);
        assert_eq!(pick(""), None);
    }

    #[test]
    fn a_favourite_wins_a_tie() {
        let list = [entry(1, "GitHub", false, 3), entry(2, "GitHub", true, 0)];
        assert_eq!(
            from_title("GitHub · Two-factor", &list).map(|e| e.id),
            Some(2)
        );
    }
}
