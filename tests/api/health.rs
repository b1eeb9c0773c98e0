use reqwest::StatusCode;

use crate::helpers::{assert_problem, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn health_and_readiness_answer() {
    let app = spawn_app().await;
    let r = app.get("/healthz", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["status"], "ok");
    let r = app.get("/readyz", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["status"], "ready");
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_routes_are_problem_404s() {
    let app = spawn_app().await;
    assert_problem(
        &app.get("/api/v1/nothing-here", None).await,
        StatusCode::NOT_FOUND,
    );
    assert_problem(
        &app.get("/api/v1/conferences/not-a-uuid", None).await,
        StatusCode::UNAUTHORIZED,
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_service_creates_its_own_database() {
    let db = crate::helpers::TestDatabase::create().await;
    // A name that does not exist yet: the service must create and migrate it.
    let url = format!("{}_fresh", db.url);
    let fresh = crate::helpers::TestDatabase {
        name: format!("{}_fresh", db.name),
        url: url.clone(),
    };
    let app = convene::startup::Application::build(convene::settings::Settings::for_database(&url))
        .await
        .expect("build on a missing database");
    let base = app.base_url().to_owned();
    tokio::spawn(app.run_until_stopped());
    let r = reqwest::get(format!("{base}/readyz")).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    drop(fresh);
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_count_requests_sign_ups_and_the_outbox() {
    let app = crate::helpers::spawn_app_with(|s| s.outbox_worker = false).await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, serde_json::json!({})).await;
    let r = app
        .register(
            c["slug"].as_str().unwrap(),
            "ana@example.org",
            serde_json::json!({}),
        )
        .await;
    app.get(
        &crate::helpers::TestApp::manage_path(&r.body["manage_url"]),
        None,
    )
    .await;
    let text = reqwest::get(format!("{}/metrics", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(text.contains("http_requests_total{method=\"POST\",route=\"/api/v1/public/conferences/{slug}/registrations\",status=\"201\"}"), "{text}");
    assert!(text.contains("http_request_duration_seconds_bucket"));
    assert!(
        text.contains("signups_total{outcome=\"confirmed\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("outbox_backlog 1"),
        "the worker is off, so the confirmation waits"
    );
    assert!(text.contains("outbox_oldest_unsent_seconds"));
    assert!(
        !text.contains(
            r.body["manage_url"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
        ),
        "no secret in labels"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn connections_cut_by_the_database_answer_503_then_recover() {
    let app = crate::helpers::spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    for _ in 0..3 {
        assert_eq!(
            app.get("/api/v1/conferences", Some(&org.token))
                .await
                .status,
            StatusCode::OK
        );
    }
    // What a PostgreSQL restart does to every open connection.
    app.execute(&format!(
        "SELECT pg_terminate_backend(pid)::int FROM pg_stat_activity WHERE datname = '{}' AND pid <> pg_backend_pid()",
        app.db.as_ref().unwrap().name
    ))
    .await;
    let mut statuses = Vec::new();
    for _ in 0..20 {
        statuses.push(
            app.get("/api/v1/conferences", Some(&org.token))
                .await
                .status,
        );
    }
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::OK || *s == StatusCode::SERVICE_UNAVAILABLE),
        "{statuses:?}"
    );
    assert_eq!(
        statuses.last(),
        Some(&StatusCode::OK),
        "recovers by itself: {statuses:?}"
    );
}
