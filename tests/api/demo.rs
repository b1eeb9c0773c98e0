use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::spawn_app;

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_is_a_conference_to_click_through_and_seeding_twice_is_harmless() {
    let app = spawn_app().await;
    let pool = convene::db::pool(&app.db_url, 2, Default::default()).unwrap();
    let key = convene::db::secrets::signing_key(&pool).await.unwrap();
    assert!(convene::demo::seed(&pool, &key).await.unwrap().created);
    assert!(!convene::demo::seed(&pool, &key).await.unwrap().created);

    let token = app
        .post(
            "/api/v1/tokens",
            None,
            &json!({"email": convene::demo::EMAIL, "password": convene::demo::PASSWORD}),
        )
        .await;
    assert_eq!(token.status, StatusCode::CREATED);
    let token = token.body["token"].as_str().unwrap().to_owned();
    let list = app.get("/api/v1/conferences", Some(&token)).await;
    assert_eq!(list.body.as_array().unwrap().len(), 2);
    let launch = &list.body[0];
    assert!(launch["recording_url"].is_string());
    let stats = app
        .get(
            &format!(
                "/api/v1/conferences/{}/stats",
                launch["id"].as_str().unwrap()
            ),
            Some(&token),
        )
        .await;
    assert_eq!(stats.body["confirmed"], 100);
    assert_eq!(stats.body["waitlisted"], 8);
    assert_eq!(stats.body["cancelled"], 7);
    assert!(stats.body["attended"].as_i64().unwrap() > 50);
    assert_eq!(stats.body["sessions"].as_array().unwrap().len(), 4);
    let sessions = app
        .get(
            &format!(
                "/api/v1/conferences/{}/sessions",
                launch["id"].as_str().unwrap()
            ),
            Some(&token),
        )
        .await;
    assert_eq!(sessions.body[1]["speakers"][0]["role"], "moderator");
    assert_eq!(sessions.body[1]["speakers"].as_array().unwrap().len(), 5);
    let page = reqwest::get(format!(
        "{}/c/communities-of-practice-workshop",
        app.address
    ))
    .await
    .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("seats left"));
}

/// The demo's registrations came in over the weeks before the event, not
/// all today, and its long-past recording is not mailed again.
#[tokio::test(flavor = "multi_thread")]
async fn the_demo_has_plausible_times() {
    let app = crate::helpers::spawn_app().await;
    let key = convene::domain::secret::SigningKey::generate();
    let pool = convene::db::pool(&app.db_url, 2, Default::default()).unwrap();
    convene::demo::seed(&pool, &key).await.unwrap();
    let today = app
        .count_rows("SELECT count(*) AS n FROM registrations r JOIN conferences c ON c.id = r.conference_id WHERE c.slug = 'spring-launch-conference' AND r.created_at > now() - interval '1 day'")
        .await;
    assert_eq!(today, 0, "nobody signed up for a past event today");
    let before_start = app
        .count_rows("SELECT count(*) AS n FROM registrations r JOIN conferences c ON c.id = r.conference_id WHERE c.slug = 'spring-launch-conference' AND r.created_at < c.starts_at AND r.created_at > c.starts_at - interval '43 days'")
        .await;
    assert_eq!(before_start, 115);
    let days = app
        .count_rows("SELECT count(DISTINCT date_trunc('day', r.created_at)) AS n FROM registrations r JOIN conferences c ON c.id = r.conference_id WHERE c.slug = 'spring-launch-conference'")
        .await;
    assert!(days > 10, "spread over the weeks: {days} days");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM outbox WHERE kind = 'recording'")
            .await,
        0
    );
}
