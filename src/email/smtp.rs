//! Our own pool of SMTP connections, speaking SMTP through lettre's
//! `AsyncSmtpConnection`.
//!
//! lettre's pooled transport opens its sockets without `TCP_NODELAY` and
//! writes a message's final `.` apart from its body, so the end of every mail
//! waited for the server's delayed ACK (about 40 ms): one connection managed
//! ~23 mails a second. It also sends a NOOP before reusing a connection. Here
//! the sockets are ours, with `TCP_NODELAY`, and a connection that turns out
//! stale is replaced only while nothing of the message has been sent, so no
//! failure here sends a mail twice. (A crash after the `.` left still can: the
//! server keeps the mail, and the outbox resends it; see the worker.)

// lettre marks `AsyncNetworkStream` "not meant to be public", yet it is the
// only way to put its TLS on a socket we made.
#![allow(deprecated)]

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Mutex;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use lettre::Address;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{
    AsyncNetworkStream, AsyncSmtpConnection, AsyncTokioStream, Certificate, TlsParameters,
};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, FuturesAsyncReadCompatExt};

use super::SendError;

/// An idle connection older than this is closed rather than reused: servers
/// drop quiet clients after a few minutes.
const IDLE_LIMIT: Duration = Duration::from_secs(30);

enum Tls {
    None,
    /// STARTTLS when the server offers it.
    Opportunistic(TlsParameters),
    /// STARTTLS or no mail.
    Required(TlsParameters),
    /// TLS from the first byte (`smtps://`).
    Wrapper(TlsParameters),
}

/// Where and how to connect, read from `SMTP_URL` with lettre's conventions.
struct Target {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    hello: ClientId,
}

impl Target {
    /// `ca`: certificates trusted besides the system's roots.
    fn from_url(url: &str, ca: Option<&Certificate>) -> Result<Self, String> {
        let url = url::Url::parse(url).map_err(|e| e.to_string())?;
        let host = url
            .host_str()
            .ok_or("it names no host")?
            .trim_matches(|c| c == '[' || c == ']')
            .to_owned();
        let tls_param = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let params = || {
            let mut builder = TlsParameters::builder(host.clone());
            if let Some(roots) = ca {
                builder = builder.add_root_certificate(roots.clone());
            }
            builder.build().map_err(|e| e.to_string())
        };
        let (port, tls) = match (url.scheme(), tls_param.as_deref()) {
            ("smtp", None) => (25, Tls::None),
            ("smtp", Some("required")) => (587, Tls::Required(params()?)),
            ("smtp", Some("opportunistic")) => (587, Tls::Opportunistic(params()?)),
            ("smtps", _) => (465, Tls::Wrapper(params()?)),
            (scheme, tls) => {
                return Err(format!(
                    "unknown scheme {scheme:?} or tls parameter {tls:?} (smtp://, smtp://…?tls=required, smtps://)"
                ));
            }
        };
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|s| s.into_owned())
                .map_err(|e| e.to_string())
        };
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(decode(url.username())?, decode(password)?)),
            None => None,
        };
        let hello = match url.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_owned()),
        };
        Ok(Target {
            port: url.port().unwrap_or(port),
            host,
            tls,
            credentials,
            hello,
        })
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, Fault> {
        let tcp = TcpStream::connect((self.host.as_str(), self.port)).await?;
        tcp.set_nodelay(true)?;
        let mut conn = match &self.tls {
            Tls::Wrapper(params) => {
                let mut stream = AsyncNetworkStream::use_existing_tokio1(Box::new(tcp));
                stream.upgrade_tls(params.clone()).await?;
                let tls = TlsStream(stream.compat());
                AsyncSmtpConnection::connect_with_transport(Box::new(tls), &self.hello).await?
            }
            _ => AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello).await?,
        };
        match &self.tls {
            Tls::Required(params) => conn.starttls(params.clone(), &self.hello).await?,
            Tls::Opportunistic(params) if conn.can_starttls() => {
                conn.starttls(params.clone(), &self.hello).await?
            }
            _ => {}
        }
        if let Some(credentials) = &self.credentials {
            conn.auth(DEFAULT_MECHANISMS, credentials).await?;
        }
        Ok(conn)
    }
}

