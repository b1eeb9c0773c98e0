use std::fmt;

/// An email address that passed validation. Comparison between registrations is
/// done on [`EmailAddress::normalized`], so `Ana@Example.org` and
/// `ana@example.org` are the same person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let value = raw.trim();
        if value.is_empty() {
            return Err("must not be empty".into());
        }
        if value.len() > 254 {
            return Err("must be at most 254 characters".into());
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err("must be an email address like name@example.org".into());
        };
        if !valid_local_part(local) {
            return Err("the part before @ is not valid".into());
        }
        if !valid_domain(domain) {
            return Err("the domain after @ is not valid".into());
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn normalized(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn valid_local_part(local: &str) -> bool {
    const SPECIALS: &str = "!#$%&'*+/=?^_`{|}~-.";
    !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || SPECIALS.contains(c))
}

fn valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::EmailAddress;

    #[test]
    fn accepts_ordinary_addresses() -> Result<(), Box<dyn std::error::Error>> {
        for ok in [
            "ana@example.org",
            "Ana.Ferreira+spring@Example.ORG",
            "x_y-z@mail.co.uk",
        ] {
            assert!(EmailAddress::parse(ok).is_ok(), "{ok}");
        }
        Ok(())
    }

    #[test]
    fn refuses_what_is_not_an_address() -> Result<(), Box<dyn std::error::Error>> {
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "a..b@example.org",
            "ana@exa mple.org",
            "ana@-example.org",
            "ana\0@example.org",
            "anä@example.org",
            "ana@example.o",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?}");
        }
        Ok(())
    }

    #[test]
    fn normalizes_case_for_comparison() -> Result<(), Box<dyn std::error::Error>> {
        let a = EmailAddress::parse("Ana@Example.org")?;
        assert_eq!(a.normalized(), "ana@example.org");
        assert_eq!(a.as_str(), "Ana@Example.org");
        Ok(())
    }
}
