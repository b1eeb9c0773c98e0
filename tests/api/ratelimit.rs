use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{assert_problem, spawn_app_with};

#[tokio::test(flavor = "multi_thread")]
async fn a_client_over_its_limit_gets_429_with_retry_after() {
    let app = spawn_app_with(|s| s.rate_limit_per_minute = 3).await;
    // Signing up the organizer spends one of the sign-in group's three.
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    for i in 0..3 {
        assert_eq!(
            app.register(slug, &format!("p{i}@example.org"), json!({}))
                .await
                .status,
            StatusCode::CREATED
        );
    }
    let over = app.register(slug, "p3@example.org", json!({})).await;
    assert_problem(&over, StatusCode::TOO_MANY_REQUESTS);
    let retry = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/public/conferences/{slug}/registrations",
            app.address
        ))
        .json(&json!({"email": "p4@example.org", "name": "x", "consent": true}))
        .send()
        .await
        .unwrap();
    let seconds: u64 = retry.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&seconds));
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations")
            .await,
        3
    );
    // Other groups and other routes keep their own allowance.
    let token = app
        .post(
            "/api/v1/tokens",
            None,
            &json!({"email": "guia@example.org", "password": "a long enough password"}),
        )
        .await;
    assert_eq!(token.status, StatusCode::CREATED);
    assert_eq!(app.get("/healthz", None).await.status, StatusCode::OK);
    assert_eq!(
        app.get("/api/v1/conferences", Some(&org.token))
            .await
            .status,
        StatusCode::OK
    );
}
