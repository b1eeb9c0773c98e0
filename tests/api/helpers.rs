use std::sync::atomic::{AtomicU32, Ordering};

use convene::db::migrate::{create_database_if_missing, quote_identifier, run_migrations};
use convene::settings::Settings;
use convene::startup::Application;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

pub const SERVER: &str = "postgres://postgres@127.0.0.1:5432";

/// A database of one test, cloned from the migrated template and dropped
/// when the test ends, however it ends.
pub struct TestDatabase {
    pub name: String,
    pub url: String,
}

impl TestDatabase {
    pub async fn create() -> TestDatabase {
        let template = template_database().await;
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "convene_test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            uuid::Uuid::new_v4().simple()
        );
        let mut conn = admin().await;
        diesel::sql_query(format!(
            "CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY",
            quote_identifier(&name),
            quote_identifier(&template)
        ))
        .execute(&mut conn)
        .await
        .expect("create the test database");
        let url = format!("{SERVER}/{name}");
        TestDatabase { name, url }
    }
}

impl TestDatabase {
    /// A database with no schema yet: the app under test migrates it.
    pub async fn empty() -> TestDatabase {
        let name = format!("convene_test_empty_{}", uuid::Uuid::new_v4().simple());
        let mut conn = admin().await;
        diesel::sql_query(format!("CREATE DATABASE {}", quote_identifier(&name)))
            .execute(&mut conn)
            .await
            .expect("create the test database");
        let url = format!("{SERVER}/{name}");
        TestDatabase { name, url }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop runs inside the test's runtime: do the async clean-up on a thread
        // with a runtime of its own.
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async move {
                if let Ok(mut conn) =
                    AsyncPgConnection::establish(&format!("{SERVER}/postgres")).await
                {
                    let _ = diesel::sql_query(format!(
                        "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                        quote_identifier(&name)
                    ))
                    .execute(&mut conn)
                    .await;
                }
            });
        })
        .join();
    }
}

async fn admin() -> AsyncPgConnection {
    AsyncPgConnection::establish(&format!("{SERVER}/postgres"))
        .await
        .expect("PostgreSQL must run on 127.0.0.1:5432 (see README)")
}

/// One migrated template per version of `migrations/`, built once under an
/// advisory lock however many test processes start together.
async fn template_database() -> String {
    let name = format!("convene_template_{}", migrations_hash());
    let mut conn = admin().await;
    diesel::sql_query("SELECT pg_advisory_lock(4242424242)")
        .execute(&mut conn)
        .await
        .expect("lock");
    #[derive(diesel::QueryableByName)]
    struct Found {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let found: Found =
        diesel::sql_query("SELECT count(*) AS n FROM pg_database WHERE datname = $1")
            .bind::<diesel::sql_types::Text, _>(&name)
            .get_result(&mut conn)
            .await
            .expect("look up template");
    if found.n == 0 {
        let building = format!("{name}_building");
        diesel::sql_query(format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            quote_identifier(&building)
        ))
        .execute(&mut conn)
        .await
        .expect("drop half-built template");
        let url = format!("{SERVER}/{building}");
        create_database_if_missing(&url)
            .await
            .expect("create template");
        run_migrations(&url).await.expect("migrate template");
        diesel::sql_query(format!(
            "ALTER DATABASE {} RENAME TO {}",
            quote_identifier(&building),
            quote_identifier(&name)
        ))
        .execute(&mut conn)
        .await
        .expect("publish template");
    }
    diesel::sql_query("SELECT pg_advisory_unlock(4242424242)")
        .execute(&mut conn)
        .await
        .expect("unlock");
    name
}

fn migrations_hash() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = walk(&dir);
    files.sort();
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.to_string_lossy().as_bytes());
        hasher.update(std::fs::read(&file).unwrap_or_default());
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
    }
    out
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db_url: String,
    /// Stops this instance as SIGTERM does.
    pub handle: actix_web::dev::ServerHandle,
    /// Dropped with the app that created the database; a second instance on
    /// the same database holds none.
    pub db: Option<TestDatabase>,
}

pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub body: Value,
}

pub struct Organizer {
    pub token: String,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    let db = TestDatabase::create().await;
    let mut app = spawn_instance(&db.url, configure).await;
    app.db = Some(db);
    app
}

/// One more `convene` instance on an existing database.
pub async fn spawn_instance(db_url: &str, configure: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = Settings::for_database(db_url);
    configure(&mut settings);
    let app = Application::build(settings)
        .await
        .expect("build the application");
    let address = app.base_url().to_owned();
    let handle = app.server_handle();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        handle,
        client: reqwest::Client::new(),
        db_url: db_url.to_owned(),
        db: None,
    }
}

/// An app whose mail goes to a real SMTP server on loopback.
pub async fn spawn_app_with_mail() -> (TestApp, MailServer) {
    let server = MailServer::start().await;
    let url = server.url();
    let app = spawn_app_with(move |s| s.smtp_url = Some(url.into())).await;
    (app, server)
}

/// A real SMTP server for the tests: Debian's aiosmtpd, storing what it
/// receives in a Maildir.
pub struct MailServer {
    pub port: u16,
    dir: std::path::PathBuf,
    child: Option<std::process::Child>,
    /// More aiosmtpd arguments, e.g. its TLS certificate.
    args: Vec<std::ffi::OsString>,
}

impl MailServer {
    pub async fn start() -> MailServer {
        Self::start_with(Vec::new()).await
    }

    /// `--tlscert C --tlskey K` offers STARTTLS and requires it;
    /// `--smtpscert C --smtpskey K` speaks TLS from the first byte.
    pub async fn start_with(args: Vec<std::ffi::OsString>) -> MailServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let dir =
            std::env::temp_dir().join(format!("convene-smtp-{}", uuid::Uuid::new_v4().simple()));
        let mut server = MailServer {
            port,
            dir,
            child: None,
            args,
        };
        server.resume().await;
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// An aiosmtpd that takes `delay_ms` to accept each mail (after the final
    /// `.`, before its `250`), writing the same Maildir: a slow relay.
    pub async fn slow(delay_ms: u64) -> MailServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let dir =
            std::env::temp_dir().join(format!("convene-smtp-{}", uuid::Uuid::new_v4().simple()));
        let script = r#"
import asyncio, sys
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
class Slow(Mailbox):
    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(int(sys.argv[3]) / 1000)
        return await super().handle_DATA(server, session, envelope)
controller = Controller(Slow(sys.argv[2]), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
import threading
threading.Event().wait()
"#;
        let child = std::process::Command::new("/usr/bin/python3")
            .args(["-c", script])
            .arg(port.to_string())
            .arg(&dir)
            .arg(delay_ms.to_string())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start aiosmtpd (apt-get install python3-aiosmtpd)");
        let server = MailServer {
            port,
            dir,
            child: Some(child),
            args: Vec::new(),
        };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return server;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the slow aiosmtpd did not start on port {port}");
    }

