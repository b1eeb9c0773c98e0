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

/// Signs up `email` as a request forwarded for `client` (X-Forwarded-For).
async fn sign_up_for(
    app: &crate::helpers::TestApp,
    slug: &str,
    email: &str,
    client: &str,
) -> StatusCode {
    reqwest::Client::new()
        .post(format!(
            "{}/api/v1/public/conferences/{slug}/registrations",
            app.address
        ))
        .header("x-forwarded-for", client)
        .json(&json!({"email": email, "name": "x", "consent": true}))
        .send()
        .await
        .unwrap()
        .status()
}

/// Behind a trusted proxy each forwarded client has its own allowance; an
/// untrusted peer's forwarding headers change nothing (anyone can write them).
#[tokio::test(flavor = "multi_thread")]
async fn only_a_trusted_proxy_names_the_client() {
    let trusted = spawn_app_with(|s| {
        s.rate_limit_per_minute = 2;
        s.trusted_proxies = convene::proxies::TrustedProxies::parse("127.0.0.1, ::1").unwrap();
    })
    .await;
    let org = trusted.organizer("guia@example.org").await;
    let slug = trusted.conference(&org, json!({})).await["slug"]
        .as_str()
        .unwrap()
        .to_owned();
    for i in 0..2 {
        let email = format!("a{i}@example.org");
        assert_eq!(
            sign_up_for(&trusted, &slug, &email, "203.0.113.1").await,
            StatusCode::CREATED
        );
    }
    assert_eq!(
        sign_up_for(&trusted, &slug, "a2@example.org", "203.0.113.1").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another client behind the same proxy is not held back by the first.
    assert_eq!(
        sign_up_for(&trusted, &slug, "b0@example.org", "198.51.100.7, 127.0.0.1").await,
        StatusCode::CREATED
    );

    let untrusted = spawn_app_with(|s| {
        s.rate_limit_per_minute = 2;
        s.trusted_proxies = convene::proxies::TrustedProxies::parse("10.9.9.9").unwrap();
    })
    .await;
    let org = untrusted.organizer("guia@example.org").await;
    let slug = untrusted.conference(&org, json!({})).await["slug"]
        .as_str()
        .unwrap()
        .to_owned();
    // The organizer's sign-up spent the sign-in group's allowance, not this one.
    for (i, client) in ["203.0.113.1", "203.0.113.2"].iter().enumerate() {
        let email = format!("c{i}@example.org");
        assert_eq!(
            sign_up_for(&untrusted, &slug, &email, client).await,
            StatusCode::CREATED
        );
    }
    assert_eq!(
        sign_up_for(&untrusted, &slug, "c2@example.org", "203.0.113.3").await,
        StatusCode::TOO_MANY_REQUESTS,
        "a made-up X-Forwarded-For from an untrusted peer is not a new client"
    );
}
