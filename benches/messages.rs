//! A message to 10,000 registrants: how long the POST that queues it takes
//! (one INSERT … SELECT, not one statement per recipient), and how fast the
//! outbox worker then delivers it to a local SMTP server (aiosmtpd's Sink,
//! which accepts and discards).
//!
//! `bench/messages.sh` runs it; by hand:
//! `cargo bench --bench messages -- --recipients 10000 --runs 5`.

use std::time::{Duration, Instant};

mod support;

use convene::settings::Settings;
use convene::startup::Application;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::{Value, json};
use support::{SERVER, arg, clean_up, count, smtp_sink};

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run());
}

async fn run() {
    let recipients = arg("--recipients", 10_000);
    let runs = arg("--runs", 5).max(1);
    let smtp_port = arg("--smtp-port", 2527);
    let smtp = smtp_sink(smtp_port).await;

    let db = format!("convene_messagebench_{}", std::process::id());
    let db_url = format!("{SERVER}/{db}");
    let mut settings = Settings::for_database(&db_url);
    settings.outbox_worker = false;
    settings.database_pool_size = 16;
    let app = Application::build(settings).await.expect("app");
    let base = app.base_url().to_owned();
    let handle = app.server_handle();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::new();
    let org: Value = client
        .post(format!("{base}/api/v1/organizers"))
        .json(&json!({"email": "bench@example.org", "name": "Bench", "password": "bench password 123"}))
        .send().await.expect("organizer").json().await.expect("json");
    let token = org["token"].as_str().expect("token").to_owned();
    let conference: Value = client
        .post(format!("{base}/api/v1/conferences"))
        .bearer_auth(&token)
        .json(&json!({"title": "Message bench", "timezone": "Europe/Brussels", "starts_at": "2099-06-08T10:00:00+02:00",
                      "ends_at": "2099-06-08T12:00:00+02:00", "format": "online", "online_url": "https://meet.example.org/j/1",
                      "status": "published"}))
        .send().await.expect("conference").json().await.expect("json");
    let slug = conference["slug"].as_str().expect("slug").to_owned();
    let cid = conference["id"].as_str().expect("id").to_owned();
    let endpoint = format!("{base}/api/v1/public/conferences/{slug}/registrations");
    let per_task = recipients.div_ceil(32);
    let filled = Instant::now();
    let tasks: Vec<_> = (0..32)
        .map(|t| {
            let client = client.clone();
            let endpoint = endpoint.clone();
            tokio::spawn(async move {
                for i in 0..per_task {
                    let body = json!({"email": format!("p{t}-{i}@example.org"), "name": format!("Person {t}-{i}"), "consent": true});
                    client.post(&endpoint).json(&body).send().await.expect("sign-up");
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("filler task");
    }
    let mut conn = AsyncPgConnection::establish(&db_url)
        .await
        .expect("connect");
    let registered = count(&mut conn, "SELECT count(*) AS n FROM registrations").await;
    println!(
        "message benchmark: {registered} registrants (signed up in {:.1} s), {runs} runs",
        filled.elapsed().as_secs_f64()
    );
    // Only the message's mails are measured.
    diesel::sql_query("DELETE FROM outbox")
        .execute(&mut conn)
        .await
        .expect("clear");

    let mut times = Vec::new();
    for run in 0..runs {
        let started = Instant::now();
        let reply = client
            .post(format!("{base}/api/v1/conferences/{cid}/messages"))
            .bearer_auth(&token)
            .json(&json!({"subject": format!("Run {run}: news for {{name}}"),
                          "body": "Dear {name},\n\nthe **programme** is online: [see it]({manage_url}).\n\n- one\n- two"}))
            .send()
            .await
            .expect("message");
        let secs = started.elapsed().as_secs_f64();
        let status = reply.status();
        let body: Value = reply.json().await.expect("json");
        assert_eq!(status, 201, "{body}");
        println!(
            "run {run}: POST queued {} mails in {:.3} s",
            body["recipients"], secs
        );
        times.push(secs);
        if run + 1 < runs {
            diesel::sql_query("DELETE FROM outbox")
                .execute(&mut conn)
                .await
                .expect("clear");
        }
    }
    times.sort_by(f64::total_cmp);
    println!(
        "queueing {registered} mails: median {:.3} s, fastest {:.3} s, slowest {:.3} s",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1]
    );
    handle.stop(true).await;

    let queued = count(
        &mut conn,
        "SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL",
    )
    .await;
    let mut settings = Settings::for_database(&db_url);
    settings.smtp_url = Some(format!("smtp://127.0.0.1:{smtp_port}").into());
    settings.smtp_pool_size = 8;
    settings.outbox_poll = Duration::from_millis(20);
    let started = Instant::now();
    let worker = Application::build(settings).await.expect("worker app");
    let worker_handle = worker.server_handle();
    tokio::spawn(worker.run_until_stopped());
    while count(
        &mut conn,
        "SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL",
    )
    .await
        > 0
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if started.elapsed() > Duration::from_secs(600) {
            println!("delivery: gave up after 600 s");
            break;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    worker_handle.stop(true).await;
    let failed = count(
        &mut conn,
        "SELECT count(*) AS n FROM outbox WHERE failed_at IS NOT NULL",
    )
    .await;
    println!(
        "delivery, SMTP pool 8: {:.0} mails/s ({queued} in {secs:.1} s, {failed} failed)",
        queued as f64 / secs
    );
    drop(conn);
    clean_up(smtp, &db).await;
}
