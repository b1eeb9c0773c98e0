//! Messages to a chosen part of the audience, received by a real SMTP server.

use std::collections::BTreeMap;
use std::time::Duration;

use mail_parser::MessageParser;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{
    MailServer, Organizer, TestApp, assert_problem, error_fields, spawn_app_with_mail,
    spawn_instance,
};

struct Mail {
    to: String,
    subject: String,
    reply_to: String,
    text: String,
    html: String,
    has_invite: bool,
}

fn parse(raw: &[u8]) -> Mail {
    let m = MessageParser::default().parse(raw).expect("a MIME message");
    let first = |a: Option<&mail_parser::Address>| {
        a.and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned()
    };
    Mail {
        to: first(m.to()),
        subject: m.subject().unwrap_or_default().to_owned(),
        reply_to: first(m.reply_to()),
        text: m.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html: m.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
        has_invite: String::from_utf8_lossy(raw).contains("text/calendar"),
    }
}

/// The mails whose subject starts with `prefix`, by recipient.
fn by_subject(raw: &[Vec<u8>], prefix: &str) -> BTreeMap<String, Mail> {
    raw.iter()
        .map(|r| parse(r))
        .filter(|m| m.subject.starts_with(prefix))
        .map(|m| (m.to.clone(), m))
        .collect()
}

struct Event {
    cid: String,
    slug: String,
    /// (email, registration id, manage url) of each registrant, in order.
    people: Vec<(String, String, String)>,
}

