//! What the binary's tests share: `agora serve` spawned on a free port of 127.0.0.1.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

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
