//! Page templates (files in `templates/`, compiled in), rendered with the same
//! engine as mail: HTML auto-escaped, unknown variables an error.

use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use crate::domain::language::Language;

const TEMPLATES: &[(&str, &str)] = &[
    (
        "api_docs.html",
        include_str!("../../templates/api_docs.html"),
    ),
    (
        "admin_checkin.html",
        include_str!("../../templates/admin_checkin.html"),
    ),
    (
        "admin_report.html",
        include_str!("../../templates/admin_report.html"),
    ),
    (
        "admin_question.html",
        include_str!("../../templates/admin_question.html"),
    ),
    (
        "admin_team.html",
        include_str!("../../templates/admin_team.html"),
    ),
    (
        "admin_signup.html",
        include_str!("../../templates/admin_signup.html"),
    ),
    (
        "admin_reset.html",
        include_str!("../../templates/admin_reset.html"),
    ),
    (
        "admin_reset_password.html",
        include_str!("../../templates/admin_reset_password.html"),
    ),
    (
        "admin_account.html",
        include_str!("../../templates/admin_account.html"),
    ),
    (
        "admin_registration.html",
        include_str!("../../templates/admin_registration.html"),
    ),
    (
        "admin_applications.html",
        include_str!("../../templates/admin_applications.html"),
    ),
    (
        "admin_compose.html",
        include_str!("../../templates/admin_compose.html"),
    ),
    (
        "admin_messages.html",
        include_str!("../../templates/admin_messages.html"),
    ),
    (
        "admin_checkin_code.html",
        include_str!("../../templates/admin_checkin_code.html"),
    ),
    (
        "admin_conference.html",
        include_str!("../../templates/admin_conference.html"),
    ),
    (
        "admin_conference_fields.html",
        include_str!("../../templates/admin_conference_fields.html"),
    ),
    (
        "admin_home.html",
        include_str!("../../templates/admin_home.html"),
    ),
    (
        "admin_layout.html",
        include_str!("../../templates/admin_layout.html"),
    ),
    (
        "admin_login.html",
        include_str!("../../templates/admin_login.html"),
    ),
    (
        "admin_new.html",
        include_str!("../../templates/admin_new.html"),
    ),
    (
        "admin_registrations.html",
        include_str!("../../templates/admin_registrations.html"),
    ),
    (
        "admin_session.html",
        include_str!("../../templates/admin_session.html"),
    ),
    ("cancel.html", include_str!("../../templates/cancel.html")),
    (
        "confirmed.html",
        include_str!("../../templates/confirmed.html"),
    ),
    (
        "conference.html",
        include_str!("../../templates/conference.html"),
    ),
    ("error.html", include_str!("../../templates/error.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("layout.html", include_str!("../../templates/layout.html")),
    ("manage.html", include_str!("../../templates/manage.html")),
    (
        "manage_link.html",
        include_str!("../../templates/manage_link.html"),
    ),
    (
        "question_fields.html",
        include_str!("../../templates/question_fields.html"),
    ),
    ("embed.html", include_str!("../../templates/embed.html")),
    (
        "embed_layout.html",
        include_str!("../../templates/embed_layout.html"),
    ),
    (
        "signup_form.html",
        include_str!("../../templates/signup_form.html"),
    ),
    (
        "registered.html",
        include_str!("../../templates/registered.html"),
    ),
];

pub struct Pages {
    env: Environment<'static>,
}

impl Pages {
    fn new() -> Self {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Chainable);
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.add_function("t", crate::i18n::template_function);
        for (name, source) in TEMPLATES {
            env.add_template(name, source).expect("page template"); // ok: compiled-in templates, each rendered by the tests
        }
        Pages { env }
    }

    /// The page in `lang`, with the links to the other languages.
    pub fn render(
        &self,
        name: &str,
        lang: Language,
        context: &impl Serialize,
    ) -> Result<String, minijinja::Error> {
        let context = minijinja::Value::from(minijinja::value::Serde(context));
        self.env.get_template(name)?.render(minijinja::context! {
            lang => lang.as_str(),
            other_languages => minijinja::Value::from(minijinja::value::Serde(super::language::other_languages(lang))),
            ..context
        })
    }
}

/// The page templates are compiled into the binary and never change while it
/// runs, so one environment serves every request (and every error page).
pub static PAGES: std::sync::LazyLock<Pages> = std::sync::LazyLock::new(Pages::new);
