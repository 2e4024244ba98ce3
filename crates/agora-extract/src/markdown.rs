//! Markdown reduced to text: heading marks, emphasis, code fences and link targets go; link and
//! image texts stay. The title is the first heading.

pub fn to_text(md: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(md.len());
    let mut title = None;
    for line in md.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            continue;
        }
        let heading = trimmed.starts_with('#');
        let line = trimmed.trim_start_matches('#').trim_start();
        let line = strip_inline(line);
        if heading && title.is_none() && !line.trim().is_empty() {
            title = Some(line.trim().to_owned());
        }
        out.push_str(&line);
        out.push('\n');
    }
    (out, title)
}

/// `[text](url)` and `![alt](url)` keep their text; `**`, `__` and backticks go.
fn strip_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let (before, after) = rest.split_at(open);
        out.push_str(before.strip_suffix('!').unwrap_or(before));
        let link = after.find("](").and_then(|close| {
            after[close..]
                .find(')')
                .map(|end| (&after[1..close], close + end + 1))
        });
        match link {
            Some((text, end)) => {
                out.push_str(text);
                rest = &after[end..];
            }
            None => {
                out.push('[');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "").replace('`', "")
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_becomes_text() {
        let (text, title) = super::to_text(
            "# The **Abu Dhabi** Dialogue\n\nSee [the site](https://example.org) and ![a map](m.png).\n```\ncode\n```\n`x`",
        );
        assert_eq!(title.as_deref(), Some("The Abu Dhabi Dialogue"));
        assert!(text.contains("See the site and a map."), "{text}");
        assert!(text.contains("code") && !text.contains("```") && !text.contains('`'));
    }
}
