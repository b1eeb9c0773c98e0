//! Convene's own PostgreSQL, the default when `DATABASE_URL` is unset: a
//! private cluster under `DATA_DIR/postgres`, made with `initdb` on the first
//! start, run as a child process that listens only on a Unix socket inside
//! that folder, and stopped when Convene stops.
//!
//! A crash leaves nothing in the way of the next start: the child dies with
//! Convene (it is asked to on Linux, and it shares Convene's process group,
//! so a `kill -9` of the group takes both), and a `postmaster.pid` that names
//! no live server of this folder is cleared before the cluster starts again.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Why the embedded cluster could not be had.
#[derive(Debug, thiserror::Error)]
pub enum EmbeddedError {
    #[error(
        "PostgreSQL's server programs (initdb, postgres) were not found{looked}.\n\
         Convene runs its own PostgreSQL when DATABASE_URL is unset; install the server:\n\
         \x20 Debian, Ubuntu:   apt-get install postgresql\n\
         \x20 macOS (Homebrew): brew install postgresql@17\n\
         \x20 Fedora, RHEL:     dnf install postgresql-server\n\
         or point PG_BIN at the folder that holds them, or set DATABASE_URL to a server of yours\n\
         (DATABASE_URL=postgres://user:password@host:5432/convene)."
    )]
    NoServerPrograms { looked: String },
    #[error("the embedded PostgreSQL in {dir}: {message}")]
    Cluster { dir: String, message: String },
}

/// A running cluster of Convene's own.
pub struct EmbeddedPostgres {
    child: Child,
    data_dir: PathBuf,
    version: String,
    url: String,
}

/// Where PostgreSQL's server programs are: `PG_BIN`, `pg_config --bindir`, the
/// newest `/usr/lib/postgresql/*/bin`, Homebrew's and Postgres.app's folders,
/// then `PATH`.
pub fn find_server_programs(pg_bin: Option<&Path>) -> Result<PathBuf, EmbeddedError> {
    let has_server = |dir: &Path| dir.join("initdb").is_file() && dir.join("postgres").is_file();
    if let Some(dir) = pg_bin {
        return if has_server(dir) {
            Ok(dir.to_owned())
        } else {
            Err(EmbeddedError::NoServerPrograms {
                looked: format!(" in PG_BIN ({})", dir.display()),
            })
        };
    }
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        candidates.push(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
    }
    candidates.extend(newest_first("/usr/lib/postgresql", "bin"));
    for prefix in ["/opt/homebrew/opt", "/usr/local/opt"] {
        candidates.extend(
            newest_first(prefix, "bin")
                .into_iter()
                .filter(|p| p.to_string_lossy().contains("postgresql")),
        );
    }
    candidates.push("/Applications/Postgres.app/Contents/Versions/latest/bin".into());
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path));
    }
    candidates.into_iter().find(|d| has_server(d)).ok_or_else(|| {
        EmbeddedError::NoServerPrograms {
            looked: " (looked in pg_config --bindir, /usr/lib/postgresql, Homebrew, Postgres.app and PATH)".into(),
        }
    })
}

/// `<root>/<entry>/<tail>` for every entry of `root`, highest version first.
fn newest_first(root: &str, tail: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(root) else {
        return Vec::new();
    };
    let mut dirs: Vec<(Vec<u64>, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let version = name
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse().ok())
                .collect();
            (version, e.path().join(tail))
        })
        .collect();
    dirs.sort_by(|a, b| b.0.cmp(&a.0));
    dirs.into_iter().map(|(_, p)| p).collect()
}

/// The account the cluster runs under when Convene runs as root (initdb and
/// postgres refuse root): `postgres` where it exists, else `nobody`.
#[derive(Clone, Copy)]
struct RunAs {
    uid: u32,
    gid: u32,
}

fn unprivileged_account() -> Result<Option<RunAs>, String> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Ok(None);
    }
    for name in ["postgres", "nobody"] {
        let Ok(cname) = std::ffi::CString::new(name) else {
            continue;
        };
        // SAFETY: getpwnam takes a NUL-terminated string and returns a pointer
        // to static storage or NULL; the fields are read at once.
        let entry = unsafe { libc::getpwnam(cname.as_ptr()) };
        if !entry.is_null() {
            // SAFETY: checked non-NULL above.
            let (uid, gid) = unsafe { ((*entry).pw_uid, (*entry).pw_gid) };
            return Ok(Some(RunAs { uid, gid }));
        }
    }
    Err(
        "Convene runs as root and there is no postgres or nobody account to run the cluster as"
            .into(),
    )
}

