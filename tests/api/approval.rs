//! Conferences that choose who comes: applications, approval in the order of
//! approval, declines with a reason, and everything that counts them.

use futures::future::join_all;
use mail_parser::MessageParser;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_problem, spawn_app, spawn_app_with_mail};

fn subject_and_text(raw: &[u8]) -> (String, String, String, bool) {
    let m = MessageParser::default().parse(raw).expect("a MIME message");
    let to = m
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap_or_default()
        .to_owned();
    (
        to,
        m.subject().unwrap_or_default().to_owned(),
        m.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        String::from_utf8_lossy(raw).contains("text/calendar"),
    )
}

async fn stats(app: &TestApp, token: &str, cid: &str) -> serde_json::Value {
    app.get(&format!("/api/v1/conferences/{cid}/stats"), Some(token))
        .await
        .body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_applicant_waits_is_approved_or_declined_and_may_apply_again() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"title": "Workshop", "capacity": 10, "require_approval": true}),
        )
        .await;
    assert_eq!(c["require_approval"], true);
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();

    let ana = app
        .register(slug, "ana@example.org", json!({"name": "Ana"}))
        .await;
    assert_eq!(ana.status, StatusCode::CREATED, "{}", ana.body);
    assert_eq!(ana.body["status"], "awaiting_approval");
    assert!(ana.body["join_url"].is_null(), "{}", ana.body);
    let ben = app
        .register(slug, "ben@example.org", json!({"name": "Ben"}))
        .await;
    let raw = smtp.wait_for(2).await;
    for m in &raw {
        let (_, subject, text, invite) = subject_and_text(m);
        assert_eq!(subject, "Application received: Workshop");
        assert!(text.contains("you do not have a place yet"), "{text}");
        assert!(!invite, "no invite before a place");
        assert!(!text.contains("/j/"), "no join link: {text}");
    }
    let s = stats(&app, &org.token, cid).await;
    assert_eq!(s["awaiting_approval"], 2);
    assert_eq!(s["registered"], 2);
    assert_eq!(s["confirmed"], 0);

    // The applicant sees where they stand.
    let page = app
        .client
        .get(ana.body["manage_url"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Your application is with the organizers"),
        "{html}"
    );
    assert!(html.contains("Withdraw my application"), "{html}");

    // The list filters by the new status.
    let waiting = app
        .get(
            &format!("/api/v1/conferences/{cid}/registrations?status=awaiting_approval"),
            Some(&org.token),
        )
        .await;
    assert_eq!(
        waiting.body.as_array().unwrap().len(),
        2,
        "{}",
        waiting.body
    );

    let ana_id = ana.body["id"].as_str().unwrap();
    let approved = app
        .post(
            &format!("/api/v1/conferences/{cid}/registrations/{ana_id}/approve"),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.body);
    assert_eq!(approved.body["status"], "confirmed");
    assert!(approved.body["decided_at"].is_string());
    let again = app
        .post(
            &format!("/api/v1/conferences/{cid}/registrations/{ana_id}/approve"),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert_problem(&again, StatusCode::CONFLICT);

    let ben_id = ben.body["id"].as_str().unwrap();
    let declined = app
        .post(
            &format!("/api/v1/conferences/{cid}/registrations/{ben_id}/decline"),
            Some(&org.token),
            &json!({"reason": "This round is for practitioners from the partner cities."}),
        )
        .await;
    assert_eq!(declined.status, StatusCode::OK, "{}", declined.body);
    assert_eq!(declined.body["status"], "declined");
    assert_eq!(
        declined.body["decline_reason"],
        "This round is for practitioners from the partner cities."
    );
    let raw = smtp.wait_for(4).await;
    let mails: Vec<_> = raw[2..].iter().map(|m| subject_and_text(m)).collect();
    let to_ana = mails
        .iter()
        .find(|m| m.0 == "ana@example.org")
        .expect("ana's mail");
    assert_eq!(to_ana.1, "You are registered: Workshop");
    assert!(to_ana.3, "the confirmation carries the invite");
    let to_ben = mails
        .iter()
        .find(|m| m.0 == "ben@example.org")
        .expect("ben's mail");
    assert_eq!(to_ben.1, "Your application: Workshop");
    assert!(to_ben.2.contains("partner cities"), "{}", to_ben.2);
    assert!(!to_ben.3);

    // A declined address may apply again: a new registration.
    let ben_again = app
        .register(slug, "ben@example.org", json!({"name": "Ben"}))
        .await;
    assert_eq!(ben_again.status, StatusCode::CREATED, "{}", ben_again.body);
    assert_ne!(ben_again.body["id"], ben.body["id"]);
    let s = stats(&app, &org.token, cid).await;
    assert_eq!(
        (
            s["confirmed"].as_i64(),
            s["awaiting_approval"].as_i64(),
            s["declined"].as_i64(),
            s["registered"].as_i64()
        ),
        (Some(1), Some(1), Some(1), Some(2)),
        "{s}"
    );

    // Withdrawing an application.
    let withdrawn = app
        .delete(&TestApp::manage_path(&ben_again.body["manage_url"]), None)
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    assert_eq!(withdrawn.body["status"], "cancelled");

    // The export knows the statuses.
    let (status, _, body) = app
        .download(
            &format!("/api/v1/conferences/{cid}/export?format=csv"),
            &org.token,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let csv = String::from_utf8_lossy(&body);
    assert!(csv.contains("declined"), "{csv}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn a_hundred_approvals_at_once_fill_forty_places_in_the_order_of_approval() {
    let app = spawn_app().await;
    let org = app.organizer("owner@example.org").await;
    let c = app
        .conference(&org, json!({"capacity": 40, "require_approval": true}))
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let slug = c["slug"].as_str().unwrap().to_owned();
    let mut ids = Vec::new();
    for i in 0..100 {
        let r = app
            .register(&slug, &format!("p{i}@example.org"), json!({}))
            .await;
        assert_eq!(r.body["status"], "awaiting_approval");
        ids.push(r.body["id"].as_str().unwrap().to_owned());
    }
    let replies = join_all(ids.iter().map(|id| {
        let app = &app;
        let org = &org;
        let cid = &cid;
        async move {
            app.post(
                &format!("/api/v1/conferences/{cid}/registrations/{id}/approve"),
                Some(&org.token),
                &json!({}),
            )
            .await
        }
    }))
    .await;
    let mut confirmed = 0;
    let mut waitlisted = 0;
    for r in &replies {
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        match r.body["status"].as_str() {
            Some("confirmed") => confirmed += 1,
            Some("waitlisted") => waitlisted += 1,
            other => panic!("{other:?}"),
        }
    }
    assert_eq!((confirmed, waitlisted), (40, 60));
    // The rows say the same, and the waiting list is in the order of approval.
    let s = stats(&app, &org.token, &cid).await;
    assert_eq!(
        (s["confirmed"].as_i64(), s["waitlisted"].as_i64()),
        (Some(40), Some(60)),
        "{s}"
    );
    assert_eq!(s["awaiting_approval"], 0);
    assert_eq!(
        app.count_rows(&format!(
            "SELECT count(*) AS n FROM seats WHERE scope_id = '{cid}' AND registration_id IS NOT NULL"
        ))
        .await,
        40
    );
    assert_eq!(
        app.count_rows(&format!(
            "SELECT count(*) AS n FROM (SELECT seq, decided_at, \
                    lag(decided_at) OVER (ORDER BY seq) AS before \
               FROM registrations WHERE conference_id = '{cid}' AND status = 'waitlisted') w \
              WHERE before > decided_at"
        ))
        .await,
        0,
        "the waiting list follows the order of approval"
    );
    assert_eq!(
        app.count_rows(&format!(
            "SELECT count(*) AS n FROM registrations c JOIN registrations w \
                 ON w.conference_id = c.conference_id AND w.status = 'waitlisted' \
              WHERE c.conference_id = '{cid}' AND c.status = 'confirmed' AND c.decided_at > w.decided_at"
        ))
        .await,
        0,
        "the places went to the first forty approved"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_decisions_at_once_are_all_or_nothing() {
    let app = spawn_app().await;
    let org = app.organizer("owner@example.org").await;
    let c = app
        .conference(&org, json!({"capacity": 1, "require_approval": true}))
        .await;
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();
    let mut ids = Vec::new();
    for email in [
        "a@example.org",
        "b@example.org",
        "c@example.org",
        "d@example.org",
    ] {
        ids.push(app.register(slug, email, json!({})).await.body["id"].clone());
    }
    let path = format!("/api/v1/conferences/{cid}/registrations/decisions");
    // d is decided first, so the batch with it again fails whole.
    app.post(
        &format!(
            "/api/v1/conferences/{cid}/registrations/{}/decline",
            ids[3].as_str().unwrap()
        ),
        Some(&org.token),
        &json!({}),
    )
    .await;
    let failed = app
        .post(
            &path,
            Some(&org.token),
            &json!({"approve": [ids[0], ids[1]], "decline": [ids[3]]}),
        )
        .await;
    assert_problem(&failed, StatusCode::CONFLICT);
    assert!(
        failed.body["detail"]
            .as_str()
            .unwrap()
            .contains(ids[3].as_str().unwrap()),
        "{}",
        failed.body
    );
    assert_eq!(stats(&app, &org.token, cid).await["awaiting_approval"], 3);

    let done = app
        .post(
            &path,
            Some(&org.token),
            &json!({"approve": [ids[1], ids[0]], "decline": [ids[2]], "reason": "Full"}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let statuses: Vec<&str> = done
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    // In the order given: b took the one place, a waits.
    assert_eq!(statuses, ["confirmed", "waitlisted", "declined"]);
    let empty = app.post(&path, Some(&org.token), &json!({})).await;
    assert_problem(&empty, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test(flavor = "multi_thread")]
async fn approval_and_email_confirmation_do_not_go_together() {
    let app = spawn_app().await;
    let org = app.organizer("owner@example.org").await;
    let r = app
        .post(
            "/api/v1/conferences",
            Some(&org.token),
            &json!({"title": "Both", "timezone": "Europe/Brussels",
                    "starts_at": "2099-06-08T10:00:00+02:00", "ends_at": "2099-06-08T12:00:00+02:00",
                    "format": "online", "require_approval": true, "require_email_confirmation": true}),
        )
        .await;
    assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY);
    // The approve route of an open conference's registration: 409.
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let reg = app
        .register(c["slug"].as_str().unwrap(), "a@example.org", json!({}))
        .await;
    let rid = reg.body["id"].as_str().unwrap();
    let r = app
        .post(
            &format!("/api/v1/conferences/{cid}/registrations/{rid}/approve"),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert_problem(&r, StatusCode::CONFLICT);
    let unknown = app
        .post(
            &format!(
                "/api/v1/conferences/{cid}/registrations/{}/approve",
                uuid::Uuid::new_v4()
            ),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert_problem(&unknown, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_event_page_takes_applications() {
    let app = spawn_app().await;
    let org = app.organizer("owner@example.org").await;
    let c = app
        .conference(&org, json!({"title": "Workshop", "require_approval": true}))
        .await;
    let slug = c["slug"].as_str().unwrap();
    let page = app
        .client
        .get(format!("{}/c/{slug}", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("The organizers choose who takes part"),
        "{page}"
    );
    assert!(page.contains(">Apply</button>"), "{page}");
    let r = app
        .client
        .post(format!("{}/c/{slug}/register", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", app.address.clone())
        .body("name=Ana&email=ana%40example.org&consent=yes")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let html = r.text().await.unwrap();
    assert!(html.contains("Your application is in"), "{html}");
    assert!(
        !html.contains("invite.ics"),
        "no invite before a place: {html}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_withdrawn_application_takes_nothing_out_of_a_calendar() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("owner@example.org").await;
    let c = app
        .conference(&org, json!({"title": "Workshop", "require_approval": true}))
        .await;
    let ana = app
        .register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    smtp.wait_for(1).await;
    let withdrawn = app
        .delete(&TestApp::manage_path(&ana.body["manage_url"]), None)
        .await;
    assert_eq!(withdrawn.body["status"], "cancelled");
    let raw = smtp.wait_for(2).await;
    let (_, subject, _, invite) = subject_and_text(&raw[1]);
    assert!(subject.starts_with("Registration cancelled"), "{subject}");
    assert!(!invite, "no CANCEL for an event never in the calendar");
}
