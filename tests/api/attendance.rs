use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_problem, error_fields, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn check_in_is_idempotent_and_counts() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"format": "in_person", "venue": "Brussels", "capacity": 1}),
        )
        .await;
    let cid = c["id"].as_str().unwrap();
    let panel = app.session(&org, cid, json!({})).await;
    let other = app.session(&org, cid, json!({"title": "Other"})).await;
    let slug = c["slug"].as_str().unwrap();
    let ana = app
        .register(slug, "ana@example.org", json!({"sessions": [panel["id"]]}))
        .await;
    let jonas = app.register(slug, "jonas@example.net", json!({})).await;
    let rid = ana.body["id"].as_str().unwrap();
    let path = format!("/api/v1/conferences/{cid}/registrations/{rid}/check-in");

    let first = app.post(&path, Some(&org.token), &json!({})).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    assert_eq!(first.body["attended"], true);
    let again = app
        .request(reqwest::Method::POST, &path, Some(&org.token), None)
        .await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body["checked_in_at"], first.body["checked_in_at"]);
    let to_session = app
        .post(&path, Some(&org.token), &json!({"session_id": panel["id"]}))
        .await;
    assert_eq!(to_session.status, StatusCode::OK);
    app.post(&path, Some(&org.token), &json!({"session_id": panel["id"]}))
        .await;
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM check_ins WHERE method = 'manual'")
            .await,
        2
    );
    let wrong_session = app
        .post(&path, Some(&org.token), &json!({"session_id": other["id"]}))
        .await;
    assert_eq!(error_fields(&wrong_session), ["session_id"]);

    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    assert_eq!(stats.body["attended"], 1);
    assert_eq!(stats.body["no_shows"], 0);
    assert_eq!(stats.body["attendance_rate"], 1.0);
    assert_eq!(stats.body["sessions"][0]["attended"], 1);
    assert_eq!(stats.body["sessions"][1]["attended"], 0);

    let waitlisted = jonas.body["id"].as_str().unwrap();
    let r = app
        .post(
            &format!("/api/v1/conferences/{cid}/registrations/{waitlisted}/check-in"),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert_problem(&r, StatusCode::CONFLICT);
    let unknown = uuid::Uuid::new_v4();
    let r = app
        .post(
            &format!("/api/v1/conferences/{cid}/registrations/{unknown}/check-in"),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert_problem(&r, StatusCode::NOT_FOUND);
    assert_problem(
        &app.post(&path, None, &json!({})).await,
        StatusCode::UNAUTHORIZED,
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn another_organizer_gets_404_on_attendance_routes() {
    let app = spawn_app().await;
    let owner = app.organizer("owner@example.org").await;
    let stranger = app.organizer("stranger@example.org").await;
    let c = app.conference(&owner, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let r = app
        .register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    let rid = r.body["id"].as_str().unwrap();
    let check_in = app
        .post(
            &format!("/api/v1/conferences/{cid}/registrations/{rid}/check-in"),
            Some(&stranger.token),
            &json!({}),
        )
        .await;
    assert_problem(&check_in, StatusCode::NOT_FOUND);
    let import = app
        .post_raw(
            &format!("/api/v1/conferences/{cid}/attendance/import"),
            Some(&stranger.token),
            "text/csv",
            b"Email\nana@example.org\n".to_vec(),
        )
        .await;
    assert_problem(&import, StatusCode::NOT_FOUND);
    let (status, _, _) = app
        .download(
            &format!("/api/v1/conferences/{cid}/export?format=csv"),
            &stranger.token,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations WHERE attended")
            .await,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_messy_participant_report_marks_the_right_people() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();
    for email in [
        "Ana.Ferreira@example.org",
        "jonas.weber@example.net",
        "lea.martin@example.fr",
        "piotr.kowalski@example.com",
    ] {
        app.register(slug, email, json!({})).await;
    }
    let gone = app.register(slug, "gone@example.org", json!({})).await;
    app.delete(&TestApp::manage_path(&gone.body["manage_url"]), None)
        .await;
    let import = format!("/api/v1/conferences/{cid}/attendance/import");

    // One row per join: a BOM, a rejoin in another case, a device without an
    // address, a quoted comma, and a walk-in.
    let r = app
        .post_raw(
            &import,
            Some(&org.token),
            "text/csv",
            include_bytes!("../fixtures/meeting-participants.csv").to_vec(),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["matched"], 3);
    assert_eq!(r.body["unmatched"], json!(["walk.in@example.com"]));

    // Sections with their own headers; `Attended: No` is neither matched nor unmatched.
    let r = app
        .post_raw(
            &import,
            Some(&org.token),
            "text/csv",
            include_bytes!("../fixtures/webinar-attendee-report.csv").to_vec(),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["matched"], 3);
    assert_eq!(
        r.body["unmatched"],
        json!(["office@example.eu", "moderator@example.org"])
    );

    let r = app
        .post_raw(&import, Some(&org.token), "text/csv", b"Name;E-MAIL\nGone;gone@example.org\nLea;LEA.MARTIN@example.fr\nLea;lea.martin@example.fr\n".to_vec())
        .await;
    assert_eq!(r.body["matched"], 1, "{}", r.body);
    assert_eq!(
        r.body["unmatched"],
        json!(["gone@example.org"]),
        "a cancelled registration is not matched"
    );

    let attended = app
        .count_rows("SELECT count(*) AS n FROM registrations WHERE attended")
        .await;
    assert_eq!(attended, 4);
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    assert_eq!(stats.body["attended"], attended);
    assert_eq!(stats.body["no_shows"], 0);

    let bad = app
        .post_raw(
            &import,
            Some(&org.token),
            "text/csv",
            b"who,when\nx,y\n".to_vec(),
        )
        .await;
    assert_eq!(error_fields(&bad), ["body"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_of_ten_thousand_rows_imports_at_once() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    for i in 0..20 {
        app.register(
            c["slug"].as_str().unwrap(),
            &format!("p{i}@example.org"),
            json!({}),
        )
        .await;
    }
    let mut report = String::from("Name,Email,Duration\n");
    for i in 0..10_000 {
        report.push_str(&format!("Person {i},p{i}@example.org,60\n"));
    }
    let r = app
        .post_raw(
            &format!("/api/v1/conferences/{cid}/attendance/import"),
            Some(&org.token),
            "text/csv",
            report.into_bytes(),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["matched"], 20);
    assert_eq!(r.body["unmatched"].as_array().unwrap().len(), 9_980);
}

#[tokio::test(flavor = "multi_thread")]
async fn stats_equal_row_counts_after_sign_ups_cancellations_and_attendance() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 6})).await;
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();
    let mut ids = Vec::new();
    let mut links = Vec::new();
    for i in 0..10 {
        let r = app
            .register(slug, &format!("p{i}@example.org"), json!({}))
            .await;
        ids.push(r.body["id"].as_str().unwrap().to_owned());
        links.push(r.body["manage_url"].clone());
    }
    app.delete(&TestApp::manage_path(&links[0]), None).await;
    app.delete(&TestApp::manage_path(&links[7]), None).await;
    for id in &ids[1..4] {
        app.post(
            &format!("/api/v1/conferences/{cid}/registrations/{id}/check-in"),
            Some(&org.token),
            &json!({}),
        )
        .await;
    }
    app.post_raw(
        &format!("/api/v1/conferences/{cid}/attendance/import"),
        Some(&org.token),
        "text/csv",
        b"email\np4@example.org\np3@example.org\n".to_vec(),
    )
    .await;
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    let q = |sql: &str| {
        let sql = sql.to_owned();
        let app = &app;
        async move { app.count_rows(&sql).await }
    };
    assert_eq!(
        stats.body["confirmed"],
        q("SELECT count(*) AS n FROM registrations WHERE status = 'confirmed'").await
    );
    assert_eq!(
        stats.body["waitlisted"],
        q("SELECT count(*) AS n FROM registrations WHERE status = 'waitlisted'").await
    );
    assert_eq!(
        stats.body["cancelled"],
        q("SELECT count(*) AS n FROM registrations WHERE status = 'cancelled'").await
    );
    assert_eq!(
        stats.body["registered"],
        q("SELECT count(*) AS n FROM registrations WHERE status <> 'cancelled'").await
    );
    assert_eq!(
        stats.body["attended"],
        q("SELECT count(*) AS n FROM registrations WHERE attended").await
    );
    assert_eq!(
        stats.body["no_shows"],
        q("SELECT count(*) AS n FROM registrations WHERE status = 'confirmed' AND NOT attended")
            .await
    );
    assert_eq!(stats.body["attended"], 4);
    assert_eq!(stats.body["confirmed"], 6);
}
