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
