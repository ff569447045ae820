//! How much key-derivation work a file may ask for. The parameters of an encrypted export are
//! the file's own, so a hostile file could ask for gigabytes or minutes: each is checked here,
//! before anything is allocated, against the strongest setting the format's own app writes
//! (with a margin) and an absolute memory bound.

use super::ImportError;
use crate::crypto::KdfParams;

/// No file may ask for more memory than this, whatever its format.
pub const MAX_MEMORY: u64 = 1 << 30;

/// Aegis vaults may hold several password slots (the password and a backup password); more
/// than this are not tried, so one file's total work stays bounded.
pub const MAX_PASSWORD_SLOTS: usize = 4;

/// How much Argon2id work a format's files may ask for: memory times passes, in bytes.
pub struct Argon2Bound {
    pub app: &'static str,
    pub memory_passes: u64,
    pub max_lanes: u32,
}

/// Ente writes 256 MiB × 16 passes, or 128 MiB × 32 after halving (docs/formats.md 2.7): twice that.
pub const ENTE: Argon2Bound = Argon2Bound {
    app: "Ente Auth",
    memory_passes: 8 << 30,
    max_lanes: 1,
};

/// Sesame writes 64 MiB × 3 passes: room for a much stronger future default.
pub const SESAME: Argon2Bound = Argon2Bound {
    app: "Sesame",
    memory_passes: 4 << 30,
    max_lanes: 16,
};

/// Bitwarden lets a person choose up to 1 GiB, 10 passes and 16 lanes: that, and no more.
pub const BITWARDEN: Argon2Bound = Argon2Bound {
    app: "Bitwarden",
    memory_passes: 10 << 30,
    max_lanes: 16,
};

/// Bitwarden's default is 600,000 PBKDF2-SHA256 rounds; it allows up to 2,000,000.
pub const BITWARDEN_PBKDF2: u32 = 2_000_000;

/// Aegis writes N = 2^15, r = 8, p = 1: eight times that in N·r·p.
const AEGIS_SCRYPT_WORK: u64 = 8 * (1 << 15) * 8;

/// andOTP picks 140,000–160,000 iterations: ten times the most.
pub const ANDOTP_ITERATIONS: u32 = 1_600_000;

fn size(bytes: u64) -> String {
    if bytes >= 1 << 30 {
        format!("{} GiB", bytes >> 30)
    } else {
        format!("{} MiB", (bytes >> 20).max(1))
    }
}

fn memory(asked: u64) -> Result<(), ImportError> {
    if asked > MAX_MEMORY {
        return Err(ImportError::TooCostly(crate::i18n::say(
            "import-costly-memory",
            &[
                ("asked", size(asked).into()),
                ("max", size(MAX_MEMORY).into()),
            ],
        )));
    }
    Ok(())
}

/// Argon2id parameters read from a file (memory in bytes), checked.
pub fn argon2(
    memory_bytes: u64,
    passes: u64,
    lanes: u64,
    bound: &Argon2Bound,
) -> Result<KdfParams, ImportError> {
    memory(memory_bytes)?;
    let out_of_range = || {
        ImportError::Parameters(format!(
            "Argon2id with {memory_bytes} bytes, {passes} passes and {lanes} lanes"
        ))
    };
    if passes == 0 || lanes == 0 || lanes > u64::from(bound.max_lanes) || memory_bytes < 8 << 10 {
        return Err(out_of_range());
    }
    if memory_bytes.saturating_mul(passes) > bound.memory_passes {
        return Err(ImportError::TooCostly(crate::i18n::say(
            "import-costly-passes",
            &[
                ("passes", passes.into()),
                ("memory", size(memory_bytes).into()),
                ("app", bound.app.into()),
                ("max", size(bound.memory_passes).into()),
            ],
        )));
    }
    Ok(KdfParams {
        memory_kib: u32::try_from(memory_bytes / 1024).map_err(|_| out_of_range())?,
        passes: u32::try_from(passes).map_err(|_| out_of_range())?,
        lanes: u32::try_from(lanes).map_err(|_| out_of_range())?,
    })
}

/// scrypt parameters of an Aegis slot, checked: N a power of two, memory 128·r·N at most
/// [`MAX_MEMORY`], and N·r·p at most eight times what Aegis writes.
pub fn scrypt(n: u64, r: u32, p: u32) -> Result<scrypt::Params, ImportError> {
    let bad = || ImportError::Parameters(format!("scrypt N={n}, r={r}, p={p}"));
    if !n.is_power_of_two() || n < 2 || r == 0 || p == 0 {
        return Err(bad());
    }
    memory(128u64.saturating_mul(u64::from(r)).saturating_mul(n))?;
    let work = n.saturating_mul(u64::from(r)).saturating_mul(u64::from(p));
    if work > AEGIS_SCRYPT_WORK {
        return Err(ImportError::TooCostly(crate::i18n::say(
            "import-costly-scrypt",
            &[
                ("parameters", format!("N={n}, r={r}, p={p}").into()),
                ("times", (work / (AEGIS_SCRYPT_WORK / 8)).into()),
            ],
        )));
    }
    scrypt::Params::new(n.trailing_zeros() as u8, r, p, 32).map_err(|_| bad())
}

/// PBKDF2 iterations read from a file, checked against the most its app writes.
pub fn pbkdf2(iterations: u32, max: u32, app: &str) -> Result<u32, ImportError> {
    match iterations {
        0 => Err(ImportError::Parameters("PBKDF2 with 0 iterations".into())),
        n if n > max => Err(ImportError::TooCostly(crate::i18n::say(
            "import-costly-pbkdf2",
            &[
                ("iterations", n.into()),
                ("app", app.to_owned().into()),
                ("max", max.into()),
            ],
        ))),
        n => Ok(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_apps_write_passes() {
        assert!(argon2(256 << 20, 16, 1, &ENTE).is_ok());
        assert!(argon2(128 << 20, 32, 1, &ENTE).is_ok());
        assert!(argon2(64 << 20, 3, 4, &SESAME).is_ok());
        assert!(scrypt(1 << 15, 8, 1).is_ok());
        assert!(pbkdf2(160_000, ANDOTP_ITERATIONS, "andOTP").is_ok());
    }

    #[test]
    fn hostile_costs_are_refused_with_their_size() {
        let e = argon2(16 << 30, 1, 1, &ENTE).unwrap_err().to_string();
        assert_eq!(
            e,
            "this file asks for 16 GiB of memory to unlock; Sesame refuses more than 1 GiB"
        );
        let e = argon2(1 << 30, 64, 1, &ENTE).unwrap_err().to_string();
        assert!(e.contains("64 passes over 1 GiB"), "{e}");
        let e = scrypt(1 << 20, 32, 16).unwrap_err().to_string();
        assert!(e.contains("4 GiB of memory"), "{e}");
        let e = scrypt(1 << 18, 8, 16).unwrap_err().to_string();
        assert!(e.contains("refuses more than 8×"), "{e}");
        assert!(pbkdf2(10_000_000, ANDOTP_ITERATIONS, "andOTP").is_err());
        assert!(matches!(
            argon2(64 << 20, 3, 17, &SESAME),
            Err(ImportError::Parameters(_))
        ));
    }
}
