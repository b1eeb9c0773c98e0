//! Load generator for the public sign-up: N concurrent clients, each posting
//! sign-ups with unique emails into one conference with a capacity, for a
//! fixed time. Prints sign-ups per second and latency percentiles.
//!
//! Run through `bench/signup.sh`, which starts a release server first; or by
//! hand: `cargo bench --bench signup -- --url http://127.0.0.1:18080`.
//!
//! The fault scenarios (`bench/faults/`) drive it with more options; without
//! them it behaves as above. Every answer is counted by kind and none stops a
//! client: a refused connection, a timeout or a 5xx is an outcome like a 201.
//!
//! ```text
//! --url URL             the server (http://127.0.0.1:18080)
//! --clients N           concurrent clients (64); --concurrency is the same
//! --seconds S           how long to send (20), unless --total is given
//! --capacity N          the capacity of the conference it creates (100000; "unlimited": none)
//! --setup-only          create an organizer and a conference (with its questions), print
//!                       `token=… conference_id=… slug=… answers='…'` (shell-readable) and exit
//! --slug SLUG           sign up for this existing conference instead of creating one
//! --conference ID       the same by id, with --token TOKEN of its organizer
//! --total N             send exactly N sign-ups, then stop; with --concurrency N
//!                       they all start at once (a barrier), one each
//! --prefix P            emails are P-c{client}-{n}@example.org (default c{client}-{n}@…,
//!                       or a random P when reusing a conference)
//! --record FILE         append `email registration_id status` for every 201 answer,
//!                       written as soon as the answer is read
//! --events FILE         append `unix_ms outcome email latency_ms` for every answer
//!                       (outcome with spaces replaced by `_`)
//! --json FILE           write the summary (outcomes, elapsed, latencies) as JSON
//! --timeout S           give up on an answer after S seconds (counted `error timeout`)
//! --rate N              at most N sign-ups per second over all clients
//! --questions N         give the conference it creates N custom questions (0; at most 3:
//!                       a required single choice, a short text, a country), answered
//!                       on every sign-up
//! ```
//!
//! Outcomes: `confirmed`/`waitlisted` (201), `http CODE` (a problem+json
//! answer, or a non-error answer), `http CODE not problem+json`, and
//! `error connect|timeout|body|request` when no answer came. After an error or
//! a 5xx a client pauses 100 ms, so a dead server is not spun on.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

struct Options {
    url: String,
    clients: usize,
    seconds: u64,
    capacity: Option<i64>,
    setup_only: bool,
    slug: Option<String>,
    conference: Option<String>,
    token: Option<String>,
    total: Option<u64>,
    prefix: Option<String>,
    record: Option<String>,
    events: Option<String>,
    json: Option<String>,
    timeout: Option<f64>,
    rate: Option<f64>,
    questions: usize,
}

