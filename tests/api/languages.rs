//! Five languages: which one a page is in (`?lang`, its cookie, the
//! registration's, `Accept-Language`, the conference's), what it says in it,
//! the registrant's mails and invite in their own language, and no message
//! missing or left over in any language file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use convene::domain::language::Language;
use convene::i18n::{CATALOGUE, Catalogue, t, t_with};
use mail_parser::{MessageParser, MimeHeaders};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use serde_json::json;

use crate::helpers::{TestApp, spawn_app, spawn_app_with_mail};

/// Every file under `dir` with one of `extensions`, as text.
fn sources(dir: &str, extensions: &[&str]) -> String {
    fn walk(dir: &Path, extensions: &[&str], out: &mut String) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, extensions, out);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
            {
                out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
                out.push('\n');
            }
        }
    }
    let mut out = String::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(dir),
        extensions,
        &mut out,
    );
    out
}

#[test]
fn every_language_has_every_message_and_no_other() {
    Catalogue::load().expect("every locale file parses");
    let english: BTreeMap<String, BTreeSet<String>> =
        Catalogue::variables(Language::En).into_iter().collect();
    let mut problems = Vec::new();
    for lang in Language::ALL {
        let theirs: BTreeMap<String, BTreeSet<String>> =
            Catalogue::variables(lang).into_iter().collect();
        for (id, vars) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{} misses {id}", lang.as_str())),
                Some(v) if v != vars => problems.push(format!(
                    "{} {id} uses {v:?}, English {vars:?}",
                    lang.as_str()
                )),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{} has {id}, which English has not", lang.as_str()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let templates = format!(
        "{}{}",
        sources("templates", &["html"]),
        sources("email_templates", &["html", "txt"])
    );
    let code = sources("src", &["rs"]);
    let ids: BTreeSet<String> = Catalogue::ids(Language::En)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let call = regex_lite::Regex::new(r#"\bt\("([a-z0-9_-]+)"(\s*~)?"#).unwrap();
    let mut prefixes = Vec::new();
    let mut missing = Vec::new();
    for c in call.captures_iter(&templates) {
        let id = &c[1];
        if c.get(2).is_some() {
            prefixes.push(id.to_owned());
        } else if !ids.contains(id) {
            missing.push(id.to_owned());
        }
    }
    let rust_call =
        regex_lite::Regex::new(r#"\bt(?:_with)?\(\s*[a-z_.()]+,\s*"([a-z0-9_-]+)""#).unwrap();
    for c in rust_call.captures_iter(&code) {
        if !ids.contains(&c[1]) {
            missing.push(c[1].to_owned());
        }
    }
    assert!(missing.is_empty(), "used but in no file: {missing:?}");
    let forms: BTreeMap<String, String> = CATALOGUE.form_sources().into_iter().collect();
    let unused: Vec<&String> = ids
        .iter()
        .filter(|id| match forms.get(*id) {
            // A form message is used while the code still writes its text.
            Some(text) => !code.contains(&format!("\"{}\"", text.replace('"', "\\\""))),
            None => {
                let quoted = format!("\"{id}\"");
                !templates.contains(&quoted)
                    && !code.contains(&quoted)
                    && !prefixes.iter().any(|p| id.starts_with(p.as_str()))
            }
        })
        .collect();
    assert!(
        unused.is_empty(),
        "in the files but used nowhere: {unused:?}"
    );
}

async fn page(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, String, Vec<String>) {
    let mut request = app.client.get(format!("{}{path}", app.address));
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let r = request.send().await.unwrap();
    let cookies = r
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect();
    (r.status(), r.text().await.unwrap(), cookies)
}

fn html_lang(body: &str) -> &str {
    body.split("<html lang=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
}

/// The page's text, as the templates escape it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

#[tokio::test(flavor = "multi_thread")]
async fn the_event_page_speaks_the_visitors_language() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = app.conference(&org, json!({"capacity": 40})).await;
    let path = format!("/c/{}", c["slug"].as_str().unwrap());

    let (status, body, _) = page(&app, &path, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(html_lang(&body), "en");
    assert!(body.contains("40 seats left"), "{body}");

    // Accept-Language, by its q-values, among the five.
    let (_, body, _) = page(
        &app,
        &path,
        &[("accept-language", "pt-BR, de;q=0.8, fr;q=0.5")],
    )
    .await;
    assert_eq!(html_lang(&body), "de");
    assert!(
        body.contains(&escaped(&t(Language::De, "register"))),
        "{body}"
    );
    assert!(body.contains("Montag, 8. Juni 2099"), "{body}");
    assert!(body.contains(&escaped(&t_with(
        Language::De,
        "seats-left",
        &[("count", 40.into())]
    ))));

    // Every page links to the other four, each named in its own language.
    for (code, name) in [
        ("en", "English"),
        ("fr", "Français"),
        ("es", "Español"),
        ("it", "Italiano"),
    ] {
        assert!(
            body.contains(&format!(
                "<a href=\"{}?lang={code}\" hreflang=\"{code}\" lang=\"{code}\">{name}</a>",
                escaped(&path)
            )),
            "no link to {code} in {body}"
        );
    }
    assert!(!body.contains("hreflang=\"de\" lang=\"de\">"));

    // ?lang= wins over the header and is remembered in a cookie.
    let (_, body, cookies) = page(
        &app,
        &format!("{path}?lang=fr"),
        &[("accept-language", "de")],
    )
    .await;
    assert_eq!(html_lang(&body), "fr");
    assert!(body.contains("lundi 8 juin 2099"), "{body}");
    let cookie = cookies
        .iter()
        .find(|c| c.starts_with("convene_lang=fr"))
        .expect("the choice is remembered")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let (_, body, _) = page(&app, "/", &[("accept-language", "de"), ("cookie", &cookie)]).await;
    assert_eq!(html_lang(&body), "fr");
    assert!(body.contains(&escaped(&t(Language::Fr, "index-title"))));

    // An unknown ?lang is no choice at all.
    let (_, body, cookies) = page(
        &app,
        &format!("{path}?lang=pt"),
        &[("accept-language", "es")],
    )
    .await;
    assert_eq!(html_lang(&body), "es");
    assert!(cookies.iter().all(|c| !c.starts_with("convene_lang")));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_conference_in_italian_shows_italian_to_who_asks_for_nothing() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = app.conference(&org, json!({"language": "it"})).await;
    let path = format!("/c/{}", c["slug"].as_str().unwrap());
    let (_, body, _) = page(&app, &path, &[]).await;
    assert_eq!(html_lang(&body), "it");
    assert!(body.contains("lunedì 8 giugno 2099"), "{body}");
    assert!(body.contains(&escaped(&t(Language::It, "field-consent"))));
    // A browser that says what it reads comes first.
    let (_, body, _) = page(&app, &path, &[("accept-language", "en-GB")]).await;
    assert_eq!(html_lang(&body), "en");
    // The list of events concerns no conference: English.
    let (_, body, _) = page(&app, "/", &[]).await;
    assert_eq!(html_lang(&body), "en");
}

#[tokio::test(flavor = "multi_thread")]
async fn form_errors_come_in_the_pages_language() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    let r = app
        .client
        .post(format!("{}/c/{slug}/register", app.address))
        .header(ACCEPT_LANGUAGE, "es-ES,es;q=0.9")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("name=Ana&email=not-an-address")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = r.text().await.unwrap();
    assert_eq!(html_lang(&body), "es");
    let bad_email = CATALOGUE.form_message(
        Language::Es,
        "must be an email address like name@example.org",
    );
    let no_consent = CATALOGUE.form_message(
        Language::Es,
        "you must agree that your data is processed for this registration",
    );
    assert_ne!(bad_email, "must be an email address like name@example.org");
    assert!(body.contains(&escaped(&bad_email)), "{body}");
    assert!(body.contains(&escaped(&no_consent)), "{body}");
    assert!(body.contains(&escaped(&t(Language::Es, "signup-errors-summary"))));
    // The language links of a form shown again lead to the form's page.
    assert!(
        body.contains(&format!(
            "href=\"{}?lang=fr\"",
            escaped(&format!("/c/{slug}"))
        )),
        "{body}"
    );
    // The API answers the same mistake in English.
    let api = app.register(slug, "not-an-address", json!({})).await;
    assert_eq!(api.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        api.body
            .to_string()
            .contains("must be an email address like name@example.org")
    );
}

struct Mail {
    to: String,
    subject: String,
    text: String,
    html: String,
    invite: String,
}

fn parse(raw: &[u8]) -> Mail {
    let m = MessageParser::default().parse(raw).expect("a MIME message");
    let invite = m
        .parts
        .iter()
        .find(|p| p.is_content_type("text", "calendar"))
        .and_then(|p| p.text_contents())
        .unwrap_or_default()
        .replace("\r\n ", "")
        .replace("\n ", "");
    Mail {
        to: m
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned(),
        subject: m.subject().unwrap_or_default().to_owned(),
        text: m.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html: m.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
        invite,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn each_registrant_gets_mail_and_invite_in_their_own_language() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("office@example.eu").await;
    let c = app
        .conference(&org, json!({"title": "SPRING Launch Conference"}))
        .await;
    let slug = c["slug"].as_str().unwrap();
    let de = app
        .register(
            slug,
            "jonas@example.org",
            json!({"name": "Jonas", "language": "de"}),
        )
        .await;
    assert_eq!(de.status, StatusCode::CREATED, "{}", de.body);
    let en = app
        .register(slug, "ana@example.org", json!({"name": "Ana"}))
        .await;
    assert_eq!(en.status, StatusCode::CREATED, "{}", en.body);
    // A sign-up on a page in French is a French registration.
    let fr = app
        .client
        .post(format!("{}/c/{slug}/register?lang=fr", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("name=Camille&email=camille%40example.org&consent=yes")
        .send()
        .await
        .unwrap();
    assert_eq!(fr.status(), StatusCode::CREATED);
    let fr_page = fr.text().await.unwrap();
    assert!(
        fr_page.contains(&escaped(&t(Language::Fr, "registered-heading"))),
        "{fr_page}"
    );
    // An unknown language is refused, as the contract says.
    let bad = app
        .register(slug, "x@example.org", json!({"language": "pt"}))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    let mails: Vec<Mail> = smtp.wait_for(3).await.iter().map(|r| parse(r)).collect();
    let to = |who: &str| mails.iter().find(|m| m.to == who).expect("a mail");
    let title = [("title", "SPRING Launch Conference".into())];

    let jonas = to("jonas@example.org");
    assert_eq!(
        jonas.subject,
        t_with(Language::De, "mail-confirmation-subject", &title)
    );
    assert!(jonas.text.contains(&t_with(
        Language::De,
        "mail-dear",
        &[("name", "Jonas".into())]
    )));
    assert!(
        jonas.text.contains("Montag, 8. Juni 2099, 10:00–12:30"),
        "{}",
        jonas.text
    );
    assert!(jonas.html.contains("<html lang=\"de\">"));
    let manage = de.body["manage_url"].as_str().unwrap();
    let invite_text = t_with(
        Language::De,
        "invite-manage",
        &[("url", manage.to_owned().into())],
    );
    assert!(
        jonas
            .invite
            .contains(&invite_text.replace(',', "\\,").replace(';', "\\;")),
        "{}",
        jonas.invite
    );

    let ana = to("ana@example.org");
    assert_eq!(ana.subject, "You are registered: SPRING Launch Conference");
    assert!(
        ana.text.contains("Monday 8 June 2099, 10:00–12:30"),
        "{}",
        ana.text
    );
    assert!(
        ana.invite
            .contains("See\\, change or cancel your registration: ")
    );

    let camille = to("camille@example.org");
    assert_eq!(
        camille.subject,
        t_with(Language::Fr, "mail-confirmation-subject", &title)
    );
    assert!(
        camille.text.contains("lundi 8 juin 2099"),
        "{}",
        camille.text
    );

    // The registrant's own page is in their language, whatever the browser says.
    let path = crate::helpers::TestApp::manage_path(&de.body["manage_url"])
        .replace("/api/v1/registrations/", "/r/");
    let (_, body, _) = page(&app, &path, &[("accept-language", "en")]).await;
    assert_eq!(html_lang(&body), "de");
    assert!(
        body.contains(&escaped(&t(Language::De, "status-confirmed"))),
        "{body}"
    );
    // Unless they ask for another.
    let (_, body, _) = page(&app, &format!("{path}?lang=it"), &[(COOKIE.as_str(), "")]).await;
    assert_eq!(html_lang(&body), "it");
}
