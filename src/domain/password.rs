//! Organizer passwords, hashed with argon2id. Hashing is slow on purpose: call
//! these from a blocking thread, never on the async executor.

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};

pub fn validate(password: &str) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < 10 {
        return Err("must be at least 10 characters".into());
    }
    // Bounds the work an attacker can ask of the hasher.
    if password.len() > 512 {
        return Err("must be at most 512 bytes".into());
    }
    Ok(())
}

pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h: PasswordHash| h.to_string())
}

pub fn verify(password: &str, stored: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), stored)
        .is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn verifies_only_the_right_password() -> Result<(), Box<dyn std::error::Error>> {
        let stored = super::hash("correct horse battery")?;
        assert!(stored.starts_with("$argon2id$"));
        assert!(super::verify("correct horse battery", &stored));
        assert!(!super::verify("wrong horse battery", &stored));
        assert!(!super::verify("x", "not a hash"));
        Ok(())
    }
}