fn options() -> Options {
    let mut o = Options {
        url: "http://127.0.0.1:18080".into(),
        clients: 64,
        seconds: 20,
        capacity: Some(100_000),
        setup_only: false,
        slug: None,
        conference: None,
        token: None,
        total: None,
        prefix: None,
        record: None,
        events: None,
        json: None,
        timeout: None,
        rate: None,
        questions: 0,
    };
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--url" => o.url = value,
            "--clients" | "--concurrency" => o.clients = value.parse().unwrap_or(o.clients),
            "--seconds" => o.seconds = value.parse().unwrap_or(o.seconds),
            "--capacity" => o.capacity = value.parse().ok(),
            "--slug" => o.slug = Some(value),
            "--conference" => o.conference = Some(value),
            "--token" => o.token = Some(value),
            "--total" => o.total = value.parse().ok(),
            "--prefix" => o.prefix = Some(value),
            "--record" => o.record = Some(value),
            "--events" => o.events = Some(value),
            "--json" => o.json = Some(value),
            "--timeout" => o.timeout = value.parse().ok(),
            "--rate" => o.rate = value.parse().ok().filter(|r: &f64| *r > 0.0),
            "--questions" => o.questions = value.parse().unwrap_or(0).min(3),
            "--setup-only" => {
                o.setup_only = true;
                i += 1;
                continue;
            }
            // `cargo bench` passes `--bench`; anything unknown is skipped.
            _ => {
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    o.clients = o.clients.max(1);
    o
}

/// A new organizer and a published conference: (token, conference id, slug,
/// the answers every sign-up gives to its questions).
async fn setup(client: &reqwest::Client, o: &Options) -> (String, String, String, Value) {
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
    let id = conference["id"].as_str().expect("conference id").to_owned();
    let slug = conference["slug"].as_str().expect("slug").to_owned();
    let questions = [
        (
            json!({"label": "Sector", "kind": "single_choice", "required": true,
                   "choices": ["Policy", "Research", "Civil society"], "position": 1}),
            json!("Research"),
        ),
        (
            json!({"label": "Organisation's city", "kind": "short_text", "position": 2}),
            json!("Brussels"),
        ),
        (
            json!({"label": "Country", "kind": "country", "position": 3}),
            json!("BE"),
        ),
    ];
    let mut answers = serde_json::Map::new();
    for (body, answer) in questions.into_iter().take(o.questions) {
        let question: Value = client
            .post(format!("{}/api/v1/conferences/{id}/questions", o.url))
            .bearer_auth(&token)
            .json(&body)
            .send()
            .await
            .expect("create question")
            .json()
            .await
            .expect("question json");
        let qid = question["id"].as_str().expect("question id").to_owned();
        answers.insert(qid, answer);
    }
    (token, id, slug, Value::Object(answers))
}

/// The slug of an existing conference, looked up through its organizer.
async fn slug_of(client: &reqwest::Client, o: &Options, id: &str) -> String {
    let token = o
        .token
        .as_deref()
        .expect("--conference needs --token (or use --slug)");
    let conference: Value = client
        .get(format!("{}/api/v1/conferences/{id}", o.url))
        .bearer_auth(token)
        .send()
        .await
        .expect("look up the conference")
        .json()
        .await
        .expect("conference json");
    conference["slug"]
        .as_str()
        .unwrap_or_else(|| panic!("no conference {id}: {conference}"))
        .to_owned()
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

/// A file that lines are appended to, each with one write, as they happen.
struct Log(Option<std::sync::Mutex<std::fs::File>>);

impl Log {
    fn open(path: Option<&str>) -> Log {
        Log(path.map(|p| {
            let file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(p)
                .unwrap_or_else(|e| panic!("cannot open {p}: {e}"));
            std::sync::Mutex::new(file)
        }))
    }

    fn line(&self, text: String) {
        if let Some(file) = &self.0 {
            let mut file = file.lock().unwrap_or_else(|e| e.into_inner());
            if let Err(e) = file.write_all(text.as_bytes()) {
                eprintln!("cannot write a record: {e}");
            }
        }
    }
}

/// Spaces sign-ups out to at most `rate` per second over all clients.
struct Pacer {
    interval: Duration,
    next: tokio::sync::Mutex<Instant>,
}

impl Pacer {
    async fn wait(&self) {
        let at = {
            let mut next = self.next.lock().await;
            let at = (*next).max(Instant::now());
            *next = at + self.interval;
            at
        };
        tokio::time::sleep_until(at.into()).await;
    }
}

fn classify(e: &reqwest::Error) -> &'static str {
    if e.is_timeout() {
        "error timeout"
    } else if e.is_connect() {
        "error connect"
    } else if e.is_body() || e.is_decode() {
        "error body"
    } else {
        "error request"
    }
}

fn unix_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis()
}

