//! The pages over plain HTTP: headers, escaping, cross-site posts.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::spawn_app;

#[tokio::test(flavor = "multi_thread")]
async fn every_page_carries_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/c/nothing", "/healthz", "/api/v1/conferences"] {
        let r = reqwest::get(format!("{}{path}", app.address))
            .await
            .unwrap();
        let h = r.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"),
            "{path}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(
            h["x-request-id"].to_str().unwrap().len(),
            36,
            "the id of the request's log lines"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn pages_escape_what_organizers_and_attendees_typed() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(&org, json!({"title": "<script>alert(1)</script> Launch", "description": "<img src=x onerror=alert(1)>"}))
        .await;
    let slug = c["slug"].as_str().unwrap();
    let page = reqwest::get(format!("{}/c/{slug}", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<img src=x"));
    assert!(page.contains("&lt;script&gt;"));
    let index = reqwest::get(format!("{}/", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(index.contains(&format!("/c/{slug}")));
    assert!(!index.contains("<script>alert"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cross_site_form_post_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let url = format!("{}/c/{}/register", app.address, c["slug"].as_str().unwrap());
    let body = "name=Victim&email=victim%40example.org&consent=yes";
    let client = reqwest::Client::new();
    // A prefix of our own origin is another origin (another port), and so is
    // our host without the port.
    let prefix = &app.address[..app.address.len() - 1];
    let portless = app.address.rsplit_once(':').unwrap().0;
    for (header, value) in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
        ("origin", prefix),
        ("origin", portless),
    ] {
        let r = client
            .post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .header(header, value)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
    }
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM registrations")
            .await,
        0
    );
    let same_site = client
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", app.address.as_str())
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(same_site.status(), StatusCode::CREATED);
    assert!(
        same_site
            .text()
            .await
            .unwrap()
            .contains("You are registered")
    );
    let again = client
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert!(again.text().await.unwrap().contains("already registered"));
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_pages_and_links_answer_html_404() {
    let app = spawn_app().await;
    for path in [
        "/c/no-such-event",
        "/r/not-a-token",
        &format!("/r/{}", "x".repeat(43)),
    ] {
        let r = reqwest::get(format!("{}{path}", app.address))
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn dashboard_posts_need_the_sessions_csrf_token() {
    let app = spawn_app().await;
    app.organizer("guia@example.org").await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let login = client
        .post(format!("{}/admin/login", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=guia%40example.org&password=a+long+enough+password")
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    let set_cookie = login.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
        "{set_cookie}"
    );
    let cookie = set_cookie.split(';').next().unwrap().to_owned();
    let create = |body: &'static str| {
        client
            .post(format!("{}/admin/conferences", app.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", cookie.clone())
            .body(body)
            .send()
    };
    let forged = create("title=Forged&timezone=UTC&starts_at=2099-01-01T10%3A00&ends_at=2099-01-01T11%3A00&format=online&status=draft&csrf=nope")
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.count_rows("SELECT count(*) AS n FROM conferences")
            .await,
        0
    );
    let anonymous = client
        .get(format!("{}/admin", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
}

/// The manage page's session form goes through the API's parsing: the same
/// session twice is chosen once, and more than 50 are refused.
#[tokio::test(flavor = "multi_thread")]
async fn the_manage_pages_session_form_follows_the_apis_rules() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    let s = app
        .session(&org, c["id"].as_str().unwrap(), json!({}))
        .await;
    let sid = s["id"].as_str().unwrap();
    let r = app
        .register(c["slug"].as_str().unwrap(), "ana@example.org", json!({}))
        .await;
    let manage = r.body["manage_url"].as_str().unwrap().to_owned();
    let client = reqwest::Client::new();
    let post = |body: String| {
        client
            .post(&manage)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", app.address.as_str())
            .body(body)
            .send()
    };
    let twice = post(format!("sessions={sid}&sessions={sid}"))
        .await
        .unwrap();
    assert_eq!(twice.status(), StatusCode::OK);
    assert!(
        twice
            .text()
            .await
            .unwrap()
            .contains("Your sessions are saved.")
    );
    let token = manage.rsplit('/').next().unwrap();
    let own = app
        .get(&format!("/api/v1/registrations/{token}"), None)
        .await;
    assert_eq!(own.body["sessions"], json!([sid]), "{}", own.body);

    let many: Vec<String> = (0..51)
        .map(|_| format!("sessions={}", uuid::Uuid::new_v4()))
        .collect();
    let refused = post(many.join("&")).await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("at most 50 sessions")
    );
    let own = app
        .get(&format!("/api/v1/registrations/{token}"), None)
        .await;
    assert_eq!(own.body["sessions"], json!([sid]));
}

/// A description typed in a browser (CRLF line endings, through the API or a
/// form) keeps its paragraphs on the event page.
#[tokio::test(flavor = "multi_thread")]
async fn typed_paragraphs_stay_paragraphs() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let c = app
        .conference(
            &org,
            json!({"description": "Welcome to the launch.\r\n\r\nPanels follow.\r\nThen questions.", "status": "published"}),
        )
        .await;
    assert_eq!(
        c["description"],
        "Welcome to the launch.\n\nPanels follow.\nThen questions."
    );
    let page = reqwest::get(format!("{}/c/{}", app.address, c["slug"].as_str().unwrap()))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<p>Welcome to the launch.</p>"), "{page}");
    assert!(
        page.contains("<p>Panels follow.\nThen questions.</p>"),
        "{page}"
    );
}

/// What the pages say in plain words: one seat, a past event that took
/// place (with its recording, without a form), the place in line, and a
/// cancel step that promises the place to someone only when someone waits.
#[tokio::test(flavor = "multi_thread")]
async fn the_pages_say_what_is_true() {
    let app = spawn_app().await;
    let org = app.organizer("guia@example.org").await;
    let get = |path: String| async move { reqwest::get(path).await.unwrap().text().await.unwrap() };
    let c = app
        .conference(&org, json!({"capacity": 2, "status": "published"}))
        .await;
    let slug = c["slug"].as_str().unwrap();
    let first = app.register(slug, "a@example.org", json!({})).await;
    let page = get(format!("{}/c/{slug}", app.address)).await;
    assert!(page.contains("1 seat left"), "{page}");
    let first_manage = first.body["manage_url"].as_str().unwrap().to_owned();
    let cancel = get(format!("{first_manage}/cancel")).await;
    assert!(
        !cancel.contains("next person on the waiting list"),
        "nobody waits: {cancel}"
    );
    app.register(slug, "b@example.org", json!({})).await;
    let third = app.register(slug, "c@example.org", json!({})).await;
    let fourth = app.register(slug, "d@example.org", json!({})).await;
    assert_eq!(fourth.body["status"], "waitlisted");
    let manage = get(fourth.body["manage_url"].as_str().unwrap().to_owned()).await;
    assert!(manage.contains("number 2 on the waiting list"), "{manage}");
    let manage = get(third.body["manage_url"].as_str().unwrap().to_owned()).await;
    assert!(manage.contains("number 1 on the waiting list"), "{manage}");
    let cancel = get(format!("{first_manage}/cancel")).await;
    assert!(
        cancel.contains("next person on the waiting list"),
        "{cancel}"
    );

    let past = app
        .conference(
            &org,
            json!({"status": "published", "capacity": 10, "starts_at": "2020-06-08T10:00:00+02:00",
                   "ends_at": "2020-06-08T12:00:00+02:00", "recording_url": "https://video.example.org/r"}),
        )
        .await;
    let page = get(format!(
        "{}/c/{}",
        app.address,
        past["slug"].as_str().unwrap()
    ))
    .await;
    assert!(page.contains("This event took place"), "{page}");
    assert!(
        page.contains("video.example.org"),
        "the recording is linked"
    );
    assert!(!page.contains("Fully booked") && !page.contains("seats left"));
    assert!(
        !page.contains("<form method=\"post\""),
        "no form for a past event"
    );
}
