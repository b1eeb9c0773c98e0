//! What the mail benchmarks share: their arguments, a local SMTP sink, a
//! count, and dropping their database.

use std::time::Duration;

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};

pub const SERVER: &str = "postgres://postgres@127.0.0.1:5432";

/// `--name value` from the command line, or `default`.
pub fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// aiosmtpd's Sink on `port`: it accepts every mail and keeps none.
pub async fn smtp_sink(port: usize) -> std::process::Child {
    let child = std::process::Command::new("/usr/bin/python3")
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "aiosmtpd.handlers.Sink",
        ])
        .spawn()
        .expect("aiosmtpd (apt-get install python3-aiosmtpd)");
    tokio::time::sleep(Duration::from_millis(700)).await;
    child
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// The `n` of a `SELECT count(*) AS n …`.
pub async fn count(conn: &mut AsyncPgConnection, sql: &str) -> i64 {
    let c: Count = diesel::sql_query(sql)
        .get_result(conn)
        .await
        .expect("count");
    c.n
}

/// Stops the sink and drops the benchmark's database.
pub async fn clean_up(mut smtp: std::process::Child, db: &str) {
    let _ = smtp.kill();
    let _ = smtp.wait();
    if let Ok(mut admin) = AsyncPgConnection::establish(&format!("{SERVER}/postgres")).await {
        let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
            .execute(&mut admin)
            .await;
    }
}
