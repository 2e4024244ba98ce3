//! Text out of a file's bytes, for search: the type is found from the content (a name's extension
//! must agree with it), HTML and Markdown are reduced to plain text (HTML is never kept or served
//! as HTML), the text is normalised (NFKC, one kind of line break, no control characters) and its
//! language detected when not given.
//!
//! Plain text, Markdown, HTML and DOCX are read here, in memory, within [`MAX_BYTES`] (DOCX with
//! limits on entries, names and inflated size: see `docx.rs`). PDF is read only in a child
//! process with time and memory limits ([`PdfReader`]); without one, PDFs are refused.

mod docx;
mod html;
mod markdown;
mod pdf;

pub use pdf::PdfReader;

use unicode_normalization::UnicodeNormalization;

/// The largest file read.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// What kind of file the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Pdf,
    Docx,
}

impl Format {
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Text => "text/plain",
            Format::Markdown => "text/markdown",
            Format::Html => "text/html",
            Format::Pdf => "application/pdf",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }
}

/// Why a file gave no text. Each says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {} MB", MAX_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("the name says {extension} but the content is {found}")]
    Mismatch {
        extension: String,
        found: &'static str,
    },
    #[error("'.{0}' files are not read: use .txt, .md, .html, .htm, .docx or .pdf")]
    UnsupportedExtension(String),
    #[error("{0} files are recognised but their text cannot be read yet")]
    NotReadYet(&'static str),
    #[error("not a usable DOCX file: {0}")]
    BadDocx(String),
    #[error("the PDF could not be read: {0}")]
    BadPdf(String),
    #[error("the content is not text (binary data, or text that is not UTF-8)")]
    NotText,
    #[error("no text was found in the file")]
    NoText,
}

/// The text of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub format: Format,
    /// Normalised plain text.
    pub text: String,
    /// A title found in the file: the HTML title or first heading, or the first line.
    pub title: Option<String>,
}

impl Extracted {
    /// The language detected (ISO 639-1 where there is one, else ISO 639-3); None if unsure.
    /// Detected on asking: a caller who knows the language does not pay for it.
    pub fn lang(&self) -> Option<String> {
        detect_language(&self.text)
    }
}

fn what(format: Format) -> &'static str {
    match format {
        Format::Text => "plain text",
        Format::Markdown => "Markdown text",
        Format::Html => "HTML",
        Format::Pdf => "a PDF",
        Format::Docx => "a DOCX (zip) file",
    }
}

/// The format of the bytes, from their content alone.
pub fn sniff(bytes: &[u8]) -> Option<Format> {
    sniff_text(bytes).map(|(format, _)| format)
}

/// [`sniff`], with the bytes as text when they are text (HTML or plain).
fn sniff_text(bytes: &[u8]) -> Option<(Format, Option<&str>)> {
    if bytes.starts_with(b"%PDF-") {
        return Some((Format::Pdf, None));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Some((Format::Docx, None));
    }
    let text = text_of(bytes)?;
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<head")
        || (head.starts_with('<') && head.contains("<body"))
    {
        return Some((Format::Html, Some(text)));
    }
    Some((Format::Text, Some(text)))
}

/// The bytes as text: UTF-8 (a byte-order mark is dropped), without NUL or other binary
/// control characters.
fn text_of(bytes: &[u8]) -> Option<&str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let s = std::str::from_utf8(bytes).ok()?;
    (!has_control(s, b"\n\r\t\x0c")).then_some(s)
}

/// Extract the text of a file named `name`. The name's extension must agree with the content.
/// PDFs are refused (use [`extract_with`] and a [`PdfReader`]).
pub fn extract(name: &str, bytes: &[u8]) -> Result<Extracted, ExtractError> {
    extract_with(name, bytes, None)
}

