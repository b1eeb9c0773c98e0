//! Mail delivery rate: how many confirmation mails per second the outbox
//! worker delivers to a local SMTP server (aiosmtpd's Sink, which accepts and
//! discards), for several SMTP pool sizes.
//!
//! `bench/mail.sh` runs it; by hand: `cargo bench --bench mail -- --mails 2000`.

use std::time::{Duration, Instant};

mod support;

use convene::settings::Settings;
use convene::startup::Application;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::{Value, json};
use support::{SERVER, arg, clean_up, count, smtp_sink};

async fn unsent(conn: &mut AsyncPgConnection) -> i64 {
    count(
        conn,
        "SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL",
    )
    .await
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run());
}

async fn run() {
    let mails = arg("--mails", 2000);
    let smtp_port = arg("--smtp-port", 2526);
    let smtp = smtp_sink(smtp_port).await;

    let db = format!("convene_mailbench_{}", std::process::id());
    let db_url = format!("{SERVER}/{db}");
    // Fill the outbox through the API, with no worker running.
    let mut settings = Settings::for_database(&db_url);
    settings.outbox_worker = false;
    let filler = Application::build(settings).await.expect("app");
    let base = filler.base_url().to_owned();
    let filler_handle = filler.server_handle();
    tokio::spawn(filler.run_until_stopped());
    let client = reqwest::Client::new();
    let org: Value = client
        .post(format!("{base}/api/v1/organizers"))
        .json(&json!({"email": "bench@example.org", "name": "Bench", "password": "bench password 123"}))
        .send().await.expect("organizer").json().await.expect("json");
    let token = org["token"].as_str().expect("token").to_owned();
    let conference: Value = client
        .post(format!("{base}/api/v1/conferences"))
        .bearer_auth(&token)
        .json(&json!({"title": "Mail bench", "timezone": "Europe/Brussels", "starts_at": "2099-06-08T10:00:00+02:00",
                      "ends_at": "2099-06-08T12:00:00+02:00", "format": "online", "online_url": "https://meet.example.org/j/1",
                      "status": "published"}))
        .send().await.expect("conference").json().await.expect("json");
    let slug = conference["slug"].as_str().expect("slug").to_owned();
    let endpoint = format!("{base}/api/v1/public/conferences/{slug}/registrations");
    let per_task = mails.div_ceil(16);
    let tasks: Vec<_> = (0..16)
        .map(|t| {
            let client = client.clone();
            let endpoint = endpoint.clone();
            tokio::spawn(async move {
                for i in 0..per_task {
                    let body = json!({"email": format!("p{t}-{i}@example.org"), "name": "Bench Person", "consent": true});
                    client.post(&endpoint).json(&body).send().await.expect("sign-up");
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("filler task");
    }
    filler_handle.stop(true).await;

    let mut conn = AsyncPgConnection::establish(&db_url)
        .await
        .expect("connect");
    let total = unsent(&mut conn).await;
    println!(
        "mail benchmark: {total} confirmation mails (text + HTML + invite) to aiosmtpd on loopback"
    );
    for pool in [1u32, 2, 4, 8, 16] {
        diesel::sql_query("UPDATE outbox SET sent_at = NULL, attempts = 0, next_attempt_at = now(), last_error = NULL")
            .execute(&mut conn)
            .await
            .expect("reset");
        let mut settings = Settings::for_database(&db_url);
        settings.smtp_url = Some(format!("smtp://127.0.0.1:{smtp_port}").into());
        settings.smtp_pool_size = pool;
        settings.outbox_poll = Duration::from_millis(20);
        let started = Instant::now();
        let worker = Application::build(settings).await.expect("worker app");
        let handle = worker.server_handle();
        tokio::spawn(worker.run_until_stopped());
        while unsent(&mut conn).await > 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
            if started.elapsed() > Duration::from_secs(300) {
                println!("pool {pool}: gave up after 300 s");
                break;
            }
        }
        let secs = started.elapsed().as_secs_f64();
        handle.stop(true).await;
        println!(
            "SMTP pool {pool:>2}: {:>6.0} mails/s ({total} in {secs:.2} s)",
            total as f64 / secs
        );
    }
    drop(conn);
    clean_up(smtp, &db).await;
}
