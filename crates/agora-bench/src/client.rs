//! A keep-alive HTTP/1.1 client for 127.0.0.1, so that timing a request measures the server
//! and not a client library.

use std::io::{BufRead, BufReader, Read, Write};

use anyhow::Context;

/// A keep-alive HTTP/1.1 client for 127.0.0.1: enough to time requests without a dependency.
pub(crate) struct Client {
    pub(crate) addr: String,
    pub(crate) reader: BufReader<std::net::TcpStream>,
}

impl Client {
    pub(crate) fn connect(addr: &str) -> anyhow::Result<Client> {
        let stream = std::net::TcpStream::connect(addr)?;
        stream.set_nodelay(true)?;
        Ok(Client {
            addr: addr.to_owned(),
            reader: BufReader::new(stream),
        })
    }

    /// Status and body.
    pub(crate) fn get(
        &mut self,
        path: &str,
        token: Option<&str>,
    ) -> anyhow::Result<(u16, Vec<u8>)> {
        let auth = token
            .map(|t| format!("Authorization: Bearer {t}\r\n"))
            .unwrap_or_default();
        write!(
            self.reader.get_mut(),
            "GET {path} HTTP/1.1\r\nHost: {}\r\n{auth}\r\n",
            self.addr
        )?;
        let mut status_line = String::new();
        self.reader.read_line(&mut status_line)?;
        let status: u16 = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .context("no HTTP status")?;
        let (mut length, mut chunked) = (0, false);
        loop {
            let mut line = String::new();
            self.reader.read_line(&mut line)?;
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse()?;
                } else if k.eq_ignore_ascii_case("transfer-encoding") {
                    chunked = v.trim().eq_ignore_ascii_case("chunked");
                }
            }
        }
        if !chunked {
            let mut body = vec![0; length];
            self.reader.read_exact(&mut body)?;
            return Ok((status, body));
        }
        // Chunks: a hex size line, the bytes, CRLF; a zero size ends the body (no trailers sent).
        let mut body = Vec::new();
        loop {
            let mut size = String::new();
            self.reader.read_line(&mut size)?;
            let size = usize::from_str_radix(size.trim().split(';').next().unwrap_or(""), 16)
                .context("a malformed chunk size")?;
            let mut chunk = vec![0; size + 2];
            self.reader.read_exact(&mut chunk)?;
            if size == 0 {
                return Ok((status, body));
            }
            body.extend_from_slice(&chunk[..size]);
        }
    }
}
