//! What the binary's tests share: `agora serve` spawned on a free port of 127.0.0.1, a command's
//! output that must be a success, and a multipart upload body. (Each test binary uses some.)

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

/// `agora serve` on a free port for a data directory, with more arguments and environment
/// variables (and none of the caller's Agora settings); the process and its base URL
/// (`http://127.0.0.1:PORT`) once it serves.
pub fn serve(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_agora"))
        .args(["serve", "--listen", "127.0.0.1:0", "--shutdown-grace", "1"])
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env_remove("AGORA_DATA_DIR")
        .env_remove("DATABASE_URL")
        .env("AGORA_LOG", "warn")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .trim()
        .strip_prefix("agora serving on ")
        .unwrap_or_else(|| panic!("{line}"))
        .to_owned();
    (child, base)
}

/// The standard output of a command that must have succeeded (else its exit, output and errors).
#[allow(dead_code)]
pub fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// A `multipart/form-data` body of text fields and one plain-text file: its content type and
/// bytes.
#[allow(dead_code)]
pub fn multipart(fields: &[(&str, &str)], name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "agora-test-boundary-41c7";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}
