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

/// The server's key for links it must be able to write again later (the
/// manage and join links in every mail), while storing only their hashes.
#[derive(Clone)]
pub struct SigningKey([u8; 32]);

impl SigningKey {
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        <[u8; 32]>::try_from(bytes).ok().map(SigningKey)
    }

    /// A key from a configured secret of any length.
    pub fn from_secret(secret: &str) -> Self {
        SigningKey(Sha256::digest(secret.as_bytes()).into())
    }

    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::fill(&mut bytes);
        SigningKey(bytes)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey(..)")
    }
}

/// The token of a link for one purpose (`manage`, `join`) of one registration:
/// HMAC-SHA256 of both, 256 bits that only the key's holder can compute.
pub fn derive(key: &SigningKey, purpose: &str, id: uuid::Uuid) -> IssuedToken {
    use hmac::{Hmac, Mac};
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&key.0).expect("HMAC key"); // ok: any length is a key
    mac.update(purpose.as_bytes());
    mac.update(b":");
    mac.update(id.as_bytes());
    let plain = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    let hash = hash(&plain);
    IssuedToken { plain, hash }
}

/// The token of the check-in QR code of a registration: the registration's
/// id sealed with an HMAC of it, so the dashboard can find the registration
/// without a stored hash, and nobody can make one for another registration.
/// It opens nothing by itself: only a signed-in member of the team may use it.
pub fn check_in_token(key: &SigningKey, id: uuid::Uuid) -> String {
    let mut bytes = id.as_bytes().to_vec();
    bytes.extend_from_slice(&check_in_tag(key, id));
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The registration a check-in token names, when the token is genuine.
pub fn check_in_registration(key: &SigningKey, token: &str) -> Option<uuid::Uuid> {
    use subtle_compare::equal;
    let bytes = URL_SAFE_NO_PAD.decode(token).ok()?;
    if bytes.len() != 32 {
        return None;
    }
    let id = uuid::Uuid::from_slice(&bytes[..16]).ok()?;
    equal(&bytes[16..], &check_in_tag(key, id)).then_some(id)
}

fn check_in_tag(key: &SigningKey, id: uuid::Uuid) -> [u8; 16] {
    let full = derive(key, "check-in", id);
    let mut tag = [0u8; 16];
    tag.copy_from_slice(&Sha256::digest(full.plain.as_bytes())[..16]);
    tag
}

/// A comparison whose time does not depend on where the inputs differ.
mod subtle_compare {
    pub fn equal(a: &[u8], b: &[u8]) -> bool {
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
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
    fn a_check_in_token_names_its_registration_and_no_other()
    -> Result<(), Box<dyn std::error::Error>> {
        let key = SigningKey::generate();
        let id = uuid::Uuid::now_v7();
        let token = check_in_token(&key, id);
        assert_eq!(check_in_registration(&key, &token), Some(id));
        assert_eq!(check_in_registration(&SigningKey::generate(), &token), None);
        let mut forged = URL_SAFE_NO_PAD.decode(&token)?;
        forged[3] ^= 1;
        assert_eq!(
            check_in_registration(&key, &URL_SAFE_NO_PAD.encode(forged)),
            None
        );
        assert_eq!(check_in_registration(&key, "short"), None);
        Ok(())
    }

    #[test]
    fn tokens_are_unique_and_only_hashes_match() {
        let a = issue();
        let b = issue();
        assert_ne!(a.plain, b.plain);
        assert!(looks_valid(&a.plain));
        assert_eq!(hash(&a.plain), a.hash);
        assert_ne!(a.hash, b.hash);
    }

    #[test]
    fn derived_tokens_are_stable_per_purpose_and_key() {
        let key = SigningKey::from_secret("s3cret");
        let id = uuid::Uuid::new_v4();
        let manage = derive(&key, "manage", id);
        assert_eq!(manage.plain, derive(&key, "manage", id).plain);
        assert!(looks_valid(&manage.plain));
        assert_ne!(manage.plain, derive(&key, "join", id).plain);
        assert_ne!(
            manage.plain,
            derive(&SigningKey::generate(), "manage", id).plain
        );
    }
}
