//! Hybrid conferences: places in the room and online, each with its own
//! capacity and waiting list.

use futures::future::join_all;
use mail_parser::{MessageParser, MimeHeaders};
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_problem, error_fields, spawn_app, spawn_app_with_mail};

async fn hybrid(
    app: &TestApp,
    org: &crate::helpers::Organizer,
    extra: serde_json::Value,
) -> serde_json::Value {
    let mut body = json!({"format": "hybrid", "venue": "ICMPD, Vienna", "in_person_capacity": 20, "online_capacity": 50});
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    app.conference(org, body).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn two_hundred_sign_ups_at_once_fill_each_mode_exactly() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = hybrid(&app, &org, json!({})).await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let slug = c["slug"].as_str().unwrap().to_owned();
    let replies = join_all((0..200).map(|i| {
        let app = &app;
        let slug = slug.clone();
        async move {
            let mode = if i % 2 == 0 { "in_person" } else { "online" };
            app.register(
                &slug,
                &format!("p{i}@example.org"),
                json!({"attendance_mode": mode}),
            )
            .await
        }
    }))
    .await;
    for r in &replies {
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    // Even numbers asked for the room, odd ones for an online place.
    let count = |mode: &str, status: &str| {
        replies
            .iter()
            .enumerate()
            .filter(|(i, r)| {
                (if i % 2 == 0 { "in_person" } else { "online" }) == mode
                    && r.body["status"] == status
            })
            .count()
    };
    assert_eq!(count("in_person", "confirmed"), 20);
    assert_eq!(count("in_person", "waitlisted"), 80);
    assert_eq!(count("online", "confirmed"), 50);
    assert_eq!(count("online", "waitlisted"), 50);
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    let m = &stats.body["modes"];
    assert_eq!(
        (
            m["in_person"]["confirmed"].as_i64(),
            m["in_person"]["waitlisted"].as_i64()
        ),
        (Some(20), Some(80)),
        "{}",
        stats.body
    );
    assert_eq!(
        (
            m["online"]["confirmed"].as_i64(),
            m["online"]["waitlisted"].as_i64()
        ),
        (Some(50), Some(50))
    );
    assert_eq!(m["in_person"]["capacity"], 20);
    // The rows say the same.
    assert_eq!(
        app.count_rows(&format!("SELECT count(*) AS n FROM registrations WHERE conference_id = '{cid}' AND attendance_mode = 'in_person' AND status = 'confirmed'")).await,
        20
    );
    let list = app
        .get(
            &format!(
                "/api/v1/conferences/{cid}/registrations?mode=online&status=confirmed&limit=1000"
            ),
            Some(&org.token),
        )
        .await;
    assert_eq!(list.body.as_array().unwrap().len(), 50);
    let public = app
        .get(&format!("/api/v1/public/conferences/{slug}"), None)
        .await;
    assert_eq!(public.body["modes"], json!({"in_person": 0, "online": 0}));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_freed_place_goes_to_the_first_waiting_in_that_mode_and_a_full_mode_refuses_a_move() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = hybrid(
        &app,
        &org,
        json!({"in_person_capacity": 1, "online_capacity": 1}),
    )
    .await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let reg = |email: &'static str, mode: &'static str| {
        let app = &app;
        let slug = slug.clone();
        async move {
            app.register(&slug, email, json!({"attendance_mode": mode}))
                .await
        }
    };
    let room = reg("room@example.org", "in_person").await;
    let web = reg("web@example.org", "online").await;
    let web_waits = reg("web2@example.org", "online").await;
    let room_waits = reg("room2@example.org", "in_person").await;
    assert_eq!(web_waits.body["status"], "waitlisted");
    assert_eq!(room_waits.body["status"], "waitlisted");
    // Moving into a full mode: 409, nothing changes.
    let path = |r: &crate::helpers::Reply| TestApp::manage_path(&r.body["manage_url"]);
    let refused = app
        .patch(&path(&room), None, &json!({"attendance_mode": "online"}))
        .await;
    assert_problem(&refused, StatusCode::CONFLICT);
    let still = app.get(&path(&room), None).await;
    assert_eq!(
        (
            still.body["attendance_mode"].as_str(),
            still.body["status"].as_str()
        ),
        (Some("in_person"), Some("confirmed"))
    );
    // The room's place, freed, goes to the one waiting for the room.
    let gone = app.delete(&path(&room), None).await;
    assert_eq!(gone.body["status"], "cancelled");
    assert_eq!(
        app.get(&path(&room_waits), None).await.body["status"],
        "confirmed"
    );
    assert_eq!(
        app.get(&path(&web_waits), None).await.body["status"],
        "waitlisted",
        "not the online queue"
    );
    // A waitlisted person moves to the other mode's queue; the online one
    // moving to the room (now full again) is refused.
    let moved = app
        .patch(&path(&web), None, &json!({"attendance_mode": "in_person"}))
        .await;
    assert_problem(&moved, StatusCode::CONFLICT);
    // A mode on a conference that is not hybrid.
    let plain = app.conference(&org, json!({"slug": "plain"})).await;
    let r = app
        .register(
            "plain",
            "x@example.org",
            json!({"attendance_mode": "in_person"}),
        )
        .await;
    assert_eq!(error_fields(&r), ["attendance_mode"]);
    let need = app.register(&slug, "nomode@example.org", json!({})).await;
    assert_eq!(error_fields(&need), ["attendance_mode"]);
    let wrong = app
        .patch(
            &format!("/api/v1/conferences/{}", plain["id"].as_str().unwrap()),
            Some(&org.token),
            &json!({"in_person_capacity": 5}),
        )
        .await;
    assert_eq!(error_fields(&wrong), ["in_person_capacity"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn each_mode_gets_its_own_mail() {
    let (app, smtp) = spawn_app_with_mail().await;
    let org = app.organizer("office@example.eu").await;
    let c = hybrid(&app, &org, json!({"title": "Hybrid Day"})).await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    app.register(
        &slug,
        "room@example.org",
        json!({"attendance_mode": "in_person"}),
    )
    .await;
    app.register(
        &slug,
        "web@example.org",
        json!({"attendance_mode": "online"}),
    )
    .await;
    let raw = smtp.wait_for(2).await;
    for m in &raw {
        let text = String::from_utf8_lossy(m).into_owned();
        let parsed = MessageParser::default().parse(m).unwrap();
        let to = parsed
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned();
        let body = parsed.body_text(0).unwrap_or_default().into_owned();
        let ics: String = parsed
            .parts
            .iter()
            .filter(|p| {
                p.content_type()
                    .is_some_and(|ct| ct.ctype() == "text" && ct.subtype() == Some("calendar"))
            })
            .filter_map(|p| p.text_contents().map(str::to_owned))
            .next()
            .unwrap_or_default();
        if to == "room@example.org" {
            assert!(
                text.contains("check-in-qr"),
                "the room's place carries the QR code"
            );
            assert!(!body.contains("/j/"), "no join link for the room: {body}");
            assert!(ics.contains("LOCATION:ICMPD"), "{ics}");
        } else {
            assert!(!text.contains("check-in-qr"), "no QR code online");
            assert!(body.contains("/j/"), "the join link online: {body}");
            assert!(!ics.contains("LOCATION:"), "{ics}");
            assert!(ics.contains("/j/"), "{ics}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_event_and_manage_pages_offer_the_modes() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = hybrid(
        &app,
        &org,
        json!({"in_person_capacity": 1, "online_capacity": null}),
    )
    .await;
    let slug = c["slug"].as_str().unwrap().to_owned();
    let page = app
        .client
        .get(format!("{}/c/{slug}", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("In the room: 1 place left · Online: places free"),
        "{page}"
    );
    assert!(
        page.contains("name=\"attendance_mode\" value=\"in_person\""),
        "{page}"
    );
    let post = |path: String, body: &'static str| {
        let app = &app;
        async move {
            let r = app
                .client
                .post(format!("{}{path}", app.address))
                .header("origin", app.address.clone())
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .unwrap();
            (r.status(), r.text().await.unwrap())
        }
    };
    let (status, html) = post(
        format!("/c/{slug}/register"),
        "name=Ana&email=ana%40example.org&consent=yes",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("choose in person or online"), "{html}");
    let (status, html) = post(
        format!("/c/{slug}/register"),
        "name=Ana&email=ana%40example.org&consent=yes&attendance_mode=online",
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let marker = "id=\"manage-link\" class=\"long-link\">";
    let start = html.find(marker).expect("the manage link") + marker.len();
    let url = html[start..]
        .split('<')
        .next()
        .unwrap()
        .replace("&#x2f;", "/");
    let manage = url.trim_start_matches(&app.address).to_owned();
    app.register(
        &slug,
        "ben@example.org",
        json!({"attendance_mode": "in_person"}),
    )
    .await;
    // Her manage page: the room is full, so the move is refused with the page again.
    let (status, html) = post(format!("{manage}/mode"), "attendance_mode=in_person").await;
    assert_eq!(status, StatusCode::CONFLICT, "{html}");
    assert!(html.contains("in-person places are full"), "{html}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_walk_in_of_a_hybrid_conference_names_its_mode() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = hybrid(&app, &org, json!({"in_person_capacity": 1})).await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/conferences/{cid}/registrations");
    let none = app
        .post(
            &path,
            Some(&org.token),
            &json!({"email": "w@example.org", "name": "W"}),
        )
        .await;
    assert_eq!(error_fields(&none), ["attendance_mode"]);
    let first = app
        .post(
            &path,
            Some(&org.token),
            &json!({"email": "w@example.org", "name": "W", "attendance_mode": "in_person"}),
        )
        .await;
    assert_eq!(first.body["status"], "confirmed", "{}", first.body);
    assert_eq!(first.body["attendance_mode"], "in_person");
    let second = app
        .post(
            &path,
            Some(&org.token),
            &json!({"email": "v@example.org", "name": "V", "attendance_mode": "in_person"}),
        )
        .await;
    assert_eq!(
        second.body["status"], "waitlisted",
        "the room's one place is taken"
    );
    let forced = app
        .post(&path, Some(&org.token), &json!({"email": "u@example.org", "name": "U", "attendance_mode": "in_person", "status": "confirmed"}))
        .await;
    assert_eq!(forced.body["status"], "confirmed");
    assert_eq!(forced.body["walk_in"], true);
}
