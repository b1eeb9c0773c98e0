//! Bearer tokens and manage links: 256 random bits shown once, only a SHA-256
//! of them stored.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

pub struct IssuedToken {
    /// Given to its holder once; never stored.
    pub plain: String,
    pub hash: Vec<u8>,
}

pub fn issue() -> IssuedToken {
    let mut bytes = [0u8; 32];
    // ThreadRng is a CSPRNG reseeded from the operating system.
    rand::fill(&mut bytes);
    let plain = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash(&plain);
    IssuedToken { plain, hash }
}

pub fn hash(plain: &str) -> Vec<u8> {
    Sha256::digest(plain.as_bytes()).to_vec()
}

/// A token as presented: anything that cannot be one of ours is refused before
/// a database lookup.
pub fn looks_valid(plain: &str) -> bool {
    plain.len() == 43
        && plain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_only_hashes_match() {
        let a = issue();
        let b = issue();
        assert_ne!(a.plain, b.plain);
        assert!(looks_valid(&a.plain));
        assert_eq!(hash(&a.plain), a.hash);
        assert_ne!(a.hash, b.hash);
    }
}
