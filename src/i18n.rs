//! Convene's own words in the five languages: Project Fluent files, one per
//! language and area (`locales/{lang}/{area}.ftl`), compiled into the binary.
//! Pages and mails ask for a message by its id; the organizer's own texts
//! (titles, descriptions, questions) never pass through here.
//!
//! Form messages are the exception to asking by id: the domain writes them in
//! English, because the API answers in English (the contract), and a page
//! shows them in its own language by finding the English text among the
//! `forms` messages (`form_message`). The tests check that every such message
//! is one the code still writes.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::domain::language::Language;

/// The areas each language has a file for.
pub const AREAS: [&str; 4] = ["pages", "dashboard", "mail", "forms"];

macro_rules! files {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/pages.ftl")),
            include_str!(concat!("../locales/", $lang, "/dashboard.ftl")),
            include_str!(concat!("../locales/", $lang, "/mail.ftl")),
            include_str!(concat!("../locales/", $lang, "/forms.ftl")),
        ]
    };
}

/// Every file, in the order of `Language::ALL` and then `AREAS`.
pub const SOURCES: [(Language, [&str; 4]); 5] = [
    (Language::En, files!("en")),
    (Language::Fr, files!("fr")),
    (Language::De, files!("de")),
    (Language::Es, files!("es")),
    (Language::It, files!("it")),
];

/// A piece of an English form message: text as written, or a variable.
#[derive(Debug)]
enum Piece {
    Text(String),
    Variable(String),
}

#[derive(Debug)]
struct FormPattern {
    id: String,
    pieces: Vec<Piece>,
}

pub struct Catalogue {
    bundles: Vec<FluentBundle<FluentResource>>,
    forms: Vec<FormPattern>,
}

/// Parsed once: the files never change while the service runs.
pub static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    Catalogue::load().expect("locale files") // ok: compiled-in files, each loaded by the tests
});

fn index(lang: Language) -> usize {
    Language::ALL
        .iter()
        .position(|l| *l == lang)
        .unwrap_or_default()
}

impl Catalogue {
    /// Every file parsed into its language's bundle; any syntax error or id
    /// given twice is an error naming the file.
    pub fn load() -> Result<Catalogue, String> {
        let mut bundles = Vec::new();
        let mut forms = Vec::new();
        for (lang, files) in SOURCES {
            let id: unic_langid::LanguageIdentifier =
                lang.as_str().parse().map_err(|e| format!("{e:?}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Marks around placeables would end up inside HTML and mail text.
            bundle.set_use_isolating(false);
            for (area, source) in AREAS.iter().zip(files) {
                let resource = FluentResource::try_new(source.to_owned())
                    .map_err(|(_, e)| format!("locales/{}/{area}.ftl: {e:?}", lang.as_str()))?;
                if lang == Language::En && *area == "forms" {
                    forms = form_patterns(&resource);
                }
                bundle
                    .add_resource(resource)
                    .map_err(|e| format!("locales/{}/{area}.ftl: {e:?}", lang.as_str()))?;
            }
            bundles.push(bundle);
        }
        Ok(Catalogue { bundles, forms })
    }

    /// The message `id` in `lang` with `args` filled in.
    pub fn text(
        &self,
        lang: Language,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        let bundle = &self.bundles[index(lang)];
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("no message {id} in {}", lang.as_str()))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("message {id} in {}: {errors:?}", lang.as_str()))
        }
    }

    /// The ids of every message of one language, for the tests.
    pub fn ids(lang: Language) -> Vec<(String, &'static str)> {
        let files = SOURCES[index(lang)].1;
        let mut ids = Vec::new();
        for (area, source) in AREAS.iter().zip(files) {
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    ids.push((m.id.name.to_owned(), *area));
                }
            }
        }
        ids
    }

    /// Every message of one language with the variables it uses, for the
    /// tests: a translation must use the same ones as the English.
    pub fn variables(lang: Language) -> Vec<(String, std::collections::BTreeSet<String>)> {
        let files = SOURCES[index(lang)].1;
        let mut out = Vec::new();
        for source in files {
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    let mut vars = std::collections::BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_variables(p, &mut vars);
                    }
                    out.push((m.id.name.to_owned(), vars));
                }
            }
        }
        out
    }

    /// The English texts of the form messages, as the Rust code writes them
    /// (`{max_chars}` where Fluent has `{ $max_chars }`), for the tests.
    pub fn form_sources(&self) -> Vec<(String, String)> {
        self.forms
            .iter()
            .map(|p| {
                let text = p
                    .pieces
                    .iter()
                    .map(|piece| match piece {
                        Piece::Text(t) => t.clone(),
                        Piece::Variable(v) => format!("{{{v}}}"),
                    })
                    .collect();
                (p.id.clone(), text)
            })
            .collect()
    }

    /// A form message the domain wrote in English, in `lang`; a message the
    /// catalogue does not know stays as written.
    pub fn form_message(&self, lang: Language, english: &str) -> String {
        if lang == Language::En {
            return english.to_owned();
        }
        for pattern in &self.forms {
            if let Some(values) = matches(&pattern.pieces, english) {
                let mut args = FluentArgs::new();
                for (name, value) in values {
                    args.set(name, FluentValue::try_number(value));
                }
                if let Ok(text) = self.text(lang, &pattern.id, Some(&args)) {
                    return text;
                }
            }
        }
        english.to_owned()
    }
}

