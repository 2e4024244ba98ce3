//! The PDF text reader. PDF parsers can be made to recurse without end, allocate without bound or
//! loop: this code runs only in a child process (`agora extract-pdf`), which first limits its own
//! address space and CPU time, reads the PDF from stdin and writes the text to stdout. A hostile
//! PDF can make that process fail or be killed — never the server or the ingest that started it
//! (see `agora_extract::PdfReader`, which also enforces a wall-clock timeout).

use std::io::{Read, Write};
use std::process::ExitCode;

/// Address space the child may use.
pub const MEMORY_LIMIT: u64 = 1024 * 1024 * 1024;
/// CPU seconds the child may use (the parent's wall-clock timeout is the other bound).
pub const CPU_SECONDS: u64 = 10;
/// The largest PDF read from stdin.
pub const MAX_INPUT: u64 = 50 * 1024 * 1024;

/// Exit codes the parent maps to reasons.
pub const EXIT_UNREADABLE: u8 = 3;
pub const EXIT_PANICKED: u8 = 4;
pub const EXIT_LIMITS: u8 = 5;

/// The child's `main`: limits, stdin → text → stdout.
pub fn child_main() -> ExitCode {
    if rlimit::Resource::AS
        .set(MEMORY_LIMIT, MEMORY_LIMIT)
        .is_err()
        || rlimit::Resource::CPU
            .set(CPU_SECONDS, CPU_SECONDS + 1)
            .is_err()
    {
        eprintln!("could not limit the PDF reader's memory and time");
        return ExitCode::from(EXIT_LIMITS);
    }
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().take(MAX_INPUT + 1).read_to_end(&mut bytes) {
        eprintln!("could not read the PDF: {e}");
        return ExitCode::from(EXIT_UNREADABLE);
    }
    // The library reports some damage by panicking: that is an answer here, not a crash.
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(&bytes));
    match result {
        Ok(Ok(text)) => {
            let mut out = std::io::stdout().lock();
            if out
                .write_all(text.as_bytes())
                .and_then(|_| out.flush())
                .is_err()
            {
                return ExitCode::from(EXIT_UNREADABLE);
            }
            ExitCode::SUCCESS
        }
        Ok(Err(e)) => {
            eprintln!("{e}");
            ExitCode::from(EXIT_UNREADABLE)
        }
        Err(_) => {
            eprintln!("the PDF is damaged in a way the reader cannot handle");
            ExitCode::from(EXIT_PANICKED)
        }
    }
}
