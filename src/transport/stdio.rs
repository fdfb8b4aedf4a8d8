//! The stdio transport: the upstream is a child process speaking MCP on its stdin/stdout.
//!
//! Tasks, one job each: a stdin writer (whole lines, drains its queue before closing stdin), a
//! stdout reader (the same bounded framing as the host side), a stderr forwarder (each line to
//! our stderr with a prefix, never to stdout), and a supervisor that owns the child and reaps
//! it. Shutdown: close stdin, wait grace, SIGTERM, wait grace, SIGKILL, always reaped.

use super::{BoxFuture, UpstreamControl, UpstreamEvent, UpstreamExit, UpstreamLink};
use crate::jsonrpc::framing::{DEFAULT_MAX_LINE_BYTES, Frame, LineReader};
use nix::sys::signal::{Signal, kill, killpg};
use nix::unistd::Pid;
use std::os::unix::process::ExitStatusExt;
use std::process::{ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::io::{AsyncWriteExt, BufWriter};
use tokio::process::{ChildStdin, Command};
use tokio::sync::{Notify, mpsc, watch};

/// Capacity of the queues to and from the child (messages).
const QUEUE: usize = 64;
/// Longest stderr line passed through whole; longer ones are cut.
const STDERR_LINE_BYTES: usize = 64 * 1024;
/// After the child exits, how long its stdout may stay open (held by a grandchild) before the
/// upstream is reported closed anyway.
const DRAIN_AFTER_EXIT: Duration = Duration::from_millis(500);
/// Upper bound on waiting for the reap after SIGKILL (a process stuck in the kernel).
const KILL_WAIT: Duration = Duration::from_secs(5);

/// How to run the child.
#[derive(Debug, Clone)]
pub struct StdioOptions {
    /// Longest line accepted from the child's stdout.
    pub max_line_bytes: usize,
    /// Put before each line of the child's stderr on ours.
    pub stderr_prefix: String,
    /// If the child closes stdout but keeps running, how long to wait before reporting it gone.
    pub stdout_close_grace: Duration,
}

impl Default for StdioOptions {
    fn default() -> Self {
        StdioOptions {
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            stderr_prefix: "[upstream] ".to_owned(),
            stdout_close_grace: Duration::from_secs(5),
        }
    }
}

/// The child could not be started.
#[derive(Debug, thiserror::Error)]
#[error("cannot start upstream `{program}`: {source}")]
pub struct SpawnError {
    /// The program that was to be run.
    pub program: String,
    /// Why the OS refused.
    #[source]
    pub source: std::io::Error,
}

/// Spawns `program args…` and links it to the relay. Must be called inside a Tokio runtime
/// (it starts the transport's tasks there). The child inherits the environment and working
/// directory and runs in its own process group; if the runtime shuts down before the child
/// was reaped, it is killed (SIGKILL) rather than left behind.
pub fn spawn(
    program: &str,
    args: &[String],
    opts: StdioOptions,
) -> Result<UpstreamLink, SpawnError> {
    let err = |source| SpawnError {
        program: program.to_owned(),
        source,
    };
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so shutdown signals reach the servers a launcher (npx, uvx,
        // a shell script) starts, and a Ctrl-C at a terminal reaches only sentinel, which then
        // shuts the upstream down in order.
        .process_group(0)
        .kill_on_drop(true)
        .spawn()
        .map_err(err)?;
    let pid = child.id().unwrap_or(0);
    let missing = || err(std::io::Error::other("child stdio was not captured"));
    let stdin = child.stdin.take().ok_or_else(missing)?;
    let stdout = child.stdout.take().ok_or_else(missing)?;
    let stderr = child.stderr.take().ok_or_else(missing)?;
    tracing::info!(
        event = "spawn",
        program,
        args = args.len(),
        pid,
        "upstream started"
    );

    let (out_tx, out_rx) = mpsc::channel::<Vec<u8>>(QUEUE);
    let (in_tx, in_rx) = mpsc::channel::<UpstreamEvent>(QUEUE);
    let (exit_tx, exit_rx) = watch::channel::<Option<ExitStatus>>(None);
    let close = Arc::new(Notify::new());
    let requested = Arc::new(AtomicBool::new(false));

    tokio::spawn(async move {
        let status = child.wait().await;
        match status {
            Ok(s) => {
                let _ = exit_tx.send(Some(s));
            }
            Err(e) => {
                tracing::error!(event = "reap_error", error = %e, "cannot wait for upstream");
                let _ = exit_tx.send(Some(ExitStatus::from_raw(0xff << 8)));
            }
        }
    });
    tokio::spawn(write_stdin(stdin, out_rx, close.clone()));
    tokio::spawn(read_stdout(
        LineReader::with_limit(stdout, opts.max_line_bytes),
        in_tx,
        exit_rx.clone(),
        requested.clone(),
        opts.stdout_close_grace,
    ));
    tokio::spawn(forward_stderr(stderr, opts.stderr_prefix));

    Ok(UpstreamLink {
        outbound: out_tx,
        inbound: in_rx,
        control: Box::new(StdioControl {
            pid,
            exit_rx,
            close,
            requested,
        }),
    })
}

/// Describes how a child ended, for logs and error messages.
pub fn describe_exit(status: &ExitStatus) -> (String, Option<i32>) {
    if let Some(code) = status.code() {
        (format!("exited with code {code}"), Some(code))
    } else if let Some(sig) = status.signal() {
        let name = Signal::try_from(sig)
            .map(|s| s.as_str().to_owned())
            .unwrap_or_else(|_| sig.to_string());
        (format!("was killed by {name}"), None)
    } else {
        ("ended".to_owned(), None)
    }
}

async fn write_stdin(stdin: ChildStdin, mut rx: mpsc::Receiver<Vec<u8>>, close: Arc<Notify>) {
    let mut w = BufWriter::with_capacity(64 * 1024, stdin);
    async fn put(w: &mut BufWriter<ChildStdin>, line: &[u8], flush: bool) -> std::io::Result<()> {
        w.write_all(line).await?;
        w.write_all(b"\n").await?;
        if flush {
            w.flush().await?;
        }
        Ok(())
    }
    loop {
        tokio::select! {
            biased;
            msg = rx.recv() => match msg {
                Some(line) => {
                    if let Err(e) = put(&mut w, &line, rx.is_empty()).await {
                        tracing::debug!(event = "upstream_write_error", error = %e);
                        return;
                    }
                }
                None => break,
            },
            _ = close.notified() => {
                while let Ok(line) = rx.try_recv() {
                    if put(&mut w, &line, false).await.is_err() {
                        return;
                    }
                }
                break;
            }
        }
    }
    let _ = w.flush().await;
    let _ = w.shutdown().await;
    tracing::debug!(event = "upstream_stdin_closed");
}

async fn read_stdout(
    mut reader: LineReader<tokio::process::ChildStdout>,
    tx: mpsc::Sender<UpstreamEvent>,
    mut exit_rx: watch::Receiver<Option<ExitStatus>>,
    requested: Arc<AtomicBool>,
    close_grace: Duration,
) {
    let mut exited = false;
    loop {
        let frame = if exited {
            // The child is gone; a grandchild may hold stdout open. Take what is there, briefly.
            match tokio::time::timeout(DRAIN_AFTER_EXIT, reader.next_frame()).await {
                Ok(f) => f,
                Err(_) => Ok(None),
            }
        } else {
            tokio::select! {
                f = reader.next_frame() => f,
                _ = exit_rx.wait_for(|s| s.is_some()) => { exited = true; continue; }
            }
        };
        let event = match frame {
            Ok(Some(Frame::Line(bytes))) => UpstreamEvent::Message(bytes),
            Ok(Some(Frame::Oversized { len, head })) => UpstreamEvent::Oversized { len, head },
            Ok(None) => break,
            Err(e) => {
                tracing::warn!(event = "upstream_read_error", error = %e);
                break;
            }
        };
        if tx.send(event).await.is_err() {
            return;
        }
    }
    // stdout is closed: report the exit once the child is reaped (or give up waiting).
    let status = match tokio::time::timeout(close_grace, exit_rx.wait_for(|s| s.is_some())).await {
        Ok(Ok(s)) => *s,
        _ => None,
    };
    let exit = match status {
        Some(s) => {
            let (description, code) = describe_exit(&s);
            UpstreamExit {
                description,
                code,
                expected: requested.load(Ordering::SeqCst),
            }
        }
        None => UpstreamExit {
            description: "closed its stdout".to_owned(),
            code: None,
            expected: requested.load(Ordering::SeqCst),
        },
    };
    let _ = tx.send(UpstreamEvent::Closed(exit)).await;
}

async fn forward_stderr(stderr: tokio::process::ChildStderr, prefix: String) {
    let mut reader = LineReader::with_limit(stderr, STDERR_LINE_BYTES);
    let mut err = tokio::io::stderr();
    while let Ok(Some(frame)) = reader.next_frame().await {
        let mut line = prefix.clone().into_bytes();
        match frame {
            Frame::Line(bytes) => line.extend_from_slice(&bytes),
            Frame::Oversized { len, head } => {
                line.extend_from_slice(&head);
                line.extend_from_slice(format!(" … [cut, {len} bytes]").as_bytes());
            }
        }
        line.push(b'\n');
        // One write per line so lines from us and the child do not interleave mid-line; async
        // so a host that reads our stderr slowly stalls only this task, not a worker thread.
        if err.write_all(&line).await.is_err() {
            return;
        }
    }
}

struct StdioControl {
    pid: u32,
    exit_rx: watch::Receiver<Option<ExitStatus>>,
    close: Arc<Notify>,
    requested: Arc<AtomicBool>,
}

impl StdioControl {
    async fn wait(&mut self, limit: Duration) -> Option<ExitStatus> {
        match tokio::time::timeout(limit, self.exit_rx.wait_for(|s| s.is_some())).await {
            Ok(Ok(s)) => *s,
            _ => None,
        }
    }

    /// Signals the child's whole process group (the child leads it), or the child alone if the
    /// group is gone.
    fn signal(&self, sig: Signal) {
        // Only while unreaped, so the pid (and group id) cannot have been reused.
        if self.exit_rx.borrow().is_none()
            && let Ok(pid) = i32::try_from(self.pid)
            && pid > 0
        {
            let pid = Pid::from_raw(pid);
            if killpg(pid, sig).is_err() {
                let _ = kill(pid, sig);
            }
        }
    }
}

impl UpstreamControl for StdioControl {
    fn shutdown(mut self: Box<Self>, grace: Duration) -> BoxFuture<UpstreamExit> {
        Box::pin(async move {
            let already = *self.exit_rx.borrow();
            self.requested.store(already.is_none(), Ordering::SeqCst);
            self.close.notify_one();
            let mut status = match already {
                Some(s) => Some(s),
                None => self.wait(grace).await,
            };
            if status.is_none() {
                tracing::warn!(
                    event = "upstream_sigterm",
                    pid = self.pid,
                    "upstream still running after stdin closed; sending SIGTERM"
                );
                self.signal(Signal::SIGTERM);
                status = self.wait(grace).await;
            }
            if status.is_none() {
                tracing::warn!(
                    event = "upstream_sigkill",
                    pid = self.pid,
                    "upstream ignored SIGTERM; sending SIGKILL"
                );
                self.signal(Signal::SIGKILL);
                status = self.wait(KILL_WAIT).await;
            }
            // Whatever the upstream started and left behind in its group is told to stop too.
            if let Ok(pid) = i32::try_from(self.pid)
                && pid > 0
            {
                let _ = killpg(Pid::from_raw(pid), Signal::SIGTERM);
            }
            match status {
                Some(s) => {
                    let (description, code) = describe_exit(&s);
                    UpstreamExit {
                        description,
                        code,
                        expected: already.is_none(),
                    }
                }
                None => UpstreamExit {
                    description: "could not be reaped after SIGKILL".to_owned(),
                    code: None,
                    expected: false,
                },
            }
        })
    }
}