async fn run(o: Options) {
    let mut builder = reqwest::Client::builder().pool_max_idle_per_host(o.clients);
    if let Some(t) = o.timeout {
        builder = builder.timeout(Duration::from_secs_f64(t));
    }
    let client = builder.build().expect("client");
    let reusing = o.slug.is_some() || o.conference.is_some();
    let (slug, answers) = match (&o.slug, &o.conference) {
        (Some(slug), _) => (slug.clone(), json!({})),
        (None, Some(id)) => (slug_of(&client, &o, id).await, json!({})),
        (None, None) => {
            let (token, id, slug, answers) = setup(&client, &o).await;
            if o.setup_only {
                println!("token={token}\nconference_id={id}\nslug={slug}\nanswers='{answers}'");
                return;
            }
            (slug, answers)
        }
    };
    let prefix = match (&o.prefix, reusing) {
        (Some(p), _) => format!("{p}-"),
        (None, true) => format!("r{}-", &uuid::Uuid::new_v4().simple().to_string()[..8]),
        (None, false) => String::new(),
    };
    let record = Arc::new(Log::open(o.record.as_deref()));
    let events = Arc::new(Log::open(o.events.as_deref()));
    let pacer = o.rate.map(|rate| {
        Arc::new(Pacer {
            interval: Duration::from_secs_f64(1.0 / rate),
            next: tokio::sync::Mutex::new(Instant::now()),
        })
    });
    // With --total, each client takes the next number until all are sent.
    let issued = Arc::new(AtomicU64::new(0));
    let barrier = Arc::new(tokio::sync::Barrier::new(o.clients));
    let endpoint = format!("{}/api/v1/public/conferences/{slug}/registrations", o.url);
    let deadline = Instant::now() + Duration::from_secs(o.seconds);
    let started = Instant::now();
    let tasks: Vec<_> = (0..o.clients)
        .map(|c| {
            let client = client.clone();
            let endpoint = endpoint.clone();
            let prefix = prefix.clone();
            let record = record.clone();
            let events = events.clone();
            let pacer = pacer.clone();
            let issued = issued.clone();
            let barrier = barrier.clone();
            let total = o.total;
            let answers = answers.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut statuses = std::collections::BTreeMap::<String, u64>::new();
                let mut n = 0u64;
                if total.is_some() {
                    barrier.wait().await;
                }
                loop {
                    match total {
                        Some(total) => {
                            if issued.fetch_add(1, Ordering::Relaxed) >= total {
                                break;
                            }
                        }
                        None => {
                            if Instant::now() >= deadline {
                                break;
                            }
                        }
                    }
                    if let Some(pacer) = &pacer {
                        pacer.wait().await;
                        if total.is_none() && Instant::now() >= deadline {
                            break;
                        }
                    }
                    let email = format!("{prefix}c{c}-{n}@example.org");
                    let body = if answers.as_object().is_some_and(|a| !a.is_empty()) {
                        json!({"email": email, "name": "Bench Person", "consent": true, "answers": answers})
                    } else {
                        json!({"email": email, "name": "Bench Person", "consent": true})
                    };
                    n += 1;
                    let t = Instant::now();
                    let (outcome, pause) = match client.post(&endpoint).json(&body).send().await {
                        Ok(r) => {
                            let code = r.status().as_u16();
                            let problem = r
                                .headers()
                                .get("content-type")
                                .and_then(|v| v.to_str().ok())
                                .is_some_and(|v| v.starts_with("application/problem+json"));
                            match r.bytes().await {
                                Err(e) => (classify(&e).to_owned(), true),
                                Ok(bytes) => {
                                    let v: Value =
                                        serde_json::from_slice(&bytes).unwrap_or(Value::Null);
                                    let outcome = match v["status"].as_str() {
                                        Some(s) if code == 201 => {
                                            record.line(format!(
                                                "{email} {} {s}\n",
                                                v["id"].as_str().unwrap_or("-")
                                            ));
                                            s.to_owned()
                                        }
                                        _ if code >= 400 && !problem => {
                                            format!("http {code} not problem+json")
                                        }
                                        _ => format!("http {code}"),
                                    };
                                    (outcome, code >= 500)
                                }
                            }
                        }
                        Err(e) => (classify(&e).to_owned(), true),
                    };
                    let latency = t.elapsed();
                    latencies.push(latency);
                    events.line(format!(
                        "{} {} {email} {:.1}\n",
                        unix_ms(),
                        outcome.replace(' ', "_"),
                        latency.as_secs_f64() * 1000.0
                    ));
                    *statuses.entry(outcome).or_default() += 1;
                    if pause {
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
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
    if reusing {
        println!(
            "sign-up benchmark: {} clients, {:.1} s, conference {slug}",
            o.clients, elapsed
        );
    } else {
        println!(
            "sign-up benchmark: {} clients, {:.1} s, capacity {:?}, {} questions",
            o.clients, elapsed, o.capacity, o.questions
        );
    }
    println!("outcomes: {statuses:?}");
    println!("throughput: {:.0} sign-ups/s", ok as f64 / elapsed);
    for p in [50.0, 99.0, 99.9] {
        println!(
            "p{p}: {:.1} ms",
            percentile(&latencies, p).as_secs_f64() * 1000.0
        );
    }
    if let Some(path) = &o.json {
        let ms = |p: f64| percentile(&latencies, p).as_secs_f64() * 1000.0;
        let summary = json!({
            "slug": slug,
            "clients": o.clients,
            "elapsed_s": elapsed,
            "requests": latencies.len(),
            "acknowledged": ok,
            "outcomes": statuses,
            "p50_ms": ms(50.0),
            "p99_ms": ms(99.0),
            "max_ms": latencies.last().map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0),
        });
        if let Err(e) = std::fs::write(path, format!("{summary}\n")) {
            eprintln!("cannot write {path}: {e}");
        }
    }
}
