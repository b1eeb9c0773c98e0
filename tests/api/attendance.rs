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

/// Both sample reports, imported into a conference of three sessions: each
/// stay counts for the sessions it overlapped long enough, and the stats say
/// what the rows say.
#[tokio::test(flavor = "multi_thread")]
async fn imported_reports_count_for_each_session_their_stays_overlap() {
    let app = crate::helpers::spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = app
        .conference(
            &org,
            json!({"starts_at": "2026-06-08T10:00:00+02:00", "ends_at": "2026-06-08T12:30:00+02:00"}),
        )
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let mut sessions = Vec::new();
    for (title, from, to) in [
        ("Opening", "10:00", "10:20"),
        ("Panel A", "10:20", "11:30"),
        ("Panel B", "11:30", "12:30"),
    ] {
        let s = app
            .session(
                &org,
                &cid,
                json!({"title": title, "starts_at": format!("2026-06-08T{from}:00+02:00"),
                       "ends_at": format!("2026-06-08T{to}:00+02:00")}),
            )
            .await;
        sessions.push(s["id"].as_str().unwrap().to_owned());
    }
    for email in [
        "ana.ferreira@example.org",
        "jonas.weber@example.net",
        "piotr.kowalski@example.com",
        "lea.martin@example.fr",
    ] {
        let r = app
            .post(
                &format!("/api/v1/conferences/{cid}/registrations"),
                Some(&org.token),
                &json!({"email": email, "name": email, "notify": false}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let import = format!("/api/v1/conferences/{cid}/attendance/import");
    for sample in [
        include_bytes!("../fixtures/meeting-participants.csv").to_vec(),
        include_bytes!("../fixtures/webinar-attendee-report.csv").to_vec(),
    ] {
        let r = app
            .post_raw(&import, Some(&org.token), "text/csv", sample)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    assert_eq!(stats.body["attended"], 3, "{}", stats.body);
    let per_session: Vec<i64> = stats.body["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["attended"].as_i64().unwrap())
        .collect();
    // Ana's second stay covers Panel B; Lea's row says she did not come.
    assert_eq!(per_session, [3, 3, 3], "{}", stats.body);
    // The rows agree: one import record per person and session.
    assert_eq!(
        app.count_rows(&format!(
            "SELECT count(*) AS n FROM check_ins c JOIN sessions s ON s.id = c.session_id \
              WHERE s.conference_id = '{cid}' AND c.method = 'import'"
        ))
        .await,
        9
    );
}

/// A tracked join counts for the session running at that moment, or one
/// starting within the quarter of an hour after it.
#[tokio::test(flavor = "multi_thread")]
async fn a_tracked_join_counts_for_the_session_it_is_for() {
    let app = crate::helpers::spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let now = chrono::Utc::now();
    let c = app
        .conference(
            &org,
            json!({"starts_at": (now - chrono::Duration::hours(1)).to_rfc3339(),
                   "ends_at": (now + chrono::Duration::hours(3)).to_rfc3339()}),
        )
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let at = |minutes: i64| (now + chrono::Duration::minutes(minutes)).to_rfc3339();
    let early = app
        .session(
            &org,
            &cid,
            json!({"title": "Earlier", "starts_at": at(-60), "ends_at": at(-20)}),
        )
        .await;
    let next = app
        .session(
            &org,
            &cid,
            json!({"title": "Next", "starts_at": at(10), "ends_at": at(70)}),
        )
        .await;
    let later = app
        .session(
            &org,
            &cid,
            json!({"title": "Later", "starts_at": at(90), "ends_at": at(120)}),
        )
        .await;
    let r = app
        .register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    let page = app
        .client
        .get(r.body["manage_url"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let marker = "href=\"";
    let at_join = page
        .find("id=\"join\"")
        .expect("a join link on the manage page");
    let start = page[..at_join].rfind(marker).unwrap() + marker.len();
    let join = page[start..]
        .split('"')
        .next()
        .unwrap()
        .replace("&#x2f;", "/");
    let followed = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(&join)
        .send()
        .await
        .unwrap();
    assert_eq!(followed.status(), StatusCode::SEE_OTHER, "{join}");
    let stats = app
        .get(
            &format!("/api/v1/conferences/{cid}/stats"),
            Some(&org.token),
        )
        .await;
    let attended = |id: &serde_json::Value| {
        stats.body["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == *id)
            .unwrap()["attended"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(attended(&next["id"]), 1, "{}", stats.body);
    assert_eq!(attended(&early["id"]), 0);
    assert_eq!(attended(&later["id"]), 0);
}
