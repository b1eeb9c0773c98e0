use std::process::ExitCode;

use convene::embedded::EmbeddedPostgres;
use convene::settings::Settings;
use convene::startup::Application;
use convene::{db, telemetry};
use secrecy::{ExposeSecret, SecretString};

const USAGE: &str = "usage: convene [serve | migrate | demo | help]

  serve    start the HTTP server (the default); creates and migrates the database
  migrate  create the database if missing and run pending migrations, then exit
  demo     fill the database with an example to click through, then exit

Without DATABASE_URL, Convene runs its own PostgreSQL under DATA_DIR/postgres
(DATA_DIR defaults to ./data; PG_BIN names the server programs' folder).
Configuration comes from the environment: DATABASE_URL, DATA_DIR, PG_BIN, BIND,
PUBLIC_BASE_URL, DATABASE_POOL_SIZE, BODY_LIMIT_BYTES, RUST_LOG, LOG_FORMAT (see README.md).";

#[tokio::main]
async fn main() -> ExitCode {
    let mut settings = match Settings::from_env() {
        Ok(s) => s,
        Err(message) => {
            eprintln!("convene: {message}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(settings.log_format);
    let command = std::env::args().nth(1).unwrap_or_else(|| "serve".into());
    if matches!(command.as_str(), "help" | "--help" | "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if !matches!(command.as_str(), "serve" | "migrate" | "demo") {
        eprintln!("convene: unknown command {command:?}\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let embedded = match open_database(&mut settings) {
        Ok(embedded) => embedded,
        Err(message) => return fail(&message),
    };
    let result = match command.as_str() {
        "serve" => serve(settings).await,
        "migrate" => migrate(&settings).await,
        _ => demo(&settings).await,
    };
    // Whatever happened, the cluster of our own stops with us.
    if let Some(cluster) = embedded {
        cluster.stop();
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    tracing::error!("{message}");
    eprintln!("convene: {message}");
    ExitCode::FAILURE
}

/// `DATABASE_URL`, or Convene's own PostgreSQL when it is unset (started
/// here, on this thread: the cluster is told to stop if the thread that
/// started it ends, and this one lasts as long as the process).
fn open_database(settings: &mut Settings) -> Result<Option<EmbeddedPostgres>, String> {
    if let Some(url) = &settings.database_url {
        tracing::info!(
            "database: {}",
            db::migrate::describe_url(url.expose_secret())
        );
        return Ok(None);
    }
    let cluster = EmbeddedPostgres::start(&settings.data_dir, settings.pg_bin.as_deref())
        .map_err(|e| e.to_string())?;
    tracing::info!("database: {}", cluster.describe());
    settings.database_url = Some(SecretString::from(cluster.url().to_owned()));
    Ok(Some(cluster))
}

async fn serve(settings: Settings) -> Result<(), String> {
    let app = Application::build(settings)
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!(url = app.base_url(), "convene is listening");
    app.run_until_stopped().await.map_err(|e| e.to_string())
}

fn database_url(settings: &Settings) -> Result<&str, String> {
    settings
        .database_url
        .as_ref()
        .map(|u| u.expose_secret())
        .ok_or_else(|| "no database to use".to_owned())
}

async fn migrate(settings: &Settings) -> Result<(), String> {
    let url = database_url(settings)?;
    db::migrate::create_database_if_missing(url)
        .await
        .map_err(|e| e.to_string())?;
    db::migrate::run_migrations(url)
        .await
        .map_err(|e| e.to_string())?;
    println!("database is up to date");
    Ok(())
}

async fn demo(settings: &Settings) -> Result<(), String> {
    migrate(settings).await?;
    let url = database_url(settings)?;
    let pool = db::pool(url, 4, settings.database_pool_mode).map_err(|e| e.to_string())?;
    let key = convene::startup::signing_key(settings, &pool)
        .await
        .map_err(|e| e.to_string())?;
    let demo = convene::demo::seed(&pool, &key)
        .await
        .map_err(|e| e.to_string())?;
    let base = settings
        .public_base_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", settings.bind));
    if !demo.created {
        println!("The demo data is already there.");
    }
    println!(
        "Start the service (cargo run --release) and open:\n  {base}/c/{}  the launch conference: programme, panels, recording\n  {base}/c/{}  an upcoming workshop, open for sign-up\n  {base}/admin  the dashboard: sign in as {} with the password \"{}\"",
        demo.launch_slug,
        demo.workshop_slug,
        convene::demo::EMAIL,
        convene::demo::PASSWORD
    );
    Ok(())
}