fn pattern_variables(p: &ast::Pattern<&str>, vars: &mut std::collections::BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, vars: &mut std::collections::BTreeSet<String>) {
    match e {
        ast::Expression::Inline(inline) => inline_variables(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for v in variants {
                pattern_variables(&v.value, vars);
            }
        }
    }
}

fn inline_variables(
    e: &ast::InlineExpression<&str>,
    vars: &mut std::collections::BTreeSet<String>,
) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}

fn form_patterns(resource: &FluentResource) -> Vec<FormPattern> {
    let mut patterns = Vec::new();
    for entry in resource.entries() {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let Some(value) = &m.value else { continue };
        let mut pieces = Vec::new();
        for element in &value.elements {
            match element {
                ast::PatternElement::TextElement { value } => match pieces.last_mut() {
                    Some(Piece::Text(t)) => t.push_str(value),
                    _ => pieces.push(Piece::Text((*value).to_owned())),
                },
                ast::PatternElement::Placeable { expression } => {
                    if let ast::Expression::Inline(ast::InlineExpression::VariableReference {
                        id,
                    }) = expression
                    {
                        pieces.push(Piece::Variable(id.name.to_owned()));
                    }
                }
            }
        }
        patterns.push(FormPattern {
            id: m.id.name.to_owned(),
            pieces,
        });
    }
    patterns
}

/// The variables' values when `text` is `pieces` filled in.
fn matches<'t>(pieces: &[Piece], text: &'t str) -> Option<Vec<(String, &'t str)>> {
    let mut rest = text;
    let mut values = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        match &pieces[i] {
            Piece::Text(t) => rest = rest.strip_prefix(t.as_str())?,
            Piece::Variable(name) => {
                let value = match pieces.get(i + 1) {
                    Some(Piece::Text(next)) => {
                        let end = rest.find(next.as_str())?;
                        let (value, after) = rest.split_at(end);
                        rest = after;
                        value
                    }
                    _ => std::mem::take(&mut rest),
                };
                if value.is_empty() {
                    return None;
                }
                values.push((name.clone(), value));
            }
        }
        i += 1;
    }
    rest.is_empty().then_some(values)
}

/// The message `id` in `lang`. An id missing from the files is a bug the
/// tests catch; should one slip through, the English text is shown, or else
/// the id, never nothing.
pub fn t(lang: Language, id: &str) -> String {
    t_with(lang, id, &[])
}

pub fn t_with(lang: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    CATALOGUE
        .text(lang, id, Some(&fluent))
        .or_else(|e| {
            tracing::error!(error = %e, "missing translation");
            CATALOGUE.text(Language::En, id, Some(&fluent))
        })
        .unwrap_or_else(|_| id.to_owned())
}

/// `{{ t("id", count=3) }}` in a template, in the language of the render's
/// `lang`; an unknown id or a missing variable fails the render (and a test).
pub fn template_function(
    state: &minijinja::State,
    id: &str,
    kwargs: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    use minijinja::{Error, ErrorKind};
    let lang = state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(Language::parse))
        .ok_or_else(|| Error::new(ErrorKind::UndefinedError, "the render has no lang"))?;
    let mut args = FluentArgs::new();
    for name in kwargs.args() {
        let value: minijinja::Value = kwargs.get(name)?;
        let fluent = match value.as_i64() {
            Some(n) => FluentValue::from(n),
            None => FluentValue::from(value.to_string()),
        };
        args.set(name.to_owned(), fluent);
    }
    // A message one language lacks (the tests see to it that none does) is
    // shown in English rather than failing the page; one English lacks is a
    // mistake in the template.
    CATALOGUE
        .text(lang, id, Some(&args))
        .or_else(|e| {
            tracing::error!(error = %e, "missing translation");
            CATALOGUE.text(Language::En, id, Some(&args))
        })
        .map_err(|e| Error::new(ErrorKind::InvalidOperation, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        Catalogue::load().unwrap();
    }

    #[test]
    fn form_messages_are_found_with_their_values() {
        let pieces = vec![
            Piece::Text("must be at most ".into()),
            Piece::Variable("max_chars".into()),
            Piece::Text(" characters".into()),
        ];
        assert_eq!(
            matches(&pieces, "must be at most 200 characters"),
            Some(vec![("max_chars".to_owned(), "200")])
        );
        assert_eq!(matches(&pieces, "must be at most  characters"), None);
        assert_eq!(matches(&pieces, "must be at most 200 bytes"), None);
        let tail = vec![
            Piece::Variable("v".into()),
            Piece::Text(" is listed twice".into()),
        ];
        assert_eq!(
            matches(&tail, "x is listed twice"),
            Some(vec![("v".to_owned(), "x")])
        );
    }
}