/// [`extract`], reading PDFs with `pdf` (a child process) when given.
pub fn extract_with(
    name: &str,
    bytes: &[u8],
    pdf: Option<&PdfReader>,
) -> Result<Extracted, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ExtractError::TooLarge);
    }
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let expected = match extension.as_str() {
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" => Format::Html,
        "pdf" => Format::Pdf,
        "docx" => Format::Docx,
        other => return Err(ExtractError::UnsupportedExtension(other.to_owned())),
    };
    let (found, as_text) = sniff_text(bytes).ok_or(ExtractError::NotText)?;
    let agrees = match expected {
        // Markdown is text; an HTML fragment in a .txt is still text to us.
        Format::Markdown | Format::Text => found == Format::Text,
        _ => found == expected,
    };
    if !agrees {
        return Err(ExtractError::Mismatch {
            extension: format!(".{extension}"),
            found: what(found),
        });
    }
    let as_text = || as_text.ok_or(ExtractError::NotText);
    let owned = |(text, title): (String, Option<String>)| (text.into(), title);
    let (text, title): (std::borrow::Cow<str>, _) = match expected {
        Format::Pdf => match pdf {
            Some(reader) => owned((reader.text(bytes)?, None)),
            None => return Err(ExtractError::NotReadYet("PDF")),
        },
        Format::Docx => owned(docx::to_text(bytes)?),
        Format::Html => owned(html::to_text(as_text()?)),
        Format::Markdown => owned(markdown::to_text(as_text()?)),
        Format::Text => (as_text()?.into(), None),
    };
    let text = normalise(&text);
    if text.trim().is_empty() {
        return Err(match expected {
            Format::Pdf => ExtractError::BadPdf(
                "no text in it (a scan or an image-only PDF needs OCR first)".into(),
            ),
            _ => ExtractError::NoText,
        });
    }
    let title = title
        .map(|t| normalise(&t))
        .filter(|t| !t.trim().is_empty())
        .or_else(|| first_line(&text));
    Ok(Extracted {
        format: expected,
        text,
        title,
    })
}