    /// Starts (again) on the same port and Maildir.
    pub async fn resume(&mut self) {
        let child = std::process::Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{}", self.port))
            .args(&self.args)
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&self.dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start aiosmtpd (apt-get install python3-aiosmtpd)");
        self.child = Some(child);
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", self.port))
                .await
                .is_ok()
            {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("aiosmtpd did not start on port {}", self.port);
    }

    /// Takes the server down: connections are refused until `resume`.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every message received so far, raw, oldest first.
    pub fn messages(&self) -> Vec<Vec<u8>> {
        let mut files: Vec<_> = ["new", "cur"]
            .iter()
            .flat_map(|sub| {
                std::fs::read_dir(self.dir.join(sub))
                    .into_iter()
                    .flatten()
                    .flatten()
            })
            .map(|e| e.path())
            .collect();
        files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
    }

    /// Waits until at least `n` messages arrived (10 s at most) and returns all.
    pub async fn wait_for(&self, n: usize) -> Vec<Vec<u8>> {
        // Up to 20 s: a loaded CI machine is slow, a missing mail fails all the same.
        for _ in 0..400 {
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("expected {n} messages, got {}", self.messages().len());
    }
}

/// A private certificate authority and a server certificate it signed for
/// `localhost`, made with the openssl command line, as a relay inside a
/// company would have.
pub struct TestCa {
    dir: std::path::PathBuf,
}

impl TestCa {
    pub fn make() -> TestCa {
        let dir =
            std::env::temp_dir().join(format!("convene-ca-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).expect("a folder for the test CA");
        std::fs::write(
            dir.join("server.ext"),
            "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .expect("the server certificate's extensions");
        let openssl = |args: &[&str]| {
            let status = std::process::Command::new("openssl")
                .args(args)
                .current_dir(&dir)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .expect("run openssl (apt-get install openssl)");
            assert!(status.success(), "openssl {args:?} failed");
        };
        let ec = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
        ];
        openssl(
            &[
                &["req", "-x509"][..],
                &ec,
                &[
                    "-keyout",
                    "ca.key",
                    "-out",
                    "ca.pem",
                    "-days",
                    "2",
                    "-subj",
                    "/CN=Convene Test CA",
                ],
            ]
            .concat(),
        );
        openssl(
            &[
                &["req"][..],
                &ec,
                &[
                    "-keyout",
                    "server.key",
                    "-out",
                    "server.csr",
                    "-subj",
                    "/CN=localhost",
                ],
            ]
            .concat(),
        );
        openssl(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "2",
            "-extfile",
            "server.ext",
        ]);
        TestCa { dir }
    }

    pub fn ca(&self) -> std::path::PathBuf {
        self.dir.join("ca.pem")
    }

    pub fn cert(&self) -> std::ffi::OsString {
        self.dir.join("server.pem").into()
    }

    pub fn key(&self) -> std::ffi::OsString {
        self.dir.join("server.key").into()
    }
}

impl Drop for TestCa {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Drop for MailServer {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl TestApp {
    /// Signs in to the dashboard as `email` (password of [`TestApp::organizer`]):
    /// the session cookie to send.
    pub async fn dashboard_cookie(&self, email: &str) -> String {
        self.dashboard_cookie_with(email, "a long enough password")
            .await
    }

    pub async fn dashboard_cookie_with(&self, email: &str, password: &str) -> String {
        let login = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
            .post(format!("{}/admin/login", self.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!(
                "email={}&password={}",
                email.replace('@', "%40"),
                password.replace(' ', "+")
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(login.status(), StatusCode::SEE_OTHER, "sign-in of {email}");
        login.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned()
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Reply {
        let mut request = self
            .client
            .request(method, format!("{}{}", self.address, path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        reply(request.send().await.expect("request")).await
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Reply {
        self.request(Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Reply {
        self.request(Method::POST, path, token, Some(body)).await
    }

    pub async fn patch(&self, path: &str, token: Option<&str>, body: &Value) -> Reply {
        self.request(Method::PATCH, path, token, Some(body)).await
    }

    pub async fn delete(&self, path: &str, token: Option<&str>) -> Reply {
        self.request(Method::DELETE, path, token, None).await
    }

    /// Sends raw bytes, for bodies no JSON serializer would produce.
    pub async fn post_raw(
        &self,
        path: &str,
        token: Option<&str>,
        content_type: &str,
        body: Vec<u8>,
    ) -> Reply {
        let mut request = self
            .client
            .post(format!("{}{}", self.address, path))
            .header("content-type", content_type)
            .body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        reply(request.send().await.expect("request")).await
    }

    pub async fn organizer(&self, email: &str) -> Organizer {
        let r = self
            .post(
                "/api/v1/organizers",
                None,
                &json!({"email": email, "name": "Guia Gilardoni", "password": "a long enough password"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        Organizer {
            token: r.body["token"].as_str().unwrap().to_owned(),
        }
    }

    /// A published online conference open for registration, with `extra`
    /// fields merged over the defaults.
    pub async fn conference(&self, organizer: &Organizer, extra: Value) -> Value {
        let mut body = json!({
            "title": "SPRING Launch Conference",
            "description": "A working session on knowledge and needs.",
            "timezone": "Europe/Brussels",
            "starts_at": "2099-06-08T10:00:00+02:00",
            "ends_at": "2099-06-08T12:30:00+02:00",
            "format": "online",
            "online_url": "https://meet.example.org/j/812345",
            "status": "published"
        });
        if let (Some(base), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                base.insert(k.clone(), v.clone());
            }
        }
        let r = self
            .post("/api/v1/conferences", Some(&organizer.token), &body)
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        r.body
    }

    pub async fn session(&self, organizer: &Organizer, conference_id: &str, extra: Value) -> Value {
        let mut body = json!({
            "title": "The role of knowledge exchange",
            "starts_at": "2099-06-08T10:15:00+02:00",
            "ends_at": "2099-06-08T11:15:00+02:00",
            "speakers": [
                {"name": "Sarah Spencer", "affiliation": "COMPAS", "role": "moderator"},
                {"name": "Karel Arnaut", "affiliation": "ReROOT", "role": "panelist"}
            ]
        });
        if let (Some(base), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                base.insert(k.clone(), v.clone());
            }
        }
        let r = self
            .post(
                &format!("/api/v1/conferences/{conference_id}/sessions"),
                Some(&organizer.token),
                &body,
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        r.body
    }

    pub async fn register(&self, slug: &str, email: &str, extra: Value) -> Reply {
        let mut body = json!({"email": email, "name": "Ana Ferreira", "consent": true});
        if let (Some(base), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                base.insert(k.clone(), v.clone());
            }
        }
        self.post(
            &format!("/api/v1/public/conferences/{slug}/registrations"),
            None,
            &body,
        )
        .await
    }

    /// The path of the token routes for a manage URL.
    /// A GET whose answer is a file: status, content type and bytes.
    pub async fn download(&self, path: &str, token: &str) -> (StatusCode, String, Vec<u8>) {
        let r = self
            .client
            .get(format!("{}{}", self.address, path))
            .bearer_auth(token)
            .send()
            .await
            .expect("request");
        let status = r.status();
        let content_type = r
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        (
            status,
            content_type,
            r.bytes().await.expect("body").to_vec(),
        )
    }

    /// Runs a statement straight against the database (for states no route makes yet).
    pub async fn execute(&self, sql: &str) {
        let mut conn = AsyncPgConnection::establish(&self.db_url)
            .await
            .expect("connect");
        diesel::sql_query(sql)
            .execute(&mut conn)
            .await
            .expect("execute");
    }

    pub fn manage_path(manage_url: &Value) -> String {
        let url = manage_url.as_str().expect("manage_url");
        let token = url.rsplit('/').next().expect("token");
        format!("/api/v1/registrations/{token}")
    }

    pub async fn registrations(
        &self,
        organizer: &Organizer,
        conference_id: &str,
        query: &str,
    ) -> Vec<Value> {
        let r = self
            .get(
                &format!("/api/v1/conferences/{conference_id}/registrations{query}"),
                Some(&organizer.token),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        r.body.as_array().cloned().unwrap_or_default()
    }

    /// Counts rows straight from the database, to check figures against.
    /// Polls `count_rows` until it gives `n` (5 s at most) and returns the last count.
    pub async fn wait_for_rows(&self, sql: &str, n: i64) -> i64 {
        let mut count = 0;
        for _ in 0..100 {
            count = self.count_rows(sql).await;
            if count == n {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        count
    }

    pub async fn count_rows(&self, sql: &str) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let mut conn = AsyncPgConnection::establish(&self.db_url)
            .await
            .expect("connect");
        let c: Count = diesel::sql_query(sql)
            .get_result(&mut conn)
            .await
            .expect("count");
        c.n
    }
}

async fn reply(response: reqwest::Response) -> Reply {
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = response.bytes().await.expect("body");
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Reply {
        status,
        content_type,
        body,
    }
}

/// Asserts a problem+json answer with the given status.
pub fn assert_problem(reply: &Reply, status: StatusCode) {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert!(
        reply.content_type.starts_with("application/problem+json"),
        "content type {:?}",
        reply.content_type
    );
    assert_eq!(reply.body["status"], status.as_u16());
    assert!(reply.body["title"].is_string());
    assert!(reply.body["detail"].is_string());
}

/// The fields a 422 problem names.
pub fn error_fields(reply: &Reply) -> Vec<String> {
    assert_problem(reply, StatusCode::UNPROCESSABLE_ENTITY);
    reply.body["errors"]
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

/// What the check-in QR code of a mail says: its inline PNG (Content-ID
/// `check-in-qr`) decoded as a phone's camera would.
pub fn check_in_qr_of(raw_mail: &[u8]) -> String {
    use mail_parser::MimeHeaders;
    let message = mail_parser::MessageParser::default()
        .parse(raw_mail)
        .unwrap();
    let image = message
        .parts
        .iter()
        .find(|p| p.is_content_type("image", "png"))
        .expect("an inline PNG");
    assert_eq!(image.content_id(), Some("check-in-qr"));
    let decoder = png::Decoder::new(std::io::Cursor::new(image.contents().to_vec()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    let (width, height, line) = (frame.width as usize, frame.height as usize, frame.line_size);
    let mut grid = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        if pixels[y * line + x / 8] >> (7 - x % 8) & 1 == 1 {
            255
        } else {
            0
        }
    });
    let grids = grid.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().unwrap().1
}

/// A signed-in dashboard: GETs and form POSTs with its cookie and CSRF token
/// (the POST body gets `csrf=…&` in front), redirects not followed.
pub struct Dash<'a> {
    app: &'a TestApp,
    cookie: String,
    pub csrf: String,
}

impl Dash<'_> {
    pub async fn signed_in<'a>(app: &'a TestApp, email: &str) -> Dash<'a> {
        let cookie = app.dashboard_cookie(email).await;
        let mut d = Dash {
            app,
            cookie,
            csrf: String::new(),
        };
        let (_, html, _) = d.get("/admin").await;
        let marker = "name=\"csrf\" value=\"";
        let start = html.find(marker).expect("csrf") + marker.len();
        d.csrf = html[start..].split('"').next().unwrap().to_owned();
        d
    }

    fn client() -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> (StatusCode, String, Option<String>) {
        let r = Self::client()
            .get(format!("{}{path}", self.app.address))
            .header("cookie", &self.cookie)
            .send()
            .await
            .unwrap();
        let status = r.status();
        let location = r
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned());
        (status, r.text().await.unwrap(), location)
    }

    pub async fn post(&self, path: &str, body: &str) -> (StatusCode, String, Option<String>) {
        self.post_as_is(path, format!("csrf={}&{body}", self.csrf))
            .await
    }

    /// A form POST whose body carries its own CSRF field (or none).
    pub async fn post_as_is(
        &self,
        path: &str,
        body: String,
    ) -> (StatusCode, String, Option<String>) {
        let r = Self::client()
            .post(format!("{}{path}", self.app.address))
            .header("cookie", &self.cookie)
            .header("origin", self.app.address.clone())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        let status = r.status();
        let location = r
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned());
        (status, r.text().await.unwrap(), location)
    }
}
