//! A hybrid logical clock: stamps that follow wall-clock time where clocks agree, yet always
//! order a change after every change its device had seen, whatever the clocks say. Ties are
//! broken by the device id, so every device orders any two stamps the same way.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Stamp {
    /// Milliseconds since the Unix epoch (the physical part).
    pub ms: u64,
    /// Orders stamps within one millisecond.
    pub n: u32,
    /// The device that made the change.
    pub dev: String,
}

/// A device's clock: the highest stamp it has issued or seen.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Clock {
    ms: u64,
    n: u32,
}

impl Clock {
    /// A stamp later than every stamp this clock has issued or seen.
    pub fn tick(&mut self, device: &str, wall_ms: u64) -> Stamp {
        if wall_ms > self.ms {
            self.ms = wall_ms;
            self.n = 0;
        } else {
            self.n = self.n.saturating_add(1);
        }
        Stamp {
            ms: self.ms,
            n: self.n,
            dev: device.to_owned(),
        }
    }

    /// Moves the clock past a stamp from another device.
    pub fn observe(&mut self, stamp: &Stamp) {
        if (stamp.ms, stamp.n) > (self.ms, self.n) {
            self.ms = stamp.ms;
            self.n = stamp.n;
        }
    }
}

pub fn wall_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_only_increase_even_when_the_wall_clock_goes_back() {
        let mut c = Clock::default();
        let a = c.tick("a", 1_000);
        let b = c.tick("a", 900);
        let d = c.tick("a", 1_000);
        assert!(a < b && b < d);
    }

    #[test]
    fn a_change_after_seeing_a_future_stamp_orders_after_it() {
        let mut c = Clock::default();
        c.observe(&Stamp {
            ms: 5_000,
            n: 3,
            dev: "b".into(),
        });
        let mine = c.tick("a", 1_000);
        assert_eq!((mine.ms, mine.n), (5_000, 4));
    }
}
