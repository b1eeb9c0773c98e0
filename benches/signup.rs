//! Load generator for the public sign-up: N concurrent clients, each posting
//! sign-ups with unique emails into one conference with a capacity, for a
//! fixed time. Prints sign-ups per second and latency percentiles.
//!
//! Run through `bench/signup.sh`, which starts a release server first; or by
//! hand: `cargo bench --bench signup -- --url http://127.0.0.1:18080`.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

struct Options {
    url: String,
    clients: usize,
    seconds: u64,
    capacity: Option<i64>,
}

fn options() -> Options {
    let mut o = Options {
        url: "http://127.0.0.1:18080".into(),
        clients: 64,
        seconds: 20,
        capacity: Some(100_000),
    };
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--url" => o.url = value,
            "--clients" => o.clients = value.parse().unwrap_or(o.clients),
            "--seconds" => o.seconds = value.parse().unwrap_or(o.seconds),
            "--capacity" => o.capacity = value.parse().ok(),
            _ => {
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    o
}

async fn setup(client: &reqwest::Client, o: &Options) -> String {
    let run = uuid::Uuid::new_v4().simple().to_string();
    let org: Value = client
        .post(format!("{}/api/v1/organizers", o.url))
        .json(&json!({"email": format!("bench-{run}@example.org"), "name": "Bench", "password": "bench password 123"}))
        .send()
        .await
        .expect("create organizer")
        .json()
        .await
        .expect("organizer json");
    let token = org["token"].as_str().expect("token").to_owned();
    let conference: Value = client
        .post(format!("{}/api/v1/conferences", o.url))
        .bearer_auth(&token)
        .json(&json!({
            "title": format!("Popular webinar {run}"),
            "timezone": "Europe/Brussels",
            "starts_at": "2099-06-08T10:00:00+02:00",
            "ends_at": "2099-06-08T12:00:00+02:00",
            "format": "online",
            "online_url": "https://meet.example.org/j/1",
            "capacity": o.capacity,
            "status": "published"
        }))
        .send()
        .await
        .expect("create conference")
        .json()
        .await
        .expect("conference json");
    conference["slug"].as_str().expect("slug").to_owned()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn main() {
    let o = options();
    // Two worker threads: the server and PostgreSQL need the rest of the machine.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run(o));
}

async fn run(o: Options) {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(o.clients)
        .build()
        .expect("client");
    let slug = setup(&client, &o).await;
    let endpoint = format!("{}/api/v1/public/conferences/{slug}/registrations", o.url);
    let deadline = Instant::now() + Duration::from_secs(o.seconds);
    let started = Instant::now();
    let tasks: Vec<_> = (0..o.clients)
        .map(|c| {
            let client = client.clone();
            let endpoint = endpoint.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut statuses = std::collections::BTreeMap::<String, u64>::new();
                let mut n = 0u64;
                while Instant::now() < deadline {
                    let body = json!({"email": format!("c{c}-{n}@example.org"), "name": "Bench Person", "consent": true});
                    n += 1;
                    let t = Instant::now();
                    let outcome = match client.post(&endpoint).json(&body).send().await {
                        Ok(r) => {
                            let code = r.status().as_u16();
                            let v: Value = r.json().await.unwrap_or(Value::Null);
                            match v["status"].as_str() {
                                Some(s) if code == 201 => s.to_owned(),
                                _ => format!("http {code}"),
                            }
                        }
                        Err(e) => format!("error {e}"),
                    };
                    latencies.push(t.elapsed());
                    *statuses.entry(outcome).or_default() += 1;
                }
                (latencies, statuses)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut statuses = std::collections::BTreeMap::<String, u64>::new();
    for task in tasks {
        let (l, s) = task.await.expect("client task");
        latencies.extend(l);
        for (k, v) in s {
            *statuses.entry(k).or_default() += v;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    let ok: u64 = statuses
        .iter()
        .filter(|(k, _)| *k == "confirmed" || *k == "waitlisted")
        .map(|(_, v)| v)
        .sum();
    println!(
        "sign-up benchmark: {} clients, {:.1} s, capacity {:?}",
        o.clients, elapsed, o.capacity
    );
    println!("outcomes: {statuses:?}");
    println!("throughput: {:.0} sign-ups/s", ok as f64 / elapsed);
    for p in [50.0, 99.0, 99.9] {
        println!(
            "p{p}: {:.1} ms",
            percentile(&latencies, p).as_secs_f64() * 1000.0
        );
    }
}
