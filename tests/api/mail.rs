//! Mail through a real SMTP server on loopback (aiosmtpd), read back with a
//! MIME parser and an iCalendar parser.

use std::time::Duration;

use icalendar::{Calendar, CalendarComponent, Component};
use mail_parser::{MessageParser, MimeHeaders};
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{
    MailServer, TestApp, TestCa, spawn_app_with, spawn_app_with_mail, spawn_instance,
};

/// A received mail, parsed.
struct Mail {
    to: String,
    subject: String,
    message_id: String,
    text: String,
    html: String,
    /// (method parameter, attachment?, body) of each text/calendar part.
    calendars: Vec<(String, bool, String)>,
}

fn parse(raw: &[u8]) -> Mail {
    let m = MessageParser::default().parse(raw).expect("a MIME message");
    let calendars = m
        .parts
        .iter()
        .filter(|p| p.is_content_type("text", "calendar"))
        .map(|p| {
            let method = p
                .content_type()
                .and_then(|ct| ct.attribute("method"))
                .unwrap_or_default()
                .to_owned();
            let attached = p.attachment_name() == Some("invite.ics");
            let body = p.text_contents().unwrap_or_default().to_owned();
            // RFC 5545 §3.1: 75 octets a line, a continuation's space included.
            for line in body.split('\n') {
                let line = line.trim_end_matches('\r');
                assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
            }
            (method, attached, body)
        })
        .collect();
    Mail {
        to: m
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned(),
        subject: m.subject().unwrap_or_default().to_owned(),
        message_id: m.message_id().unwrap_or_default().to_owned(),
        text: m.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html: m.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
        calendars,
    }
}

fn mails_to(raw: &[Vec<u8>], to: &str) -> Vec<Mail> {
    raw.iter()
        .map(|r| parse(r))
        .filter(|m| m.to == to)
        .collect()
}

struct Event {
    uid: String,
    sequence: u32,
    summary: String,
    status: String,
}

