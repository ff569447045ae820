//! The merge rule for one entry's history across devices. Every device applies the same total
//! order, so all of them end with the same entry whatever order files arrive in:
//! - two versions: the later stamp wins (a hybrid logical clock, ties by device id);
//! - a delete wins over the version its device had seen, and over older ones;
//! - a version made after (or without seeing) that one outlives the delete: the account is
//!   kept, and the person told.
//!
//! HOTP counters are merged apart from this (`Merged::counter`): the highest wins.

use super::clock::Stamp;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// When this version (or the delete) was made, and by which device.
    pub stamp: Stamp,
    /// A delete: the version of the entry its device had when it deleted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_of: Option<Stamp>,
}

impl Record {
    pub fn alive(&self) -> bool {
        self.deleted_of.is_none()
    }

    /// The position in the merge order: a delete ranks just above the version it saw.
    fn rank(&self) -> (&Stamp, u8, &Stamp) {
        match &self.deleted_of {
            None => (&self.stamp, 0, &self.stamp),
            Some(seen) => (seen, 1, &self.stamp),
        }
    }

    /// Whether `other` replaces `self`.
    pub fn loses_to(&self, other: &Record) -> bool {
        self.rank() < other.rank()
    }

    /// One is a delete and the other a version the delete had not seen, which outlives it.
    pub fn outlives_delete(version: &Record, delete: &Record) -> bool {
        version.alive() && !delete.alive() && delete.loses_to(version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn stamp(ms: u64, dev: &str) -> Stamp {
        Stamp {
            ms,
            n: 0,
            dev: dev.into(),
        }
    }

    fn version(ms: u64, dev: &str) -> Record {
        Record {
            stamp: stamp(ms, dev),
            deleted_of: None,
        }
    }

    fn delete(ms: u64, dev: &str, seen: u64, seen_dev: &str) -> Record {
        Record {
            stamp: stamp(ms, dev),
            deleted_of: Some(stamp(seen, seen_dev)),
        }
    }

    fn merge<'a>(a: &'a Record, b: &'a Record) -> &'a Record {
        if a.loses_to(b) {
            b
        } else {
            a
        }
    }

    #[test]
    fn the_later_edit_wins_and_equal_times_go_to_the_same_device_everywhere() {
        assert_eq!(merge(&version(1, "a"), &version(2, "b")), &version(2, "b"));
        assert_eq!(merge(&version(2, "b"), &version(1, "a")), &version(2, "b"));
        assert_eq!(merge(&version(5, "a"), &version(5, "b")), &version(5, "b"));
        assert_eq!(merge(&version(5, "b"), &version(5, "a")), &version(5, "b"));
    }

    #[test]
    fn a_delete_wins_over_what_it_saw_but_not_over_an_edit_it_did_not_see() {
        let seen = version(10, "a");
        let d = delete(20, "b", 10, "a");
        assert_eq!(merge(&seen, &d), &d);
        let unseen_edit = version(15, "c");
        assert_eq!(merge(&unseen_edit, &d), &unseen_edit);
        assert!(Record::outlives_delete(&unseen_edit, &d));
        // Even an edit stamped after the delete by a fast clock is not lost, and an edit made
        // after seeing the delete cannot exist: the entry was gone there.
        assert!(!Record::outlives_delete(&seen, &d));
    }

    fn any_record() -> impl Strategy<Value = Record> {
        let dev = prop::sample::select(vec!["a", "b", "c"]);
        (0u64..6, dev.clone(), prop::option::of((0u64..6, dev))).prop_map(|(ms, d, del)| Record {
            stamp: stamp(ms, d),
            deleted_of: del.map(|(s, sd)| stamp(s, sd)),
        })
    }

    proptest! {
        // Convergence: the order of arrival never matters.
        #[test]
        fn merging_is_commutative_and_associative(a in any_record(), b in any_record(), c in any_record()) {
            prop_assert_eq!(merge(&a, &b), merge(&b, &a));
            prop_assert_eq!(merge(merge(&a, &b), &c), merge(&a, merge(&b, &c)));
        }
    }
}
