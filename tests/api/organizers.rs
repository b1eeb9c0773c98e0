use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{assert_problem, error_fields, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn an_organizer_signs_up_and_gets_a_working_token() {
    let app = spawn_app().await;
    let r = app
        .post(
            "/api/v1/organizers",
            None,
            &json!({"email": "Guia@Example.org", "name": "Guia", "password": "a long enough password"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.body["email"], "Guia@Example.org");
    assert!(r.body["id"].is_string());
    assert!(r.body.get("password").is_none());
    let token = r.body["token"].as_str().unwrap();
    let list = app.get("/api/v1/conferences", Some(token)).await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.body, json!([]));
    // Only a hash of the password is stored.
    let plain = app
        .count_rows("SELECT count(*) AS n FROM organizers WHERE password_hash LIKE '$argon2id$%'")
        .await;
    assert_eq!(plain, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_email_twice_is_a_conflict_whatever_its_case() {
    let app = spawn_app().await;
    app.organizer("guia@example.org").await;
    let r = app
        .post(
            "/api/v1/organizers",
            None,
            &json!({"email": "GUIA@example.org", "name": "Other", "password": "a long enough password"}),
        )
        .await;
    assert_problem(&r, StatusCode::CONFLICT);
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_up_validates_every_field() {
    let app = spawn_app().await;
    let r = app
        .post(
            "/api/v1/organizers",
            None,
            &json!({"email": "nope", "name": "", "password": "short"}),
        )
        .await;
    assert_eq!(error_fields(&r), ["email", "name", "password"]);
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM organizers").await,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn tokens_are_issued_for_the_right_password_only() {
    let app = spawn_app().await;
    app.organizer("guia@example.org").await;
    let r = app
        .post(
            "/api/v1/tokens",
            None,
            &json!({"email": "Guia@example.org", "password": "a long enough password"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let token = r.body["token"].as_str().unwrap();
    assert_eq!(
        app.get("/api/v1/conferences", Some(token)).await.status,
        StatusCode::OK
    );

    let wrong = app
        .post(
            "/api/v1/tokens",
            None,
            &json!({"email": "guia@example.org", "password": "wrong password!"}),
        )
        .await;
    assert_problem(&wrong, StatusCode::UNAUTHORIZED);
    let unknown = app
        .post(
            "/api/v1/tokens",
            None,
            &json!({"email": "nobody@example.org", "password": "whatever it is"}),
        )
        .await;
    assert_problem(&unknown, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread")]
async fn organizer_routes_need_a_valid_token() {
    let app = spawn_app().await;
    assert_problem(
        &app.get("/api/v1/conferences", None).await,
        StatusCode::UNAUTHORIZED,
    );
    assert_problem(
        &app.get("/api/v1/conferences", Some("garbage")).await,
        StatusCode::UNAUTHORIZED,
    );
    let well_formed_but_unknown = "A".repeat(43);
    assert_problem(
        &app.get("/api/v1/conferences", Some(&well_formed_but_unknown))
            .await,
        StatusCode::UNAUTHORIZED,
    );
}
