//! The first start on a fresh machine: the `convene` binary as a user runs
//! it, on its own PostgreSQL (no DATABASE_URL), and what it says when a
//! database cannot be used.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::json;

fn temp_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("convene-{name}-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `convene <args>` with a clean environment: no DATABASE_URL.
fn convene(data_dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_convene"));
    cmd.args(args)
        .env_remove("DATABASE_URL")
        .env_remove("PG_BIN")
        .env("DATA_DIR", data_dir)
        .env("RATE_LIMIT_PER_MINUTE", "0")
        .env("RUST_LOG", "info")
        .current_dir(data_dir);
    cmd
}

struct Running {
    child: Child,
    base: String,
    log: PathBuf,
}

/// Starts the server in its own process group and waits for `/readyz`.
async fn serve(data_dir: &Path) -> Running {
    let port = free_port();
    let log = data_dir.join(format!("convene-{port}.log"));
    let file = std::fs::File::create(&log).unwrap();
    let child = convene(data_dir, &["serve"])
        .env("BIND", format!("127.0.0.1:{port}"))
        .stdout(file.try_clone().unwrap())
        .stderr(file)
        .process_group(0)
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(r) = reqwest::get(format!("{base}/readyz")).await
            && r.status() == StatusCode::OK
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "not ready in a minute: {}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Running { child, base, log }
}

fn signal_group(child: &Child, signal: i32) {
    // SAFETY: a negative pid names the child's own process group.
    unsafe {
        libc::kill(-(child.id() as i32), signal);
    }
}

async fn wait_exit(child: &mut Child) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(Instant::now() < deadline, "did not stop in a minute");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The postmaster's pid from its pid file, if a server runs in the folder.
fn postmaster(data_dir: &Path) -> Option<i32> {
    let text = std::fs::read_to_string(data_dir.join("postgres/data/postmaster.pid")).ok()?;
    text.lines().next()?.trim().parse().ok()
}

fn uid_of(pid: i32) -> u32 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|u| u.parse().ok())
        .unwrap()
}

fn process_is_running(pid: i32) -> bool {
    // A zombie (dead, not yet reaped) does not count.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| !s.split(") ").nth(1).unwrap_or("").starts_with('Z'))
        .unwrap_or(false)
}

async fn token(base: &str) -> StatusCode {
    reqwest::Client::new()
        .post(format!("{base}/api/v1/tokens"))
        .json(&json!({"email": "guia@example.org", "password": "a long enough password"}))
        .send()
        .await
        .unwrap()
        .status()
}

