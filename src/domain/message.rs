//! An organizer's message to part of the audience: who it goes to, its
//! placeholders, and how its Markdown becomes a text part and a sanitised
//! HTML part.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, Utc};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::email::EmailAddress;
pub use super::registration::AttendanceMode;
use super::registration::RegistrationStatus;
use super::text;
use super::validation::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MessageStatus {
    Scheduled,
    /// Its mails are in the outbox and going out.
    Sending,
    /// Every mail of it was sent or given up.
    Sent,
    Cancelled,
}

impl MessageStatus {
    /// What is stored: `sent` is never stored, it is `sending` with nothing left.
    pub fn as_str(self) -> &'static str {
        match self {
            MessageStatus::Scheduled => "scheduled",
            MessageStatus::Sending | MessageStatus::Sent => "sending",
            MessageStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "scheduled" => Some(MessageStatus::Scheduled),
            "sending" => Some(MessageStatus::Sending),
            "cancelled" => Some(MessageStatus::Cancelled),
            _ => None,
        }
    }
}

/// Who a message goes to; an absent key does not filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// Default: confirmed, waitlisted and pending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<RegistrationStatus>>,
    /// Only registrants of this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Uuid>,
    /// Only those marked attended (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attended: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<AttendanceMode>,
    /// Only those who gave `answer` to this question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Uuid>,
    /// A text, a choice (also matched inside a multiple-choice answer) or true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub answer: Option<serde_json::Value>,
}

impl Audience {
    pub const DEFAULT_STATUSES: [RegistrationStatus; 3] = [
        RegistrationStatus::Confirmed,
        RegistrationStatus::Waitlisted,
        RegistrationStatus::Pending,
    ];

    pub fn statuses(&self) -> Vec<RegistrationStatus> {
        self.status
            .clone()
            .unwrap_or_else(|| Self::DEFAULT_STATUSES.to_vec())
    }

    fn check(&self) -> Result<(), String> {
        if self.status.as_ref().is_some_and(|s| s.is_empty()) {
            return Err("name at least one status, or leave status out".into());
        }
        match (&self.question, &self.answer) {
            (Some(_), None) => Err("a question needs the answer to look for".into()),
            (None, Some(_)) => Err("an answer needs its question".into()),
            (_, Some(a)) if !(a.is_string() || a.is_boolean()) => {
                Err("the answer is a text, a choice or true".into())
            }
            _ => Ok(()),
        }
    }
}

/// The body of `POST …/messages` and of its preview.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageRequest {
    pub subject: String,
    /// Markdown: paragraphs, emphasis, links, lists. Placeholders: `{name}`,
    /// `{conference}`, `{starts}`, `{manage_url}`, `{join_url}`; `{{` is `{`.
    pub body: String,
    #[serde(default)]
    pub audience: Audience,
    /// Default: the conference owner's address.
    pub reply_to: Option<String>,
    /// Default: now.
    #[schema(value_type = Option<String>, format = DateTime)]
    pub send_at: Option<DateTime<FixedOffset>>,
}

/// A message whose every rule holds.
#[derive(Debug, Clone)]
pub struct MessageDraft {
    pub subject: String,
    pub body: String,
    pub audience: Audience,
    pub reply_to: Option<EmailAddress>,
    /// None: at once.
    pub send_at: Option<DateTime<Utc>>,
}