/// A command that runs as `run_as` (when set) and is ended with SIGINT (a
/// fast shutdown) if Convene dies first.
fn command(program: PathBuf, run_as: Option<RunAs>) -> Command {
    use std::os::unix::process::CommandExt;
    let mut cmd = Command::new(program);
    // SAFETY: the closure runs in the child between fork and exec and calls
    // only async-signal-safe functions.
    unsafe {
        cmd.pre_exec(move || {
            if let Some(account) = run_as
                && (libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(account.gid) != 0
                    || libc::setuid(account.uid) != 0)
            {
                return Err(io::Error::last_os_error());
            }
            // After the change of user, which would clear it.
            #[cfg(target_os = "linux")]
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGINT);
            Ok(())
        });
    }
    cmd
}

fn chown_tree(path: &Path, account: RunAs) -> io::Result<()> {
    std::os::unix::fs::chown(path, Some(account.uid), Some(account.gid))?;
    if path.is_dir() {
        for entry in fs::read_dir(path)? {
            chown_tree(&entry?.path(), account)?;
        }
    }
    Ok(())
}

impl EmbeddedPostgres {
    /// Starts the cluster in `data_dir/postgres` (making it first when new)
    /// and waits until it takes connections.
    pub fn start(data_dir: &Path, pg_bin: Option<&Path>) -> Result<Self, EmbeddedError> {
        let bin = find_server_programs(pg_bin)?;
        fs::create_dir_all(data_dir)
            .map_err(|e| cluster(data_dir, format!("cannot create it: {e}")))?;
        let root = fs::canonicalize(data_dir)
            .map_err(|e| cluster(data_dir, e.to_string()))?
            .join("postgres");
        let fail = |message: String| cluster(&root, message);
        let run_as = unprivileged_account().map_err(fail)?;
        let socket_dir = root.join("socket");
        let cluster_dir = root.join("data");
        // A socket's path has room for about 100 bytes.
        if socket_dir.join(".s.PGSQL.5432").as_os_str().len() > 100 {
            return Err(fail(
                "the folder's path is too long for a Unix socket; set DATA_DIR to a shorter one"
                    .into(),
            ));
        }
        fs::create_dir_all(&socket_dir).map_err(|e| fail(e.to_string()))?;
        if let Some(account) = run_as {
            // The server account must reach its folders from the root down.
            std::os::unix::fs::chown(&root, Some(account.uid), Some(account.gid))
                .map_err(|e| fail(format!("cannot hand it to the server's account: {e}")))?;
            chown_tree(&socket_dir, account).map_err(|e| fail(e.to_string()))?;
        }
        if !cluster_dir.join("PG_VERSION").is_file() {
            Self::initdb(&bin, &cluster_dir, run_as).map_err(fail)?;
        } else if let Some(account) = run_as {
            chown_tree(&cluster_dir, account).map_err(|e| fail(e.to_string()))?;
        }
        clear_stale_pid_file(&cluster_dir).map_err(fail)?;
        // No server runs in this folder now, so its socket and the socket's
        // lock file are left over from one that died (the socket folder is
        // ours alone). Their pid may even look alive: a crashed server's
        // processes can linger as zombies where nothing reaps orphans.
        for leftover in [".s.PGSQL.5432", ".s.PGSQL.5432.lock"] {
            let path = socket_dir.join(leftover);
            if path.exists() {
                fs::remove_file(&path)
                    .map_err(|e| fail(format!("cannot remove {}: {e}", path.display())))?;
            }
        }
        let version = fs::read_to_string(cluster_dir.join("PG_VERSION"))
            .map(|v| v.trim().to_owned())
            .unwrap_or_default();
        let log_path = root.join("postgres.log");
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .map_err(|e| fail(format!("cannot open {}: {e}", log_path.display())))?;
        let log_err = log.try_clone().map_err(|e| fail(e.to_string()))?;
        let mut child = command(bin.join("postgres"), run_as)
            .arg("-D")
            .arg(&cluster_dir)
            .arg("-k")
            .arg(&socket_dir)
            // No TCP port: the socket in the folder is the only way in.
            .args(["-c", "listen_addresses=", "-c", "max_connections=200"])
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_err)
            .spawn()
            .map_err(|e| fail(format!("cannot start postgres: {e}")))?;
        let socket = socket_dir.join(".s.PGSQL.5432");
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                return Err(fail(format!(
                    "postgres stopped at once ({status}); its log {} ends with:\n{}",
                    log_path.display(),
                    tail(&log_path)
                )));
            }
            if socket.exists() && ready(&bin, &socket_dir) {
                break;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                return Err(fail(format!(
                    "postgres did not take connections within a minute; see {}",
                    log_path.display()
                )));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let host = percent_encoding::utf8_percent_encode(
            &socket_dir.to_string_lossy(),
            percent_encoding::NON_ALPHANUMERIC,
        )
        .to_string();
        Ok(EmbeddedPostgres {
            child,
            data_dir: root,
            version,
            url: format!("postgres://postgres@{host}/convene"),
        })
    }

    fn initdb(bin: &Path, cluster_dir: &Path, run_as: Option<RunAs>) -> Result<(), String> {
        tracing::info!(dir = %cluster_dir.display(), "creating the embedded PostgreSQL cluster");
        fs::create_dir_all(cluster_dir).map_err(|e| e.to_string())?;
        if let Some(account) = run_as {
            chown_tree(cluster_dir, account).map_err(|e| e.to_string())?;
        }
        let out = command(bin.join("initdb"), run_as)
            .arg("-D")
            .arg(cluster_dir)
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-instructions",
            ])
            .arg("--locale=C")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run initdb: {e}"))?;
        if !out.status.success() {
            // A half-made cluster would stop every later start: start afresh next time.
            let _ = fs::remove_dir_all(cluster_dir);
            return Err(format!(
                "initdb failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(())
    }

    /// What the first log lines say of it.
    pub fn describe(&self) -> String {
        let cwd = std::env::current_dir().ok();
        let shown = cwd
            .and_then(|c| {
                self.data_dir
                    .strip_prefix(&c)
                    .ok()
                    .map(|p| Path::new(".").join(p))
            })
            .unwrap_or_else(|| self.data_dir.clone());
        format!(
            "embedded PostgreSQL {} in {}",
            self.version,
            shown.display()
        )
    }

    /// The `DATABASE_URL` of the cluster (its socket folder as the host).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A fast shutdown: connections are closed, the data is safe.
    pub fn stop(mut self) {
        // SAFETY: the pid is our child's, which has not been reaped yet.
        unsafe {
            libc::kill(self.child.id() as libc::pid_t, libc::SIGINT);
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                tracing::info!("the embedded PostgreSQL has stopped");
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        tracing::warn!("the embedded PostgreSQL did not stop in 30 s; killing it");
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn cluster(dir: &Path, message: String) -> EmbeddedError {
    EmbeddedError::Cluster {
        dir: dir.display().to_string(),
        message,
    }
}

/// Whether the server answers on its socket (pg_isready when there is one).
fn ready(bin: &Path, socket_dir: &Path) -> bool {
    let isready = bin.join("pg_isready");
    if !isready.is_file() {
        return true;
    }
    Command::new(isready)
        .arg("-q")
        .arg("-h")
        .arg(socket_dir)
        .args(["-U", "postgres"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// A `postmaster.pid` left by a server that is gone (a crash, a kill -9) is
/// removed; one of a server still running in this folder stops the start.
fn clear_stale_pid_file(cluster_dir: &Path) -> Result<(), String> {
    let pid_file = cluster_dir.join("postmaster.pid");
    let Ok(text) = fs::read_to_string(&pid_file) else {
        return Ok(());
    };
    let pid: i32 = text
        .lines()
        .next()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    if pid > 0 && runs_postgres_here(pid, cluster_dir) {
        return Err(format!(
            "a PostgreSQL server (pid {pid}) already runs in this folder: is another Convene using it?"
        ));
    }
    fs::remove_file(&pid_file)
        .map_err(|e| format!("cannot remove the stale {}: {e}", pid_file.display()))?;
    tracing::info!("removed the postmaster.pid of a server that is gone");
    Ok(())
}

/// Whether `pid` is a live postgres process serving `cluster_dir` (a pid
/// reused by another program after a crash is not).
fn runs_postgres_here(pid: i32, cluster_dir: &Path) -> bool {
    // SAFETY: signal 0 only checks that the process exists.
    let alive = unsafe { libc::kill(pid, 0) } == 0
        || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
    if !alive {
        return false;
    }
    match fs::read(format!("/proc/{pid}/cmdline")) {
        Ok(cmdline) => {
            let args: Vec<OsString> = cmdline
                .split(|b| *b == 0)
                .map(|a| OsString::from(String::from_utf8_lossy(a).into_owned()))
                .collect();
            let is_postgres = args
                .first()
                .is_some_and(|a| a.to_string_lossy().ends_with("postgres"));
            let here = args.iter().any(|a| Path::new(a) == cluster_dir);
            is_postgres && here
        }
        // No /proc (macOS): trust the pid.
        Err(_) => !Path::new("/proc/self").exists(),
    }
}

fn tail(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(10)..].join("\n")
}
