use std::process::ExitCode;

use convene::settings::Settings;
use convene::startup::Application;
use convene::{db, telemetry};
use secrecy::ExposeSecret;

const USAGE: &str = "usage: convene [serve | migrate | demo | help]

  serve    start the HTTP server (the default); creates and migrates the database
  migrate  create the database if missing and run pending migrations, then exit
  demo     fill the database with an example to click through, then exit

Configuration comes from the environment: DATABASE_URL, BIND, PUBLIC_BASE_URL,
DATABASE_POOL_SIZE, BODY_LIMIT_BYTES, RUST_LOG, LOG_FORMAT (see README.md).";

#[tokio::main]
async fn main() -> ExitCode {
    let settings = match Settings::from_env() {
        Ok(s) => s,
        Err(message) => {
            eprintln!("convene: {message}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(settings.log_format);
    let command = std::env::args().nth(1).unwrap_or_else(|| "serve".into());
    let result = match command.as_str() {
        "serve" => serve(settings).await,
        "migrate" => migrate(&settings).await,
        "demo" => demo(&settings).await,
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => {
            eprintln!("convene: unknown command {other:?}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            eprintln!("convene: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(settings: Settings) -> Result<(), String> {
    let app = Application::build(settings)
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!(url = app.base_url(), "convene is listening");
    app.run_until_stopped().await.map_err(|e| e.to_string())
}

async fn migrate(settings: &Settings) -> Result<(), String> {
    let url = settings.database_url.expose_secret();
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
    let url = settings.database_url.expose_secret();
    let pool = db::pool(url, 4).map_err(|e| e.to_string())?;
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
