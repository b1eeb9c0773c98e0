//! Webhooks: a real HTTP receiver started by the test gets every event type,
//! each verified with the Standard Webhooks library; retries keep their
//! `webhook-id`; `410` disables the endpoint; internal addresses are refused;
//! a receiver that is down for a minute loses nothing.

use std::collections::{BTreeSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, spawn_app, spawn_app_with};

#[derive(Clone, Debug)]
struct Received {
    id: String,
    timestamp: String,
    signature: String,
    body: Vec<u8>,
}

impl Received {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }

    /// Verified as any receiver would: with the specification's library.
    fn verify(&self, secret: &str) {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("webhook-id", self.id.parse().unwrap());
        headers.insert("webhook-timestamp", self.timestamp.parse().unwrap());
        headers.insert("webhook-signature", self.signature.parse().unwrap());
        standardwebhooks::Webhook::new(secret)
            .unwrap()
            .verify(&self.body, &headers)
            .unwrap_or_else(|e| panic!("{e:?}: {self:?}"));
    }
}

#[derive(Default)]
struct Inbox {
    received: Mutex<Vec<Received>>,
    /// Status codes to answer, in turn; 200 once none is left.
    answers: Mutex<VecDeque<u16>>,
}

/// An HTTP receiver on loopback; stopped and started again on the same port.
struct Receiver {
    inbox: Arc<Inbox>,
    port: u16,
    handle: Option<actix_web::dev::ServerHandle>,
}

async fn receive(req: HttpRequest, body: web::Bytes, inbox: web::Data<Arc<Inbox>>) -> HttpResponse {
    let header = |name: &str| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    inbox.received.lock().unwrap().push(Received {
        id: header("webhook-id"),
        timestamp: header("webhook-timestamp"),
        signature: header("webhook-signature"),
        body: body.to_vec(),
    });
    let status = inbox.answers.lock().unwrap().pop_front().unwrap_or(200);
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap()).finish()
}

impl Receiver {
    async fn start() -> Receiver {
        let mut r = Receiver {
            inbox: Arc::new(Inbox::default()),
            port: 0,
            handle: None,
        };
        r.listen().await;
        r
    }

