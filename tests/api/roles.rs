//! Co-organizers: every organizer route of a conference against every role.

use std::collections::BTreeSet;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{Organizer, TestApp, spawn_app};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Owner,
    Manager,
    Checkin,
    Stranger,
}

/// The rule each route follows: who may call it.
#[derive(Debug, Clone, Copy)]
enum Allowed {
    /// Owner, manager and check-in member.
    Team,
    /// Owner and manager.
    Managers,
    /// The owner alone.
    Owner,
}

/// Every organizer route addressed by a conference, session or question,
/// with the role it needs and a body that succeeds.
fn matrix() -> Vec<(Method, &'static str, Allowed, Value)> {
    use Allowed::*;
    vec![
        (Method::GET, "/api/v1/conferences/{id}", Team, Value::Null),
        (
            Method::PATCH,
            "/api/v1/conferences/{id}",
            Managers,
            json!({"title": "Renamed"}),
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/copy",
            Managers,
            json!({"starts_at": "2099-09-08T10:00:00+02:00"}),
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/sessions",
            Managers,
            json!({"title": "Extra", "starts_at": "2099-06-08T11:00:00+02:00", "ends_at": "2099-06-08T11:30:00+02:00"}),
        ),
        (
            Method::GET,
            "/api/v1/conferences/{id}/sessions",
            Team,
            Value::Null,
        ),
        (
            Method::PATCH,
            "/api/v1/sessions/{session}",
            Managers,
            json!({"title": "Moved"}),
        ),
        (
            Method::DELETE,
            "/api/v1/sessions/{session}",
            Managers,
            Value::Null,
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/questions",
            Managers,
            json!({"label": "Diet", "kind": "short_text"}),
        ),
        // The form's questions are not what a check-in member needs.
        (
            Method::GET,
            "/api/v1/conferences/{id}/questions",
            Managers,
            Value::Null,
        ),
        (
            Method::PATCH,
            "/api/v1/questions/{question}",
            Managers,
            json!({"label": "Sector?"}),
        ),
        (
            Method::DELETE,
            "/api/v1/questions/{question}",
            Managers,
            Value::Null,
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/members",
            Owner,
            json!({"email": "new@example.org", "role": "checkin"}),
        ),
        (
            Method::GET,
            "/api/v1/conferences/{id}/members",
            Owner,
            Value::Null,
        ),
        (
            Method::DELETE,
            "/api/v1/conferences/{id}/members/{member}",
            Owner,
            Value::Null,
        ),
        (
            Method::PATCH,
            "/api/v1/conferences/{id}/members/{member}",
            Owner,
            json!({"role": "manager"}),
        ),
        (
            Method::GET,
            "/api/v1/conferences/{id}/registrations",
            Team,
            Value::Null,
        ),
        (
            Method::GET,
            "/api/v1/conferences/{id}/stats",
            Team,
            Value::Null,
        ),
        (
            Method::GET,
            "/api/v1/conferences/{id}/report",
            Managers,
            Value::Null,
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/registrations/{rid}/erase",
            Managers,
            Value::Null,
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/registrations/{rid}/check-in",
            Team,
            json!({}),
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/attendance/import",
            Managers,
            Value::Null,
        ),
        (
            Method::GET,
            "/api/v1/conferences/{id}/export",
            Managers,
            Value::Null,
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/registrations",
            Managers,
            json!({"email": "walk.in@example.org", "name": "Walk In", "status": "confirmed"}),
        ),
        (
            Method::PATCH,
            "/api/v1/conferences/{id}/registrations/{rid}",
            Managers,
            json!({"name": "Ana F."}),
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/registrations/{rid}/cancel",
            Managers,
            json!({"reason": "Double booking"}),
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/registrations/{rid}/promote",
            Managers,
            json!({"force": true}),
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/registrations/{rid}/resend",
            Managers,
            Value::Null,
        ),
        (
            Method::DELETE,
            "/api/v1/conferences/{id}/registrations/{rid}/check-in",
            Managers,
            Value::Null,
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/registrations/{rid}/approve",
            Managers,
            Value::Null,
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/registrations/{rid}/decline",
            Managers,
            json!({"reason": "Full"}),
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/registrations/decisions",
            Managers,
            json!({"approve": ["{rid}"]}),
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/messages",
            Managers,
            json!({"subject": "Slides", "body": "Here they are, {name}."}),
        ),
        (
            Method::GET,
            "/api/v1/conferences/{id}/messages",
            Managers,
            Value::Null,
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/messages/preview",
            Managers,
            json!({"subject": "Slides", "body": "Here they are, {name}."}),
        ),
        (
            Method::GET,
            "/api/v1/messages/{message}",
            Managers,
            Value::Null,
        ),
        (
            Method::DELETE,
            "/api/v1/messages/{message}",
            Managers,
            Value::Null,
        ),
        (
            Method::POST,
            "/api/v1/conferences/{id}/webhooks",
            Managers,
            json!({"url": "http://127.0.0.1:9/hook", "events": ["registration.created"]}),
        ),
        (
            Method::GET,
            "/api/v1/conferences/{id}/webhooks",
            Managers,
            Value::Null,
        ),
        (
            Method::PATCH,
            "/api/v1/webhooks/{webhook}",
            Managers,
            json!({"active": false}),
        ),
        (
            Method::DELETE,
            "/api/v1/webhooks/{webhook}",
            Managers,
            Value::Null,
        ),
        (
            Method::GET,
            "/api/v1/webhooks/{webhook}/deliveries",
            Managers,
            Value::Null,
        ),
    ]
}

