//! An organizer sees and changes only its own data: any other organizer's id
//! answers 404, on every route.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{assert_problem, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn another_organizers_ids_are_not_found_on_every_route() {
    let app = spawn_app().await;
    let owner = app.organizer("owner@example.org").await;
    let stranger = app.organizer("stranger@example.org").await;
    let c = app.conference(&owner, json!({"capacity": 10})).await;
    let cid = c["id"].as_str().unwrap();
    let s = app.session(&owner, cid, json!({})).await;
    let sid = s["id"].as_str().unwrap();
    app.register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;

    let session_body = json!({"title": "x", "starts_at": "2099-06-08T10:00:00Z", "ends_at": "2099-06-08T11:00:00Z"});
    let routes: Vec<(Method, String, Option<serde_json::Value>)> = vec![
        (Method::GET, format!("/api/v1/conferences/{cid}"), None),
        (
            Method::PATCH,
            format!("/api/v1/conferences/{cid}"),
            Some(json!({"title": "Hijacked"})),
        ),
        (
            Method::GET,
            format!("/api/v1/conferences/{cid}/sessions"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/conferences/{cid}/sessions"),
            Some(session_body),
        ),
        (
            Method::PATCH,
            format!("/api/v1/sessions/{sid}"),
            Some(json!({"title": "Hijacked"})),
        ),
        (Method::DELETE, format!("/api/v1/sessions/{sid}"), None),
        (
            Method::GET,
            format!("/api/v1/conferences/{cid}/registrations"),
            None,
        ),
        (
            Method::GET,
            format!("/api/v1/conferences/{cid}/stats"),
            None,
        ),
    ];
    for (method, path, body) in &routes {
        let r = app
            .request(method.clone(), path, Some(&stranger.token), body.as_ref())
            .await;
        assert_problem(&r, StatusCode::NOT_FOUND);
        // The owner still reaches it (and so it exists).
        if method == Method::GET {
            assert_eq!(
                app.get(path, Some(&owner.token)).await.status,
                StatusCode::OK,
                "{path}"
            );
        }
    }
    let list = app.get("/api/v1/conferences", Some(&stranger.token)).await;
    assert_eq!(list.body, json!([]));
    // Nothing changed.
    let c_now = app
        .get(&format!("/api/v1/conferences/{cid}"), Some(&owner.token))
        .await;
    assert_eq!(c_now.body["title"], c["title"]);
    let sessions = app
        .get(
            &format!("/api/v1/conferences/{cid}/sessions"),
            Some(&owner.token),
        )
        .await;
    assert_eq!(sessions.body.as_array().unwrap().len(), 1);
    assert_eq!(sessions.body[0]["title"], s["title"]);
}