/// Why a delivery failed, and whether trying again can help (a 5xx cannot).
#[derive(Debug)]
struct Fault {
    permanent: bool,
    message: String,
}

impl From<lettre::transport::smtp::Error> for Fault {
    fn from(e: lettre::transport::smtp::Error) -> Self {
        Fault {
            permanent: e.is_permanent(),
            message: e.to_string(),
        }
    }
}

impl From<io::Error> for Fault {
    fn from(e: io::Error) -> Self {
        Fault {
            permanent: false,
            message: format!("network: {e}"),
        }
    }
}

/// A TLS stream made by lettre, handed back to it as a plain transport so the
/// socket under it stays ours.
#[derive(Debug)]
struct TlsStream(Compat<AsyncNetworkStream>);

impl AsyncRead for TlsStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for TlsStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

impl AsyncTokioStream for TlsStream {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.0.get_ref().peer_addr()
    }
}

struct Idle {
    conn: AsyncSmtpConnection,
    since: Instant,
}

pub struct SmtpPool {
    target: Target,
    idle: Mutex<Vec<Idle>>,
    max_idle: usize,
    timeout: Duration,
}

/// Where a delivery stopped: before the message's content left, the server
/// cannot have accepted the mail.
enum Failure {
    BeforeContent(Fault),
    InContent(Fault),
}

impl SmtpPool {
    /// `smtp://host:port` (plain), `smtp://user:pass@host?tls=required`
    /// (STARTTLS) or `smtps://user:pass@host` (TLS); `ca`: PEM certificates
    /// trusted besides the system's roots. At most `size` idle connections
    /// are kept; the caller bounds how many are busy.
    pub fn new(
        url: &str,
        size: usize,
        timeout: Duration,
        ca: Option<&[u8]>,
    ) -> Result<Self, String> {
        let ca = ca.map(trusted_roots).transpose()?;
        Ok(SmtpPool {
            target: Target::from_url(url, ca.as_ref())
                .map_err(|e| format!("SMTP_URL is not usable: {e}"))?,
            idle: Mutex::new(Vec::new()),
            max_idle: size.max(1),
            timeout,
        })
    }

    pub async fn send(&self, envelope: &Envelope, content: &[u8]) -> Result<(), SendError> {
        match tokio::time::timeout(self.timeout, self.deliver(envelope, content)).await {
            Ok(result) => result,
            Err(_) => Err(SendError::Transient(format!(
                "no answer within {:?}",
                self.timeout
            ))),
        }
    }

    async fn deliver(&self, envelope: &Envelope, content: &[u8]) -> Result<(), SendError> {
        if let Some(mut conn) = self.take_idle() {
            match transmit(&mut conn, envelope, content).await {
                Ok(()) => {
                    self.put_back(conn);
                    return Ok(());
                }
                // The server closed the connection while it sat idle, or
                // refused this mail before its content: nothing was accepted,
                // so a fresh connection may try at once.
                Err(Failure::BeforeContent(e)) if !e.permanent => {
                    tracing::debug!(error = e.message, "idle SMTP connection unusable");
                }
                Err(failure) => return Err(classify(failure)),
            }
        }
        let mut conn = self
            .target
            .connect()
            .await
            .map_err(|e| classify(Failure::BeforeContent(e)))?;
        transmit(&mut conn, envelope, content)
            .await
            .map_err(classify)?;
        self.put_back(conn);
        Ok(())
    }

    fn take_idle(&self) -> Option<AsyncSmtpConnection> {
        let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        while let Some(entry) = idle.pop() {
            if entry.since.elapsed() < IDLE_LIMIT {
                return Some(entry.conn);
            }
        }
        None
    }

    fn put_back(&self, conn: AsyncSmtpConnection) {
        if conn.has_broken() {
            return;
        }
        let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        if idle.len() < self.max_idle {
            idle.push(Idle {
                conn,
                since: Instant::now(),
            });
        }
    }
}

