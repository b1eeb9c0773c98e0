use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_problem, error_fields, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn the_public_sees_a_published_conference_without_its_join_link() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"capacity": 100})).await;
    app.session(&org, c["id"].as_str().unwrap(), json!({"capacity": 30}))
        .await;
    let r = app
        .get(
            &format!("/api/v1/public/conferences/{}", c["slug"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.get("online_url").is_none());
    assert!(!r.body.to_string().contains("meet.example.org"));
    assert_eq!(r.body["seats_left"], 100);
    assert_eq!(r.body["registration_open"], true);
    assert_eq!(r.body["sessions"][0]["seats_left"], 30);
    assert_eq!(r.body["sessions"][0]["speakers"][1]["role"], "panelist");
}

#[tokio::test(flavor = "multi_thread")]
async fn drafts_do_not_exist_for_the_public() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({"status": "draft"})).await;
    let slug = c["slug"].as_str().unwrap();
    assert_problem(
        &app.get(&format!("/api/v1/public/conferences/{slug}"), None)
            .await,
        StatusCode::NOT_FOUND,
    );
    assert_problem(
        &app.register(slug, "ana@example.org", json!({})).await,
        StatusCode::NOT_FOUND,
    );
    assert_problem(
        &app.get("/api/v1/public/conferences/no-such-thing", None)
            .await,
        StatusCode::NOT_FOUND,
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sign_up_is_confirmed_with_a_manage_link() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let r = app
        .register(
            c["slug"].as_str().unwrap(),
            "Ana.Ferreira@Example.org",
            json!({"organization": "SPRING", "category": "researcher"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.body["status"], "confirmed");
    let manage_url = r.body["manage_url"].as_str().unwrap();
    assert!(manage_url.starts_with(&format!("{}/r/", app.address)));
    // At least 128 random bits, and only a hash stored.
    let token = manage_url.rsplit('/').next().unwrap();
    assert!(token.len() >= 22);
    let stored = app
        .count_rows(&format!(
            "SELECT count(*) AS n FROM registrations WHERE manage_token_hash::text LIKE '%{token}%'"
        ))
        .await;
    assert_eq!(stored, 0);

    let list = app.registrations(&org, c["id"].as_str().unwrap(), "").await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["email"], "Ana.Ferreira@Example.org");
    assert_eq!(list[0]["organization"], "SPRING");
    assert_eq!(list[0]["attended"], false);
}

#[tokio::test(flavor = "multi_thread")]
async fn one_active_registration_per_address_whatever_its_case() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    let first = app.register(slug, "ana@example.org", json!({})).await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_problem(
        &app.register(slug, "ANA@example.ORG", json!({})).await,
        StatusCode::CONFLICT,
    );

    // After a cancellation the address may sign up again.
    let path = TestApp::manage_path(&first.body["manage_url"]);
    assert_eq!(app.delete(&path, None).await.status, StatusCode::OK);
    assert_eq!(
        app.register(slug, "Ana@example.org", json!({}))
            .await
            .status,
        StatusCode::CREATED
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_ups_outside_the_window_or_for_a_cancelled_conference_are_forbidden() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let later = app
        .conference(
            &org,
            json!({"slug": "not-yet", "registration_opens_at": "2098-01-01T00:00:00Z"}),
        )
        .await;
    assert_problem(
        &app.register("not-yet", "a@example.org", json!({})).await,
        StatusCode::FORBIDDEN,
    );
    let public = app.get("/api/v1/public/conferences/not-yet", None).await;
    assert_eq!(public.body["registration_open"], false);
    let _ = later;

    app.conference(
        &org,
        json!({"slug": "closed", "registration_opens_at": "2020-01-01T00:00:00Z",
               "registration_closes_at": "2021-01-01T00:00:00Z"}),
    )
    .await;
    assert_problem(
        &app.register("closed", "a@example.org", json!({})).await,
        StatusCode::FORBIDDEN,
    );

    app.conference(
        &org,
        json!({"slug": "over", "starts_at": "2020-01-01T10:00:00Z", "ends_at": "2020-01-01T12:00:00Z"}),
    )
    .await;
    assert_problem(
        &app.register("over", "a@example.org", json!({})).await,
        StatusCode::FORBIDDEN,
    );

    app.conference(&org, json!({"slug": "called-off", "status": "cancelled"}))
        .await;
    assert_problem(
        &app.register("called-off", "a@example.org", json!({})).await,
        StatusCode::FORBIDDEN,
    );
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations")
            .await,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sign_up_needs_consent_valid_fields_and_real_sessions() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    let r = app
        .post(
            &format!("/api/v1/public/conferences/{slug}/registrations"),
            None,
            &json!({"email": "not an address", "name": "  "}),
        )
        .await;
    assert_eq!(error_fields(&r), ["consent", "email", "name"]);
    let r = app
        .register(slug, "ana@example.org", json!({"consent": false}))
        .await;
    assert_eq!(error_fields(&r), ["consent"]);
    let r = app
        .register(
            slug,
            "ana@example.org",
            json!({"sessions": [uuid::Uuid::new_v4()]}),
        )
        .await;
    assert_eq!(error_fields(&r), ["sessions"]);
    let r = app
        .register(slug, "ana@example.org", json!({"sessions": ["nope"]}))
        .await;
    assert_eq!(error_fields(&r), ["sessions[0]"]);
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations")
            .await,
        0
    );
}

