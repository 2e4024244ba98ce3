//! Atom (RFC 4287) documents: a feed with its id, title, links and the time of its latest entry,
//! and entries each with a stable id, a title, an `updated` time, a link and a text. Written
//! here, escaped for XML (characters XML 1.0 forbids are left out); Python's `feedparser` reads
//! every feed in the test command.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// One entry of a feed.
pub struct Entry {
    /// A stable IRI: the same entry keeps it across requests and languages.
    pub id: String,
    pub title: String,
    /// RFC 3339.
    pub updated: String,
    /// The absolute address of the page it is about, if there is one.
    pub link: Option<String>,
    /// A few words more than the title (plain text), if any.
    pub summary: Option<String>,
}

/// A feed.
pub struct Feed {
    /// A stable IRI (the feed's address without its language prefix).
    pub id: String,
    pub title: String,
    /// The language of its words (`fr`).
    pub lang: &'static str,
    /// Its own absolute address, and the page it follows.
    pub self_link: String,
    pub page: String,
    /// RFC 3339: the latest entry's time, or the time the feed stands for when it is empty.
    pub updated: String,
    pub author: String,
    pub entries: Vec<Entry>,
}

/// Text escaped for XML content and attribute values, without the characters XML 1.0 forbids
/// (controls other than tab and newlines, lone surrogates cannot occur in a `str`, U+FFFE/F).
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

fn element(out: &mut String, name: &str, text: &str) {
    out.push('<');
    out.push_str(name);
    out.push('>');
    escape(out, text);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

fn text_element(out: &mut String, name: &str, text: &str) {
    out.push('<');
    out.push_str(name);
    out.push_str(" type=\"text\">");
    escape(out, text);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

fn link(out: &mut String, rel: &str, media: &str, href: &str) {
    out.push_str("<link rel=\"");
    out.push_str(rel);
    out.push_str("\" type=\"");
    out.push_str(media);
    out.push_str("\" href=\"");
    escape(out, href);
    out.push_str("\"/>\n");
}

impl Feed {
    /// The feed as an Atom document.
    pub fn write(&self) -> String {
        let mut out = String::with_capacity(1024 + 512 * self.entries.len());
        out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"");
        out.push_str(self.lang);
        out.push_str("\">\n");
        element(&mut out, "id", &self.id);
        text_element(&mut out, "title", &self.title);
        element(&mut out, "updated", &self.updated);
        link(&mut out, "self", "application/atom+xml", &self.self_link);
        link(&mut out, "alternate", "text/html", &self.page);
        out.push_str("<author>");
        element(&mut out, "name", &self.author);
        out.push_str("</author>\n");
        element(&mut out, "generator", "Agora");
        for e in &self.entries {
            out.push_str("<entry>\n");
            element(&mut out, "id", &e.id);
            text_element(&mut out, "title", &e.title);
            element(&mut out, "updated", &e.updated);
            if let Some(href) = &e.link {
                link(&mut out, "alternate", "text/html", href);
            }
            text_element(
                &mut out,
                "summary",
                e.summary.as_deref().unwrap_or(&e.title),
            );
            out.push_str("</entry>\n");
        }
        out.push_str("</feed>\n");
        out
    }

    /// The feed as a response: its type, and `Last-Modified` (the time of its latest entry), so
    /// that a reader may ask `If-Modified-Since` as well as `If-None-Match`.
    pub fn response(&self) -> Response {
        let mut res = (
            [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
            self.write(),
        )
            .into_response();
        if let Some(value) = http_date(&self.updated) {
            res.headers_mut().insert(header::LAST_MODIFIED, value);
        }
        res
    }
}

/// An RFC 3339 instant as an HTTP date (`Tue, 01 Dec 2026 10:00:00 GMT`).
pub fn http_date(rfc3339: &str) -> Option<HeaderValue> {
    let t: jiff::Timestamp = rfc3339.parse().ok()?;
    let text = jiff::fmt::rfc2822::DateTimePrinter::new()
        .timestamp_to_rfc9110_string(&t)
        .ok()?;
    HeaderValue::from_str(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_forbidden_characters_left_out() {
        let mut out = String::new();
        escape(&mut out, "a < b & \"c\" > d\u{1}\u{ffff}é\n");
        assert_eq!(out, "a &lt; b &amp; &quot;c&quot; &gt; dé\n");
    }

    #[test]
    fn http_dates_are_written_as_rfc_9110_says() {
        assert_eq!(
            http_date("2026-12-01T10:00:00.123Z").unwrap(),
            "Tue, 01 Dec 2026 10:00:00 GMT"
        );
        assert!(http_date("yesterday").is_none());
    }
}