async fn event(app: &TestApp, org: &Organizer, emails: &[&str]) -> Event {
    let c = app
        .conference(org, json!({"title": "Launch", "capacity": 100}))
        .await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let mut people = Vec::new();
    for email in emails {
        let name = format!("Person {}", &email[..1].to_uppercase());
        let r = app.register(&slug, email, json!({"name": name})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        people.push((
            (*email).to_owned(),
            r.body["id"].as_str().unwrap().to_owned(),
            r.body["manage_url"].as_str().unwrap().to_owned(),
        ));
    }
    Event {
        cid: c["id"].as_str().unwrap().to_owned(),
        slug,
        people,
    }
}

async fn send(app: &TestApp, org: &Organizer, cid: &str, body: Value) -> crate::helpers::Reply {
    app.post(
        &format!("/api/v1/conferences/{cid}/messages"),
        Some(&org.token),
        &body,
    )
    .await
}

/// Waits until the message has no mail left to send.
async fn wait_sent(app: &TestApp, org: &Organizer, id: &str) -> Value {
    for _ in 0..200 {
        let m = app
            .get(&format!("/api/v1/messages/{id}"), Some(&org.token))
            .await;
        if m.body["status"] == "sent" {
            return m.body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("message {id} was not sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_message_to_the_no_shows_reaches_exactly_them_with_their_own_name_and_link() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let e = event(
        &app,
        &org,
        &[
            "ana@example.org",
            "ben@example.org",
            "cy@example.org",
            "dee@example.org",
        ],
    )
    .await;
    for (_, rid, _) in &e.people[..2] {
        let r = app
            .post(
                &format!("/api/v1/conferences/{}/registrations/{rid}/check-in", e.cid),
                Some(&org.token),
                &json!({}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    smtp.wait_for(4).await;

    let body = json!({
        "subject": "Sorry we missed you, {name}",
        "body": "Dear {name},\n\nthe recording of {conference} is online.\n\n[Your registration]({manage_url})",
        "audience": {"attended": false},
    });
    let preview = app
        .post(
            &format!("/api/v1/conferences/{}/messages/preview", e.cid),
            Some(&org.token),
            &body,
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    assert_eq!(preview.body["recipients"], 2);
    // Rendered for the earliest registered recipient: Cy.
    assert_eq!(preview.body["subject"], "Sorry we missed you, Person C");
    assert!(
        preview.body["html"]
            .as_str()
            .unwrap()
            .contains(&e.people[2].2)
    );

    let sent = send(&app, &org, &e.cid, body).await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    assert_eq!(sent.body["recipients"], 2);
    assert_eq!(sent.body["reply_to"], "owner@example.org");
    let id = sent.body["id"].as_str().unwrap();
    let done = wait_sent(&app, &org, id).await;
    assert_eq!(done["sent"], 2);
    assert_eq!(done["failed"], 0);

    let raw = smtp.wait_for(6).await;
    let messages = by_subject(&raw, "Sorry we missed you");
    assert_eq!(
        messages.keys().cloned().collect::<Vec<_>>(),
        ["cy@example.org", "dee@example.org"],
        "exactly the two who did not come"
    );
    for (email, _, manage_url) in &e.people[2..] {
        let m = &messages[email];
        let name = format!("Person {}", &email[..1].to_uppercase());
        assert_eq!(m.subject, format!("Sorry we missed you, {name}"));
        assert!(m.text.contains(&format!("Dear {name},")), "{}", m.text);
        assert!(
            m.text.contains("the recording of Launch is online."),
            "{}",
            m.text
        );
        assert!(m.text.contains(manage_url), "{}", m.text);
        assert!(
            m.html.contains(&format!("href=\"{manage_url}\"")),
            "{}",
            m.html
        );
        assert_eq!(m.reply_to, "owner@example.org");
        assert!(!m.has_invite, "a message carries no invite");
    }
    let list = app
        .get(
            &format!("/api/v1/conferences/{}/messages", e.cid),
            Some(&org.token),
        )
        .await;
    assert_eq!(list.body.as_array().unwrap().len(), 1);
    assert_eq!(list.body[0]["status"], "sent");
    assert_eq!(list.body[0]["audience"], json!({"attended": false}));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_script_or_a_javascript_link_never_reaches_a_mail() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let e = event(&app, &org, &["ana@example.org"]).await;
    smtp.wait_for(1).await;
    let sent = send(
        &app,
        &org,
        &e.cid,
        json!({"subject": "Slides", "reply_to": "team@example.org",
               "body": "Hello <script>alert('x')</script>**all**.\n\n[the slides](javascript:alert(1)) and <a href=\"javascript:steal()\" onclick=\"steal()\">this</a>\n\n- [real](https://example.org/slides.pdf)"}),
    )
    .await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    let raw = smtp.wait_for(2).await;
    let m = by_subject(&raw, "Slides")
        .remove("ana@example.org")
        .expect("the message");
    for part in [&m.html, &m.text] {
        assert!(!part.contains("<script"), "{part}");
        assert!(!part.contains("alert("), "{part}");
        assert!(!part.to_lowercase().contains("javascript:"), "{part}");
        assert!(!part.contains("onclick"), "{part}");
    }
    assert!(m.html.contains("<strong>all</strong>"), "{}", m.html);
    assert!(
        m.html.contains("href=\"https://example.org/slides.pdf\""),
        "{}",
        m.html
    );
    assert!(
        m.text.contains("real (https://example.org/slides.pdf)"),
        "{}",
        m.text
    );
    assert_eq!(m.reply_to, "team@example.org");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn scheduled_messages_go_out_at_their_time_and_a_cancelled_one_never() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let e = event(&app, &org, &["ana@example.org", "ben@example.org"]).await;
    smtp.wait_for(2).await;
    let soon = chrono::Utc::now() + chrono::Duration::seconds(2);
    let later = send(
        &app,
        &org,
        &e.cid,
        json!({"subject": "Tomorrow", "body": "See you.", "send_at": soon.to_rfc3339()}),
    )
    .await;
    assert_eq!(later.status, StatusCode::CREATED, "{}", later.body);
    assert_eq!(later.body["status"], "scheduled");
    assert_eq!(later.body["recipients"], 2);
    let never = send(
        &app,
        &org,
        &e.cid,
        json!({"subject": "Never", "body": "No.", "send_at": "2099-01-01T09:00:00Z"}),
    )
    .await;
    let never_id = never.body["id"].as_str().unwrap();
    let cancelled = app
        .delete(&format!("/api/v1/messages/{never_id}"), Some(&org.token))
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    assert_eq!(cancelled.body["status"], "cancelled");

    // A third registrant before the time: the audience is taken when it starts.
    app.register(&e.slug, "cy@example.org", json!({})).await;
    let id = later.body["id"].as_str().unwrap();
    // Nothing before its time.
    assert_eq!(
        app.get(&format!("/api/v1/messages/{id}"), Some(&org.token))
            .await
            .body["status"],
        "scheduled"
    );
    let done = wait_sent(&app, &org, id).await;
    assert_eq!(done["recipients"], 3);
    assert_eq!(done["sent"], 3);
    let raw = smtp.wait_for(3 + 3).await;
    assert_eq!(by_subject(&raw, "Tomorrow").len(), 3);
    assert!(by_subject(&raw, "Never").is_empty());
    let too_late = app
        .delete(&format!("/api/v1/messages/{id}"), Some(&org.token))
        .await;
    assert_problem(&too_late, StatusCode::CONFLICT);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_idempotency_key_sends_nothing_more() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let e = event(&app, &org, &["ana@example.org", "ben@example.org"]).await;
    smtp.wait_for(2).await;
    let post = |key: &'static str| {
        let app = &app;
        let org = &org;
        let cid = e.cid.clone();
        async move {
            let r = app
                .client
                .post(format!("{}/api/v1/conferences/{cid}/messages", app.address))
                .bearer_auth(&org.token)
                .header("Idempotency-Key", key)
                .json(&json!({"subject": "Room change", "body": "Room 2 now."}))
                .send()
                .await
                .expect("post");
            let status = r.status();
            (status, r.json::<Value>().await.expect("json"))
        }
    };
    // Two at once, and one more after: one message.
    let ((s1, m1), (s2, m2)) = tokio::join!(post("k-1"), post("k-1"));
    let (s3, m3) = post("k-1").await;
    let mut statuses = [s1, s2, s3];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::OK, StatusCode::CREATED]
    );
    assert_eq!(m1["id"], m2["id"]);
    assert_eq!(m1["id"], m3["id"]);
    let (s4, m4) = post("k-2").await;
    assert_eq!(s4, StatusCode::CREATED);
    assert_ne!(m4["id"], m1["id"]);
    wait_sent(&app, &org, m1["id"].as_str().unwrap()).await;
    wait_sent(&app, &org, m4["id"].as_str().unwrap()).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let raw = smtp.messages();
    assert_eq!(
        raw.iter()
            .filter(|r| parse(r).subject == "Room change")
            .count(),
        4
    );
    let bad = app
        .client
        .post(format!(
            "{}/api/v1/conferences/{}/messages",
            app.address, e.cid
        ))
        .bearer_auth(&org.token)
        .header("Idempotency-Key", "")
        .json(&json!({"subject": "x", "body": "y"}))
        .send()
        .await
        .expect("post");
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_start_a_scheduled_message_once() {
    let smtp = MailServer::start().await;
    let url = smtp.url();
    let first = crate::helpers::spawn_app_with(move |s| s.smtp_url = Some(url.into())).await;
    let url = smtp.url();
    let second = spawn_instance(&first.db_url, move |s| s.smtp_url = Some(url.into())).await;
    let org = first.organizer("owner@example.org").await;
    let emails: Vec<String> = (0..20).map(|i| format!("p{i}@example.org")).collect();
    let refs: Vec<&str> = emails.iter().map(String::as_str).collect();
    let e = event(&first, &org, &refs).await;
    smtp.wait_for(20).await;
    let soon = chrono::Utc::now() + chrono::Duration::seconds(1);
    let m = send(
        &second,
        &org,
        &e.cid,
        json!({"subject": "Starting", "body": "In an hour.", "send_at": soon.to_rfc3339()}),
    )
    .await;
    let id = m.body["id"].as_str().unwrap();
    let done = wait_sent(&first, &org, id).await;
    assert_eq!(done["sent"], 20);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let raw = smtp.messages();
    let got: Vec<String> = raw
        .iter()
        .map(|r| parse(r))
        .filter(|m| m.subject == "Starting")
        .map(|m| m.to)
        .collect();
    assert_eq!(got.len(), 20, "one each: {got:?}");
    let unique: std::collections::BTreeSet<_> = got.iter().collect();
    assert_eq!(unique.len(), 20);
    assert_eq!(
        first
            .count_rows(&format!(
                "SELECT count(*) AS n FROM outbox WHERE message_id = '{id}'"
            ))
            .await,
        20
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn bad_messages_are_refused_and_erased_people_get_none() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let e = event(&app, &org, &["ana@example.org", "ben@example.org"]).await;
    smtp.wait_for(2).await;
    let unknown = send(
        &app,
        &org,
        &e.cid,
        json!({"subject": "Hi {first_name}", "body": "x"}),
    )
    .await;
    assert_problem(&unknown, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&unknown), ["subject"]);
    assert!(
        unknown.body.to_string().contains("{first_name}"),
        "{}",
        unknown.body
    );
    let other = app.conference(&org, json!({})).await;
    let q = app
        .post(
            &format!(
                "/api/v1/conferences/{}/questions",
                other["id"].as_str().unwrap()
            ),
            Some(&org.token),
            &json!({"label": "Sector", "kind": "short_text"}),
        )
        .await;
    let foreign = send(
        &app,
        &org,
        &e.cid,
        json!({"subject": "x", "body": "y", "audience": {"question": q.body["id"], "answer": "Research"}}),
    )
    .await;
    assert_problem(&foreign, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&foreign), ["audience.question"]);
    let no_status = send(
        &app,
        &org,
        &e.cid,
        json!({"subject": "x", "body": "y", "audience": {"status": []}}),
    )
    .await;
    assert_problem(&no_status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad_reply = send(
        &app,
        &org,
        &e.cid,
        json!({"subject": "x", "body": "y", "reply_to": "nobody"}),
    )
    .await;
    assert_eq!(error_fields(&bad_reply), ["reply_to"]);
    // Nothing of these was stored.
    let list = app
        .get(
            &format!("/api/v1/conferences/{}/messages", e.cid),
            Some(&org.token),
        )
        .await;
    assert_eq!(list.body, json!([]));

    let ben = &e.people[1].1;
    let erased = app
        .post(
            &format!("/api/v1/conferences/{}/registrations/{ben}/erase", e.cid),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert!(erased.status.is_success(), "{}", erased.body);
    let m = send(
        &app,
        &org,
        &e.cid,
        json!({"subject": "News", "body": "Hello {name}."}),
    )
    .await;
    assert_eq!(m.body["recipients"], 1);
    wait_sent(&app, &org, m.body["id"].as_str().unwrap()).await;
    let raw = smtp.wait_for(3).await;
    let news = by_subject(&raw, "News");
    assert_eq!(news.keys().collect::<Vec<_>>(), ["ana@example.org"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_audience_filters_by_status_session_and_answer() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let c = app.conference(&org, json!({"capacity": 2})).await;
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();
    let s = app.session(&org, cid, json!({"title": "Panel"})).await;
    let q = app
        .post(
            &format!("/api/v1/conferences/{cid}/questions"),
            Some(&org.token),
            &json!({"label": "Sector", "kind": "single_choice", "choices": ["Research", "Policy"]}),
        )
        .await;
    let qid = q.body["id"].as_str().unwrap().to_owned();
    for (email, sector, panel) in [
        ("a@example.org", "Research", true),
        ("b@example.org", "Policy", false),
        ("c@example.org", "Research", false),
    ] {
        let sessions = if panel { json!([s["id"]]) } else { json!([]) };
        let r = app
            .register(
                slug,
                email,
                json!({"answers": {qid.clone(): sector}, "sessions": sessions}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    smtp.wait_for(3).await;
    let count = |audience: Value| {
        let app = &app;
        let org = &org;
        async move {
            let r = app
                .post(
                    &format!("/api/v1/conferences/{cid}/messages/preview"),
                    Some(&org.token),
                    &json!({"subject": "s", "body": "b", "audience": audience}),
                )
                .await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.body);
            r.body["recipients"].as_i64().unwrap()
        }
    };
    assert_eq!(count(json!({})).await, 3);
    assert_eq!(count(json!({"status": ["waitlisted"]})).await, 1);
    assert_eq!(count(json!({"session": s["id"]})).await, 1);
    assert_eq!(
        count(json!({"question": qid, "answer": "Research"})).await,
        2
    );
    assert_eq!(count(json!({"mode": "online"})).await, 3);
    assert_eq!(count(json!({"mode": "in_person"})).await, 0);
}

/// The value of the first hidden field `name` in a page.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).expect(name) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_dashboard_decides_applications_and_composes_previews_and_sends() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"title": "Workshop", "capacity": 1, "require_approval": true}),
        )
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let slug = c["slug"].as_str().unwrap().to_owned();
    let mut ids = Vec::new();
    for email in ["ana@example.org", "ben@example.org", "cy@example.org"] {
        let name = format!("Person {}", &email[..1].to_uppercase());
        ids.push(
            app.register(&slug, email, json!({"name": name})).await.body["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    smtp.wait_for(3).await;
    let d = crate::helpers::Dash::signed_in(&app, "owner@example.org").await;
    let get = |path: String| {
        let d = &d;
        async move {
            let (status, page, _) = d.get(&path).await;
            (status, page)
        }
    };
    let post = |path: String, body: String| {
        let d = &d;
        async move { d.post_as_is(&path, body).await }
    };
    let (status, page) = get(format!("/admin/conferences/{cid}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Applications (3)"), "{page}");
    let (status, page) = get(format!("/admin/conferences/{cid}/applications")).await;
    assert_eq!(status, StatusCode::OK);
    for name in ["Person A", "Person B", "Person C"] {
        assert!(page.contains(name), "{page}");
    }
    let csrf = hidden(&page, "csrf");
    // Nothing ticked: the page says so, nothing changes.
    let (status, page, _) = post(
        format!("/admin/conferences/{cid}/applications"),
        format!("csrf={csrf}&action=approve"),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("Tick at least one application first."),
        "{page}"
    );
    // One by its own button, then the other two at once with a reason.
    let (status, page, _) = post(
        format!("/admin/conferences/{cid}/applications"),
        format!("csrf={csrf}&approve_one={}", ids[0]),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("1 approved with a place"), "{page}");
    let (status, page, _) = post(
        format!("/admin/conferences/{cid}/applications"),
        format!(
            "csrf={csrf}&selected={}&selected={}&action=decline&reason=Only+partner+cities+this+time",
            ids[1], ids[2]
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("2 declined"), "{page}");
    assert!(page.contains("No application is waiting"), "{page}");
    let raw = smtp.wait_for(6).await;
    let declined = by_subject(&raw, "Your application");
    assert_eq!(declined.len(), 2);
    assert!(
        declined["ben@example.org"]
            .text
            .contains("Only partner cities this time")
    );

    // Compose: preview with the count, then send.
    let (status, page) = get(format!("/admin/conferences/{cid}/messages/new")).await;
    assert_eq!(status, StatusCode::OK);
    let key = hidden(&page, "form_key");
    let form = |intent: &str| {
        format!(
            "csrf={csrf}&form_key={key}&subject=Slides+for+%7Bname%7D&body=Here+are+the+**slides**.&status.confirmed=yes&intent={intent}"
        )
    };
    let (status, page, _) = post(
        format!("/admin/conferences/{cid}/messages"),
        form("preview"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("It goes to 1 person"), "{page}");
    assert!(page.contains("Slides for Person A"), "{page}");
    assert!(page.contains("<strong>slides</strong>"), "{page}");
    let bad = format!(
        "csrf={csrf}&form_key={key}&subject=Hi+%7Bnom%7D&body=x&status.confirmed=yes&intent=send"
    );
    let (status, page, _) = post(format!("/admin/conferences/{cid}/messages"), bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("{nom} is not a placeholder"), "{page}");
    assert!(page.contains("Hi {nom}"), "what was typed stays: {page}");
    // Sent twice (a double click): one message.
    for _ in 0..2 {
        let (status, _, location) =
            post(format!("/admin/conferences/{cid}/messages"), form("send")).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(
            location.as_deref(),
            Some(format!("/admin/conferences/{cid}/messages").as_str())
        );
    }
    let raw = smtp.wait_for(7).await;
    let slides = by_subject(&raw, "Slides for");
    assert_eq!(slides.keys().collect::<Vec<_>>(), ["ana@example.org"]);
    let (status, page) = get(format!("/admin/conferences/{cid}/messages")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches("Slides for {name}").count(), 1, "{page}");
}
