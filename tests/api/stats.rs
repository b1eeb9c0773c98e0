use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn stats_equal_a_count_of_the_rows_after_a_mixed_workload() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 5})).await;
    let cid = c["id"].as_str().unwrap();
    let panel = app.session(&org, cid, json!({"capacity": 2})).await;
    let slug = c["slug"].as_str().unwrap();
    let mut links = Vec::new();
    for i in 0..9 {
        let sessions = if i % 2 == 0 {
            json!([panel["id"]])
        } else {
            json!([])
        };
        let r = app
            .register(
                slug,
                &format!("p{i}@example.org"),
                json!({"sessions": sessions}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        links.push(r.body["manage_url"].clone());
    }
    for link in links.iter().take(3) {
        app.delete(&TestApp::manage_path(link), None).await;
    }
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    assert_eq!(stats.status, StatusCode::OK, "{}", stats.body);
    let count = |status: &str| {
        let sql = format!("SELECT count(*) AS n FROM registrations WHERE status = '{status}'");
        let app = &app;
        async move { app.count_rows(&sql).await }
    };
    let confirmed = count("confirmed").await;
    let waitlisted = count("waitlisted").await;
    let cancelled = count("cancelled").await;
    assert_eq!(stats.body["confirmed"], confirmed);
    assert_eq!(stats.body["waitlisted"], waitlisted);
    assert_eq!(stats.body["cancelled"], cancelled);
    assert_eq!(stats.body["cancelled"], 3);
    assert_eq!(stats.body["registered"], confirmed + waitlisted);
    assert_eq!(stats.body["pending"], 0);
    assert_eq!(stats.body["attended"], 0);
    assert_eq!(stats.body["no_shows"], confirmed);
    assert_eq!(stats.body["capacity"], 5);
    assert!(confirmed <= 5);
    let session_confirmed = app
        .count_rows(&format!(
            "SELECT count(*) AS n FROM registration_sessions rs JOIN registrations r ON r.id = rs.registration_id \
             WHERE rs.session_id = '{}' AND r.status = 'confirmed'",
            panel["id"].as_str().unwrap()
        ))
        .await;
    let session_stats = &stats.body["sessions"][0];
    assert_eq!(session_stats["id"], panel["id"]);
    assert!(session_confirmed <= 2);
    let session_active = app
        .count_rows(&format!(
            "SELECT count(*) AS n FROM registration_sessions rs JOIN registrations r ON r.id = rs.registration_id \
             WHERE rs.session_id = '{}' AND r.status <> 'cancelled'",
            panel["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(session_stats["registered"], session_active);

    // The list agrees too.
    let listed = app.registrations(&org, cid, "?status=waitlisted").await;
    assert_eq!(listed.len() as i64, waitlisted);
    let all = app.registrations(&org, cid, "").await;
    assert_eq!(all.len(), 9);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_list_filters_searches_and_pages() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let panel = app.session(&org, cid, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    app.register(
        slug,
        "ana@example.org",
        json!({"name": "Ana Ferreira", "organization": "PICUM", "sessions": [panel["id"]]}),
    )
    .await;
    app.register(slug, "jonas@example.net", json!({"name": "Jonas Weber"}))
        .await;
    app.register(slug, "x_y@example.com", json!({"name": "Percent 100%"}))
        .await;

    assert_eq!(app.registrations(&org, cid, "?q=picum").await.len(), 1);
    assert_eq!(app.registrations(&org, cid, "?q=WEBER").await.len(), 1);
    assert_eq!(app.registrations(&org, cid, "?q=100%25").await.len(), 1);
    assert_eq!(app.registrations(&org, cid, "?q=_").await.len(), 1);
    let by_session = app
        .registrations(
            &org,
            cid,
            &format!("?session={}", panel["id"].as_str().unwrap()),
        )
        .await;
    assert_eq!(by_session.len(), 1);
    assert_eq!(by_session[0]["sessions"], json!([panel["id"]]));
    assert_eq!(
        app.registrations(&org, cid, "?attended=false").await.len(),
        3
    );
    assert_eq!(
        app.registrations(&org, cid, "?attended=true").await.len(),
        0
    );
    let page = app.registrations(&org, cid, "?limit=2&offset=1").await;
    assert_eq!(page.len(), 2);
    assert_eq!(page[0]["email"], "jonas@example.net");

    for bad in [
        "?status=maybe",
        "?limit=0",
        "?limit=5000",
        "?attended=perhaps",
        "?session=nope",
        "?sort=x",
    ] {
        let r = app
            .get(
                &format!("/api/v1/conferences/{cid}/registrations{bad}"),
                Some(&org.token),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{bad}: {}",
            r.body
        );
    }
}