/// The extra roots of `SMTP_CA_FILE`. lettre reads a file without a single
/// certificate (a key, DER bytes) as an empty list, which would trust nothing
/// more without a word: that is refused here.
fn trusted_roots(pem: &[u8]) -> Result<Certificate, String> {
    if !pem
        .windows(b"-----BEGIN CERTIFICATE-----".len())
        .any(|w| w == b"-----BEGIN CERTIFICATE-----")
    {
        return Err("SMTP_CA_FILE holds no PEM certificate".into());
    }
    Certificate::from_pem(pem).map_err(|e| format!("SMTP_CA_FILE is not usable: {e}"))
}

fn classify(failure: Failure) -> SendError {
    let (Failure::BeforeContent(e) | Failure::InContent(e)) = failure;
    if e.permanent {
        SendError::Permanent(e.message)
    } else {
        SendError::Transient(e.message)
    }
}

/// One mail on one connection: MAIL, RCPT, DATA, then the content.
async fn transmit(
    conn: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    content: &[u8],
) -> Result<(), Failure> {
    let before = |e: lettre::transport::smtp::Error| Failure::BeforeContent(e.into());
    let mut options = Vec::new();
    let non_ascii_address =
        envelope.from().is_some_and(|a| !is_ascii(a)) || envelope.to().iter().any(|a| !is_ascii(a));
    if non_ascii_address {
        if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            return Err(refused(
                "an address is not ASCII and the server does not offer SMTPUTF8",
            ));
        }
        options.push(MailParameter::SmtpUtfEight);
    }
    if !content.is_ascii() {
        if !conn.server_info().supports_feature(Extension::EightBitMime) {
            return Err(refused(
                "the message is not ASCII and the server does not offer 8BITMIME",
            ));
        }
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    conn.command(Mail::new(envelope.from().cloned(), options))
        .await
        .map_err(before)?;
    for to in envelope.to() {
        conn.command(Rcpt::new(to.clone(), Vec::new()))
            .await
            .map_err(before)?;
    }
    conn.command(Data).await.map_err(before)?;
    conn.message(content)
        .await
        .map_err(|e| Failure::InContent(e.into()))?;
    Ok(())
}

fn refused(why: &str) -> Failure {
    Failure::BeforeContent(Fault {
        permanent: true,
        message: why.to_owned(),
    })
}

fn is_ascii(address: &Address) -> bool {
    <Address as AsRef<str>>::as_ref(address).is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_url_keeps_its_port_and_has_no_tls_or_login() -> Result<(), String> {
        let target = Target::from_url("smtp://127.0.0.1:2525", None)?;
        assert_eq!((target.host.as_str(), target.port), ("127.0.0.1", 2525));
        assert!(matches!(target.tls, Tls::None));
        assert!(target.credentials.is_none());
        Ok(())
    }

    #[test]
    fn starttls_and_tls_urls_take_the_submission_ports_and_decode_the_login() -> Result<(), String>
    {
        let target = Target::from_url("smtp://ana:p%40ss@mail.example.org?tls=required", None)?;
        assert_eq!(target.port, 587);
        assert!(matches!(target.tls, Tls::Required(_)));
        assert_eq!(
            target.credentials,
            Some(Credentials::new("ana".into(), "p@ss".into()))
        );
        let target = Target::from_url("smtp://mail.example.org?tls=opportunistic", None)?;
        assert!(matches!(target.tls, Tls::Opportunistic(_)));
        let target = Target::from_url("smtps://mail.example.org/convene.example.org", None)?;
        assert_eq!(target.port, 465);
        assert!(matches!(target.tls, Tls::Wrapper(_)));
        assert_eq!(target.hello, ClientId::Domain("convene.example.org".into()));
        Ok(())
    }

    #[test]
    fn a_ca_file_without_a_certificate_is_refused() {
        let key =
            b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n";
        for pem in [&b""[..], b"not a certificate", key] {
            let refused = SmtpPool::new(
                "smtps://mail.example.org",
                1,
                Duration::from_secs(1),
                Some(pem),
            );
            assert!(
                refused.is_err_and(|e| e.contains("SMTP_CA_FILE")),
                "{pem:?}"
            );
        }
    }

    #[test]
    fn other_schemes_and_tls_modes_are_refused() {
        assert!(Target::from_url("http://mail.example.org", None).is_err());
        assert!(Target::from_url("smtp://mail.example.org?tls=maybe", None).is_err());
        assert!(Target::from_url("smtp://", None).is_err());
    }
}
