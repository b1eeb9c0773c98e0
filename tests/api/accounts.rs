//! Organizer accounts made and kept in the dashboard: sign-up, a password
//! reset by mail, name and password changes.

use mail_parser::MessageParser;
use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app_with_mail};

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn form(
    app: &TestApp,
    path: &str,
    body: &str,
    cookie: Option<&str>,
) -> (StatusCode, String, Option<String>) {
    let mut r = client()
        .post(format!("{}{path}", app.address))
        .header("origin", app.address.clone())
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned());
    if let Some(c) = cookie {
        r = r.header("cookie", c);
    }
    let r = r.send().await.unwrap();
    let status = r.status();
    let cookie = r
        .headers()
        .get("set-cookie")
        .map(|c| c.to_str().unwrap().split(';').next().unwrap().to_owned());
    (status, r.text().await.unwrap(), cookie)
}

async fn page(app: &TestApp, path: &str, cookie: Option<&str>) -> (StatusCode, String) {
    let mut r = client().get(format!("{}{path}", app.address));
    if let Some(c) = cookie {
        r = r.header("cookie", c);
    }
    let r = r.send().await.unwrap();
    (r.status(), r.text().await.unwrap())
}

async fn signs_in(app: &TestApp, email: &str, password: &str) -> bool {
    let body = format!(
        "email={}&password={}",
        email.replace('@', "%40"),
        password.replace(' ', "+")
    );
    form(app, "/admin/login", &body, None).await.0 == StatusCode::SEE_OTHER
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_organizer_signs_up_resets_a_forgotten_password_and_changes_it() {
    let (app, smtp) = spawn_app_with_mail().await;
    let (status, html) = page(&app, "/admin/login", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("/admin/signup") && html.contains("/admin/reset"),
        "{html}"
    );

    // Sign-up: a short password comes back with its message and the rest kept.
    let (status, html, _) = form(
        &app,
        "/admin/signup",
        "name=Guia&email=guia%40example.org&password=short",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("at least 10 characters") && html.contains("value=\"guia@example.org\""),
        "{html}"
    );
    let (status, _, cookie) = form(
        &app,
        "/admin/signup",
        "name=Guia&email=guia%40example.org&password=a+long+enough+password",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let cookie = cookie.expect("signed in");
    let (status, html) = page(&app, "/admin", Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let (status, html, _) = form(
        &app,
        "/admin/signup",
        "name=Other&email=GUIA%40example.org&password=a+long+enough+password",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("an account with this address exists"),
        "{html}"
    );

    // The same answer for an address with an account and one without.
    let (s1, known, _) = form(&app, "/admin/reset", "email=guia%40example.org", None).await;
    let (s2, unknown, _) = form(&app, "/admin/reset", "email=nobody%40example.org", None).await;
    assert_eq!((s1, s2), (StatusCode::OK, StatusCode::OK));
    assert_eq!(
        known.replace("guia@example.org", "X"),
        unknown.replace("nobody@example.org", "X")
    );
    let raw = smtp.wait_for(1).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(smtp.messages().len(), 1, "no mail for an unknown address");
    let m = MessageParser::default().parse(&raw[0]).unwrap();
    assert_eq!(m.subject(), Some("Set a new Convene password"));
    let text = m.body_text(0).unwrap().into_owned();
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/admin/reset/"))
        .expect("the link")
        .to_owned();
    let path = link.trim_start_matches(&app.address).to_owned();
    let (status, html) = page(&app, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let (status, _, _) = form(&app, &path, "password=short", None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, html, _) = form(&app, &path, "password=another+long+password", None).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Your new password is set"), "{html}");
    assert!(signs_in(&app, "guia@example.org", "another long password").await);
    assert!(!signs_in(&app, "guia@example.org", "a long enough password").await);
    // One use.
    let (status, html, _) = form(&app, &path, "password=a+third+long+password", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(html.contains("expired or was used"), "{html}");
    // One hour.
    form(&app, "/admin/reset", "email=guia%40example.org", None).await;
    let raw = smtp.wait_for(2).await;
    let text = MessageParser::default()
        .parse(&raw[1])
        .unwrap()
        .body_text(0)
        .unwrap()
        .into_owned();
    let late = text
        .split_whitespace()
        .find(|w| w.contains("/admin/reset/"))
        .unwrap()
        .trim_start_matches(&app.address)
        .to_owned();
    app.execute(
        "UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE used_at IS NULL",
    )
    .await;
    let (status, _) = page(&app, &late, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = form(&app, &late, "password=a+third+long+password", None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The account page: a new name; a new password needs the current one.
    let cookie = app
        .dashboard_cookie_with("guia@example.org", "another long password")
        .await;
    let (status, html) = page(&app, "/admin/account", Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).unwrap() + marker.len();
    let csrf = html[start..].split('"').next().unwrap().to_owned();
    let (status, html, _) = form(
        &app,
        "/admin/account",
        &format!(
            "csrf={csrf}&name=Guia+M.&current_password=wrong&new_password=yet+another+password"
        ),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("is not your current password"), "{html}");
    let (status, html, _) = form(
        &app,
        "/admin/account",
        &format!("csrf={csrf}&name=Guia+M.&current_password=another+long+password&new_password=yet+another+password"),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("value=\"Guia M.\""), "{html}");
    assert!(signs_in(&app, "guia@example.org", "yet another password").await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_owner_manages_the_team_in_the_dashboard() {
    let (app, smtp) = spawn_app_with_mail().await;
    let owner = app.organizer("owner@example.org").await;
    app.organizer("mia@example.org").await;
    let c = app
        .conference(&owner, serde_json::json!({"title": "Team Day"}))
        .await;
    let cid = c["id"].as_str().unwrap().to_owned();
    let cookie = app.dashboard_cookie("owner@example.org").await;
    let (status, html) = page(&app, &format!("/admin/conferences/{cid}"), Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("id=\"team-link\""), "{html}");
    let (status, html) = page(
        &app,
        &format!("/admin/conferences/{cid}/team"),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).unwrap() + marker.len();
    let csrf = html[start..].split('"').next().unwrap().to_owned();
    let (status, html, _) = form(
        &app,
        &format!("/admin/conferences/{cid}/team"),
        &format!("csrf={csrf}&email=mia%40example.org&role=manager"),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("mia@example.org"), "{html}");
    let (status, html, _) = form(
        &app,
        &format!("/admin/conferences/{cid}/team"),
        &format!("csrf={csrf}&email=not-an-address&role=checkin"),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("value=\"not-an-address\""), "{html}");
    let raw = smtp.wait_for(1).await;
    let m = MessageParser::default().parse(&raw[0]).unwrap();
    assert!(
        m.subject().unwrap().contains("Team Day"),
        "{:?}",
        m.subject()
    );

    // The manager works on the conference but does not see the team page.
    let mia = app.dashboard_cookie("mia@example.org").await;
    let (status, _) = page(&app, &format!("/admin/conferences/{cid}"), Some(&mia)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = page(&app, &format!("/admin/conferences/{cid}/team"), Some(&mia)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // A new role, then off the team.
    let members = app
        .get(
            &format!("/api/v1/conferences/{cid}/members"),
            Some(&owner.token),
        )
        .await;
    let mid = members.body[1]["id"].as_str().unwrap().to_owned();
    let (status, html, _) = form(
        &app,
        &format!("/admin/conferences/{cid}/team/{mid}"),
        &format!("csrf={csrf}&role=checkin"),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let members = app
        .get(
            &format!("/api/v1/conferences/{cid}/members"),
            Some(&owner.token),
        )
        .await;
    assert_eq!(members.body[1]["role"], "checkin");
    let (status, _) = page(
        &app,
        &format!("/admin/conferences/{cid}/messages"),
        Some(&mia),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a check-in member writes no messages"
    );
    let (status, html, _) = form(
        &app,
        &format!("/admin/conferences/{cid}/team/{mid}"),
        &format!("csrf={csrf}&remove=yes"),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(!html.contains("mia@example.org"), "{html}");
    let (status, _) = page(&app, &format!("/admin/conferences/{cid}"), Some(&mia)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
