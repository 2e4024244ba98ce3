//! PDF text through a child process: the bytes go to its stdin, the text comes from its stdout,
//! and the child is killed when it runs past the timeout. Whatever a hostile PDF does to the
//! child (abort, overflow its stack, exhaust its memory limit, loop), this process gets a clear
//! error back.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::ExtractError;

/// How to start the PDF reader: a program and its arguments (e.g. `agora extract-pdf`).
#[derive(Debug, Clone)]
pub struct PdfReader {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub timeout: Duration,
}

/// The longest text taken back from the child.
const MAX_TEXT: u64 = 64 * 1024 * 1024;

impl PdfReader {
    pub fn text(&self, bytes: &[u8]) -> Result<String, ExtractError> {
        let failed = |why: String| ExtractError::BadPdf(why);
        if bytes.windows(8).any(|w| w == b"/Encrypt") {
            return Err(failed(
                "it is encrypted: ingest a copy without a password or restrictions".into(),
            ));
        }
        let mut child = Command::new(&self.program)
            .args(&self.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| failed(format!("the PDF reader could not be started ({e})")))?;
        let mut stdin = child.stdin.take().expect("piped");
        let input = bytes.to_vec();
        // Writing, reading and waiting at once: a child that stops reading cannot block us.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let mut stdout = child.stdout.take().expect("piped");
        let reader = std::thread::spawn(move || {
            let mut text = Vec::new();
            let _ = (&mut stdout).take(MAX_TEXT).read_to_end(&mut text);
            text
        });
        let mut stderr = child.stderr.take().expect("piped");
        let errors = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = (&mut stderr).take(64 * 1024).read_to_string(&mut text);
            text
        });
        let started = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if started.elapsed() > self.timeout => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(failed(format!(
                        "reading it took longer than {} s",
                        self.timeout.as_secs()
                    )));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(10)),
                Err(e) => return Err(failed(format!("the PDF reader was lost ({e})"))),
            }
        };
        let _ = writer.join();
        let text = reader.join().unwrap_or_default();
        let why = errors.join().unwrap_or_default();
        let why = why.lines().next().unwrap_or("").trim().to_owned();
        if status.success() {
            return String::from_utf8(text)
                .map_err(|_| failed("the reader's text is not UTF-8".into()));
        }
        Err(failed(match status.code() {
            Some(_) if !why.is_empty() => why,
            Some(code) => format!("the reader failed (exit code {code})"),
            // Killed by a signal: a stack overflow, the memory or CPU limit.
            None => {
                "the reader was stopped: the PDF exhausted its memory or time, or crashed it".into()
            }
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(script: &str, timeout: u64) -> PdfReader {
        PdfReader {
            program: "/bin/sh".into(),
            args: vec!["-c".into(), script.into()],
            timeout: Duration::from_secs(timeout),
        }
    }

    #[test]
    fn a_reader_that_hangs_is_killed_at_the_timeout() {
        let started = Instant::now();
        let e = reader("sleep 30", 1).text(b"%PDF-1.4").unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(
            e.to_string(),
            "the PDF could not be read: reading it took longer than 1 s"
        );
    }

    #[test]
    fn a_reader_that_crashes_or_fails_is_an_error_with_a_reason() {
        let e = reader("kill -SEGV $$", 5).text(b"%PDF-1.4").unwrap_err();
        assert!(e.to_string().contains("the reader was stopped"), "{e}");
        let e = reader("echo 'broken xref' >&2; exit 3", 5)
            .text(b"%PDF-1.4")
            .unwrap_err();
        assert_eq!(e.to_string(), "the PDF could not be read: broken xref");
        let e = reader("cat > /dev/null; exit 7", 5)
            .text(b"%PDF-1.4")
            .unwrap_err();
        assert!(e.to_string().contains("exit code 7"), "{e}");
        // A reader that ignores its input and answers is heard.
        assert_eq!(
            reader("printf 'page text'", 5)
                .text(&vec![b'x'; 1 << 20])
                .unwrap(),
            "page text"
        );
        let e = reader("true", 5).text(b"%PDF-1.4 /Encrypt").unwrap_err();
        assert!(e.to_string().contains("encrypted"), "{e}");
    }
}