/// METHOD and the events of an invite, checked by a real iCalendar parser.
fn calendar(text: &str) -> (String, Vec<Event>) {
    let cal: Calendar = text.parse().expect("a valid iCalendar object");
    let method = cal.property_value("METHOD").unwrap_or_default().to_owned();
    let events = cal
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .map(|e| {
            for required in ["DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "ORGANIZER"] {
                assert!(
                    e.property_value(required).is_some(),
                    "{required} missing in\n{text}"
                );
            }
            Event {
                uid: e.get_uid().expect("UID").to_owned(),
                sequence: e.get_sequence().expect("SEQUENCE"),
                summary: e.get_summary().unwrap_or_default().to_owned(),
                status: e.property_value("STATUS").unwrap_or_default().to_owned(),
            }
        })
        .collect();
    (method, events)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_confirmation_arrives_with_text_html_and_an_invite() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(&org, json!({"title": "SPRING Launch Conference"}))
        .await;
    let panel = app
        .session(&org, c["id"].as_str().unwrap(), json!({}))
        .await;
    let r = app
        .register(
            c["slug"].as_str().unwrap(),
            "ana@example.org",
            json!({"name": "Ana <b>Ferreira</b>", "sessions": [panel["id"]]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let raw = smtp.wait_for(1).await;
    let mail = parse(&raw[0]);
    assert_eq!(mail.to, "ana@example.org");
    assert!(
        mail.subject.contains("SPRING Launch Conference"),
        "{}",
        mail.subject
    );
    assert!(
        mail.text.contains(r.body["manage_url"].as_str().unwrap()),
        "{}",
        mail.text
    );
    assert!(
        mail.text.contains("/j/"),
        "a confirmed online registrant gets a join link"
    );
    assert!(
        mail.text
            .contains("Monday 8 June 2099, 10:00–12:30 (Europe/Brussels, UTC+2)"),
        "{}",
        mail.text
    );
    assert!(
        mail.text.contains("Moderator: Sarah Spencer (COMPAS)"),
        "{}",
        mail.text
    );
    // The HTML is escaped.
    assert!(mail.html.contains("Ana &lt;b&gt;Ferreira"), "{}", mail.html);
    assert!(!mail.html.contains("<b>Ferreira"));
    assert!(mail.message_id.contains('@'));

    assert_eq!(
        mail.calendars.len(),
        2,
        "an inline part and an invite.ics attachment"
    );
    assert!(mail.calendars.iter().any(|(_, attached, _)| *attached));
    for (method, _, body) in &mail.calendars {
        assert_eq!(method, "REQUEST");
        let (cal_method, events) = calendar(body);
        assert_eq!(cal_method, "REQUEST");
        assert_eq!(events.len(), 2, "the conference and the chosen session");
        assert_eq!(events[0].summary, "SPRING Launch Conference");
        assert_eq!(events[1].summary, panel["title"].as_str().unwrap());
        assert!(
            events
                .iter()
                .all(|e| e.sequence == 0 && e.status == "CONFIRMED")
        );
        let unfolded = body.replace("\r\n ", "");
        assert!(unfolded.contains("mailto:ana@example.org"));
        assert!(unfolded.contains("DTSTART:20990608T080000Z"));
        assert!(
            unfolded.contains("URL:http"),
            "the join link is the event's URL"
        );
    }
}

/// A long description in several scripts folds into lines of at most 75
/// octets, the continuation's space included (`parse` checks every line).
#[tokio::test(flavor = "multi_thread")]
async fn a_long_invite_folds_within_75_octets() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let description = "Réseaux, énergie et société — débat ouvert. ".repeat(12);
    let c = app
        .conference(&org, json!({"title": "SPRING", "description": description}))
        .await;
    let r = app
        .register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let raw = smtp.wait_for(1).await;
    let mail = parse(&raw[0]);
    let (_, events) = calendar(&mail.calendars[0].2);
    assert_eq!(events.len(), 1);
    let unfolded = mail.calendars[0].2.replace("\r\n ", "");
    assert!(
        unfolded.contains("Réseaux\\, énergie et société — débat ouvert."),
        "{unfolded}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_waitlisted_registrant_is_told_plainly_and_gets_no_join_link() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let slug = c["slug"].as_str().unwrap();
    app.register(slug, "first@example.org", json!({})).await;
    let r = app.register(slug, "second@example.org", json!({})).await;
    assert_eq!(r.body["status"], "waitlisted");
    let raw = smtp.wait_for(2).await;
    let mail = mails_to(&raw, "second@example.org")
        .pop()
        .expect("a mail to the waitlisted person");
    assert!(mail.subject.contains("waiting list"), "{}", mail.subject);
    assert!(
        mail.text.contains("You do not have a place yet"),
        "{}",
        mail.text
    );
    assert!(!mail.text.contains("/j/") && !mail.html.contains("/j/"));
    assert!(!mail.text.contains("meet.example.org"));
    assert!(mail.calendars.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn changes_keep_the_uid_and_raise_the_sequence_and_cancelling_cancels() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let slug = c["slug"].as_str().unwrap();
    let ana = app.register(slug, "ana@example.org", json!({})).await;
    let jonas = app.register(slug, "jonas@example.net", json!({})).await;
    smtp.wait_for(2).await;
    let path = TestApp::manage_path(&ana.body["manage_url"]);
    assert_eq!(
        app.patch(&path, None, &json!({"name": "Ana F."}))
            .await
            .status,
        StatusCode::OK
    );
    smtp.wait_for(3).await;
    assert_eq!(app.delete(&path, None).await.status, StatusCode::OK);
    // Ana's cancellation, and Jonas's promotion.
    let raw = smtp.wait_for(5).await;

    let ana_mails = mails_to(&raw, "ana@example.org");
    assert_eq!(ana_mails.len(), 3);
    let (_, first) = calendar(&ana_mails[0].calendars[0].2);
    let (method, updated) = calendar(&ana_mails[1].calendars[0].2);
    assert_eq!(method, "REQUEST");
    assert_eq!(updated[0].uid, first[0].uid);
    assert!(updated[0].sequence > first[0].sequence);
    let (method, cancelled) = calendar(&ana_mails[2].calendars[0].2);
    assert_eq!(method, "CANCEL");
    assert_eq!(ana_mails[2].calendars[0].0, "CANCEL");
    assert_eq!(cancelled[0].uid, first[0].uid);
    assert_eq!(cancelled[0].status, "CANCELLED");
    assert!(cancelled[0].sequence > updated[0].sequence);

    let jonas_mails = mails_to(&raw, "jonas@example.net");
    assert_eq!(jonas_mails.len(), 2);
    assert!(
        jonas_mails[1].subject.contains("place is yours"),
        "{}",
        jonas_mails[1].subject
    );
    assert!(jonas_mails[1].text.contains("/j/"));
    let (method, events) = calendar(&jonas_mails[1].calendars[0].2);
    assert_eq!(method, "REQUEST");
    assert!(events[0].sequence >= 1);
    let manage = app
        .get(&TestApp::manage_path(&jonas.body["manage_url"]), None)
        .await;
    assert_eq!(manage.body["status"], "confirmed");
}

#[tokio::test(flavor = "multi_thread")]
async fn moving_or_cancelling_a_conference_tells_every_active_registrant() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    for who in ["a@example.org", "b@example.org", "gone@example.org"] {
        app.register(slug, who, json!({})).await;
    }
    let raw = smtp.wait_for(3).await;
    let gone = raw
        .iter()
        .map(|r| parse(r))
        .find(|m| m.to == "gone@example.org")
        .unwrap();
    let manage = gone
        .text
        .lines()
        .find(|l| l.contains("/r/"))
        .unwrap()
        .rsplit("/r/")
        .next()
        .unwrap()
        .trim()
        .to_owned();
    app.delete(&format!("/api/v1/registrations/{manage}"), None)
        .await;
    smtp.wait_for(4).await;

    let path = format!("/api/v1/conferences/{}", c["id"].as_str().unwrap());
    let moved = app
        .patch(&path, Some(&org.token), &json!({"starts_at": "2099-06-09T10:00:00+02:00", "ends_at": "2099-06-09T12:00:00+02:00"}))
        .await;
    assert_eq!(moved.status, StatusCode::OK);
    let raw = smtp.wait_for(6).await;
    let updates: Vec<Mail> = raw
        .iter()
        .map(|r| parse(r))
        .filter(|m| m.subject.starts_with("Updated"))
        .collect();
    assert_eq!(updates.len(), 2, "the cancelled registrant is not told");
    // The mail says what changed, old and new.
    let text = &updates[0].text;
    assert!(text.contains("What changed:"), "{text}");
    assert!(
        text.contains("When: Tuesday 9 June 2099, 10:00–12:00"),
        "{text}"
    );
    assert!(
        text.contains("(was: Monday 8 June 2099, 10:00–12:30"),
        "{text}"
    );
    assert!(updates[0].html.contains("What changed"));
    let (_, events) = calendar(&updates[0].calendars[0].2);
    assert!(
        updates[0].calendars[0]
            .2
            .replace("\r\n ", "")
            .contains("DTSTART:20990609T080000Z")
    );
    assert_eq!(events[0].sequence, 1);

    app.patch(&path, Some(&org.token), &json!({"status": "cancelled"}))
        .await;
    let raw = smtp.wait_for(8).await;
    let cancels: Vec<Mail> = raw
        .iter()
        .map(|r| parse(r))
        .filter(|m| m.subject.starts_with("Cancelled:"))
        .collect();
    assert_eq!(cancels.len(), 2);
    let (method, events) = calendar(&cancels[0].calendars[0].2);
    assert_eq!(method, "CANCEL");
    assert_eq!(events[0].status, "CANCELLED");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_recording_goes_to_everyone_with_other_words_for_those_who_missed_it() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    app.register(slug, "came@example.org", json!({})).await;
    app.register(slug, "missed@example.org", json!({})).await;
    smtp.wait_for(2).await;
    app.execute("UPDATE registrations SET attended = true WHERE email = 'came@example.org'")
        .await;
    let path = format!("/api/v1/conferences/{}", c["id"].as_str().unwrap());
    // Recorded after the fact: moved into the past with its recording, it
    // mails the recording at once.
    let r = app
        .patch(
            &path,
            Some(&org.token),
            &json!({"starts_at": "2020-06-08T10:00:00+02:00", "ends_at": "2020-06-08T12:00:00+02:00",
                    "recording_url": "https://video.example.org/spring"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // Two confirmations, the move into the past (updated), the recordings.
    let raw = smtp.wait_for(6).await;
    let recording = |to: &str| {
        mails_to(&raw, to)
            .into_iter()
            .find(|m| {
                !m.subject.starts_with("Updated") && !m.subject.starts_with("You are registered")
            })
            .unwrap()
    };
    let came = recording("came@example.org");
    let missed = recording("missed@example.org");
    assert!(
        came.subject.starts_with("The recording"),
        "{}",
        came.subject
    );
    assert!(
        missed.subject.starts_with("Sorry we missed you"),
        "{}",
        missed.subject
    );
    assert!(missed.text.contains("https://video.example.org/spring"));
    assert!(came.calendars.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn an_smtp_outage_delays_mail_without_losing_any() {
    let (app, mut smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    smtp.stop();
    for i in 0..3 {
        assert_eq!(
            app.register(slug, &format!("p{i}@example.org"), json!({}))
                .await
                .status,
            StatusCode::CREATED
        );
    }
    // Attempts fail and are recorded while the server is down.
    let failed_attempts = app
        .wait_for_rows(
            "SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL AND attempts > 0 AND last_error IS NOT NULL",
            3,
        )
        .await;
    assert_eq!(failed_attempts, 3);
    assert!(smtp.messages().is_empty());
    smtp.resume().await;
    let raw = smtp.wait_for(3).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(smtp.messages().len(), 3, "each mail once");
    let mut ids: Vec<String> = raw.iter().map(|r| parse(r).message_id).collect();
    ids.dedup();
    assert_eq!(ids.len(), 3);
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL")
            .await,
        0
    );
}

/// A CA file that cannot be read, or holds no certificate, stops the start
/// with a message naming the setting, instead of trusting nothing more.
#[tokio::test(flavor = "multi_thread")]
async fn an_unusable_smtp_ca_file_stops_the_start_and_says_so() {
    let db = crate::helpers::TestDatabase::create().await;
    let not_a_cert = std::env::temp_dir().join(format!("convene-key-{}.pem", uuid::Uuid::new_v4()));
    std::fs::write(
        &not_a_cert,
        "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n",
    )
    .unwrap();
    for path in [
        std::path::PathBuf::from("/nonexistent/ca.pem"),
        not_a_cert.clone(),
    ] {
        let mut settings = convene::settings::Settings::for_database(&db.url);
        settings.smtp_url = Some("smtps://localhost:4650".into());
        settings.smtp_ca_file = Some(path.clone());
        let error = match convene::startup::Application::build(settings).await {
            Ok(_) => panic!("started with {}", path.display()),
            Err(e) => e.to_string(),
        };
        assert!(
            error.contains("SMTP_CA_FILE"),
            "{}: {error}",
            path.display()
        );
    }
    let _ = std::fs::remove_file(not_a_cert);
}

/// The SMTP server restarts while convene keeps a connection to it idle: the
/// next mail notices before sending anything, takes a fresh connection and
/// arrives once, without waiting for a retry.
#[tokio::test(flavor = "multi_thread")]
async fn a_connection_the_smtp_server_dropped_is_replaced_without_a_retry() {
    let (app, mut smtp) = spawn_app_with_mail().await;
    let org = app.organizer("ines@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    let first = app.register(slug, "first@example.org", json!({})).await;
    assert_eq!(first.status, StatusCode::CREATED);
    smtp.wait_for(1).await;
    smtp.stop();
    smtp.resume().await;
    let second = app.register(slug, "second@example.org", json!({})).await;
    assert_eq!(second.status, StatusCode::CREATED);
    let raw = smtp.wait_for(2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(smtp.messages().len(), 2, "each mail once");
    assert_eq!(mails_to(&raw, "second@example.org").len(), 1);
    assert_eq!(
        app.count_rows(
            "SELECT count(*) AS n FROM outbox WHERE attempts = 1 AND sent_at IS NOT NULL AND last_error IS NULL"
        )
        .await,
        2,
        "both mails went out on their first claim"
    );
}

/// A relay with a certificate from a private CA (`SMTP_CA_FILE`), reached
/// with STARTTLS and with TLS from the first byte: the mail arrives.
#[tokio::test(flavor = "multi_thread")]
async fn mail_reaches_a_relay_over_starttls_and_over_tls_with_a_private_ca() {
    let ca = TestCa::make();
    for (cert_flag, key_flag, url) in [
        (
            "--tlscert",
            "--tlskey",
            "smtp://localhost:{port}?tls=required",
        ),
        ("--smtpscert", "--smtpskey", "smtps://localhost:{port}"),
    ] {
        let smtp =
            MailServer::start_with(vec![cert_flag.into(), ca.cert(), key_flag.into(), ca.key()])
                .await;
        let url = url.replace("{port}", &smtp.port.to_string());
        let ca_file = ca.ca();
        let app = spawn_app_with(move |s| {
            s.smtp_url = Some(url.into());
            s.smtp_ca_file = Some(ca_file);
        })
        .await;
        let org = app.organizer("tomas@example.org").await;
        let c = app.conference(&org, json!({})).await;
        let slug = c["slug"].as_str().unwrap();
        let r = app.register(slug, "secure@example.org", json!({})).await;
        assert_eq!(r.status, StatusCode::CREATED);
        let raw = smtp.wait_for(1).await;
        assert_eq!(mails_to(&raw, "secure@example.org").len(), 1, "{cert_flag}");
    }
}

/// The same relay without its CA configured: convene refuses the
/// certificate, sends nothing, and says why in the outbox.
#[tokio::test(flavor = "multi_thread")]
async fn a_relay_whose_certificate_is_not_trusted_gets_no_mail() {
    let ca = TestCa::make();
    let smtp = MailServer::start_with(vec![
        "--smtpscert".into(),
        ca.cert(),
        "--smtpskey".into(),
        ca.key(),
    ])
    .await;
    let url = format!("smtps://localhost:{}", smtp.port);
    let app = spawn_app_with(move |s| s.smtp_url = Some(url.into())).await;
    let org = app.organizer("ulla@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    let r = app.register(slug, "untrusted@example.org", json!({})).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let refused = app
        .wait_for_rows(
            "SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL AND last_error ILIKE '%certificate%'",
            1,
        )
        .await;
    assert_eq!(refused, 1, "the outbox says the certificate was refused");
    assert!(smtp.messages().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_workers_on_one_database_send_each_mail_once() {
    let (app, smtp) = spawn_app_with_mail().await;
    let url = smtp.url();
    let second = spawn_instance(&app.db_url, move |s| s.smtp_url = Some(url.into())).await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    for i in 0..30 {
        let instance = if i % 2 == 0 { &app } else { &second };
        instance
            .register(slug, &format!("p{i}@example.org"), json!({}))
            .await;
    }
    smtp.wait_for(30).await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    let raw = smtp.messages();
    assert_eq!(raw.len(), 30);
    let mut recipients: Vec<String> = raw.iter().map(|r| parse(r).to).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 30);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_slow_relay_outlasting_the_lease_still_gets_each_mail_once() {
    // 400 ms per mail and one SMTP connection: the mails a worker claimed
    // wait their turn for longer than the 600 ms lease. A second, idle
    // worker would take any whose lease ran out; only the renewal keeps the
    // first worker's claim alive.
    let smtp = crate::helpers::MailServer::slow(400).await;
    let url = smtp.url();
    let configure = move |s: &mut convene::settings::Settings| {
        s.smtp_url = Some(url.clone().into());
        s.smtp_pool_size = 1;
        s.outbox_lease = Duration::from_millis(600);
    };
    let app = crate::helpers::spawn_app_with(configure.clone()).await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    for i in 0..6 {
        let r = app
            .register(&slug, &format!("p{i}@example.org"), json!({}))
            .await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    let second = spawn_instance(&app.db_url, configure).await;
    smtp.wait_for(6).await;
    // Long enough for a lease to run out and a second copy to arrive.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let raw = smtp.messages();
    let mut ids: Vec<String> = raw
        .iter()
        .filter_map(|r| {
            MessageParser::default()
                .parse(r)?
                .message_id()
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(ids.len(), 6, "every mail once, none twice");
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 6);
    assert_eq!(
        app.count_rows(
            "SELECT count(*) AS n FROM outbox WHERE sent_at IS NOT NULL AND attempts = 1"
        )
        .await,
        6,
        "each mail claimed once"
    );
    drop(second);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_current_invite_and_the_public_feed_are_served() {
    let (app, _smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    app.session(&org, c["id"].as_str().unwrap(), json!({}))
        .await;
    let slug = c["slug"].as_str().unwrap();
    let ana = app.register(slug, "ana@example.org", json!({})).await;
    let jonas = app.register(slug, "jonas@example.net", json!({})).await;

    let url = format!(
        "{}{}/invite.ics",
        app.address,
        TestApp::manage_path(&ana.body["manage_url"])
    );
    let r = reqwest::get(&url).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let (method, events) = calendar(&r.text().await.unwrap());
    assert_eq!(method, "REQUEST");
    assert_eq!(events.len(), 1);

    let waiting = format!(
        "{}{}/invite.ics",
        app.address,
        TestApp::manage_path(&jonas.body["manage_url"])
    );
    assert_eq!(
        reqwest::get(&waiting).await.unwrap().status(),
        StatusCode::CONFLICT
    );

    app.delete(&TestApp::manage_path(&ana.body["manage_url"]), None)
        .await;
    let (method, events) = calendar(&reqwest::get(&url).await.unwrap().text().await.unwrap());
    assert_eq!(method, "CANCEL");
    assert_eq!(events[0].status, "CANCELLED");

    let feed = reqwest::get(format!("{}/c/{slug}/calendar.ics", app.address))
        .await
        .unwrap();
    assert_eq!(feed.status(), StatusCode::OK);
    let body = feed.text().await.unwrap();
    assert!(
        !body.contains("meet.example.org"),
        "the feed never carries the join link"
    );
    let (method, events) = calendar(&body);
    assert_eq!(method, "PUBLISH");
    assert_eq!(events.len(), 1);
    assert_eq!(
        reqwest::get(format!("{}/c/nope/calendar.ics", app.address))
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn without_smtp_mail_is_written_as_eml_files() {
    let dir = std::env::temp_dir().join(format!("convene-eml-{}", uuid::Uuid::new_v4().simple()));
    let mail_dir = dir.clone();
    let app = crate::helpers::spawn_app_with(move |s| s.mail_dir = mail_dir).await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    app.register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    let mut files = Vec::new();
    for _ in 0..100 {
        files = std::fs::read_dir(&dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "eml"));
        if !files.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(files.len(), 1);
    let mail = parse(&std::fs::read(&files[0]).unwrap());
    assert_eq!(mail.to, "ana@example.org");
    assert_eq!(mail.calendars.len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_join_link_leads_confirmed_people_online_and_records_it() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let slug = c["slug"].as_str().unwrap();
    app.register(slug, "ana@example.org", json!({})).await;
    let jonas = app.register(slug, "jonas@example.net", json!({})).await;
    let raw = smtp.wait_for(2).await;
    let ana = mails_to(&raw, "ana@example.org").pop().unwrap();
    let join = ana
        .text
        .split_whitespace()
        .find(|w| w.contains("/j/"))
        .unwrap()
        .to_owned();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for _ in 0..2 {
        let r = client.get(&join).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(r.headers()["location"], "https://meet.example.org/j/812345");
    }
    assert_eq!(
        app.count_rows("SELECT join_count::bigint AS n FROM registrations WHERE email = 'ana@example.org' AND attended AND joined_first_at <= joined_last_at")
            .await,
        2
    );
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM check_ins WHERE method = 'join_link'")
            .await,
        1,
        "joining twice is one attendance"
    );
    // A waitlisted registrant's link leads nowhere; nor does a cancelled one's.
    let jonas_join = join.replace(join.rsplit('/').next().unwrap(), &"x".repeat(43));
    assert_eq!(
        client.get(&jonas_join).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let jonas_mail = mails_to(&raw, "jonas@example.net").pop().unwrap();
    assert!(!jonas_mail.text.contains("/j/"));
    app.delete(&TestApp::manage_path(&jonas.body["manage_url"]), None)
        .await;
    app.execute("UPDATE registrations SET status = 'cancelled', cancelled_at = now() WHERE email = 'ana@example.org'").await;
    let r = client.get(&join).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(!r.text().await.unwrap().contains("meet.example.org"));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_in_person_confirmation_carries_a_check_in_qr_code_and_no_join_link() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"format": "in_person", "venue": "ICMPD, Vienna", "online_url": null}),
        )
        .await;
    let r = app
        .register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    let rid = r.body["id"].as_str().unwrap().to_owned();
    let raw = smtp.wait_for(1).await;
    // Gmail clips mail over ~102 KB, hiding what comes after the cut.
    assert!(raw[0].len() < 100_000, "{} bytes", raw[0].len());
    let mail = parse(&raw[0]);
    assert!(
        mail.html.contains("src=\"cid:check-in-qr\""),
        "{}",
        mail.html
    );
    assert!(mail.html.contains("name=\"viewport\""));
    // The text part shows attendees nothing meant for the organizers.
    assert!(!mail.text.contains("/admin"), "{}", mail.text);
    assert!(!mail.text.contains("/check-in"), "{}", mail.text);
    assert!(!mail.text.contains("/j/"));
    let unfolded = mail.calendars[0].2.replace("\r\n ", "");
    assert!(unfolded.contains("LOCATION:ICMPD\\, Vienna"), "{unfolded}");

    // The inline image decodes to the dashboard's check-in address.
    let url = crate::helpers::check_in_qr_of(&raw[0]);
    assert!(
        url.starts_with(&format!("{}/admin/check-in/", app.address)),
        "{url}"
    );
    assert!(
        !url.contains(&rid),
        "an opaque code, not the registration's id"
    );

    // Opened signed out: the sign-in page, then back to the code.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let signed_out = client.get(&url).send().await.unwrap();
    assert_eq!(signed_out.status(), StatusCode::SEE_OTHER);
    let to_login = signed_out.headers()["location"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(to_login.starts_with("/admin/login?next="), "{to_login}");
    let form = client
        .get(format!("{}{to_login}", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let path = url.trim_start_matches(&app.address).to_owned();
    assert!(
        form.contains(&format!(
            "name=\"next\" value=\"{}\"",
            path.replace('/', "&#x2f;")
        )),
        "{form}"
    );
    let sign_in = |email: &str| {
        client
            .post(format!("{}/admin/login", app.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!(
                "email={}&password=a+long+enough+password&next={}",
                email.replace('@', "%40"),
                path.replace('/', "%2F")
            ))
            .send()
    };
    let login = sign_in("guia@example.org").await.unwrap();
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        login.headers()["location"],
        path.as_str(),
        "back to the code"
    );
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let page = client
        .get(&url)
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    assert!(page.contains("Check Ana"), "{page}");
    let csrf = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let action = format!(
        "/admin/conferences/{}/check-in/{rid}",
        c["id"].as_str().unwrap()
    );
    assert!(page.contains(&action));
    let tap = client
        .post(format!("{}{action}", app.address))
        .header("cookie", &cookie)
        .header("origin", app.address.as_str())
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf={csrf}"))
        .send()
        .await
        .unwrap();
    assert_eq!(tap.status(), StatusCode::OK);
    assert_eq!(
        app.count_rows(&format!(
            "SELECT count(*) AS n FROM registrations WHERE id = '{rid}' AND attended"
        ))
        .await,
        1
    );
    // Anyone else signed in learns nothing from the code.
    app.organizer("stranger@example.org").await;
    let stranger = sign_in("stranger@example.org").await.unwrap();
    let cookie = stranger.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let nothing = client
        .get(&url)
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(nothing.status(), StatusCode::NOT_FOUND);
    let forged = client
        .get(format!("{}/admin/check-in/{}", app.address, "A".repeat(43)))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::NOT_FOUND);
}

/// Every kind of mail a registrant gets stays under 100 KB, with or
/// without the QR code.
#[tokio::test(flavor = "multi_thread")]
async fn every_mail_stays_under_100_kb() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let long = "A long description of the day. ".repeat(300);
    let mut expected = 0;
    for format in ["in_person", "online"] {
        let c = app
            .conference(
                &org,
                json!({"format": format, "venue": "ICMPD, Vienna", "description": long, "capacity": 1}),
            )
            .await;
        let slug = c["slug"].as_str().unwrap();
        let first = app
            .register(slug, &format!("a-{format}@example.org"), json!({}))
            .await;
        app.register(slug, &format!("b-{format}@example.org"), json!({}))
            .await;
        let manage = first.body["manage_url"].as_str().unwrap();
        let token = manage.rsplit('/').next().unwrap();
        // confirmation, waitlisted, cancelled, promoted; then moved (updated)
        // and the recording after the fact.
        app.delete(&format!("/api/v1/registrations/{token}"), None)
            .await;
        app.patch(
            &format!("/api/v1/conferences/{}", c["id"].as_str().unwrap()),
            Some(&org.token),
            &json!({"starts_at": "2020-06-08T10:00:00+02:00", "ends_at": "2020-06-08T12:00:00+02:00",
                    "recording_url": "https://video.example.org/x"}),
        )
        .await;
        expected += 6;
    }
    smtp.wait_for(expected).await;
    // A reminder (the conference starts within the hour), the link again, and
    // the conference's cancellation.
    let soon = chrono::Utc::now() + chrono::Duration::minutes(30);
    let c = app
        .conference(
            &org,
            json!({"format": "in_person", "venue": "ICMPD, Vienna", "description": long,
                   "starts_at": soon.to_rfc3339(), "ends_at": (soon + chrono::Duration::hours(2)).to_rfc3339(),
                   "reminder_minutes": [60]}),
        )
        .await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    app.register(&slug, "c@example.org", json!({})).await;
    expected += 2;
    smtp.wait_for(expected).await;
    app.post(
        &format!("/api/v1/public/conferences/{slug}/manage-link"),
        None,
        &json!({"email": "c@example.org"}),
    )
    .await;
    app.patch(
        &format!("/api/v1/conferences/{}", c["id"].as_str().unwrap()),
        Some(&org.token),
        &json!({"status": "cancelled"}),
    )
    .await;
    expected += 2;
    // Double opt-in, and an invitation to the team.
    let opt_in = app
        .conference(
            &org,
            json!({"description": long, "require_email_confirmation": true}),
        )
        .await;
    app.register(opt_in["slug"].as_str().unwrap(), "d@example.org", json!({}))
        .await;
    app.post(
        &format!(
            "/api/v1/conferences/{}/members",
            opt_in["id"].as_str().unwrap()
        ),
        Some(&org.token),
        &json!({"email": "door@example.org", "role": "checkin"}),
    )
    .await;
    expected += 2;
    let raw = smtp.wait_for(expected).await;
    let kinds: std::collections::BTreeSet<String> = raw
        .iter()
        .map(|m| {
            parse(m)
                .subject
                .split(':')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert!(kinds.len() >= 10, "every kind of mail: {kinds:?}");
    for m in &raw {
        assert!(m.len() < 100_000, "{} bytes: {}", m.len(), parse(m).subject);
    }
    assert!(
        raw.iter()
            .any(|m| parse(m).html.contains("cid:check-in-qr"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn reminders_go_to_confirmed_people_once_even_with_two_instances() {
    let (app, smtp) = spawn_app_with_mail().await;
    let url = smtp.url();
    let _second = spawn_instance(&app.db_url, move |s| s.smtp_url = Some(url.into())).await;
    let org = app.organizer("guia@example.org").await;
    let later = chrono::Utc::now() + chrono::Duration::days(3);
    let c = app
        .conference(
            &org,
            json!({"capacity": 2, "starts_at": later.to_rfc3339(), "ends_at": (later + chrono::Duration::hours(2)).to_rfc3339(),
                   "reminder_minutes": [60, 1440]}),
        )
        .await;
    assert_eq!(c["reminder_minutes"], json!([1440, 60]));
    let slug = c["slug"].as_str().unwrap();
    app.register(slug, "a@example.org", json!({})).await;
    app.register(slug, "b@example.org", json!({})).await;
    app.register(slug, "waiting@example.org", json!({})).await;
    let gone = app.register(slug, "gone@example.org", json!({})).await;
    app.delete(&TestApp::manage_path(&gone.body["manage_url"]), None)
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM reminder_runs")
            .await,
        0,
        "none due yet"
    );
    // Moved to start in half an hour: both reminders are due; only the
    // one-hour one goes out (a late one-day reminder would confuse).
    let soon = chrono::Utc::now() + chrono::Duration::minutes(30);
    let moved = app
        .patch(
            &format!("/api/v1/conferences/{}", c["id"].as_str().unwrap()),
            Some(&org.token),
            &json!({"starts_at": soon.to_rfc3339(), "ends_at": (soon + chrono::Duration::hours(2)).to_rfc3339()}),
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let raw = smtp.messages();
    let reminders: Vec<Mail> = raw
        .iter()
        .map(|r| parse(r))
        .filter(|m| m.subject.starts_with("Reminder"))
        .collect();
    let mut to: Vec<&str> = reminders.iter().map(|m| m.to.as_str()).collect();
    to.sort();
    assert_eq!(
        to,
        ["a@example.org", "b@example.org"],
        "one reminder each, to confirmed people only"
    );
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM reminder_runs")
            .await,
        2
    );
    assert!(
        reminders[0].text.contains("/j/"),
        "the join link of an online event"
    );
    assert!(reminders[0].calendars.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_worker_stopped_midway_and_another_started_send_each_mail_once() {
    let smtp = crate::helpers::MailServer::start().await;
    let front = crate::helpers::spawn_app_with(|s| s.outbox_worker = false).await;
    let org = front.organizer("guia@example.org").await;
    let c = front.conference(&org, json!({})).await;
    for i in 0..40 {
        front
            .register(
                c["slug"].as_str().unwrap(),
                &format!("p{i}@example.org"),
                json!({}),
            )
            .await;
    }
    let url = smtp.url();
    let first = spawn_instance(&front.db_url, {
        let url = url.clone();
        move |s| {
            s.smtp_url = Some(url.into());
            s.smtp_pool_size = 1;
        }
    })
    .await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    // SIGTERM-like stop: the worker finishes the mail it holds.
    first.handle.stop(true).await;
    let sent_by_first = smtp.messages().len();
    let _second = spawn_instance(&front.db_url, move |s| s.smtp_url = Some(url.into())).await;
    smtp.wait_for(40).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let raw = smtp.messages();
    assert_eq!(
        raw.len(),
        40,
        "the first worker sent {sent_by_first} before it stopped"
    );
    let mut to: Vec<String> = raw.iter().map(|r| parse(r).to).collect();
    to.sort();
    to.dedup();
    assert_eq!(to.len(), 40);
}

/// The confirmation link of a double opt-in mail, as a path.
fn confirm_path(mail: &Mail) -> String {
    let start = mail.text.find("/confirm/").expect("a confirmation link");
    let link: String = mail.text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    link
}

async fn wait_for_status(app: &crate::helpers::TestApp, manage: &str, status: &str) {
    for _ in 0..100 {
        if app.get(manage, None).await.body["status"] == status {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{manage} never became {status}");
}

#[tokio::test(flavor = "multi_thread")]
async fn double_opt_in_holds_the_place_until_the_link_is_followed() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"capacity": 1, "require_email_confirmation": true}),
        )
        .await;
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();
    let ana = app.register(slug, "ana@example.org", json!({})).await;
    assert_eq!(ana.status, StatusCode::CREATED, "{}", ana.body);
    assert_eq!(ana.body["status"], "pending");
    let ben = app.register(slug, "ben@example.org", json!({})).await;
    assert_eq!(
        ben.body["status"], "waitlisted",
        "the pending hold takes the seat"
    );

    // Pending: no join link, no invite; counted apart.
    let manage = TestApp::manage_path(&ana.body["manage_url"]);
    let own = app.get(&manage, None).await;
    assert_eq!(own.body["status"], "pending");
    assert!(own.body["online_url"].is_null());
    let invite = app.get(&format!("{manage}/invite.ics"), None).await;
    assert_eq!(invite.status, StatusCode::CONFLICT);
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await
        .body;
    assert_eq!(
        (stats["pending"].as_i64(), stats["confirmed"].as_i64()),
        (Some(1), Some(0))
    );

    let raw = smtp.wait_for(2).await;
    let mail = &mails_to(&raw, "ana@example.org")[0];
    assert!(mail.subject.contains("confirm"), "{}", mail.subject);
    assert!(
        mail.calendars.is_empty(),
        "no invite before the address is confirmed"
    );
    assert!(!mail.text.contains("/j/"), "no join link while pending");
    let link = confirm_path(mail);

    let page = app
        .client
        .get(format!("{}{link}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("Your place is confirmed")
    );
    assert_eq!(app.get(&manage, None).await.body["status"], "confirmed");
    let raw = smtp.wait_for(3).await;
    let confirmed = mails_to(&raw, "ana@example.org");
    let invite_mail = confirmed
        .iter()
        .find(|m| !m.calendars.is_empty())
        .expect("an invite");
    assert_eq!(invite_mail.calendars[0].0, "REQUEST");
    // Following it again changes nothing.
    let again = app
        .client
        .get(format!("{}{link}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::OK);
    assert!(again.text().await.unwrap().contains("already confirmed"));
    let bogus = app
        .client
        .get(format!("{}/confirm/not-a-token", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(bogus.status(), StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unconfirmed_hold_expires_and_the_waitlist_moves_on() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"capacity": 1, "require_email_confirmation": true, "confirmation_hold_minutes": 30}),
        )
        .await;
    let slug = c["slug"].as_str().unwrap();
    let ana = app.register(slug, "ana@example.org", json!({})).await;
    let ben = app.register(slug, "ben@example.org", json!({})).await;
    assert_eq!(ben.body["status"], "waitlisted");
    let raw = smtp.wait_for(2).await;
    let ana_link = confirm_path(&mails_to(&raw, "ana@example.org")[0]);

    // Half an hour later, without a click.
    app.execute("UPDATE registrations SET hold_expires_at = now() - interval '1 minute' WHERE status = 'pending'")
        .await;
    let ana_manage = TestApp::manage_path(&ana.body["manage_url"]);
    wait_for_status(&app, &ana_manage, "cancelled").await;
    // The place goes to Ben, who is asked to confirm in turn.
    let ben_manage = TestApp::manage_path(&ben.body["manage_url"]);
    wait_for_status(&app, &ben_manage, "pending").await;
    let raw = smtp.wait_for(3).await;
    let ben_mails = mails_to(&raw, "ben@example.org");
    let ben_confirm = ben_mails
        .iter()
        .find(|m| m.text.contains("/confirm/"))
        .expect("Ben is asked to confirm");
    let page = app
        .client
        .get(format!("{}{}", app.address, ana_link))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::GONE);
    let page = app
        .client
        .get(format!("{}{}", app.address, confirm_path(ben_confirm)))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(app.get(&ben_manage, None).await.body["status"], "confirmed");
}

/// The outbox carries mail to an address that is no registrant: adding a
/// member to the team mails them who invited them, where and in which role.
#[tokio::test(flavor = "multi_thread")]
async fn a_new_team_member_is_mailed_an_invitation() {
    let (app, smtp) = spawn_app_with_mail().await;
    let owner = app.organizer("guia@example.org").await;
    app.organizer("manager@example.org").await;
    let c = app
        .conference(&owner, json!({"title": "SPRING Launch Conference"}))
        .await;
    let cid = c["id"].as_str().unwrap();
    for (email, role) in [
        ("door@example.org", "checkin"),
        ("manager@example.org", "manager"),
    ] {
        let r = app
            .post(
                &format!("/api/v1/conferences/{cid}/members"),
                Some(&owner.token),
                &json!({"email": email, "role": role}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let raw = smtp.wait_for(2).await;
    let mails: Vec<Mail> = raw.iter().map(|m| parse(m)).collect();
    let door = mails
        .iter()
        .find(|m| m.to == "door@example.org")
        .expect("the check-in member's mail");
    assert!(
        door.subject.contains("SPRING Launch Conference"),
        "{}",
        door.subject
    );
    assert!(door.text.contains("as a check-in member"), "{}", door.text);
    assert!(
        door.text.contains(&format!("{}/admin", app.address)),
        "{}",
        door.text
    );
    assert!(
        door.text
            .contains("There is no Convene account with this address yet")
    );
    assert!(door.calendars.is_empty(), "no invite for a team member");
    assert!(door.html.contains("name=\"viewport\""));
    let manager = mails
        .iter()
        .find(|m| m.to == "manager@example.org")
        .expect("the manager's mail");
    assert!(manager.text.contains("as a manager"), "{}", manager.text);
    assert!(
        !manager.text.contains("There is no Convene account"),
        "{}",
        manager.text
    );
    assert_eq!(
        app.count_rows(
            "SELECT count(*) AS n FROM outbox WHERE registration_id IS NULL AND sent_at IS NOT NULL"
        )
        .await,
        2
    );
}

/// Setting the recording before the end sends nothing: the recording mail
/// goes out once the conference has ended, once; a new link later sends
/// nothing again.
#[tokio::test(flavor = "multi_thread")]
async fn the_recording_waits_for_the_end_of_the_conference() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let now = chrono::Utc::now();
    let ends = now + chrono::Duration::seconds(3);
    let c = app
        .conference(
            &org,
            json!({"starts_at": (now - chrono::Duration::hours(1)).to_rfc3339(), "ends_at": ends.to_rfc3339()}),
        )
        .await;
    let r = app
        .register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    smtp.wait_for(1).await;
    let path = format!("/api/v1/conferences/{}", c["id"].as_str().unwrap());
    let set = app
        .patch(
            &path,
            Some(&org.token),
            &json!({"recording_url": "https://video.example.org/1"}),
        )
        .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    let recordings = "SELECT count(*) AS n FROM outbox WHERE kind = 'recording'";
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        app.count_rows(recordings).await,
        0,
        "nothing before the end"
    );
    // The worker looks every 100 ms in tests (a minute by default).
    let raw = smtp.wait_for(2).await;
    assert!(chrono::Utc::now() >= ends, "not before the end");
    let mail = parse(&raw[1]);
    assert!(
        mail.subject.starts_with("Sorry we missed you"),
        "{}",
        mail.subject
    );
    assert!(mail.text.contains("https://video.example.org/1"));
    let again = app
        .patch(
            &path,
            Some(&org.token),
            &json!({"recording_url": "https://video.example.org/2"}),
        )
        .await;
    assert_eq!(again.status, StatusCode::OK);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        app.count_rows(recordings).await,
        1,
        "a new link sends nothing again"
    );
}

/// Mail comes in the organizer's name with a Reply-To of their address, and
/// a session's invite names its room at the venue.
#[tokio::test(flavor = "multi_thread")]
async fn mail_comes_from_the_organizer_and_rooms_are_at_the_venue() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"format": "in_person", "venue": "ICMPD, Vienna", "online_url": null}),
        )
        .await;
    let s = app
        .session(
            &org,
            c["id"].as_str().unwrap(),
            json!({"location": "Room 2"}),
        )
        .await;
    app.register(
        c["slug"].as_str().unwrap(),
        "ana@example.org",
        json!({"sessions": [s["id"]]}),
    )
    .await;
    let raw = smtp.wait_for(1).await;
    let message = mail_parser::MessageParser::default()
        .parse(&raw[0])
        .unwrap();
    let reply_to = message
        .reply_to()
        .and_then(|a| a.first())
        .and_then(|a| a.address());
    assert_eq!(reply_to, Some("guia@example.org"));
    let from = message.from().and_then(|a| a.first()).unwrap();
    assert!(
        from.name().unwrap_or_default().contains("via Convene"),
        "{from:?}"
    );
    let mail = parse(&raw[0]);
    let unfolded = mail.calendars[0].2.replace("\r\n ", "");
    assert!(
        unfolded.contains("LOCATION:Room 2\\, ICMPD\\, Vienna"),
        "{unfolded}"
    );
}

/// A session that moves tells its registrants what changed, old and new.
#[tokio::test(flavor = "multi_thread")]
async fn a_moved_session_says_what_changed() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"format": "in_person", "venue": "ICMPD, Vienna", "online_url": null}),
        )
        .await;
    let s = app
        .session(
            &org,
            c["id"].as_str().unwrap(),
            json!({"title": "Panel 1", "location": "Room 2"}),
        )
        .await;
    app.register(
        c["slug"].as_str().unwrap(),
        "ana@example.org",
        json!({"sessions": [s["id"]]}),
    )
    .await;
    smtp.wait_for(1).await;
    let r = app
        .patch(
            &format!("/api/v1/sessions/{}", s["id"].as_str().unwrap()),
            Some(&org.token),
            &json!({"location": "Room 5"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let raw = smtp.wait_for(2).await;
    let mail = parse(&raw[1]);
    assert!(mail.subject.starts_with("Updated"), "{}", mail.subject);
    assert!(
        mail.text.contains("Session room: Panel 1: Room 5"),
        "{}",
        mail.text
    );
    assert!(
        mail.text.contains("(was: Panel 1: Room 2)"),
        "{}",
        mail.text
    );
}

/// The recording goes to confirmed registrants, not to those still waiting.
#[tokio::test(flavor = "multi_thread")]
async fn the_recording_goes_to_confirmed_registrants_only() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let slug = c["slug"].as_str().unwrap();
    app.register(slug, "in@example.org", json!({})).await;
    let waiting = app.register(slug, "waiting@example.org", json!({})).await;
    assert_eq!(waiting.body["status"], "waitlisted");
    smtp.wait_for(2).await;
    app.patch(
        &format!("/api/v1/conferences/{}", c["id"].as_str().unwrap()),
        Some(&org.token),
        &json!({"starts_at": "2020-06-08T10:00:00+02:00", "ends_at": "2020-06-08T12:00:00+02:00",
                "recording_url": "https://video.example.org/only"}),
    )
    .await;
    assert_eq!(
        app.wait_for_rows(
            "SELECT count(*) AS n FROM outbox WHERE kind = 'recording'",
            1
        )
        .await,
        1
    );
    let to: String = app
        .count_rows("SELECT count(*) AS n FROM outbox o JOIN registrations r ON r.id = o.registration_id WHERE o.kind = 'recording' AND r.email = 'in@example.org'")
        .await
        .to_string();
    assert_eq!(to, "1");
}