struct Team {
    owner: Organizer,
    manager: Organizer,
    checkin: Organizer,
    stranger: Organizer,
}

async fn team(app: &TestApp) -> Team {
    Team {
        owner: app.organizer("owner@example.org").await,
        manager: app.organizer("manager@example.org").await,
        checkin: app.organizer("door@example.org").await,
        stranger: app.organizer("stranger@example.org").await,
    }
}

/// A conference with one of everything, the manager and the check-in member
/// on its team; the path with its ids filled in.
async fn fixture(app: &TestApp, t: &Team, n: usize, path: &str) -> (String, String) {
    // Decisions need an application awaiting one.
    let approval =
        path.contains("/approve") || path.contains("/decline") || path.contains("/decisions");
    // Promotion needs someone waiting: one place, taken first.
    let promote = path.contains("/promote");
    let c = app
        .conference(
            &t.owner,
            json!({"slug": format!("matrix-{n}"), "capacity": if promote { 1 } else { 10 }, "require_approval": approval}),
        )
        .await;
    let cid = c["id"].as_str().unwrap();
    let session = app.session(&t.owner, cid, json!({})).await;
    let q = app
        .post(
            &format!("/api/v1/conferences/{cid}/questions"),
            Some(&t.owner.token),
            &json!({"label": "Sector", "kind": "short_text"}),
        )
        .await;
    if promote {
        app.register(
            &format!("matrix-{n}"),
            "first@example.org",
            json!({"answers": {q.body["id"].as_str().unwrap(): "Policy"}}),
        )
        .await;
    }
    let r = app
        .register(
            &format!("matrix-{n}"),
            "ana@example.org",
            json!({"answers": {q.body["id"].as_str().unwrap(): "Research"}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    if path.ends_with("/check-in") {
        // Taking a check-in back needs one.
        let checked = app
            .post(
                &format!(
                    "/api/v1/conferences/{cid}/registrations/{}/check-in",
                    r.body["id"].as_str().unwrap()
                ),
                Some(&t.owner.token),
                &json!({}),
            )
            .await;
        assert_eq!(checked.status, StatusCode::OK, "{}", checked.body);
    }
    let mut member = String::new();
    for (email, role) in [
        ("manager@example.org", "manager"),
        ("door@example.org", "checkin"),
        ("spare@example.org", "checkin"),
    ] {
        let m = app
            .post(
                &format!("/api/v1/conferences/{cid}/members"),
                Some(&t.owner.token),
                &json!({"email": email, "role": role}),
            )
            .await;
        assert_eq!(m.status, StatusCode::CREATED, "{}", m.body);
        member = m.body["id"].as_str().unwrap().to_owned();
    }
    // A scheduled message, which may still be cancelled.
    let message = app
        .post(
            &format!("/api/v1/conferences/{cid}/messages"),
            Some(&t.owner.token),
            &json!({"subject": "Later", "body": "Soon.", "send_at": "2099-01-01T10:00:00Z"}),
        )
        .await;
    assert_eq!(message.status, StatusCode::CREATED, "{}", message.body);
    // An endpoint nobody listens on: its deliveries wait, harmlessly.
    let webhook = app
        .post(
            &format!("/api/v1/conferences/{cid}/webhooks"),
            Some(&t.owner.token),
            &json!({"url": "http://127.0.0.1:9/hook", "events": ["conference.updated"]}),
        )
        .await;
    assert_eq!(webhook.status, StatusCode::CREATED, "{}", webhook.body);
    let rid = r.body["id"].as_str().unwrap().to_owned();
    let path = path
        .replace("{id}", cid)
        .replace("{session}", session["id"].as_str().unwrap())
        .replace("{question}", q.body["id"].as_str().unwrap())
        .replace("{rid}", &rid)
        .replace("{member}", &member)
        .replace("{message}", message.body["id"].as_str().unwrap())
        .replace("{webhook}", webhook.body["id"].as_str().unwrap());
    (path, rid)
}

#[tokio::test(flavor = "multi_thread")]
async fn every_organizer_route_enforces_the_role_of_whoever_calls_it() {
    let app = spawn_app().await;
    let t = team(&app).await;

    // The matrix covers every conference-scoped organizer route served.
    let served: BTreeSet<(String, String)> = convene::routes::TABLE
        .iter()
        .filter(|(_, p)| {
            [
                "/api/v1/conferences/{id}",
                "/api/v1/sessions/",
                "/api/v1/questions/",
                "/api/v1/messages/",
                "/api/v1/webhooks/",
            ]
            .iter()
            .any(|prefix| p.starts_with(prefix))
        })
        .map(|(m, p)| {
            let p = p
                .replace("/messages/{mid}", "/messages/{message}")
                .replace("/webhooks/{wid}", "/webhooks/{webhook}")
                .replace("/sessions/{id}", "/sessions/{session}")
                .replace("/questions/{id}", "/questions/{question}")
                .replace("{member_id}", "{member}");
            (m.to_string(), p)
        })
        .collect();
    let covered: BTreeSet<(String, String)> = matrix()
        .iter()
        .map(|(m, p, _, _)| (m.to_string(), (*p).to_owned()))
        .collect();
    assert_eq!(served, covered, "the matrix lists every organizer route");

    let mut n = 0;
    for (method, template, allowed, body) in matrix() {
        for who in [Who::Owner, Who::Manager, Who::Checkin, Who::Stranger] {
            n += 1;
            let (path, rid) = fixture(&app, &t, n, template).await;
            let body: Value =
                serde_json::from_str(&body.to_string().replace("{rid}", &rid)).unwrap();
            let token = match who {
                Who::Owner => &t.owner.token,
                Who::Manager => &t.manager.token,
                Who::Checkin => &t.checkin.token,
                Who::Stranger => &t.stranger.token,
            };
            let r = if template.ends_with("/import") {
                app.post_raw(
                    &path,
                    Some(token),
                    "text/csv",
                    b"Email\nana@example.org\n".to_vec(),
                )
                .await
            } else {
                let body = (!body.is_null()).then_some(&body);
                app.request(method.clone(), &path, Some(token), body).await
            };
            let may = match (allowed, who) {
                (_, Who::Owner) => true,
                (_, Who::Stranger) => false,
                (Allowed::Team, _) => true,
                (Allowed::Managers, Who::Manager) => true,
                _ => false,
            };
            let expected = if who == Who::Stranger {
                "404"
            } else if may {
                "2xx"
            } else {
                "403"
            };
            let got = r.status.as_u16();
            let ok = match expected {
                "404" => got == 404,
                "403" => got == 403,
                _ => (200..300).contains(&got),
            };
            assert!(
                ok,
                "{method} {template} as {who:?}: expected {expected}, got {got} {}",
                r.body
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn team_members_see_the_conference_and_check_in_sees_no_answers() {
    let app = spawn_app().await;
    let t = team(&app).await;
    let (path, _) = fixture(&app, &t, 0, "/api/v1/conferences/{id}").await;
    let cid = path.rsplit('/').next().unwrap().to_owned();

    for who in [&t.manager, &t.checkin] {
        let list = app.get("/api/v1/conferences", Some(&who.token)).await;
        assert_eq!(list.body.as_array().unwrap().len(), 1, "{}", list.body);
    }
    assert_eq!(
        app.get("/api/v1/conferences", Some(&t.stranger.token))
            .await
            .body,
        json!([])
    );
    let as_manager = app.registrations(&t.manager, &cid, "").await;
    assert_eq!(as_manager[0]["answers"].as_object().unwrap().len(), 1);
    let at_the_door = app.registrations(&t.checkin, &cid, "").await;
    assert_eq!(at_the_door[0]["name"], "Ana Ferreira");
    assert_eq!(at_the_door[0]["answers"], json!({}));

    // The team list; the owner cannot be added again, nor anyone twice.
    let team = app
        .get(
            &format!("/api/v1/conferences/{cid}/members"),
            Some(&t.owner.token),
        )
        .await;
    let roles: Vec<&str> = team
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["owner", "manager", "checkin", "checkin"]);
    for (body, status) in [
        (
            json!({"email": "OWNER@example.org", "role": "manager"}),
            StatusCode::CONFLICT,
        ),
        (
            json!({"email": "Manager@Example.org", "role": "checkin"}),
            StatusCode::CONFLICT,
        ),
        (
            json!({"email": "x@example.org", "role": "owner"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"email": "x@example.org", "role": "boss"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"email": "not an address", "role": "manager"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        let r = app
            .post(
                &format!("/api/v1/conferences/{cid}/members"),
                Some(&t.owner.token),
                &body,
            )
            .await;
        assert_eq!(r.status, status, "{body}: {}", r.body);
    }
    // A manager may not cancel the conference: that is the owner's.
    let r = app
        .patch(
            &format!("/api/v1/conferences/{cid}"),
            Some(&t.manager.token),
            &json!({"status": "cancelled"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
}

/// The dashboard goes through the API's access check: a manager and a
/// check-in member sign in and find the conference; each page answers as the
/// role allows (check-in: the names, never the export), and a stranger
/// learns nothing.
#[tokio::test(flavor = "multi_thread")]
async fn the_dashboard_lets_each_role_do_what_the_api_lets_it() {
    let app = spawn_app().await;
    let t = team(&app).await;
    let c = app
        .conference(
            &t.owner,
            json!({"title": "Team Day", "status": "published"}),
        )
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    for (email, role) in [
        ("manager@example.org", "manager"),
        ("door@example.org", "checkin"),
    ] {
        let m = app
            .post(
                &format!("/api/v1/conferences/{cid}/members"),
                Some(&t.owner.token),
                &json!({"email": email, "role": role}),
            )
            .await;
        assert_eq!(m.status, StatusCode::CREATED, "{}", m.body);
    }
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let sign_in = |email: &'static str| app.dashboard_cookie(email);
    let get = |cookie: String, path: String| {
        let client = client.clone();
        let address = app.address.clone();
        async move {
            let r = client
                .get(format!("{address}{path}"))
                .header("cookie", cookie)
                .send()
                .await
                .unwrap();
            (r.status(), r.text().await.unwrap())
        }
    };
    let pages = [
        format!("/admin/conferences/{cid}"),
        format!("/admin/conferences/{cid}/check-in"),
        format!("/admin/conferences/{cid}/registrations"),
        format!("/admin/conferences/{cid}/export?format=csv"),
        format!("/admin/conferences/{cid}/applications"),
        format!("/admin/conferences/{cid}/messages"),
        format!("/admin/conferences/{cid}/messages/new"),
    ];
    for (email, allowed) in [
        (
            "manager@example.org",
            [true, true, true, true, true, true, true],
        ),
        (
            "door@example.org",
            [true, true, false, false, false, false, false],
        ),
    ] {
        let cookie = sign_in(email).await;
        let (status, home) = get(cookie.clone(), "/admin".into()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            home.contains("Team Day"),
            "{email} sees the conference: {home}"
        );
        for (path, allowed) in pages.iter().zip(allowed) {
            let (status, _) = get(cookie.clone(), path.clone()).await;
            let expected = if allowed {
                StatusCode::OK
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(status, expected, "{email} {path}");
        }
    }
    let cookie = sign_in("stranger@example.org").await;
    let (_, home) = get(cookie.clone(), "/admin".into()).await;
    assert!(!home.contains("Team Day"));
    for path in &pages {
        let (status, _) = get(cookie.clone(), path.clone()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "stranger {path}");
    }
}

/// Before a conference starts the dashboard counts no one as a no-show.
#[tokio::test(flavor = "multi_thread")]
async fn no_shows_are_not_yet_before_the_start() {
    let app = spawn_app().await;
    let t = team(&app).await;
    let c = app
        .conference(&t.owner, json!({"status": "published"}))
        .await;
    let r = app
        .register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let client = reqwest::Client::new();
    let cookie = app.dashboard_cookie("owner@example.org").await;
    let page = client
        .get(format!(
            "{}/admin/conferences/{}",
            app.address,
            c["id"].as_str().unwrap()
        ))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("no-shows: not yet"), "{page}");
    assert!(!page.contains("1 no-shows"), "{page}");
    // The API keeps its meaning: confirmed and not marked attended.
    let stats = app
        .get(
            &format!("/api/v1/conferences/{}/stats", c["id"].as_str().unwrap()),
            Some(&t.owner.token),
        )
        .await;
    assert_eq!(stats.body["no_shows"], 1);
}
