use tracing_subscriber::EnvFilter;

use crate::settings::LogFormat;

/// Structured logs on stderr; `RUST_LOG` filters, `LOG_FORMAT=json` for machines.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let result = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
    // A second init (several apps in one test process) keeps the first.
    let _ = result;
}

/// `ana.ferreira@example.org` becomes `a***@example.org` in logs.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first = local.chars().next().unwrap_or('*');
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}