    async fn listen(&mut self) {
        let inbox = self.inbox.clone();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(web::Data::new(inbox.clone()))
                .route("/hook", web::post().to(receive))
        })
        .workers(1)
        .bind(("127.0.0.1", self.port))
        .unwrap();
        self.port = server.addrs()[0].port();
        let server = server.run();
        self.handle = Some(server.handle());
        tokio::spawn(server);
    }

    async fn stop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.stop(false).await;
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/hook", self.port)
    }

    fn received(&self) -> Vec<Received> {
        self.inbox.received.lock().unwrap().clone()
    }

    /// Waits until `pred` holds of what arrived (up to `secs` seconds).
    async fn wait_until(&self, secs: u64, pred: impl Fn(&[Received]) -> bool) -> Vec<Received> {
        let deadline = std::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let got = self.received();
            if pred(&got) {
                return got;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "waited {secs} s; got {:?}",
                got.iter()
                    .map(|r| r.json()["type"].clone())
                    .collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

const ALL: [&str; 8] = [
    "registration.created",
    "registration.updated",
    "registration.cancelled",
    "registration.promoted",
    "registration.approved",
    "registration.declined",
    "attendance.recorded",
    "conference.updated",
];

async fn hook(app: &TestApp, token: &str, cid: &str, url: &str) -> Value {
    let r = app
        .post(
            &format!("/api/v1/conferences/{cid}/webhooks"),
            Some(token),
            &json!({"url": url, "events": ALL}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    r.body
}

fn types(got: &[Received]) -> BTreeSet<String> {
    got.iter()
        .map(|r| r.json()["type"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_event_type_arrives_signed_and_verifiable() {
    let receiver = Receiver::start().await;
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = app.conference(&org, json!({"capacity": 1})).await;
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();
    let created = hook(&app, &org.token, cid, &receiver.url()).await;
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("whsec_"));
    let listed = app
        .get(
            &format!("/api/v1/conferences/{cid}/webhooks"),
            Some(&org.token),
        )
        .await;
    assert_eq!(listed.body[0]["active"], true);
    assert!(
        listed.body[0].get("secret").is_none(),
        "the secret is shown once"
    );

    let ana = app.register(slug, "ana@example.org", json!({})).await;
    let ben = app.register(slug, "ben@example.org", json!({})).await;
    assert_eq!(ben.body["status"], "waitlisted");
    let ana_path = TestApp::manage_path(&ana.body["manage_url"]);
    let r = app
        .patch(&ana_path, None, &json!({"name": "Ana F. Ferreira"}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(app.delete(&ana_path, None).await.status, StatusCode::OK);
    let ben_id = ben.body["id"].as_str().unwrap();
    let r = app
        .post(
            &format!("/api/v1/conferences/{cid}/registrations/{ben_id}/check-in"),
            Some(&org.token),
            &json!({}),
        )
        .await;
    assert!(r.status.is_success(), "{}", r.body);
    let r = app
        .patch(
            &format!("/api/v1/conferences/{cid}"),
            Some(&org.token),
            &json!({"title": "SPRING Launch Conference 2099"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);

    // A conference that chooses its participants.
    let picky = app
        .conference(&org, json!({"slug": "picky", "require_approval": true}))
        .await;
    let pid = picky["id"].as_str().unwrap();
    let picky_secret = hook(&app, &org.token, pid, &receiver.url()).await["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let cleo = app.register("picky", "cleo@example.org", json!({})).await;
    let dan = app.register("picky", "dan@example.org", json!({})).await;
    for (who, how) in [(&cleo, "approve"), (&dan, "decline")] {
        let id = who.body["id"].as_str().unwrap();
        let r = app
            .post(
                &format!("/api/v1/conferences/{pid}/registrations/{id}/{how}"),
                Some(&org.token),
                &json!({}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }

    let got = receiver
        .wait_until(20, |got| types(got).len() == ALL.len())
        .await;
    assert_eq!(types(&got), ALL.iter().map(|s| s.to_string()).collect());
    for r in &got {
        let body = r.json();
        let about_picky = body["data"]["conference_id"] == pid;
        r.verify(if about_picky { &picky_secret } else { &secret });
        assert!(r.signature.starts_with("v1,"));
        assert!(body["timestamp"].is_string());
    }
    let find = |t: &str| got.iter().find(|r| r.json()["type"] == t).unwrap().json();
    assert_eq!(
        find("registration.promoted")["data"]["email"],
        "ben@example.org"
    );
    assert_eq!(find("registration.promoted")["data"]["status"], "confirmed");
    assert_eq!(find("attendance.recorded")["data"]["attended"], true);
    assert_eq!(
        find("registration.updated")["data"]["name"],
        "Ana F. Ferreira"
    );
    assert_eq!(
        find("conference.updated")["data"]["title"],
        "SPRING Launch Conference 2099"
    );
    assert_eq!(
        find("registration.declined")["data"]["email"],
        "dan@example.org"
    );
    // Nothing of a link secret leaves with the data.
    assert!(
        got.iter()
            .all(|r| !String::from_utf8_lossy(&r.body).contains("token"))
    );

    // The deliveries list says what became of each.
    let wid = created["id"].as_str().unwrap();
    let deliveries = app
        .get(
            &format!("/api/v1/webhooks/{wid}/deliveries"),
            Some(&org.token),
        )
        .await;
    assert_eq!(deliveries.status, StatusCode::OK);
    let list = deliveries.body.as_array().unwrap();
    assert!(list.len() >= 6, "{list:?}");
    for d in list {
        assert_eq!(d["status_code"], 200);
        assert!(d["delivered_at"].is_string());
        assert!(d["next_attempt_at"].is_null());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn retries_keep_the_webhook_id_and_410_disables_the_endpoint() {
    let receiver = Receiver::start().await;
    receiver.inbox.answers.lock().unwrap().extend([500, 503]);
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();
    let created = hook(&app, &org.token, cid, &receiver.url()).await;
    let wid = created["id"].as_str().unwrap();
    let secret = created["secret"].as_str().unwrap();
    app.register(slug, "ana@example.org", json!({})).await;
    let got = receiver.wait_until(20, |got| got.len() >= 3).await;
    assert_eq!(got.len(), 3, "two failures, then the delivery");
    assert!(
        got.iter().all(|r| r.id == got[0].id),
        "the same webhook-id each time"
    );
    for r in &got {
        r.verify(secret);
    }
    let deliveries = app
        .get(
            &format!("/api/v1/webhooks/{wid}/deliveries"),
            Some(&org.token),
        )
        .await;
    let d = &deliveries.body[0];
    assert_eq!(d["id"], got[0].id.as_str());
    assert_eq!(d["attempts"], 3);
    assert_eq!(d["status_code"], 200);
    assert_eq!(d["type"], "registration.created");

    // A 410 says the receiver wants no more.
    receiver.inbox.answers.lock().unwrap().push_back(410);
    app.register(slug, "ben@example.org", json!({})).await;
    receiver.wait_until(20, |got| got.len() >= 4).await;
    let mut active = true;
    for _ in 0..100 {
        let list = app
            .get(
                &format!("/api/v1/conferences/{cid}/webhooks"),
                Some(&org.token),
            )
            .await;
        active = list.body[0]["active"] == true;
        if !active {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!active, "a 410 disables the endpoint");
    app.register(slug, "cleo@example.org", json!({})).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(receiver.received().len(), 4, "nothing more after the 410");
    let deliveries = app
        .get(
            &format!("/api/v1/webhooks/{wid}/deliveries"),
            Some(&org.token),
        )
        .await;
    let gone = deliveries
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["status_code"] == 410)
        .expect("the 410 is in the list");
    assert!(gone["last_error"].as_str().unwrap().contains("410"));

    // Turned on again, it is delivered to once more.
    let r = app
        .patch(
            &format!("/api/v1/webhooks/{wid}"),
            Some(&org.token),
            &json!({"active": true}),
        )
        .await;
    assert_eq!(r.body["active"], true);
    app.register(slug, "dan@example.org", json!({})).await;
    receiver.wait_until(20, |got| got.len() >= 5).await;
    assert_eq!(
        app.delete(&format!("/api/v1/webhooks/{wid}"), Some(&org.token))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn urls_inside_the_network_are_refused() {
    let app = spawn_app_with(|s| s.webhook_allow_http = false).await;
    let org = app.organizer("office@example.eu").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    for url in [
        "http://crm.example.org/hook",
        "https://127.0.0.1/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.10/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hook",
        "https://[fd00::1]/hook",
        // A name that resolves to loopback is refused like loopback.
        "https://localhost/hook",
        "not a url",
    ] {
        let r = app
            .post(
                &format!("/api/v1/conferences/{cid}/webhooks"),
                Some(&org.token),
                &json!({"url": url, "events": ["registration.created"]}),
            )
            .await;
        assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body["errors"]["url"].is_array(), "{url}: {}", r.body);
    }
    let r = app
        .post(
            &format!("/api/v1/conferences/{cid}/webhooks"),
            Some(&org.token),
            &json!({"url": "https://crm.example.org/hook", "events": ["registration.deleted"]}),
        )
        .await;
    assert!(
        r.status.is_client_error(),
        "an unknown event type: {}",
        r.body
    );
    let r = app
        .post(
            &format!("/api/v1/conferences/{cid}/webhooks"),
            Some(&org.token),
            &json!({"url": "https://crm.example.org/hook", "events": []}),
        )
        .await;
    assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY);

    // Development allows loopback http, never the private networks.
    let dev = spawn_app().await;
    let org = dev.organizer("office@example.eu").await;
    let c = dev.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let ok = dev
        .post(
            &format!("/api/v1/conferences/{cid}/webhooks"),
            Some(&org.token),
            &json!({"url": "http://127.0.0.1:9/hook", "events": ["registration.created"]}),
        )
        .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);
    let r = dev
        .post(
            &format!("/api/v1/conferences/{cid}/webhooks"),
            Some(&org.token),
            &json!({"url": "http://10.0.0.1/hook", "events": ["registration.created"]}),
        )
        .await;
    assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_receiver_down_for_a_minute_loses_nothing() {
    let mut receiver = Receiver::start().await;
    let app = spawn_app().await;
    let org = app.organizer("office@example.eu").await;
    let c = app.conference(&org, json!({})).await;
    let cid = c["id"].as_str().unwrap();
    let slug = c["slug"].as_str().unwrap();
    let created = hook(&app, &org.token, cid, &receiver.url()).await;
    let secret = created["secret"].as_str().unwrap().to_owned();
    receiver.stop().await;
    let mut emails = BTreeSet::new();
    for i in 0..20 {
        let email = format!("p{i}@example.org");
        let r = app.register(slug, &email, json!({})).await;
        assert_eq!(r.status, StatusCode::CREATED);
        emails.insert(email);
    }
    tokio::time::sleep(Duration::from_secs(60)).await;
    assert!(receiver.received().is_empty());
    receiver.listen().await;
    let got = receiver
        .wait_until(30, |got| {
            got.iter()
                .filter_map(|r| r.json()["data"]["email"].as_str().map(str::to_owned))
                .collect::<BTreeSet<_>>()
                .len()
                == 20
        })
        .await;
    let arrived: BTreeSet<String> = got
        .iter()
        .filter_map(|r| r.json()["data"]["email"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(arrived, emails);
    for r in &got {
        r.verify(&secret);
    }
}
