use futures::future::join_all;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, spawn_app};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_sign_ups_never_exceeds_capacity() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 50})).await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let replies = join_all((0..200).map(|i| {
        let app = &app;
        let slug = slug.clone();
        async move {
            app.register(&slug, &format!("person{i}@example.org"), json!({}))
                .await
        }
    }))
    .await;
    let mut confirmed = 0;
    let mut waitlisted = 0;
    for r in &replies {
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        match r.body["status"].as_str() {
            Some("confirmed") => confirmed += 1,
            Some("waitlisted") => waitlisted += 1,
            other => panic!("unexpected status {other:?}"),
        }
    }
    assert_eq!((confirmed, waitlisted), (50, 150));

    let stats = app
        .get(
            &format!("/api/v1/conferences/{}/stats", c["id"].as_str().unwrap()),
            Some(&org.token),
        )
        .await;
    let rows_confirmed = app
        .count_rows("SELECT count(*) AS n FROM registrations WHERE status = 'confirmed'")
        .await;
    let rows_waitlisted = app
        .count_rows("SELECT count(*) AS n FROM registrations WHERE status = 'waitlisted'")
        .await;
    assert_eq!(stats.body["confirmed"], rows_confirmed);
    assert_eq!(stats.body["waitlisted"], rows_waitlisted);
    assert_eq!(stats.body["registered"], 200);
    assert_eq!(rows_confirmed, 50);
    let seats_held = app
        .count_rows("SELECT count(*) AS n FROM seats WHERE registration_id IS NOT NULL")
        .await;
    assert_eq!(seats_held, 50);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_on_a_full_session_waitlists_the_overflow() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let s = app
        .session(&org, c["id"].as_str().unwrap(), json!({"capacity": 10}))
        .await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let replies = join_all((0..60).map(|i| {
        let app = &app;
        let slug = slug.clone();
        let session = s["id"].clone();
        async move {
            app.register(
                &slug,
                &format!("p{i}@example.org"),
                json!({"sessions": [session]}),
            )
            .await
        }
    }))
    .await;
    let confirmed = replies
        .iter()
        .filter(|r| r.body["status"] == "confirmed")
        .count();
    assert_eq!(confirmed, 10);
    let free_choice = app
        .register(&slug, "nosession@example.org", json!({}))
        .await;
    assert_eq!(free_choice.body["status"], "confirmed");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_waitlist_moves_in_order_of_arrival_when_capacity_grows() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let slug = c["slug"].as_str().unwrap();
    app.register(slug, "a@example.org", json!({})).await;
    let b = app.register(slug, "b@example.org", json!({})).await;
    let cc = app.register(slug, "c@example.org", json!({})).await;
    let d = app.register(slug, "d@example.org", json!({})).await;
    let r = app
        .patch(
            &format!("/api/v1/conferences/{}", c["id"].as_str().unwrap()),
            Some(&org.token),
            &json!({"capacity": 3}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let app = &app;
    let status = |reply: &crate::helpers::Reply| {
        let path = TestApp::manage_path(&reply.body["manage_url"]);
        async move { app.get(&path, None).await.body["status"].clone() }
    };
    assert_eq!(status(&b).await, "confirmed");
    assert_eq!(status(&cc).await, "confirmed");
    assert_eq!(status(&d).await, "waitlisted");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unlimited_conference_that_gets_a_capacity_keeps_everyone_confirmed() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    for i in 0..3 {
        assert_eq!(
            app.register(slug, &format!("p{i}@example.org"), json!({}))
                .await
                .body["status"],
            "confirmed"
        );
    }
    let path = format!("/api/v1/conferences/{}", c["id"].as_str().unwrap());
    let r = app
        .patch(&path, Some(&org.token), &json!({"capacity": 4}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        app.register(slug, "fourth@example.org", json!({}))
            .await
            .body["status"],
        "confirmed"
    );
    assert_eq!(
        app.register(slug, "fifth@example.org", json!({}))
            .await
            .body["status"],
        "waitlisted"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_share_exact_capacity_and_agree_on_stats() {
    let first = spawn_app().await;
    let second = crate::helpers::spawn_instance(&first.db_url, |_| {}).await;
    let org = first.organizer("guia@example.org").await;
    let c = first.conference(&org, json!({"capacity": 50})).await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let replies = join_all((0..200).map(|i| {
        let app = if i % 2 == 0 { &first } else { &second };
        let slug = slug.clone();
        async move {
            app.register(&slug, &format!("p{i}@example.org"), json!({}))
                .await
        }
    }))
    .await;
    assert!(replies.iter().all(|r| r.status == StatusCode::CREATED));
    let confirmed = replies
        .iter()
        .filter(|r| r.body["status"] == "confirmed")
        .count();
    assert_eq!(confirmed, 50);
    let path = format!("/api/v1/conferences/{}/stats", c["id"].as_str().unwrap());
    let a = first.get(&path, Some(&org.token)).await;
    let b = second.get(&path, Some(&org.token)).await;
    assert_eq!(a.body, b.body);
    assert_eq!(a.body["confirmed"], 50);
    assert_eq!(a.body["waitlisted"], 150);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_free_seat_left_behind_is_given_to_the_waitlist_by_the_workers() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let slug = c["slug"].as_str().unwrap();
    let first = app.register(slug, "a@example.org", json!({})).await;
    let second = app.register(slug, "b@example.org", json!({})).await;
    assert_eq!(second.body["status"], "waitlisted");
    // A seat freed outside any cancellation (as after a rolled-back claim).
    app.execute(&format!(
        "UPDATE seats SET registration_id = NULL WHERE registration_id = '{}'",
        first.body["id"].as_str().unwrap()
    ))
    .await;
    app.execute(&format!(
        "UPDATE registrations SET status = 'cancelled', cancelled_at = now() WHERE id = '{}'",
        first.body["id"].as_str().unwrap()
    ))
    .await;
    let path = TestApp::manage_path(&second.body["manage_url"]);
    let mut status = serde_json::Value::Null;
    for _ in 0..50 {
        status = app.get(&path, None).await.body["status"].clone();
        if status == "confirmed" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(status, "confirmed");
}
