use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_problem, error_fields, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn the_manage_link_shows_the_registration_and_the_join_link_when_confirmed() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let slug = c["slug"].as_str().unwrap();
    let confirmed = app.register(slug, "ana@example.org", json!({})).await;
    let waitlisted = app.register(slug, "jonas@example.net", json!({})).await;
    assert_eq!(waitlisted.body["status"], "waitlisted");

    let mine = app
        .get(&TestApp::manage_path(&confirmed.body["manage_url"]), None)
        .await;
    assert_eq!(mine.status, StatusCode::OK, "{}", mine.body);
    assert_eq!(mine.body["status"], "confirmed");
    assert_eq!(mine.body["online_url"], "https://meet.example.org/j/812345");
    assert_eq!(mine.body["conference"]["title"], "SPRING Launch Conference");

    let theirs = app
        .get(&TestApp::manage_path(&waitlisted.body["manage_url"]), None)
        .await;
    assert_eq!(theirs.body["status"], "waitlisted");
    assert_eq!(theirs.body["online_url"], serde_json::Value::Null);
    assert!(!theirs.body.to_string().contains("meet.example.org"));
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_or_malformed_tokens_find_nothing() {
    let app = spawn_app().await;
    assert_problem(
        &app.get("/api/v1/registrations/abc", None).await,
        StatusCode::NOT_FOUND,
    );
    let unknown = format!("/api/v1/registrations/{}", "x".repeat(43));
    assert_problem(&app.get(&unknown, None).await, StatusCode::NOT_FOUND);
    assert_problem(&app.delete(&unknown, None).await, StatusCode::NOT_FOUND);
    assert_problem(
        &app.patch(&unknown, None, &json!({"name": "x"})).await,
        StatusCode::NOT_FOUND,
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_registrant_changes_name_and_sessions() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let id = c["id"].as_str().unwrap();
    let panel = app.session(&org, id, json!({})).await;
    let full = app
        .session(&org, id, json!({"title": "Small room", "capacity": 1}))
        .await;
    let slug = c["slug"].as_str().unwrap();
    app.register(slug, "first@example.org", json!({"sessions": [full["id"]]}))
        .await;
    let r = app
        .register(slug, "ana@example.org", json!({"sessions": [panel["id"]]}))
        .await;
    let path = TestApp::manage_path(&r.body["manage_url"]);

    let changed = app
        .patch(
            &path,
            None,
            &json!({"name": "Ana F.", "organization": "PICUM", "sessions": []}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    assert_eq!(changed.body["name"], "Ana F.");
    assert_eq!(changed.body["organization"], "PICUM");
    assert_eq!(changed.body["sessions"], json!([]));

    let refused = app
        .patch(
            &path,
            None,
            &json!({"sessions": [full["id"]], "name": "Changed"}),
        )
        .await;
    assert_problem(&refused, StatusCode::CONFLICT);
    let unchanged = app.get(&path, None).await;
    assert_eq!(unchanged.body["name"], "Ana F.");

    let invalid = app
        .patch(&path, None, &json!({"email": "new@example.org"}))
        .await;
    assert_eq!(error_fields(&invalid), ["email"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn cancelling_frees_the_seat_for_the_first_waitlisted_person() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let slug = c["slug"].as_str().unwrap();
    let ana = app.register(slug, "ana@example.org", json!({})).await;
    let jonas = app.register(slug, "jonas@example.net", json!({})).await;
    let marie = app.register(slug, "marie@example.com", json!({})).await;
    assert_eq!(jonas.body["status"], "waitlisted");
    assert_eq!(marie.body["status"], "waitlisted");

    let path = TestApp::manage_path(&ana.body["manage_url"]);
    let cancelled = app.delete(&path, None).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    assert_eq!(cancelled.body["status"], "cancelled");
    assert!(cancelled.body["cancelled_at"].is_string());

    let jonas_now = app
        .get(&TestApp::manage_path(&jonas.body["manage_url"]), None)
        .await;
    assert_eq!(jonas_now.body["status"], "confirmed");
    let marie_now = app
        .get(&TestApp::manage_path(&marie.body["manage_url"]), None)
        .await;
    assert_eq!(marie_now.body["status"], "waitlisted");

    // Twice is harmless and promotes nobody else.
    assert_eq!(app.delete(&path, None).await.body["status"], "cancelled");
    let marie_still = app
        .get(&TestApp::manage_path(&marie.body["manage_url"]), None)
        .await;
    assert_eq!(marie_still.body["status"], "waitlisted");
    let changed = app.patch(&path, None, &json!({"name": "Back"})).await;
    assert_problem(&changed, StatusCode::CONFLICT);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_registrant_downloads_their_data_and_an_organizer_erases_them() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let r = app
        .register(
            c["slug"].as_str().unwrap(),
            "ana@example.org",
            json!({"organization": "PICUM"}),
        )
        .await;
    let path = TestApp::manage_path(&r.body["manage_url"]);
    let rid = r.body["id"].as_str().unwrap();
    app.post(
        &format!("/api/v1/conferences/{cid}/registrations/{rid}/check-in"),
        Some(&org.token),
        &json!({}),
    )
    .await;

    let data = app.get(&format!("{path}/data"), None).await;
    assert_eq!(data.status, StatusCode::OK, "{}", data.body);
    assert_eq!(data.body["registration"]["email"], "ana@example.org");
    assert!(data.body["registration"]["consent_at"].is_string());
    assert_eq!(data.body["attendance"][0]["method"], "manual");
    assert_eq!(data.body["mails"][0]["kind"], "confirmation");

    let stranger = app.organizer("stranger@example.org").await;
    let denied = app
        .post(
            &format!("/api/v1/conferences/{cid}/registrations/{rid}/erase"),
            Some(&stranger.token),
            &json!({}),
        )
        .await;
    assert_problem(&denied, StatusCode::NOT_FOUND);
    let before = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    let erased = app
        .request(
            reqwest::Method::POST,
            &format!("/api/v1/conferences/{cid}/registrations/{rid}/erase"),
            Some(&org.token),
            None,
        )
        .await;
    assert_eq!(erased.status, StatusCode::NO_CONTENT);
    let after = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    assert_eq!(before.body, after.body, "counts are kept");
    let listed = app.registrations(&org, cid, "").await;
    assert_eq!(listed[0]["name"], "Erased");
    assert_eq!(listed[0]["erased"], true);
    assert_eq!(listed[0]["organization"], serde_json::Value::Null);
    assert!(!listed[0]["email"].as_str().unwrap().contains("ana"));
    assert_problem(&app.get(&path, None).await, StatusCode::NOT_FOUND);
    assert_eq!(app.count_rows("SELECT count(*) AS n FROM registrations WHERE email ILIKE '%ana@%' OR organization IS NOT NULL").await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn registrations_are_anonymised_after_the_retention_period() {
    let app = crate::helpers::spawn_app_with(|s| s.anonymize_after_days = 30).await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    app.register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    let recent = app.conference(&org, json!({"slug": "recent"})).await;
    app.register(
        recent["slug"].as_str().unwrap(),
        "jonas@example.net",
        json!({}),
    )
    .await;
    // The first conference ended 40 days ago; the worker's next round erases it.
    app.execute(&format!(
        "UPDATE conferences SET starts_at = now() - interval '41 days', ends_at = now() - interval '40 days' WHERE id = '{}'",
        c["id"].as_str().unwrap()
    ))
    .await;
    let mut erased = 0;
    for _ in 0..50 {
        erased = app
            .count_rows("SELECT count(*) AS n FROM registrations WHERE erased_at IS NOT NULL")
            .await;
        if erased > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(erased, 1);
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations WHERE email = 'jonas@example.net'")
            .await,
        1
    );
}
