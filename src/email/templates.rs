//! Mail templates: files in `email_templates/`, compiled into the binary,
//! with an optional directory (`EMAIL_TEMPLATES_DIR`) whose files win.

use std::collections::HashMap;
use std::path::PathBuf;

use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, TemplateSource, UndefinedBehavior, path_loader};
use serde::Serialize;

use crate::domain::language::Language;
use crate::domain::mail::MailKind;

const EMBEDDED: &[(&str, &str)] = &[
    (
        "password_reset.html",
        include_str!("../../email_templates/password_reset.html"),
    ),
    (
        "password_reset.subject.txt",
        include_str!("../../email_templates/password_reset.subject.txt"),
    ),
    (
        "password_reset.txt",
        include_str!("../../email_templates/password_reset.txt"),
    ),
    (
        "application_received.html",
        include_str!("../../email_templates/application_received.html"),
    ),
    (
        "application_received.subject.txt",
        include_str!("../../email_templates/application_received.subject.txt"),
    ),
    (
        "application_received.txt",
        include_str!("../../email_templates/application_received.txt"),
    ),
    (
        "declined.html",
        include_str!("../../email_templates/declined.html"),
    ),
    (
        "declined.subject.txt",
        include_str!("../../email_templates/declined.subject.txt"),
    ),
    (
        "declined.txt",
        include_str!("../../email_templates/declined.txt"),
    ),
    (
        "message.html",
        include_str!("../../email_templates/message.html"),
    ),
    (
        "message.subject.txt",
        include_str!("../../email_templates/message.subject.txt"),
    ),
    (
        "message.txt",
        include_str!("../../email_templates/message.txt"),
    ),
    (
        "_details.html",
        include_str!("../../email_templates/_details.html"),
    ),
    (
        "_details.txt",
        include_str!("../../email_templates/_details.txt"),
    ),
    (
        "_sessions.html",
        include_str!("../../email_templates/_sessions.html"),
    ),
    (
        "_sessions.txt",
        include_str!("../../email_templates/_sessions.txt"),
    ),
    (
        "cancelled.html",
        include_str!("../../email_templates/cancelled.html"),
    ),
    (
        "cancelled.subject.txt",
        include_str!("../../email_templates/cancelled.subject.txt"),
    ),
    (
        "cancelled.txt",
        include_str!("../../email_templates/cancelled.txt"),
    ),
    (
        "conference_cancelled.html",
        include_str!("../../email_templates/conference_cancelled.html"),
    ),
    (
        "conference_cancelled.subject.txt",
        include_str!("../../email_templates/conference_cancelled.subject.txt"),
    ),
    (
        "conference_cancelled.txt",
        include_str!("../../email_templates/conference_cancelled.txt"),
    ),
    (
        "confirm_email.html",
        include_str!("../../email_templates/confirm_email.html"),
    ),
    (
        "confirm_email.subject.txt",
        include_str!("../../email_templates/confirm_email.subject.txt"),
    ),
    (
        "confirm_email.txt",
        include_str!("../../email_templates/confirm_email.txt"),
    ),
    (
        "confirmation.html",
        include_str!("../../email_templates/confirmation.html"),
    ),
    (
        "confirmation.subject.txt",
        include_str!("../../email_templates/confirmation.subject.txt"),
    ),
    (
        "confirmation.txt",
        include_str!("../../email_templates/confirmation.txt"),
    ),
    (
        "layout.html",
        include_str!("../../email_templates/layout.html"),
    ),
    (
        "manage_link.html",
        include_str!("../../email_templates/manage_link.html"),
    ),
    (
        "manage_link.subject.txt",
        include_str!("../../email_templates/manage_link.subject.txt"),
    ),
    (
        "manage_link.txt",
        include_str!("../../email_templates/manage_link.txt"),
    ),
    (
        "member_invitation.html",
        include_str!("../../email_templates/member_invitation.html"),
    ),
    (
        "member_invitation.subject.txt",
        include_str!("../../email_templates/member_invitation.subject.txt"),
    ),
    (
        "member_invitation.txt",
        include_str!("../../email_templates/member_invitation.txt"),
    ),
    (
        "promoted.html",
        include_str!("../../email_templates/promoted.html"),
    ),
    (
        "promoted.subject.txt",
        include_str!("../../email_templates/promoted.subject.txt"),
    ),
    (
        "promoted.txt",
        include_str!("../../email_templates/promoted.txt"),
    ),
    (
        "recording.html",
        include_str!("../../email_templates/recording.html"),
    ),
    (
        "recording.subject.txt",
        include_str!("../../email_templates/recording.subject.txt"),
    ),
    (
        "recording.txt",
        include_str!("../../email_templates/recording.txt"),
    ),
    (
        "reminder.html",
        include_str!("../../email_templates/reminder.html"),
    ),
    (
        "reminder.subject.txt",
        include_str!("../../email_templates/reminder.subject.txt"),
    ),
    (
        "reminder.txt",
        include_str!("../../email_templates/reminder.txt"),
    ),
    (
        "updated.html",
        include_str!("../../email_templates/updated.html"),
    ),
    (
        "updated.subject.txt",
        include_str!("../../email_templates/updated.subject.txt"),
    ),
    (
        "updated.txt",
        include_str!("../../email_templates/updated.txt"),
    ),
    (
        "waitlisted.html",
        include_str!("../../email_templates/waitlisted.html"),
    ),
    (
        "waitlisted.subject.txt",
        include_str!("../../email_templates/waitlisted.subject.txt"),
    ),
    (
        "waitlisted.txt",
        include_str!("../../email_templates/waitlisted.txt"),
    ),
];

pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    pub fn new(override_dir: Option<PathBuf>) -> Self {
        let mut env = Environment::new();
        // A typo in a template fails a test, not a mail.
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.add_function("t", crate::i18n::template_function);
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        let embedded: HashMap<&'static str, &'static str> = EMBEDDED.iter().copied().collect();
        let files = override_dir.map(path_loader);
        // One loader, files first: templates added with add_template would
        // always win over a loader.
        env.set_loader(move |name| {
            if let Some(files) = &files
                && let Some(source) = files(name)?
            {
                return Ok(Some(source));
            }
            Ok(embedded.get(name).map(|s| TemplateSource::new(*s)))
        });
        Templates { env }
    }

    /// The mail of `kind` in `lang`, the language of whoever receives it.
    pub fn render(
        &self,
        kind: MailKind,
        lang: Language,
        context: &impl Serialize,
    ) -> Result<Rendered, minijinja::Error> {
        let ctx = minijinja::Value::from(Serde(context));
        let ctx = minijinja::context! { lang => lang.as_str(), ..ctx };
        let render = |suffix: &str| -> Result<String, minijinja::Error> {
            self.env
                .get_template(&format!("{}.{suffix}", kind.as_str()))?
                .render(&ctx)
        };
        Ok(Rendered {
            subject: render("subject.txt")?
                .lines()
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned(),
            text: render("txt")?,
            html: render("html")?,
        })
    }
}