/// NFKC; `\r\n` and `\r` become `\n`; control characters other than line breaks and tabs go;
/// runs of spaces shrink to one and runs of blank lines to one blank line.
pub fn normalise(s: &str) -> String {
    let s = nfkc(s);
    // Most texts are laid out already but for white space at the end (a last line break).
    let laid = s.trim_end_matches([' ', '\n']).len();
    if laid_out(&s[..laid]) {
        let mut s = s.into_owned();
        s.truncate(laid);
        return s;
    }
    let s: std::borrow::Cow<str> = if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        s
    };
    let mut out = String::with_capacity(s.len());
    let mut blank_lines = 0;
    for line in s.split('\n') {
        // Words (runs of other than white space) joined by one space, without control characters.
        let start = out.len();
        for word in line.split(char::is_whitespace).filter(|w| !w.is_empty()) {
            let before = out.len();
            if before > start {
                out.push(' ');
            }
            if has_control(word, b"") {
                out.extend(word.chars().filter(|c| !c.is_control()));
            } else {
                out.push_str(word);
            }
            if out.len() == before + usize::from(before > start) {
                out.truncate(before); // only control characters: no word
            }
        }
        if out.len() == start {
            blank_lines += 1;
            if blank_lines > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank_lines = 0;
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

/// Whether the rest of [`normalise`] would leave `s` as it is: no white space but single spaces
/// between words and line breaks (at most one blank line in a row, none first or last), and no
/// control character. One pass over the bytes: the white space and control characters beyond
/// ASCII are U+0085, U+00A0 (0xC2 then 0x80-0xA0), U+1680 (0xE1 0x9A 0x80), U+2000-U+200A,
/// U+2028, U+2029, U+202F, U+205F (0xE2 ...) and U+3000 (0xE3 0x80 0x80).
fn laid_out(s: &str) -> bool {
    let b = s.as_bytes();
    if matches!(b.first(), Some(b' ' | b'\n')) || matches!(b.last(), Some(b' ' | b'\n')) {
        return false;
    }
    // The rule at byte `i` (`b` is UTF-8: a lead byte has its continuation bytes after it).
    let holds = |i: usize| match b[i] {
        b' ' => !matches!(b[i - 1], b' ' | b'\n'),
        b'\n' => b[i - 1] != b' ' && !(i > 1 && b[i - 1] == b'\n' && b[i - 2] == b'\n'),
        0x00..=0x1f | 0x7f => false,
        0xc2 => !(0x80..=0xa0).contains(&b[i + 1]),
        0xe1 => !(b[i + 1] == 0x9a && b[i + 2] == 0x80),
        0xe2 => !matches!(
            (b[i + 1], b[i + 2]),
            (0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) | (0x81, 0x9f)
        ),
        0xe3 => !(b[i + 1] == 0x80 && b[i + 2] == 0x80),
        _ => true,
    };
    // Bytes where the rule may fail, found without a branch per byte (so that the compiler can
    // look at many at once): a control character, a lead byte of white space beyond ASCII, a
    // space after a space or a line break, a line break after a space or a line break.
    let suspect = |(&c, &p): (&u8, &u8)| {
        ((c < 0x20) & (c != b'\n'))
            | (c == 0x7f)
            | (c == 0xc2)
            | (c.wrapping_sub(0xe1) < 3)
            | ((c == b' ') & ((p == b' ') | (p == b'\n')))
            | ((c == b'\n') & ((p == b' ') | (p == b'\n')))
    };
    if !b.is_empty() && !holds(0) {
        return false;
    }
    const CHUNK: usize = 32;
    let mut from = 1;
    while from < b.len() {
        let to = (from + CHUNK).min(b.len());
        let (bytes, before) = (&b[from..to], &b[from - 1..to - 1]);
        if bytes
            .iter()
            .zip(before)
            .fold(false, |any, cp| any | suspect(cp))
            && !(from..to).all(holds)
        {
            return false;
        }
        from = to;
    }
    true
}

/// Whether `s` holds a control character other than those `allowed` (all of which are ASCII).
/// Control characters (U+0000-U+001F, U+007F-U+009F) are one byte in UTF-8, or 0xC2 then
/// 0x80-0x9F (0xC2 is never a continuation byte): found without decoding a character.
fn has_control(s: &str, allowed: &[u8]) -> bool {
    let mut previous = 0u8;
    s.bytes().any(|b| {
        let control = (b < 0x20 && !allowed.contains(&b))
            || b == 0x7f
            || (previous == 0xc2 && (0x80..=0x9f).contains(&b));
        previous = b;
        control
    })
}

/// Characters that are in NFKC whatever surrounds them and combine with nothing before them
/// (quick check "yes", combining class 0): normalisation never reaches across one, so the text
/// between two of them is normalised alone. Common letters of the UN languages' scripts.
fn inert(c: char) -> bool {
    matches!(c as u32,
        0x00..=0x7F             // ASCII
        | 0xC0..=0xFF           // Latin-1 letters (and × ÷)
        | 0x0391..=0x03A9       // Greek capitals
        | 0x03B1..=0x03C9       // Greek small letters
        | 0x0410..=0x044F       // Cyrillic А-я
        | 0x0621..=0x063A       // Arabic letters
        | 0x0641..=0x064A
        | 0x4E00..=0x9FFF       // CJK unified ideographs
        | 0xAC00..=0xD7A3) // Hangul syllables
}

/// The text in NFKC. Only the runs of other than [`inert`] characters are asked the quick
/// check, and only a run that fails it is normalised, together with the character before it
/// (which it may combine with): in most text there is none, and nothing is copied.
fn nfkc(s: &str) -> std::borrow::Cow<'_, str> {
    let bytes = s.as_bytes();
    let mut out: Option<String> = None;
    // Bytes of `s` before this are in `out` already (when there is an `out`).
    let mut copied = 0;
    // Where the last inert character before the current run starts.
    let mut last_inert = 0;
    // Whether the character at `i` (a boundary) is inert, and where the next one starts: ASCII
    // without decoding.
    let at = |i: usize| -> (bool, usize) {
        if bytes[i] < 0x80 {
            return (true, i + 1);
        }
        let c = s[i..].chars().next().expect("a character starts here");
        (inert(c), i + c.len_utf8())
    };
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at once.
        if let Some(word) = bytes.get(i..i + 8)
            && u64::from_ne_bytes(word.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080
                == 0
        {
            last_inert = i + 7;
            i += 8;
            continue;
        }
        let (is_inert, next) = at(i);
        let start = i;
        i = next;
        if is_inert {
            last_inert = start;
            continue;
        }
        while i < bytes.len() {
            let (is_inert, next) = at(i);
            if is_inert {
                break;
            }
            i = next;
        }
        let end = i;
        if unicode_normalization::is_nfkc_quick(s[start..end].chars())
            == unicode_normalization::IsNormalized::Yes
        {
            continue;
        }
        let from = if start == 0 { 0 } else { last_inert };
        let out = out.get_or_insert_with(|| String::with_capacity(s.len()));
        out.push_str(&s[copied..from]);
        out.extend(s[from..end].nfkc());
        copied = end;
    }
    match out {
        None => s.into(),
        Some(mut out) => {
            out.push_str(&s[copied..]);
            out.into()
        }
    }
}

fn first_line(text: &str) -> Option<String> {
    let line = text.lines().find(|l| !l.trim().is_empty())?.trim();
    let short: String = line.chars().take(200).collect();
    Some(if short.len() < line.len() {
        format!("{short}…")
    } else {
        short
    })
}

/// The language of a text, when whatlang is reasonably sure: ISO 639-1 for the UN languages and
/// other common ones, ISO 639-3 otherwise.
pub fn detect_language(text: &str) -> Option<String> {
    let sample: String = text.chars().take(20_000).collect();
    let info = whatlang::detect(&sample)?;
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    let code = info.lang().code();
    let two = match code {
        "eng" => "en",
        "fra" => "fr",
        "spa" => "es",
        "ara" => "ar",
        "rus" => "ru",
        "cmn" => "zh",
        "por" => "pt",
        "deu" => "de",
        "ita" => "it",
        "nld" => "nl",
        "tur" => "tr",
        "ukr" => "uk",
        "pol" => "pl",
        "ind" => "id",
        "tha" => "th",
        "vie" => "vi",
        "jpn" => "ja",
        "kor" => "ko",
        "hin" => "hi",
        "swe" => "sv",
        other => other,
    };
    Some(two.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_decides_the_format_and_the_name_must_agree() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some(Format::Pdf));
        assert_eq!(sniff(b"PK\x03\x04rest"), Some(Format::Docx));
        assert_eq!(
            sniff(b"  <!DOCTYPE html><html><body>x</body></html>"),
            Some(Format::Html)
        );
        assert_eq!(sniff(b"Plain words."), Some(Format::Text));
        assert_eq!(sniff(b"\x00\x01binary"), None);
        assert_eq!(sniff(&[0xff, 0xfe, 0x41]), None);
        assert!(matches!(
            extract("report.pdf", b"Just some words, not a PDF."),
            Err(ExtractError::Mismatch {
                found: "plain text",
                ..
            })
        ));
        assert!(matches!(
            extract("report.html", b"%PDF-1.4 binary"),
            Err(ExtractError::Mismatch { found: "a PDF", .. })
        ));
        assert!(matches!(
            extract("report.txt", b"\x00\x00\x00"),
            Err(ExtractError::NotText)
        ));
        assert_eq!(
            extract("report.exe", b"MZ"),
            Err(ExtractError::UnsupportedExtension("exe".into()))
        );
        assert_eq!(extract("empty.txt", b""), Err(ExtractError::Empty));
        assert_eq!(extract("blank.txt", b" \n \n"), Err(ExtractError::NoText));
        assert_eq!(
            extract("scan.pdf", b"%PDF-1.4 ..."),
            Err(ExtractError::NotReadYet("PDF"))
        );
    }

    #[test]
    fn a_docx_is_read_through_the_same_door() {
        let bytes = crate::docx::tests::docx(&[
            "Déclaration de Rabat",
            "Les États participants ont décidé de renforcer leur coopération sur la migration et le développement.",
        ]);
        let got = extract("rabat.docx", &bytes).unwrap();
        assert_eq!(got.format, Format::Docx);
        assert_eq!(got.title.as_deref(), Some("Déclaration de Rabat"));
        assert_eq!(got.lang().as_deref(), Some("fr"));
        assert!(matches!(
            extract("rabat.txt", &bytes),
            Err(ExtractError::Mismatch {
                found: "a DOCX (zip) file",
                ..
            })
        ));
    }

    #[test]
    fn text_is_normalised_for_search() {
        // NFKC folds compatibility forms (the "ﬁ" ligature, full-width letters).
        assert_eq!(normalise("ﬁnance ＧＦＭＤ"), "finance GFMD");
        assert_eq!(
            normalise("a\r\nb\rc\u{7}\n\n\n\nd   e\t f"),
            "a\nb\nc\n\nd e f"
        );
        // Combining marks after ASCII letters compose; text already in NFKC is kept as it is.
        assert_eq!(normalise("e\u{301}te\u{301}"), "été");
        assert_eq!(
            normalise("Söderköping 移民 Ελλάδα"),
            "Söderköping 移民 Ελλάδα"
        );
        assert_eq!(
            normalise(" \u{85}x\u{a0}\u{a0}y \n \n\u{7}\n z "),
            "x y\n\nz"
        );
    }

    #[test]
    fn inert_characters_are_in_nfkc_and_combine_with_nothing_before_them() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| inert(*c))
        {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(
                unicode_normalization::is_nfkc_quick(std::iter::once(c)),
                unicode_normalization::IsNormalized::Yes,
                "{c:?}"
            );
        }
    }

    #[test]
    fn normalising_runs_alone_gives_what_normalising_the_whole_text_gives() {
        // Characters that compose, decompose, reorder or fold, among inert ones.
        let alphabet: Vec<char> =
            "ae AZ\u{e9}\u{438}\u{439}\u{306}\u{301}\u{300}\u{327}\u{323}\u{31b}\
            \u{1100}\u{1161}\u{11a8}\u{ac00}\u{fb01}\u{ff27}\u{2460}\u{fe8d}\u{627}\u{653}\
            \u{64b}\u{3b1}\u{342}\u{345}\u{4e00}\u{f900}\u{212b}\u{c5}\u{a0}\u{b2}"
                .chars()
                .collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut s = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 12) as usize;
            let mut x = state;
            for _ in 0..len {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                if x.is_multiple_of(7) {
                    // Runs of ASCII long enough to be passed over eight bytes at a time.
                    s.push_str(&"ascii text"[..(x >> 40) as usize % 11]);
                } else {
                    s.push(alphabet[((x >> 33) % alphabet.len() as u64) as usize]);
                }
            }
            let whole: String = s.nfkc().collect();
            assert_eq!(nfkc(&s), whole, "{s:?}");
        }
    }

    #[test]
    fn lines_keep_their_words_with_one_space_between_and_no_control_characters() {
        // The rule, one character at a time.
        fn by_character(s: &str) -> String {
            let mut out = String::new();
            let mut blank_lines = 0;
            for line in s.split('\n') {
                let mut l = String::new();
                let mut space = false;
                for c in line.chars() {
                    if c.is_whitespace() {
                        space = true;
                    } else if !c.is_control() {
                        if space && !l.is_empty() {
                            l.push(' ');
                        }
                        space = false;
                        l.push(c);
                    }
                }
                if l.is_empty() {
                    blank_lines += 1;
                    if blank_lines > 1 || out.is_empty() {
                        continue;
                    }
                } else {
                    blank_lines = 0;
                }
                out.push_str(&l);
                out.push('\n');
            }
            out.trim_end().to_owned()
        }
        // White space and control characters beyond ASCII, and their neighbours that are neither
        // (U+00A1, U+2010, U+2030, U+3001, U+1681), so that the byte scan of `laid_out` is tried.
        let alphabet: Vec<char> = "ab é\n\t\u{7}\u{85}\u{a0}\u{9f}\u{2028}x\u{c}\n \u{1680}\u{3000}\u{205f}\u{202f}\u{200a}\u{2029}\u{a1}\u{2010}\u{2030}\u{3001}\u{1681}\n  "
            .chars()
            .collect();
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut alone = 0;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Mostly short strings; a quarter long ones, mostly letters, which the byte scan
            // looks at in many pieces.
            let long = x.is_multiple_of(4);
            let len = if long { (x >> 8) % 150 } else { x % 12 };
            let mut y = x;
            let s: String = (0..len)
                .map(|_| {
                    y = y
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    if long && !(y >> 20).is_multiple_of(8) {
                        ['a', 'b', 'x', 'é'][((y >> 40) % 4) as usize]
                    } else {
                        alphabet[((y >> 33) % alphabet.len() as u64) as usize]
                    }
                })
                .collect();
            assert_eq!(normalise(&s), by_character(&s), "{s:?}");
            // `laid_out` says exactly which texts the rule leaves alone: the random strings and
            // what the rule made of them (most of which it leaves alone).
            let laid = by_character(&s);
            for t in [
                s.clone(),
                nfkc(&s).into_owned(),
                laid.clone(),
                nfkc(&laid).into_owned(),
            ] {
                assert_eq!(laid_out(&t), by_character(&t) == t, "{t:?}");
                alone += usize::from(laid_out(&t));
            }
        }
        assert!(alone > 30_000, "{alone}");
        // A long laid-out text with one flaw (or one harmless neighbour of one) put anywhere.
        let base = "Migration dialogue\nin the region\n\nDéclaration finale, 移民 ‰ x".repeat(3);
        assert!(laid_out(&base));
        for piece in [
            "  ", " \n", "\n ", "\n\n\n", "\t", "\r", "\u{1f}", "\u{7f}", "\u{85}", "\u{9f}",
            "\u{a0}", "\u{1680}", "\u{2000}", "\u{200a}", "\u{2028}", "\u{2029}", "\u{202f}",
            "\u{205f}", "\u{3000}", "\u{a1}", "\u{2010}", "\u{3001}", "\u{1681}", "\n\n", " ",
        ] {
            for (at, _) in base.char_indices().skip(1) {
                let t = format!("{}{piece}{}", &base[..at], &base[at..]);
                assert_eq!(laid_out(&t), by_character(&t) == t, "{t:?}");
            }
        }
    }

    #[test]
    fn binary_control_characters_are_not_text() {
        assert!(text_of(b"a\tb\x0cc\r\n").is_some());
        assert!(text_of("ü ÿ Ā \u{a0}".as_bytes()).is_some());
        for bad in [
            &b"a\x00b"[..],
            b"a\x1bb",
            b"a\x7fb",
            "a\u{85}b".as_bytes(),
            "\u{9f}".as_bytes(),
        ] {
            assert!(text_of(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn languages_are_detected_with_short_codes() {
        let en = "Regional consultative processes on migration bring together representatives \
                  of states to exchange information and experiences on migration issues.";
        let fr = "Les processus consultatifs régionaux sur la migration réunissent des \
                  représentants des États pour échanger des informations sur les migrations.";
        let es = "Los procesos consultivos regionales sobre migración reúnen a representantes \
                  de los Estados para intercambiar información y experiencias.";
        assert_eq!(detect_language(en).as_deref(), Some("en"));
        assert_eq!(detect_language(fr).as_deref(), Some("fr"));
        assert_eq!(detect_language(es).as_deref(), Some("es"));
        let got = extract("paper.txt", en.as_bytes()).unwrap();
        assert_eq!(got.lang().as_deref(), Some("en"));
        assert_eq!(got.format, Format::Text);
        assert!(got.title.unwrap().starts_with("Regional consultative"));
    }
}