/// First start (initdb), a stop that stops the cluster, a restart that keeps
/// the data, a kill -9 of both and a start after it.
#[tokio::test(flavor = "multi_thread")]
async fn convene_runs_its_own_postgresql_and_keeps_its_data() {
    let data = temp_dir("embedded");
    let mut first = serve(&data).await;
    let log = std::fs::read_to_string(&first.log).unwrap();
    assert!(
        log.contains("database: embedded PostgreSQL") && log.contains("postgres"),
        "the log says which database: {log}"
    );
    let r = reqwest::Client::new()
        .post(format!("{}/api/v1/organizers", first.base))
        .json(&json!({"email": "guia@example.org", "name": "Guia", "password": "a long enough password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let pid = postmaster(&data).expect("the cluster runs");
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        assert_ne!(
            uid_of(pid),
            0,
            "as root, the cluster runs under an unprivileged account"
        );
    }
    // No TCP port of its own: the socket in the folder is the way in.
    assert!(data.join("postgres/socket/.s.PGSQL.5432").exists());

    signal_group(&first.child, libc::SIGTERM);
    // Only convene was asked to stop (SIGTERM to the group reaches postgres
    // too, so ask convene alone the second time below).
    let status = wait_exit(&mut first.child).await;
    assert!(status.success(), "{status}");
    assert!(!process_is_running(pid), "the cluster stopped with convene");

    let mut second = serve(&data).await;
    assert_eq!(
        token(&second.base).await,
        StatusCode::CREATED,
        "the data was kept"
    );
    // A second Convene on the same folder is refused while the first runs.
    let twice = convene(&data, &["migrate"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&twice.stderr);
    assert!(!twice.status.success());
    assert!(stderr.contains("already runs in this folder"), "{stderr}");
    // SIGTERM to convene alone: it stops the cluster itself.
    let pid = postmaster(&data).unwrap();
    // SAFETY: the child's own pid.
    unsafe {
        libc::kill(second.child.id() as i32, libc::SIGTERM);
    }
    assert!(wait_exit(&mut second.child).await.success());
    assert!(!process_is_running(pid));
    assert!(
        postmaster(&data).is_none(),
        "a clean stop leaves no pid file"
    );

    let mut third = serve(&data).await;
    let pid = postmaster(&data).unwrap();
    signal_group(&third.child, libc::SIGKILL);
    let _ = wait_exit(&mut third.child).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while process_is_running(pid) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        postmaster(&data).is_some(),
        "a crash leaves its pid file behind"
    );

    let mut fourth = serve(&data).await;
    assert_eq!(
        token(&fourth.base).await,
        StatusCode::CREATED,
        "after kill -9"
    );
    signal_group(&fourth.child, libc::SIGTERM);
    let _ = wait_exit(&mut fourth.child).await;
    let _ = std::fs::remove_dir_all(&data);
}

#[tokio::test(flavor = "multi_thread")]
async fn without_server_programs_it_says_what_to_install() {
    let data = temp_dir("no-pg");
    let empty = temp_dir("no-pg-bin");
    let out = convene(&data, &["migrate"])
        .env("PG_BIN", &empty)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("apt-get install postgresql"), "{stderr}");
    assert!(stderr.contains("brew install postgresql@17"), "{stderr}");
    assert!(stderr.contains("dnf install postgresql-server"), "{stderr}");
    assert!(stderr.contains("DATABASE_URL"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let _ = std::fs::remove_dir_all(&data);
    let _ = std::fs::remove_dir_all(&empty);
}

/// `convene migrate` against a DATABASE_URL that cannot work: non-zero, and
/// a message with the host, port, database and cause.
async fn refused_start(database_url: &str) -> String {
    let data = temp_dir("bad-url");
    let out = convene(&data, &["migrate"])
        .env("DATABASE_URL", database_url)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&data);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "{database_url}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !stderr.contains("secret-password"),
        "never the password: {stderr}"
    );
    stderr
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_that_cannot_be_used_is_named_with_the_cause() {
    let port = free_port();
    let refused = refused_start(&format!(
        "postgres://postgres:secret-password@127.0.0.1:{port}/convene"
    ))
    .await;
    assert!(
        refused.contains(&format!("the database convene on 127.0.0.1:{port}"))
            && refused.contains("refused"),
        "{refused}"
    );

    let unknown = refused_start("postgres://postgres@no-such-host.invalid:5432/convene").await;
    assert!(
        unknown.contains("no-such-host.invalid:5432") && unknown.contains("no such host"),
        "{unknown}"
    );

    let role = refused_start("postgres://nobody_here:secret-password@127.0.0.1:5432/convene").await;
    assert!(
        role.contains("127.0.0.1:5432") && role.contains("refused the user or password"),
        "{role}"
    );

    // A role that may log in but not create databases, and a database that
    // does not exist.
    let admin = crate::helpers::TestDatabase::create().await;
    let role = format!("no_create_{}", uuid::Uuid::new_v4().simple());
    {
        use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
        let mut conn = AsyncPgConnection::establish(&admin.url).await.unwrap();
        diesel::sql_query(format!("CREATE ROLE {role} LOGIN NOCREATEDB"))
            .execute(&mut conn)
            .await
            .unwrap();
    }
    let missing = refused_start(&format!("postgres://{role}@127.0.0.1:5432/missing_{role}")).await;
    assert!(
        missing.contains(&format!("the database missing_{role} on 127.0.0.1:5432"))
            && missing.contains("does not exist and cannot be created"),
        "{missing}"
    );
    {
        use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
        let mut conn = AsyncPgConnection::establish(&admin.url).await.unwrap();
        let _ = diesel::sql_query(format!("DROP ROLE {role}"))
            .execute(&mut conn)
            .await;
    }
}

/// `convene demo`, then `convene`: a populated service on the embedded
/// database, with nothing prepared before.
#[tokio::test(flavor = "multi_thread")]
async fn demo_then_serve_on_the_embedded_database() {
    let data = temp_dir("demo");
    let out = convene(&data, &["demo"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = stdout
        .split_whitespace()
        .find(|w| w.contains("/c/"))
        .and_then(|w| w.find("/c/").map(|at| w[at..].to_owned()))
        .expect("demo prints the event pages");
    let mut running = serve(&data).await;
    let page = reqwest::get(format!("{}{path}", running.base))
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK, "{path}");
    let index = reqwest::get(&running.base)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        index.contains("/c/"),
        "the index lists the demo's upcoming event"
    );
    signal_group(&running.child, libc::SIGTERM);
    assert!(wait_exit(&mut running.child).await.success());
    let _ = std::fs::remove_dir_all(&data);
}
