use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{assert_problem, error_fields, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn sessions_carry_their_speakers_and_come_in_time_order() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let id = c["id"].as_str().unwrap();
    let second = app
        .session(
            &org,
            id,
            json!({"title": "What works in informing communities",
                   "starts_at": "2099-06-08T11:30:00+02:00", "ends_at": "2099-06-08T12:15:00+02:00",
                   "speakers": [{"name": "Irena Guidikova", "affiliation": "Intercultural Cities", "role": "panelist"}]}),
        )
        .await;
    let first = app
        .session(&org, id, json!({"capacity": 40, "location": "Room A"}))
        .await;
    assert_eq!(first["speakers"][0]["name"], "Sarah Spencer");
    assert_eq!(first["speakers"][0]["role"], "moderator");
    assert_eq!(first["capacity"], 40);
    assert_eq!(first["starts_at"], "2099-06-08T10:15:00+02:00");

    let list = app
        .get(
            &format!("/api/v1/conferences/{id}/sessions"),
            Some(&org.token),
        )
        .await;
    assert_eq!(list.status, StatusCode::OK);
    let titles: Vec<&str> = list
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            first["title"].as_str().unwrap(),
            second["title"].as_str().unwrap()
        ]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_is_changed_and_deleted() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let s = app
        .session(&org, c["id"].as_str().unwrap(), json!({}))
        .await;
    let path = format!("/api/v1/sessions/{}", s["id"].as_str().unwrap());
    let r = app
        .patch(
            &path,
            Some(&org.token),
            &json!({"title": "Closing remarks", "speakers": [{"name": "Gemma Pinyol-Jiménez"}], "capacity": 10}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["title"], "Closing remarks");
    assert_eq!(
        r.body["speakers"],
        json!([{"name": "Gemma Pinyol-Jiménez", "affiliation": null, "role": "speaker"}])
    );
    assert_eq!(r.body["capacity"], 10);

    let bad = app
        .patch(
            &path,
            Some(&org.token),
            &json!({"ends_at": "2000-01-01T00:00:00Z", "speakers": [{"name": ""}]}),
        )
        .await;
    assert_eq!(error_fields(&bad), ["ends_at", "speakers[0].name"]);

    let gone = app.delete(&path, Some(&org.token)).await;
    assert_eq!(gone.status, StatusCode::NO_CONTENT);
    assert_problem(
        &app.delete(&path, Some(&org.token)).await,
        StatusCode::NOT_FOUND,
    );
    assert_eq!(app.count_rows("SELECT count(*) AS n FROM seats").await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_needs_a_title_and_times() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let r = app
        .post(
            &format!("/api/v1/conferences/{}/sessions", c["id"].as_str().unwrap()),
            Some(&org.token),
            &json!({"speakers": [{"name": "x", "role": "keynote"}]}),
        )
        .await;
    assert_eq!(error_fields(&r), ["speakers[0].role"]);
    let r = app
        .post(
            &format!("/api/v1/conferences/{}/sessions", c["id"].as_str().unwrap()),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert_eq!(error_fields(&r), ["ends_at", "starts_at", "title"]);
}
