//! Bad input answers 4xx, changes nothing and leaves the server healthy.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_problem, error_fields, spawn_app};

async fn assert_nothing_changed(app: &TestApp, registrations: i64) {
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations")
            .await,
        registrations
    );
    assert_eq!(app.get("/healthz", None).await.status, StatusCode::OK);
    assert_eq!(app.get("/readyz", None).await.status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_bodies_are_refused() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let path = format!(
        "/api/v1/public/conferences/{}/registrations",
        c["slug"].as_str().unwrap()
    );

    for body in [
        &b"{"[..],
        b"",
        b"null",
        b"[1,2]",
        b"{\"email\": }",
        b"\xff\xfe",
    ] {
        let r = app
            .post_raw(&path, None, "application/json", body.to_vec())
            .await;
        assert!(
            r.status.is_client_error(),
            "{:?} -> {}",
            String::from_utf8_lossy(body),
            r.status
        );
        assert!(r.content_type.starts_with("application/problem+json"));
    }
    let r = app
        .post_raw(&path, None, "text/plain", b"{}".to_vec())
        .await;
    assert_problem(&r, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // A lone surrogate is not Unicode.
    let r = app
        .post_raw(
            &path,
            None,
            "application/json",
            br#"{"email":"a@example.org","name":"\ud800","consent":true}"#.to_vec(),
        )
        .await;
    assert_problem(&r, StatusCode::BAD_REQUEST);
    assert_nothing_changed(&app, 0).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn wrong_types_and_unknown_fields_name_the_field() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    let r = app
        .register(slug, "a@example.org", json!({"name": 42}))
        .await;
    assert_eq!(error_fields(&r), ["name"]);
    let r = app
        .register(slug, "a@example.org", json!({"consent": "yes"}))
        .await;
    assert_eq!(error_fields(&r), ["consent"]);
    let r = app
        .register(slug, "a@example.org", json!({"is_admin": true}))
        .await;
    assert_eq!(error_fields(&r), ["is_admin"]);
    let r = app
        .post(
            "/api/v1/conferences",
            Some(&org.token),
            &json!({"title": "x", "capacity": 1e40}),
        )
        .await;
    assert!(error_fields(&r).contains(&"capacity".to_owned()));
    assert_nothing_changed(&app, 0).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_two_megabyte_body_is_too_large() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let path = format!(
        "/api/v1/public/conferences/{}/registrations",
        c["slug"].as_str().unwrap()
    );
    let huge =
        json!({"email": "a@example.org", "name": "x".repeat(2 * 1024 * 1024), "consent": true});
    let r = app
        .post_raw(
            &path,
            None,
            "application/json",
            serde_json::to_vec(&huge).unwrap(),
        )
        .await;
    assert_problem(&r, StatusCode::PAYLOAD_TOO_LARGE);
    assert_nothing_changed(&app, 0).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn overlong_strings_nul_bytes_and_direction_overrides_are_invalid() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    let cases = [
        (json!({"name": "x".repeat(201)}), "name"),
        (json!({"organization": "o".repeat(301)}), "organization"),
        (json!({"name": "Ana\u{0}"}), "name"),
        (json!({"category": "\u{0}"}), "category"),
        (json!({"name": "evil\u{202E}gpj.exe"}), "name"),
        (json!({"email": "ana\u{0}@example.org"}), "email"),
        (json!({"email": "ánä@exämple.org"}), "email"),
        (
            json!({"email": format!("{}@example.org", "a".repeat(300))}),
            "email",
        ),
    ];
    for (extra, field) in cases {
        let r = app.register(slug, "a@example.org", extra.clone()).await;
        assert_eq!(error_fields(&r), [field], "{extra}");
    }
    let r = app
        .post("/api/v1/conferences", Some(&org.token), &json!({"title": "t\u{0}", "description": "d".repeat(20_001),
            "timezone": "UTC", "starts_at": "2099-01-01T10:00:00Z", "ends_at": "2099-01-01T11:00:00Z", "format": "online"}))
        .await;
    assert_eq!(error_fields(&r), ["title"]);
    assert_nothing_changed(&app, 0).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn names_in_any_script_are_welcome() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    for (i, name) in ["Zoë Ó Súilleabháin", "محمد الأحمد", "李小龍", "Ōtsuka 👩🏽‍🔬"]
        .iter()
        .enumerate()
    {
        let r = app
            .register(slug, &format!("p{i}@example.org"), json!({"name": name}))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{name}: {}", r.body);
    }
    let list = app.registrations(&org, c["id"].as_str().unwrap(), "").await;
    assert_eq!(list[3]["name"], "Ōtsuka 👩🏽‍🔬");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_over_the_import_limit_is_a_problem_and_marks_nobody() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let r = app
        .register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let rid = r.body["id"].as_str().unwrap().to_owned();
    let mut report = b"Email,Attended\nana@example.org,Yes\n".to_vec();
    while report.len() <= 20 * 1024 * 1024 {
        report.extend_from_slice(b"someone.else@example.org,Yes\n");
    }
    let r = app
        .post_raw(
            &format!("/api/v1/conferences/{cid}/attendance/import"),
            Some(&org.token),
            "text/csv",
            report,
        )
        .await;
    assert_problem(&r, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations WHERE attended")
            .await,
        0
    );
    // The check-in body has the service's limit, answered the same way.
    let r = app
        .post_raw(
            &format!("/api/v1/conferences/{cid}/registrations/{rid}/check-in"),
            Some(&org.token),
            "application/json",
            vec![b' '; 70 * 1024],
        )
        .await;
    assert_problem(&r, StatusCode::PAYLOAD_TOO_LARGE);
}