impl MessageDraft {
    pub fn parse(request: MessageRequest, now: DateTime<Utc>) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let subject = errors.check("subject", text::line(&request.subject, 300));
        if let Some(s) = &subject {
            errors.check("subject", Template::parse(s));
        }
        let body = errors.check("body", text::prose(&request.body, 50_000));
        if let Some(b) = &body {
            if b.trim().is_empty() {
                errors.add("body", "is required");
            }
            errors.check("body", Template::parse(b));
        }
        let reply_to = match request.reply_to.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(r) => errors.check("reply_to", EmailAddress::parse(r)).map(Some),
        };
        errors.check("audience", request.audience.check());
        let send_at = request.send_at.map(|t| t.with_timezone(&Utc));
        // A time in the past (a slow form, clocks a little apart) means now.
        let send_at = send_at.filter(|t| *t > now);
        match (subject, body, reply_to) {
            (Some(subject), Some(body), Some(reply_to)) if errors.is_empty() => Ok(MessageDraft {
                subject,
                body,
                audience: request.audience,
                reply_to,
                send_at,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placeholder {
    Name,
    Conference,
    Starts,
    ManageUrl,
    JoinUrl,
}

const PLACEHOLDERS: [(&str, Placeholder); 5] = [
    ("name", Placeholder::Name),
    ("conference", Placeholder::Conference),
    ("starts", Placeholder::Starts),
    ("manage_url", Placeholder::ManageUrl),
    ("join_url", Placeholder::JoinUrl),
];

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(String),
    Field(Placeholder),
}

/// A subject or body split into text and placeholders.
#[derive(Debug, Clone, PartialEq)]
pub struct Template(Vec<Part>);

impl Template {
    /// `{word}` is a placeholder (an unknown one is an error naming it), `{{`
    /// a literal `{` and `}}` a literal `}`; any other brace is itself.
    pub fn parse(source: &str) -> Result<Self, String> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut rest = source;
        while let Some(at) = rest.find('{') {
            text.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            if let Some(tail) = after.strip_prefix('{') {
                text.push('{');
                rest = tail;
                continue;
            }
            let word_len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            if word_len > 0 && after[word_len..].starts_with('}') {
                let word = &after[..word_len];
                let Some((_, field)) = PLACEHOLDERS.iter().find(|(name, _)| *name == word) else {
                    return Err(format!(
                        "{{{word}}} is not a placeholder; use {{name}}, {{conference}}, {{starts}}, {{manage_url}} or {{join_url}} (write {{{{ for a literal {{)"
                    ));
                };
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(Part::Field(*field));
                rest = &after[word_len + 1..];
            } else {
                text.push('{');
                rest = after;
            }
        }
        text.push_str(rest);
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        for part in &mut parts {
            if let Part::Text(t) = part {
                *t = t.replace("}}", "}");
            }
        }
        Ok(Template(parts))
    }

    /// The text with each placeholder's value; in Markdown, values are plain
    /// text (escaped) and links are written `<…>`, which works both on their
    /// own (an autolink) and as the target of `[text](…)`.
    fn fill(&self, values: &Values, markdown: bool) -> String {
        let plain = |v: &str| {
            if markdown {
                escape_markdown(v)
            } else {
                v.to_owned()
            }
        };
        let link = |v: &str| {
            if markdown {
                format!("<{v}>")
            } else {
                v.to_owned()
            }
        };
        let mut out = String::new();
        for part in &self.0 {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Field(Placeholder::Name) => out.push_str(&plain(&values.name)),
                Part::Field(Placeholder::Conference) => out.push_str(&plain(&values.conference)),
                Part::Field(Placeholder::Starts) => out.push_str(&plain(&values.starts)),
                Part::Field(Placeholder::ManageUrl) => out.push_str(&link(&values.manage_url)),
                Part::Field(Placeholder::JoinUrl) => {
                    if let Some(u) = &values.join_url {
                        out.push_str(&link(u));
                    }
                }
            }
        }
        out
    }
}

/// What the placeholders stand for, for one recipient.
#[derive(Debug, Clone)]
pub struct Values {
    pub name: String,
    pub conference: String,
    /// Local date and time of the start, with the time zone.
    pub starts: String,
    pub manage_url: String,
    /// The tracked join link: only for a confirmed registrant of an online place.
    pub join_url: Option<String>,
}

/// A message as one recipient gets it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct RenderedMessage {
    pub subject: String,
    pub text: String,
    /// Sanitised: no script, no event handler, no `javascript:` link.
    pub html: String,
}

/// Fills in the placeholders and turns the Markdown into its two parts.
pub fn render(subject: &str, body: &str, values: &Values) -> Result<RenderedMessage, String> {
    let subject = Template::parse(subject)?.fill(values, false);
    // One line, whatever a name holds.
    let subject = subject.replace(['\r', '\n'], " ");
    let markdown = Template::parse(body)?.fill(values, true);
    Ok(RenderedMessage {
        subject,
        text: markdown_text(&markdown),
        html: markdown_html(&markdown),
    })
}

/// A value taken as plain text inside Markdown: a name with `*` or `<` in it
/// stays what it is.
fn escape_markdown(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH
}

fn markdown_html(markdown: &str) -> String {
    let mut raw = String::new();
    pulldown_cmark::html::push_html(&mut raw, Parser::new_ext(markdown, options()));
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer"))
        .clean(&raw)
        .to_string()
}

