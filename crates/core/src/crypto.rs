//! The vault's cryptography: XChaCha20-Poly1305 for data, sealed boxes (X25519) for key slots,
//! Argon2id for passwords, HKDF for recovery keys. Every key is zeroized on drop.
//!
//! Slots are sealed to a public key so the vault key can be rotated (re-sealed to every
//! remaining slot) without knowing the other slots' passwords or recovery keys.

use argon2::Argon2;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use crypto_box::{PublicKey, SecretKey};
use rand_core::RngCore;
use zeroize::Zeroizing;

pub const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;

/// Argon2id parameters of a password slot; stored with it. Defaults: 64 MiB, 3 passes,
/// 4 lanes (above OWASP's recommended minimum of 19 MiB and 2 passes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams {
            memory_kib: 64 * 1024,
            passes: 3,
            lanes: 4,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("decryption failed")]
    Decrypt,
    #[error("invalid key derivation parameters")]
    Params,
}

/// A 256-bit symmetric key, on the heap in memory kept out of swap where the system allows,
/// zeroized on drop.
pub struct Key(Box<Zeroizing<[u8; KEY_LEN]>>);

impl Key {
    fn locked(bytes: &[u8; KEY_LEN]) -> Self {
        let key = Key(Box::new(Zeroizing::new(*bytes)));
        crate::process::lock_memory(&key.0[..]);
        key
    }

    pub fn random() -> Self {
        let mut k = Zeroizing::new([0u8; KEY_LEN]);
        OsRng.fill_bytes(k.as_mut());
        Key::locked(&k)
    }

    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        let arr: Zeroizing<[u8; KEY_LEN]> = Zeroizing::new(bytes.try_into().ok()?);
        Some(Key::locked(&arr))
    }

    pub fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// Encrypts with a fresh random nonce: `nonce || ciphertext || tag`.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(self.0.as_slice().into());
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let ct = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .expect("XChaCha20-Poly1305 encrypts any length we use");
        let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        out
    }

    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        if sealed.len() < NONCE_LEN {
            return Err(CryptoError::Decrypt);
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        XChaCha20Poly1305::new(self.0.as_slice().into())
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
            .map(Zeroizing::new)
            .map_err(|_| CryptoError::Decrypt)
    }
}

impl Clone for Key {
    fn clone(&self) -> Self {
        Key::locked(&self.0)
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        // The Box's Zeroizing clears the bytes after this; clear them first, then unlock.
        zeroize::Zeroize::zeroize(&mut **self.0);
        crate::process::unlock_memory(&self.0[..]);
    }
}

/// A 256-bit key from a password with Argon2id (version 1.3).
pub fn argon2id(
    password: &[u8],
    salt: &[u8],
    p: KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>, CryptoError> {
    let params = argon2::Params::new(p.memory_kib, p.passes, p.lanes, Some(KEY_LEN))
        .map_err(|_| CryptoError::Params)?;
    let argon = Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(password, salt, out.as_mut())
        .map_err(|_| CryptoError::Params)?;
    Ok(out)
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    OsRng.fill_bytes(&mut b);
    b
}

/// The secret half of a key slot. Its public half is stored with the slot.
pub struct SlotSecret(SecretKey);

impl SlotSecret {
    pub fn random() -> Self {
        SlotSecret(SecretKey::generate(&mut OsRng))
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let arr: Zeroizing<[u8; KEY_LEN]> = Zeroizing::new(bytes.try_into().ok()?);
        Some(SlotSecret(SecretKey::from(*arr)))
    }

    pub fn to_bytes(&self) -> Zeroizing<[u8; KEY_LEN]> {
        Zeroizing::new(self.0.to_bytes())
    }

    pub fn public(&self) -> [u8; KEY_LEN] {
        *self.0.public_key().as_bytes()
    }

    /// Derived from a password with Argon2id.
    pub fn from_password(password: &[u8], salt: &[u8], p: KdfParams) -> Result<Self, CryptoError> {
        Ok(SlotSecret(SecretKey::from(*argon2id(password, salt, p)?)))
    }

    /// Derived from a high-entropy recovery key with HKDF-SHA256.
    pub fn from_recovery_key(key: &[u8], salt: &[u8]) -> Self {
        let mut out = Zeroizing::new([0u8; KEY_LEN]);
        hkdf::Hkdf::<sha2::Sha256>::new(Some(salt), key)
            .expand(b"sesame recovery slot v1", out.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        SlotSecret(SecretKey::from(*out))
    }

    pub fn unseal(&self, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        self.0
            .unseal(sealed)
            .map(Zeroizing::new)
            .map_err(|_| CryptoError::Decrypt)
    }
}

/// Seals `plaintext` to a slot's public key (anonymous sealed box).
pub fn seal_to(public: &[u8; KEY_LEN], plaintext: &[u8]) -> Vec<u8> {
    PublicKey::from(*public)
        .seal(&mut OsRng, plaintext)
        .expect("sealing any length we use succeeds")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aead_round_trip_and_tamper_detection() {
        let k = Key::random();
        let sealed = k.seal(b"aad", b"hello");
        assert_eq!(k.open(b"aad", &sealed).unwrap().as_slice(), b"hello");
        assert_eq!(k.open(b"other", &sealed), Err(CryptoError::Decrypt));
        let mut flipped = sealed.clone();
        flipped[30] ^= 1;
        assert_eq!(k.open(b"aad", &flipped), Err(CryptoError::Decrypt));
        assert_eq!(
            Key::random().open(b"aad", &sealed),
            Err(CryptoError::Decrypt)
        );
        assert_eq!(k.open(b"aad", &sealed[..10]), Err(CryptoError::Decrypt));
    }

    #[test]
    fn slots_seal_to_their_public_key() {
        let small = KdfParams {
            memory_kib: 64,
            passes: 1,
            lanes: 1,
        };
        let a = SlotSecret::from_password(b"pw", b"saltsaltsaltsalt", small).unwrap();
        let again = SlotSecret::from_password(b"pw", b"saltsaltsaltsalt", small).unwrap();
        let wrong = SlotSecret::from_password(b"pW", b"saltsaltsaltsalt", small).unwrap();
        let sealed = seal_to(&a.public(), b"vault key");
        assert_eq!(again.unseal(&sealed).unwrap().as_slice(), b"vault key");
        assert_eq!(wrong.unseal(&sealed), Err(CryptoError::Decrypt));
        let r = SlotSecret::from_recovery_key(b"0123456789abcdef0123", b"salt");
        assert_eq!(
            SlotSecret::from_recovery_key(b"0123456789abcdef0123", b"salt").public(),
            r.public()
        );
        let k = SlotSecret::random();
        assert_eq!(
            SlotSecret::from_bytes(&*k.to_bytes()).unwrap().public(),
            k.public()
        );
    }
}