/// The window is one rule, the database's: a conference that asks questions
/// (the sign-up that checks answers first) is closed exactly when one that
/// asks none is, with the same reason, and the public view says the same.
#[tokio::test(flavor = "multi_thread")]
async fn the_window_is_the_same_rule_with_and_without_questions() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let cases = [
        (
            json!({"registration_opens_at": "2098-01-01T00:00:00Z"}),
            "registration has not opened yet",
        ),
        (
            json!({"registration_opens_at": "2020-01-01T00:00:00Z", "registration_closes_at": "2021-01-01T00:00:00Z"}),
            "registration is closed",
        ),
        (
            json!({"starts_at": "2020-01-01T10:00:00Z", "ends_at": "2020-01-01T12:00:00Z"}),
            "the conference is over",
        ),
        (
            json!({"status": "cancelled"}),
            "the conference was cancelled",
        ),
        (json!({}), ""),
    ];
    for (n, (fields, reason)) in cases.into_iter().enumerate() {
        for asks in [false, true] {
            let slug = format!("window-{n}-{asks}");
            let mut body = fields.clone();
            body["slug"] = json!(slug);
            let c = app.conference(&org, body).await;
            let mut extra = json!({});
            if asks {
                let q = app
                    .post(
                        &format!(
                            "/api/v1/conferences/{}/questions",
                            c["id"].as_str().unwrap()
                        ),
                        Some(&org.token),
                        &json!({"label": "Sector", "kind": "short_text", "required": true}),
                    )
                    .await;
                assert_eq!(q.status, StatusCode::CREATED, "{}", q.body);
                extra = json!({"answers": {q.body["id"].as_str().unwrap(): "Research"}});
            }
            let r = app.register(&slug, "a@example.org", extra).await;
            let public = app
                .get(&format!("/api/v1/public/conferences/{slug}"), None)
                .await;
            if reason.is_empty() {
                assert_eq!(r.status, StatusCode::CREATED, "{slug}: {}", r.body);
                assert_eq!(public.body["registration_open"], true);
            } else {
                assert_problem(&r, StatusCode::FORBIDDEN);
                assert_eq!(r.body["detail"], reason, "{slug}");
                assert_eq!(public.body["registration_open"], false, "{slug}");
            }
        }
    }
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations")
            .await,
        2
    );
}

