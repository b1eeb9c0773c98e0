//! The five languages Convene ships.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    De,
    Es,
    It,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::Fr,
        Language::De,
        Language::Es,
        Language::It,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::De => "de",
            Language::Es => "es",
            Language::It => "it",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == value)
    }
}

/// What a request says about the language it wants, in the contract's order.
#[derive(Debug, Default, Clone, Copy)]
pub struct Wishes<'a> {
    /// `?lang=` (or the cookie that remembers it).
    pub asked: Option<&'a str>,
    /// The registration's own, on a registrant's pages.
    pub registration: Option<Language>,
    /// The `Accept-Language` header.
    pub accept_language: Option<&'a str>,
    /// The conference's, where a page is about one.
    pub conference: Option<Language>,
}

/// The language of a page: `?lang`/cookie, then the registration's, then the
/// best of the five in `Accept-Language` by q-value, then the conference's,
/// then English.
pub fn negotiate(w: Wishes<'_>) -> Language {
    if let Some(l) = w.asked.and_then(|a| Language::parse(a.trim())) {
        return l;
    }
    if let Some(l) = w.registration {
        return l;
    }
    if let Some(l) = w.accept_language.and_then(best_accepted) {
        return l;
    }
    w.conference.unwrap_or_default()
}

/// The shipped language an `Accept-Language` header ranks highest (`fr-CH`
/// counts as `fr`; `q=0` refuses), if any.
fn best_accepted(header: &str) -> Option<Language> {
    let mut best: Option<(f32, usize, Language)> = None;
    for (i, part) in header.split(',').enumerate() {
        let mut pieces = part.split(';');
        let tag = pieces
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let q = pieces
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or_default();
        let Some(lang) = Language::parse(primary) else {
            continue;
        };
        if q <= 0.0 {
            continue;
        }
        // The higher q wins; between equals, the one written first.
        if best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
            best = Some((q, i, lang));
        }
    }
    best.map(|(_, _, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contracts_order_of_wishes() {
        let w = |asked, registration, accept, conference| Wishes {
            asked,
            registration,
            accept_language: accept,
            conference,
        };
        assert_eq!(
            negotiate(w(
                Some("it"),
                Some(Language::De),
                Some("fr"),
                Some(Language::Es)
            )),
            Language::It
        );
        assert_eq!(
            negotiate(w(Some("xx"), Some(Language::De), Some("fr"), None)),
            Language::De
        );
        assert_eq!(
            negotiate(w(
                None,
                None,
                Some("pt-BR, fr-CH;q=0.8, de;q=0.9"),
                Some(Language::Es)
            )),
            Language::De
        );
        assert_eq!(
            negotiate(w(None, None, Some("pt, ja"), Some(Language::Es))),
            Language::Es
        );
        assert_eq!(
            negotiate(w(None, None, Some("fr;q=0, es;q=0.1"), None)),
            Language::Es
        );
        assert_eq!(negotiate(w(None, None, None, None)), Language::En);
    }

    #[test]
    fn every_language_reads_back() {
        for l in Language::ALL {
            assert_eq!(Language::parse(l.as_str()), Some(l));
        }
        assert_eq!(Language::parse("pt"), None);
    }
}
