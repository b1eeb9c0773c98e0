//! The embeddable form: framed only by the conference's own sites, working
//! without script, errors and confirmation inside the frame.

use actix_web::{App, HttpResponse, HttpServer, web};
use reqwest::StatusCode;
use serde_json::json;
use thirtyfour::prelude::*;

use crate::browser::{Browser, click, type_into};
use crate::helpers::{assert_problem, spawn_app};

#[tokio::test(flavor = "multi_thread")]
async fn the_embed_is_framed_only_by_the_listed_origins() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let open = app.conference(&org, json!({"slug": "closed-site"})).await;
    let listed = app
        .conference(
            &org,
            json!({"slug": "spring", "embed_origins": ["https://spring-project.eu", "http://localhost:8000/"]}),
        )
        .await;
    assert_eq!(
        listed["embed_origins"],
        json!(["https://spring-project.eu", "http://localhost:8000"])
    );
    let get = |path: String| {
        let client = app.client.clone();
        async move { client.get(path).send().await.unwrap() }
    };
    let r = get(format!(
        "{}/c/{}/embed",
        app.address,
        open["slug"].as_str().unwrap()
    ))
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    let r = get(format!("{}/c/spring/embed", app.address)).await;
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("frame-ancestors https://spring-project.eu http://localhost:8000;"),
        "{csp}"
    );
    assert!(r.headers().get("x-frame-options").is_none());
    let body = r.text().await.unwrap();
    assert!(
        body.contains("action=\"&#x2f;c&#x2f;spring&#x2f;embed\""),
        "{body}"
    );
    assert!(!body.contains("<script"));
    // Every other page still refuses to be framed.
    let r = get(format!("{}/c/spring", app.address)).await;
    assert_eq!(r.headers()["x-frame-options"], "DENY");
    assert!(
        r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );

    // A form with mistakes comes back inside the embed, in the embed's policy.
    let r = app
        .client
        .post(format!("{}/c/spring/embed", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("name=Ana&email=nope")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("https://spring-project.eu")
    );
    let body = r.text().await.unwrap();
    assert!(
        body.contains("class=\"embed\"") && body.contains("error-summary"),
        "{body}"
    );

    // The dashboard shows the snippet to copy and the origins.
    let dash = crate::helpers::Dash::signed_in(&app, "office@example.eu").await;
    let (status, page, _) = dash
        .get(&format!(
            "/admin/conferences/{}",
            listed["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("&lt;iframe src=\"http:&#x2f;&#x2f;")
            && page.contains("&#x2f;c&#x2f;spring&#x2f;embed"),
        "{page}"
    );
    assert!(
        page.contains("https:&#x2f;&#x2f;spring-project.eu"),
        "{page}"
    );

    // Origins are origins.
    let cid = listed["id"].as_str().unwrap();
    for bad in [
        json!(["spring-project.eu"]),
        json!(["https://spring-project.eu/page"]),
        json!(["ftp://x.org"]),
    ] {
        let r = app
            .patch(
                &format!("/api/v1/conferences/{cid}"),
                Some(&org.token),
                &json!({"embed_origins": bad}),
            )
            .await;
        assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY);
    }
}

/// A page of the project's own site (another origin) that frames the form.
async fn host_page(target: String) -> (u16, actix_web::dev::ServerHandle) {
    let server = HttpServer::new(move || {
        let target = target.clone();
        App::new().route(
            "/",
            web::get().to(move || {
                let target = target.clone();
                async move {
                    HttpResponse::Ok().content_type("text/html").body(format!(
                        "<!doctype html><html lang=en><title>SPRING project</title><h1>Sign up</h1>\
                         <iframe src=\"{target}\" title=\"Registration\" style=\"width:100%;height:900px\"></iframe>"
                    ))
                }
            }),
        )
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let port = server.addrs()[0].port();
    let server = server.run();
    let handle = server.handle();
    tokio::spawn(server);
    (port, handle)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_listed_site_frames_the_form_and_signs_people_up_and_another_cannot() {
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    // The host page's port is known once it listens: its origin is listed then.
    let (port, _site) = host_page(format!("{}/c/spring/embed", app.address)).await;
    let c = app
        .conference(
            &org,
            json!({"slug": "spring", "embed_origins": [format!("http://localhost:{port}")]}),
        )
        .await;
    assert_eq!(c["embed_origins"][0], format!("http://localhost:{port}"));
    let browser = Browser::start().await;
    let d = &browser.driver;
    // localhost and 127.0.0.1 are two origins: the host page is on the first.
    d.goto(format!("http://localhost:{port}/")).await.unwrap();
    d.enter_frame(0).await.unwrap();
    browser
        .wait_for_text("h1", "SPRING Launch Conference")
        .await;
    type_into(d, By::Id("f-name"), "Ana Ferreira").await;
    type_into(d, By::Id("f-email"), "ana@example.org").await;
    click(d, By::Id("f-consent")).await;
    click(d, By::Css("form button[type=submit]")).await;
    browser
        .wait_for_text("#outcome", "You are registered")
        .await;
    d.enter_default_frame().await.unwrap();
    assert_eq!(
        browser.text_of("h1").await,
        "Sign up",
        "the host page stays around the frame"
    );
    let list = app.registrations(&org, c["id"].as_str().unwrap(), "").await;
    assert_eq!(list.len(), 1);

    // Not listed: the browser refuses to show the form in the frame.
    let r = app
        .patch(
            &format!("/api/v1/conferences/{}", c["id"].as_str().unwrap()),
            Some(&org.token),
            &json!({"embed_origins": ["https://spring-project.eu"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    d.goto(format!("http://localhost:{port}/")).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    d.enter_frame(0).await.unwrap();
    let form = d.find(By::Id("f-email")).await;
    assert!(form.is_err(), "a site not listed shows no form");
    browser.quit().await;
}
