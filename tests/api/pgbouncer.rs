//! Convene behind PgBouncer in transaction pooling mode, as many managed
//! PostgreSQL services run it: Debian's PgBouncer 1.18 does not track
//! prepared statements, and hands a client another server connection after
//! every transaction.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use convene::db::PoolMode;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use futures::future::join_all;
use serde_json::json;

use crate::helpers::{MailServer, TestDatabase, spawn_instance};

/// Server connections PgBouncer may open to the database: far fewer than the
/// two instances' pools, so that clients share them all the time.
const SERVER_CONNECTIONS: i64 = 3;

struct Bouncer {
    port: u16,
    dir: PathBuf,
    child: Child,
}

impl Bouncer {
    async fn start() -> Bouncer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let dir = std::env::temp_dir().join(format!(
            "convene-pgbouncer-{}",
            uuid::Uuid::new_v4().simple()
        ));
        std::fs::create_dir_all(&dir).expect("pgbouncer folder");
        std::fs::write(dir.join("users.txt"), "\"postgres\" \"\"\n").expect("users");
        std::fs::write(
            dir.join("pgbouncer.ini"),
            format!(
                "[databases]\n* = host=127.0.0.1 port=5432\n\n[pgbouncer]\n\
                 listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n\
                 auth_type = trust\nauth_file = {users}\npool_mode = transaction\n\
                 default_pool_size = {SERVER_CONNECTIONS}\nmax_client_conn = 500\n\
                 ignore_startup_parameters = extra_float_digits\n\
                 logfile = {log}\npidfile = {pid}\n",
                users = dir.join("users.txt").display(),
                log = dir.join("pgbouncer.log").display(),
                pid = dir.join("pgbouncer.pid").display(),
            ),
        )
        .expect("pgbouncer.ini");
        let mut command = Command::new("/usr/sbin/pgbouncer");
        // PgBouncer refuses to run as root.
        if unsafe { libc::geteuid() } == 0 {
            let status = Command::new("chown")
                .args(["-R", "postgres"])
                .arg(&dir)
                .status()
                .expect("chown");
            assert!(status.success());
            command.args(["-u", "postgres"]);
        }
        let child = command
            .arg(dir.join("pgbouncer.ini"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pgbouncer must be installed (run-tests installs Debian's pgbouncer)");
        let bouncer = Bouncer { port, dir, child };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return bouncer;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("pgbouncer did not listen: {}", bouncer.log());
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("pgbouncer.log")).unwrap_or_default()
    }
}

impl Drop for Bouncer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn migrations_sign_ups_mail_and_reminders_work_through_pgbouncer_in_transaction_mode() {
    // An empty database: the schema is made through PgBouncer too, by two
    // instances starting at once.
    let db = TestDatabase::empty().await;
    let bouncer = Bouncer::start().await;
    let url = format!("postgres://postgres@127.0.0.1:{}/{}", bouncer.port, db.name);
    let smtp = MailServer::start().await;
    let configure = |s: &mut convene::settings::Settings| {
        s.smtp_url = Some(smtp.url().into());
        s.database_pool_mode = PoolMode::Transaction;
        s.database_pool_size = 16;
    };
    let (first, second) = tokio::join!(
        spawn_instance(&url, configure),
        spawn_instance(&url, configure)
    );

    let org = first.organizer("bouncer@example.org").await;
    let soon = chrono::Utc::now() + chrono::Duration::minutes(30);
    let c = first
        .conference(
            &org,
            json!({"capacity": 20, "starts_at": soon.to_rfc3339(),
                   "ends_at": (soon + chrono::Duration::hours(2)).to_rfc3339(),
                   "reminder_minutes": []}),
        )
        .await;
    let slug = c["slug"].as_str().unwrap().to_owned();

    let replies = join_all((0..40).map(|i| {
        let app = if i % 2 == 0 { &first } else { &second };
        let slug = slug.clone();
        async move {
            app.register(
                &slug,
                &format!("p{i}@example.org"),
                json!({"name": format!("P {i}")}),
            )
            .await
        }
    }))
    .await;
    let statuses: Vec<String> = replies
        .iter()
        .map(|r| {
            assert!(r.status.is_success(), "{} {}", r.status, r.body);
            r.body["status"].as_str().unwrap_or_default().to_owned()
        })
        .collect();
    assert_eq!(statuses.iter().filter(|s| *s == "confirmed").count(), 20);
    assert_eq!(statuses.iter().filter(|s| *s == "waitlisted").count(), 20);
    // The reminder is asked for once everyone has signed up: it is due at
    // once (the start is 30 minutes away), and a reminder run goes to those
    // confirmed when a worker finds it due.
    let r = first
        .patch(
            &format!("/api/v1/conferences/{}", c["id"].as_str().unwrap()),
            Some(&org.token),
            &json!({"reminder_minutes": [60]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);

    // 40 answers to the sign-ups and a reminder to each of the 20 confirmed,
    // sent by both workers through PgBouncer, none twice.
    let mails = smtp.wait_for(60).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mails = if smtp.messages().len() > mails.len() {
        smtp.messages()
    } else {
        mails
    };
    let subjects: Vec<String> = mails
        .iter()
        .map(|m| {
            mail_parser::MessageParser::default()
                .parse(m)
                .and_then(|m| m.subject().map(str::to_owned))
                .unwrap_or_default()
        })
        .collect();
    let count = |prefix: &str| subjects.iter().filter(|s| s.starts_with(prefix)).count();
    assert_eq!(mails.len(), 60, "{subjects:?}");
    assert_eq!(count("You are registered"), 20);
    assert_eq!(count("You are on the waiting list"), 20);
    assert_eq!(count("Reminder"), 20);

    // The stats and the list read through it as well.
    let conference_id = c["id"].as_str().unwrap();
    let stats = second
        .get(
            &format!("/api/v1/conferences/{conference_id}/stats"),
            Some(&org.token),
        )
        .await;
    assert_eq!(stats.status, 200, "{}", stats.body);
    assert_eq!(stats.body["confirmed"], 20, "{}", stats.body);

    // PgBouncer really stood in between: the server saw at most its few
    // connections, and PgBouncer logged no error.
    let mut direct = AsyncPgConnection::establish(&db.url)
        .await
        .expect("direct connection");
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let seen: Count = diesel::sql_query(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .get_result(&mut direct)
    .await
    .expect("count connections");
    assert!(
        seen.n <= SERVER_CONNECTIONS,
        "{} server connections",
        seen.n
    );
    let log = bouncer.log();
    assert!(!log.contains("ERROR"), "{log}");
    drop(direct);
    drop((first, second));
}