/// "Resend my link": the same answer whether the address is registered or
/// not; a registered one gets its manage link by mail, others get nothing.
#[tokio::test(flavor = "multi_thread")]
async fn resend_my_link_tells_nobody_who_is_registered() {
    let (app, smtp) = crate::helpers::spawn_app_with_mail().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let slug = c["slug"].as_str().unwrap();
    let r = app.register(slug, "ana@example.org", json!({})).await;
    let manage = r.body["manage_url"].as_str().unwrap().to_owned();
    smtp.wait_for(1).await;
    let path = format!("/api/v1/public/conferences/{slug}/manage-link");
    let known = app
        .post(&path, None, &json!({"email": "ANA@example.org"}))
        .await;
    let unknown = app
        .post(&path, None, &json!({"email": "nobody@example.org"}))
        .await;
    assert_eq!(known.status, StatusCode::ACCEPTED);
    assert_eq!(unknown.status, StatusCode::ACCEPTED);
    assert_eq!(known.body, unknown.body, "the same answer either way");
    let raw = smtp.wait_for(2).await;
    let mail = String::from_utf8_lossy(&raw[1]).into_owned();
    assert!(
        mail.contains("To: ana@example.org") || mail.contains("<ana@example.org>"),
        "{mail}"
    );
    assert!(mail.contains("Your registration link"), "{mail}");
    let token = manage.rsplit('/').next().unwrap();
    assert!(
        mail.replace("=\r\n", "").contains(token),
        "the manage link is in it"
    );
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM outbox WHERE kind = 'manage_link'")
            .await,
        1,
        "nothing for an address that is not registered"
    );
    assert_problem(
        &app.post(&path, None, &json!({"email": "not an address"}))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    assert_problem(
        &app.post(
            "/api/v1/public/conferences/no-such/manage-link",
            None,
            &json!({"email": "a@example.org"}),
        )
        .await,
        StatusCode::NOT_FOUND,
    );
    // The page does the same, linked from the event page.
    let event = reqwest::get(format!("{}/c/{slug}", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(event.contains(&format!("/c/{slug}/manage-link")));
    let client = reqwest::Client::new();
    let post = |email: &'static str| {
        client
            .post(format!("{}/c/{slug}/manage-link", app.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", app.address.as_str())
            .body(format!("email={}", email.replace('@', "%40")))
            .send()
    };
    let page_known = post("ana@example.org").await.unwrap().text().await.unwrap();
    let page_unknown = post("nobody@example.org")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        page_known.replace("ana@example.org", "X"),
        page_unknown.replace("nobody@example.org", "X"),
        "the page says the same either way"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_form_offers_the_conferences_own_categories() {
    let app = crate::helpers::spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let default = app.conference(&org, serde_json::json!({})).await;
    assert_eq!(
        default["categories"],
        serde_json::json!([
            "researcher",
            "policy maker",
            "practitioner",
            "civil society",
            "other"
        ])
    );
    let c = app
        .conference(
            &org,
            serde_json::json!({"categories": ["City official", "NGO", "Researcher"]}),
        )
        .await;
    let slug = c["slug"].as_str().unwrap();
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
        page.contains(">City official</option>") && page.contains(">NGO</option>"),
        "{page}"
    );
    assert!(!page.contains(">civil society</option>"), "{page}");
    let ok = app
        .register(
            slug,
            "a@example.org",
            serde_json::json!({"category": "NGO"}),
        )
        .await;
    assert_eq!(ok.status, reqwest::StatusCode::CREATED, "{}", ok.body);
    let bad = app
        .register(
            slug,
            "b@example.org",
            serde_json::json!({"category": "Journalist"}),
        )
        .await;
    crate::helpers::assert_problem(&bad, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(crate::helpers::error_fields(&bad), ["category"]);
    let twice = app
        .post("/api/v1/conferences", Some(&org.token), &serde_json::json!({"title": "X", "timezone": "UTC",
            "starts_at": "2099-01-01T10:00:00Z", "ends_at": "2099-01-01T11:00:00Z", "format": "online",
            "categories": ["NGO", "ngo"]}))
        .await;
    assert_eq!(crate::helpers::error_fields(&twice), ["categories"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_registration_keeps_its_language_or_the_conferences() {
    let app = crate::helpers::spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(&org, serde_json::json!({"language": "fr"}))
        .await;
    assert_eq!(c["language"], "fr");
    let slug = c["slug"].as_str().unwrap();
    let plain = app
        .register(slug, "a@example.org", serde_json::json!({}))
        .await;
    let chosen = app
        .register(slug, "b@example.org", serde_json::json!({"language": "de"}))
        .await;
    let bad = app
        .register(slug, "c@example.org", serde_json::json!({"language": "pt"}))
        .await;
    crate::helpers::assert_problem(&bad, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(crate::helpers::error_fields(&bad), ["language"]);
    let lang = |r: &crate::helpers::Reply| {
        let path = crate::helpers::TestApp::manage_path(&r.body["manage_url"]);
        let app = &app;
        async move { app.get(&path, None).await.body["language"].clone() }
    };
    assert_eq!(lang(&plain).await, "fr");
    assert_eq!(lang(&chosen).await, "de");
    let wrong = app
        .patch(
            &format!("/api/v1/conferences/{}", c["id"].as_str().unwrap()),
            Some(&org.token),
            &serde_json::json!({"language": "pt"}),
        )
        .await;
    assert_eq!(crate::helpers::error_fields(&wrong), ["language"]);
}
