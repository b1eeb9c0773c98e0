use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{assert_problem, error_fields, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn a_new_conference_is_a_draft_with_a_slug_from_its_title() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let r = app
        .post(
            "/api/v1/conferences",
            Some(&org.token),
            &json!({
                "title": "SPRING Launch Conference",
                "timezone": "Europe/Brussels",
                "starts_at": "2026-06-08T08:00:00Z",
                "ends_at": "2026-06-08T10:30:00Z",
                "format": "online",
                "capacity": 120
            }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let c = r.body;
    assert_eq!(c["status"], "draft");
    assert_eq!(c["slug"], "spring-launch-conference");
    assert_eq!(c["capacity"], 120);
    // Shown in the conference's own offset.
    assert_eq!(c["starts_at"], "2026-06-08T10:00:00+02:00");
    assert_eq!(c["require_email_confirmation"], false);
    assert_eq!(c["confirmation_hold_minutes"], 30);

    let again = app.conference(&org, json!({"status": "draft"})).await;
    assert_eq!(again["slug"], "spring-launch-conference-2");

    let got = app
        .get(
            &format!("/api/v1/conferences/{}", c["id"].as_str().unwrap()),
            Some(&org.token),
        )
        .await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.body["title"], "SPRING Launch Conference");

    let list = app.get("/api/v1/conferences", Some(&org.token)).await;
    assert_eq!(list.body.as_array().unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_explicit_slug_that_is_taken_is_a_conflict() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    app.conference(&org, json!({"slug": "spring-2026"})).await;
    let other = app.organizer("other@example.org").await;
    let r = app
        .post(
            "/api/v1/conferences",
            Some(&other.token),
            &json!({"slug": "spring-2026", "title": "x", "timezone": "UTC",
                    "starts_at": "2099-01-01T10:00:00Z", "ends_at": "2099-01-01T11:00:00Z", "format": "hybrid"}),
        )
        .await;
    assert_problem(&r, StatusCode::CONFLICT);
}

#[tokio::test(flavor = "multi_thread")]
async fn creation_reports_every_invalid_field() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let r = app
        .post(
            "/api/v1/conferences",
            Some(&org.token),
            &json!({
                "title": "ok",
                "slug": "Not A Slug",
                "timezone": "Mars/Olympus",
                "starts_at": "2099-06-08T10:00:00+02:00",
                "ends_at": "2099-06-08T09:00:00+02:00",
                "format": "online",
                "online_url": "javascript:alert(1)",
                "capacity": -5
            }),
        )
        .await;
    assert_eq!(
        error_fields(&r),
        ["capacity", "ends_at", "online_url", "slug", "timezone"]
    );
    let r = app
        .post(
            "/api/v1/conferences",
            Some(&org.token),
            &json!({"title": "x", "format": "zoom"}),
        )
        .await;
    assert_eq!(error_fields(&r), ["format"]);
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM conferences")
            .await,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn patch_changes_only_what_it_names() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(&org, json!({"capacity": 100, "venue": "Brussels"}))
        .await;
    let path = format!("/api/v1/conferences/{}", c["id"].as_str().unwrap());
    let r = app
        .patch(
            &path,
            Some(&org.token),
            &json!({"title": "Renamed", "capacity": null}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["title"], "Renamed");
    assert_eq!(r.body["capacity"], serde_json::Value::Null);
    assert_eq!(r.body["venue"], "Brussels");
    assert_eq!(r.body["slug"], c["slug"]);

    let bad = app
        .patch(
            &path,
            Some(&org.token),
            &json!({"ends_at": "2000-01-01T00:00:00Z"}),
        )
        .await;
    assert_eq!(error_fields(&bad), ["ends_at"]);
    let unknown = app
        .patch(&path, Some(&org.token), &json!({"colour": "red"}))
        .await;
    assert_eq!(error_fields(&unknown), ["colour"]);

    let cancelled = app
        .patch(&path, Some(&org.token), &json!({"status": "cancelled"}))
        .await;
    assert_eq!(cancelled.body["status"], "cancelled");
    let reopened = app
        .patch(&path, Some(&org.token), &json!({"status": "published"}))
        .await;
    assert_eq!(error_fields(&reopened), ["status"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn lowering_capacity_below_the_confirmed_count_is_refused() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 3})).await;
    let slug = c["slug"].as_str().unwrap();
    for i in 0..2 {
        app.register(slug, &format!("p{i}@example.org"), json!({}))
            .await;
    }
    let path = format!("/api/v1/conferences/{}", c["id"].as_str().unwrap());
    let r = app
        .patch(&path, Some(&org.token), &json!({"capacity": 1}))
        .await;
    assert_problem(&r, StatusCode::CONFLICT);
    let r = app
        .patch(&path, Some(&org.token), &json!({"capacity": 2}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let full = app.register(slug, "late@example.org", json!({})).await;
    assert_eq!(full.body["status"], "waitlisted");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_conference_is_duplicated_with_its_times_moved_and_no_people() {
    let app = crate::helpers::spawn_app().await;
    let org = app.organizer("series@example.org").await;
    let c = app
        .conference(
            &org,
            serde_json::json!({"title": "Workshop 1", "capacity": 30, "recording_url": "https://video.example.org/1",
                               "registration_closes_at": "2099-06-07T18:00:00+02:00", "reminder_minutes": [120]}),
        )
        .await;
    let cid = c["id"].as_str().unwrap();
    let s = app
        .session(
            &org,
            cid,
            serde_json::json!({"title": "Panel", "capacity": 10,
            "starts_at": "2099-06-08T11:00:00+02:00", "ends_at": "2099-06-08T12:00:00+02:00",
            "speakers": [{"name": "Ana", "role": "moderator"}]}),
        )
        .await;
    assert!(s["id"].is_string(), "{s}");
    app.post(
        &format!("/api/v1/conferences/{cid}/questions"),
        Some(&org.token),
        &serde_json::json!({"label": "Sector", "kind": "short_text"}),
    )
    .await;
    app.register(
        c["slug"].as_str().unwrap(),
        "ana@example.org",
        serde_json::json!({}),
    )
    .await;
    let copy = app
        .post(
            &format!("/api/v1/conferences/{cid}/copy"),
            Some(&org.token),
            &serde_json::json!({"starts_at": "2099-09-14T10:00:00+02:00", "title": "Workshop 2"}),
        )
        .await;
    assert_eq!(copy.status, reqwest::StatusCode::CREATED, "{}", copy.body);
    let n = &copy.body;
    assert_eq!(n["status"], "draft");
    assert_eq!(n["title"], "Workshop 2");
    assert_eq!(n["slug"], "workshop-2");
    assert_eq!(n["capacity"], 30);
    assert!(n["recording_url"].is_null());
    assert_eq!(n["ends_at"], "2099-09-14T12:30:00+02:00");
    assert_eq!(n["registration_closes_at"], "2099-09-13T18:00:00+02:00");
    assert_eq!(n["reminder_minutes"], serde_json::json!([120]));
    let nid = n["id"].as_str().unwrap();
    let sessions = app
        .get(
            &format!("/api/v1/conferences/{nid}/sessions"),
            Some(&org.token),
        )
        .await;
    assert_eq!(sessions.body[0]["title"], "Panel");
    assert_eq!(sessions.body[0]["starts_at"], "2099-09-14T11:00:00+02:00");
    assert_eq!(sessions.body[0]["speakers"][0]["name"], "Ana");
    let questions = app
        .get(
            &format!("/api/v1/conferences/{nid}/questions"),
            Some(&org.token),
        )
        .await;
    assert_eq!(questions.body[0]["label"], "Sector");
    let stats = app
        .get(
            &format!("/api/v1/conferences/{nid}/stats"),
            Some(&org.token),
        )
        .await;
    assert_eq!(stats.body["registered"], 0);
    assert_eq!(stats.body["sessions"][0]["capacity"], 10);
    let bad = app
        .post(
            &format!("/api/v1/conferences/{cid}/copy"),
            Some(&org.token),
            &serde_json::json!({}),
        )
        .await;
    crate::helpers::assert_problem(&bad, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
}