/// The text part: what the Markdown says, without its markup and without any
/// raw HTML; a link is its text followed by its address.
fn markdown_text(markdown: &str) -> String {
    let mut out = String::new();
    let mut links: Vec<(String, usize)> = Vec::new();
    let mut lists: Vec<Option<u64>> = Vec::new();
    // Inside raw <script> or <style>: nothing of it is text.
    let mut skipping: Option<&str> = None;
    for event in Parser::new_ext(markdown, options()) {
        if let Event::Html(h) | Event::InlineHtml(h) = &event {
            let tag = h.trim_start().to_ascii_lowercase();
            match skipping {
                Some(end) if tag.contains(end) => skipping = None,
                Some(_) => {}
                None if tag.starts_with("<script") && !tag.contains("</script") => {
                    skipping = Some("</script");
                }
                None if tag.starts_with("<style") && !tag.contains("</style") => {
                    skipping = Some("</style");
                }
                None => {}
            }
            continue;
        }
        if skipping.is_some() {
            continue;
        }
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::Rule => out.push_str("----\n\n"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push((dest_url.to_string(), out.len()))
            }
            Event::End(TagEnd::Link) => {
                if let Some((dest, start)) = links.pop() {
                    let safe = ["http://", "https://", "mailto:"]
                        .iter()
                        .any(|s| dest.to_ascii_lowercase().starts_with(s));
                    let shown = out[start..].to_owned();
                    if safe && shown != dest && shown != dest.trim_start_matches("mailto:") {
                        let _ = write!(out, " ({dest})");
                    }
                }
            }
            Event::Start(Tag::List(first)) => {
                if lists.is_empty() && !out.is_empty() && !out.ends_with("\n\n") {
                    out.push('\n');
                }
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                if lists.is_empty() {
                    out.push('\n');
                }
            }
            Event::Start(Tag::Item) => {
                let depth = lists.len().saturating_sub(1);
                out.push_str(&"  ".repeat(depth));
                match lists.last_mut() {
                    Some(Some(n)) => {
                        let _ = write!(out, "{n}. ");
                        *n += 1;
                    }
                    _ => out.push_str("- "),
                }
            }
            Event::End(TagEnd::Item) if !out.ends_with('\n') => out.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                if lists.is_empty() {
                    out.push_str("\n\n");
                } else if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            Event::End(TagEnd::BlockQuote(_)) => {}
            // Raw HTML in the body never reaches the text part.
            _ => {}
        }
    }
    out.trim_end().to_owned() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Values {
        Values {
            name: "Ana *Bee*".into(),
            conference: "Launch".into(),
            starts: "Monday 8 June 2026, 10:00 CEST".into(),
            manage_url: "https://ev.example/r/abc".into(),
            join_url: None,
        }
    }

    #[test]
    fn placeholders_are_filled_and_braces_escaped() -> Result<(), String> {
        let r = render(
            "Hello {name}",
            "Dear {name}, {{literal}} and { alone.\n\n[Your registration]({manage_url})",
            &values(),
        )?;
        assert_eq!(r.subject, "Hello Ana *Bee*");
        assert!(
            r.text.starts_with("Dear Ana *Bee*, {literal} and { alone."),
            "{}",
            r.text
        );
        assert!(
            r.text
                .contains("Your registration (https://ev.example/r/abc)"),
            "{}",
            r.text
        );
        assert!(
            r.html.contains("href=\"https://ev.example/r/abc\""),
            "{}",
            r.html
        );
        assert!(!r.html.contains("<em>"), "a name is text: {}", r.html);
        Ok(())
    }

    #[test]
    fn an_unknown_placeholder_is_named() {
        let e = Template::parse("Hi {first_name}").err().unwrap_or_default();
        assert!(e.contains("{first_name}"), "{e}");
    }

    #[test]
    fn script_and_javascript_links_never_reach_either_part() -> Result<(), String> {
        let body = "Hi <script>alert(1)</script> there.\n\n[click](javascript:alert(2)) and <a href=\"javascript:x()\" onclick=\"y()\">this</a> <img src=x onerror=alert(3)>";
        let r = render("s", body, &values())?;
        for part in [&r.html, &r.text] {
            assert!(!part.contains("<script"), "{part}");
            assert!(!part.contains("alert(1)"), "{part}");
            assert!(!part.to_lowercase().contains("javascript:"), "{part}");
            assert!(
                !part.contains("onclick") && !part.contains("onerror"),
                "{part}"
            );
        }
        assert!(r.text.contains("click"), "{}", r.text);
        Ok(())
    }

    #[test]
    fn lists_and_emphasis_become_text_and_html() -> Result<(), String> {
        let r = render("s", "The slides:\n\n- *one*\n- two\n\nBye", &values())?;
        assert_eq!(r.text, "The slides:\n\n- one\n- two\n\nBye\n");
        assert!(r.html.contains("<li><em>one</em></li>"), "{}", r.html);
        Ok(())
    }

    #[test]
    fn an_empty_join_link_is_empty() -> Result<(), String> {
        let r = render("s", "Join: {join_url}.", &values())?;
        assert_eq!(r.text, "Join: .\n");
        Ok(())
    }

    #[test]
    fn audience_rules() {
        let bad = Audience {
            question: Some(Uuid::nil()),
            ..Audience::default()
        };
        assert!(bad.check().is_err());
        assert!(Audience::default().check().is_ok());
        assert_eq!(Audience::default().statuses().len(), 3);
    }
}
