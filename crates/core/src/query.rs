//! Finding the one entry a person means by a word: an issuer or account equal to it (case
//! aside), or else containing it.

use crate::vault::StoredEntry;

#[derive(Debug, PartialEq, Eq)]
pub enum Found<'a> {
    One(&'a StoredEntry),
    None,
    Many(Vec<&'a StoredEntry>),
}

pub fn find<'a>(entries: impl IntoIterator<Item = &'a StoredEntry>, query: &str) -> Found<'a> {
    let q = query.trim().to_lowercase();
    let entries: Vec<&StoredEntry> = entries.into_iter().collect();
    let fields = |e: &StoredEntry| {
        [
            e.account.issuer().to_lowercase(),
            e.account.name().to_lowercase(),
        ]
    };
    let equal: Vec<_> = entries
        .iter()
        .copied()
        .filter(|e| fields(e).contains(&q))
        .collect();
    let candidates = if equal.is_empty() {
        entries
            .iter()
            .copied()
            .filter(|e| fields(e).iter().any(|f| f.contains(&q)))
            .collect()
    } else {
        equal
    };
    match candidates.len() {
        0 => Found::None,
        1 => Found::One(candidates[0]),
        _ => Found::Many(candidates),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::uri;
    use crate::vault::EntryMeta;

    fn e(id: i64, u: &str) -> StoredEntry {
        StoredEntry {
            id,
            account: uri::parse(u).unwrap().account,
            meta: EntryMeta::default(),
            updated_at: 0,
            version: 1,
        }
    }

    #[test]
    fn equal_beats_contains_and_ties_are_ambiguous() {
        let list = [
            e(1, "otpauth://totp/Amazon:me?secret=AA&issuer=Amazon"),
            e(2, "otpauth://totp/Amazon%20Web%20Services:me?secret=AA&issuer=Amazon%20Web%20Services"),
            e(3, "otpauth://totp/GitHub:bob?secret=AA&issuer=GitHub"),
            e(4, "otpauth://totp/GitLab:bob?secret=AA&issuer=GitLab"),
        ];
        assert!(matches!(find(&list, "amazon"), Found::One(x) if x.id == 1));
        assert!(matches!(find(&list, "web"), Found::One(x) if x.id == 2));
        assert!(matches!(find(&list, "GITHUB"), Found::One(x) if x.id == 3));
        assert!(matches!(find(&list, "bob"), Found::Many(v) if v.len() == 2));
        assert!(matches!(find(&list, "git"), Found::Many(v) if v.len() == 2));
        assert_eq!(find(&list, "paypal"), Found::None);
    }
}
