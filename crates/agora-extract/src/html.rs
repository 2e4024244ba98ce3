//! HTML reduced to text: tags, comments, scripts and styles dropped, entities decoded, block
//! elements on lines of their own. The title is the `<title>`, else the first `<h1>`.

/// Elements whose content is not text.
const SKIPPED: [&str; 5] = ["script", "style", "noscript", "template", "svg"];
/// Elements that start a new line.
const BLOCKS: [&str; 26] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "dt",
    "dd",
    "title",
];

pub fn to_text(html: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(html.len() / 2);
    let mut title: Option<String> = None;
    let mut h1: Option<String> = None;
    let mut capture: Option<(&'static str, String)> = None;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &mut capture, &rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map(|i| &after[i + 3..]).unwrap_or("");
            continue;
        }
        let Some(gt) = rest.find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue; // <!DOCTYPE>, <?xml?>, stray '<'
        }
        if !closing && SKIPPED.contains(&name.as_str()) {
            let end = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&end) {
                Some(i) => rest[i..]
                    .find('>')
                    .map(|j| &rest[i + j + 1..])
                    .unwrap_or(""),
                None => "",
            };
            continue;
        }
        match (name.as_str(), closing) {
            ("title", false) if title.is_none() => capture = Some(("title", String::new())),
            ("h1", false) if h1.is_none() && capture.is_none() => {
                capture = Some(("h1", String::new()))
            }
            ("title" | "h1", true) => {
                if let Some((which, text)) = capture.take() {
                    let text = decode(text.trim());
                    if which == "title" {
                        title = Some(text);
                        continue; // the title is not part of the body's text
                    }
                    h1 = Some(text);
                }
            }
            _ => {}
        }
        if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') {
            out.push('\n');
        }
    }
    push_text(&mut out, &mut capture, rest);
    (decode(&out), title.or(h1))
}

fn push_text(out: &mut String, capture: &mut Option<(&'static str, String)>, text: &str) {
    if let Some((which, buf)) = capture {
        buf.push_str(text);
        if *which == "title" {
            return;
        }
    }
    out.push_str(text);
}

/// Decode character references: the common named ones and numeric ones. Others stay as written.
pub fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(';').map(|i| i + 1).filter(|&i| i <= 12);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
                n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_text_with_its_title() {
        let (text, title) = to_text(
            "<!DOCTYPE html><html><head><title>Bali Process &amp; friends</title>\
             <style>p{color:red}</style><script>alert('x')</script></head>\
             <body><h1>Ministerial Declaration</h1><!-- hidden --><p>Fern&aacute;ndez &#233;t&#xE9;\
             &lt;ok&gt;</p><ul><li>one</li><li>two</li></ul></body></html>",
        );
        assert_eq!(title.as_deref(), Some("Bali Process & friends"));
        assert!(!text.contains("alert") && !text.contains("color") && !text.contains("hidden"));
        assert!(
            !text.contains("Bali Process"),
            "the title is not body text: {text}"
        );
        assert!(text.contains("Ministerial Declaration\n"), "{text}");
        assert!(text.contains("Fern&aacute;ndez été<ok>"), "{text}");
        assert!(text.contains("\none\ntwo"), "{text}");
    }

    #[test]
    fn without_a_title_the_first_heading_serves() {
        let (_, title) = to_text("<html><body><h1>Action Plan</h1><p>x</p></body></html>");
        assert_eq!(title.as_deref(), Some("Action Plan"));
    }

    #[test]
    fn broken_markup_ends_cleanly() {
        for s in [
            "<p>open",
            "<scri",
            "text < 5 and > 3",
            "<script>never closed",
            "&#xFFFFFFFF;",
        ] {
            let _ = to_text(s); // must not panic or loop
        }
        assert_eq!(to_text("a < b").0, "a ");
        assert_eq!(
            decode("&#xFFFFFFFF; &bogus; &amp"),
            "&#xFFFFFFFF; &bogus; &amp"
        );
    }
}
