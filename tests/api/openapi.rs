use std::collections::BTreeSet;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::spawn_app;

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// (METHOD, path) of every operation in the served document.
fn documented(doc: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in METHODS {
            if item.get(method).is_some() {
                out.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn the_document_lists_exactly_the_routes_the_router_serves() {
    let app = spawn_app().await;
    let r = app.get("/api/openapi.json", None).await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.body;
    assert!(
        doc["openapi"].as_str().unwrap_or("").starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    let served: BTreeSet<(String, String)> = convene::routes::TABLE
        .iter()
        .map(|(method, path)| (method.to_string(), (*path).to_owned()))
        .collect();
    let documented = documented(&doc);
    let undocumented: Vec<_> = served.difference(&documented).collect();
    let invented: Vec<_> = documented.difference(&served).collect();
    assert!(
        undocumented.is_empty(),
        "served but not documented: {undocumented:?}"
    );
    assert!(
        invented.is_empty(),
        "documented but not served: {invented:?}"
    );
}

/// The pages are declared in the same table: none is in the API document,
/// every one is answered by its handler, and another method on a page's path
/// answers 405 with the methods it has.
#[tokio::test(flavor = "multi_thread")]
async fn every_page_of_the_table_is_served_and_none_is_documented() {
    let app = spawn_app().await;
    let doc = app.get("/api/openapi.json", None).await.body;
    let documented = documented(&doc);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for (method, path) in convene::routes::PAGES {
        assert!(
            !documented.iter().any(|(_, p)| p == path),
            "{path} is a page, not an API route"
        );
        if method.as_str() != "GET" {
            continue;
        }
        let url = format!(
            "{}{}",
            app.address,
            path.replace("{slug}", "no-such-conference")
                .replace("{token}", "x")
                .replace("{id}", "00000000-0000-0000-0000-000000000000")
        );
        let r = client.get(&url).send().await.unwrap();
        let html = r
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html") || v.starts_with("text/css"));
        // The page's own answer (found, not found, or the sign-in redirect),
        // never the problem+json of a path nobody serves.
        assert!(
            html || r.status() == StatusCode::SEE_OTHER,
            "GET {path}: {} {:?}",
            r.status(),
            r.headers().get("content-type")
        );
    }
    let r = client
        .delete(format!("{}/admin/login", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.headers()["allow"], "GET, POST");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_documented_route_is_answered_by_a_handler() {
    let app = spawn_app().await;
    let doc = app.get("/api/openapi.json", None).await.body;
    let nil = "00000000-0000-0000-0000-000000000000";
    for (method, path) in documented(&doc) {
        let url = path
            .replace("{id}", nil)
            .replace("{rid}", nil)
            .replace("{slug}", "no-such-conference")
            .replace("{token}", "not-a-token");
        let method = Method::from_bytes(method.as_bytes()).expect("method");
        let r = app.request(method.clone(), &url, None, None).await;
        assert_ne!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {url}");
        assert!(r.status.as_u16() < 500, "{method} {url}: {}", r.status);
        assert_ne!(
            r.body["detail"], "no route answers this method and path",
            "{method} {url} reached no handler"
        );
    }
    // The control: a route nobody declared says so.
    let r = app.get("/api/v1/no-such-route", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body["detail"], "no route answers this method and path");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_operation_documents_its_answers_and_errors() {
    let app = spawn_app().await;
    let doc = app.get("/api/openapi.json", None).await.body;
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    for name in [
        "Problem",
        "ConferenceFields",
        "ConferenceView",
        "SessionFields",
        "SignUpRequest",
        "RegistrationView",
        "ConferenceStats",
    ] {
        assert!(schemas.contains_key(name), "schema {name} missing");
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let responses = op["responses"].as_object().expect("responses");
            assert!(
                responses
                    .keys()
                    .any(|s| s.starts_with('2') || s.starts_with('3')),
                "{method} {path} has no success answer"
            );
            if path.starts_with("/api/v1/") {
                assert!(
                    responses.keys().any(|s| s.starts_with('4')),
                    "{method} {path} documents no error"
                );
                for (status, answer) in responses {
                    if status.starts_with('4') || status.starts_with('5') {
                        assert!(
                            answer["content"]["application/problem+json"].is_object(),
                            "{method} {path} {status} is not problem+json"
                        );
                    }
                }
            }
            let organizer_route = [
                "/api/v1/conferences",
                "/api/v1/sessions",
                "/api/v1/questions",
                "/api/v1/messages",
                "/api/v1/webhooks",
            ]
            .iter()
            .any(|prefix| path.starts_with(prefix));
            assert_eq!(
                op.get("security").is_some(),
                organizer_route,
                "{method} {path}: bearer security"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_docs_page_is_served_whole_from_the_binary() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/api/docs", app.address))
        .send()
        .await
        .expect("docs");
    assert_eq!(response.status(), StatusCode::OK);
    // The page escapes `/` as `&#x2f;`, which a browser shows as `/`.
    let html = response.text().await.expect("html").replace("&#x2f;", "/");
    for (_, path) in convene::routes::TABLE {
        assert!(html.contains(path), "{path} missing from the docs page");
    }
    assert!(html.contains("Problem"));
    // Nothing fetched from elsewhere: no scripts, and only local assets.
    assert!(!html.contains("<script"));
    for attribute in ["src=\"http", "href=\"http"] {
        assert!(!html.contains(attribute), "external asset: {attribute}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_served_path_with_another_method_answers_405_with_allow() {
    let app = spawn_app().await;
    let response = app
        .client
        .request(Method::PUT, format!("{}/api/v1/conferences", app.address))
        .send()
        .await
        .expect("put");
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    let allow = response
        .headers()
        .get("allow")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
    let r = app.request(Method::DELETE, "/healthz", None, None).await;
    crate::helpers::assert_problem(&r, StatusCode::METHOD_NOT_ALLOWED);

    // A literal segment is its own route, not a registration id: asked with
    // another method (the fuzzer's find), the decisions path says which it
    // takes, whatever the placeholder route beside it would answer.
    let org = app.organizer("guia@example.org").await;
    let c = app.conference(&org, json!({})).await;
    for method in [Method::PATCH, Method::GET, Method::DELETE] {
        let response = app
            .client
            .request(
                method.clone(),
                format!(
                    "{}/api/v1/conferences/{}/registrations/decisions",
                    app.address,
                    c["id"].as_str().unwrap()
                ),
            )
            .bearer_auth(&org.token)
            .json(&json!({"approve": [], "decline": []}))
            .send()
            .await
            .expect("request");
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method}"
        );
        assert_eq!(response.headers()["allow"], "POST", "{method}");
    }
}
