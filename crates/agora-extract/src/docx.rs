//! DOCX read from memory with limits: at most [`MAX_ENTRIES`] entries, no entry name that could
//! climb out of a folder (`../`, absolute paths, drive letters), at most [`MAX_INFLATED`] bytes
//! inflated in all, and no entry that claims to inflate more than [`MAX_RATIO`] times its
//! compressed size. Only `word/document.xml` is read: the text of its `<w:t>` runs, paragraph by
//! paragraph.

use std::io::Read;

use crate::ExtractError;

pub const MAX_ENTRIES: usize = 2_000;
pub const MAX_INFLATED: u64 = 64 * 1024 * 1024;
pub const MAX_RATIO: u64 = 200;

/// Whether a zip entry's name could point outside the folder it is extracted to.
fn unsafe_name(name: &str) -> bool {
    let n = name.replace('\\', "/");
    n.starts_with('/')
        || n.split('/').any(|part| part == "..")
        || n.as_bytes().get(1) == Some(&b':')
        || n.contains('\0')
}

pub fn to_text(bytes: &[u8]) -> Result<(String, Option<String>), ExtractError> {
    let bad = |why: &str| ExtractError::BadDocx(why.to_owned());
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| bad(&format!("not a readable zip file ({e})")))?;
    if zip.len() > MAX_ENTRIES {
        return Err(bad(&format!("more than {MAX_ENTRIES} entries")));
    }
    let mut document = None;
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| bad(&format!("entry {i} cannot be read ({e})")))?;
        let name = entry
            .name()
            .map_err(|e| bad(&format!("entry {i} has no usable name ({e})")))?
            .into_owned();
        if unsafe_name(&name) {
            return Err(bad(&format!(
                "the entry name '{}' points outside the document",
                name.chars().take(80).collect::<String>()
            )));
        }
        declared = declared.saturating_add(entry.size());
        if entry.size() > entry.compressed_size().max(1).saturating_mul(MAX_RATIO) {
            return Err(bad(&format!(
                "the entry '{}' would inflate more than {MAX_RATIO} times (a zip bomb?)",
                name.chars().take(80).collect::<String>()
            )));
        }
        if name == "word/document.xml" {
            document = Some(i);
        }
    }
    if declared > MAX_INFLATED {
        return Err(bad(&format!(
            "it would inflate to more than {} MB",
            MAX_INFLATED / 1024 / 1024
        )));
    }
    let index = document.ok_or_else(|| bad("a zip file without word/document.xml"))?;
    let entry = zip
        .by_index(index)
        .map_err(|e| bad(&format!("word/document.xml cannot be read ({e})")))?;
    // Sizes in the header can lie: the reader stops one byte past the limit whatever they say.
    let mut xml = Vec::new();
    entry
        .take(MAX_INFLATED + 1)
        .read_to_end(&mut xml)
        .map_err(|e| bad(&format!("word/document.xml cannot be inflated ({e})")))?;
    if xml.len() as u64 > MAX_INFLATED {
        return Err(bad(
            "word/document.xml inflates past the limit (a zip bomb?)",
        ));
    }
    let xml = String::from_utf8(xml).map_err(|_| bad("word/document.xml is not UTF-8"))?;
    Ok(runs_to_text(&xml))
}

/// The text of `<w:t>` runs; `</w:p>` ends a paragraph, `<w:tab/>` and `<w:br/>` are spacing.
/// The first paragraph is the title.
fn runs_to_text(xml: &str) -> (String, Option<String>) {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt..];
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        match name {
            "w:t" if !tag.ends_with('/') => {
                let end = rest.find("</w:t>").unwrap_or(rest.len());
                out.push_str(&crate::html::decode(&rest[..end]));
                rest = &rest[end..];
            }
            "w:tab" => out.push('\t'),
            "w:br" => out.push('\n'),
            "" if tag == "/w:p" => out.push('\n'),
            _ => {}
        }
    }
    let title = out
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| l.chars().take(200).collect());
    (out, title)
}

#[cfg(test)]
pub(crate) mod tests {
    use std::io::Write;

    use zip::write::SimpleFileOptions;

    use super::*;

    /// A zip file of (name, bytes) entries, deflated.
    pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes) in entries {
            w.start_file(*name, SimpleFileOptions::default()).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    pub fn docx(paragraphs: &[&str]) -> Vec<u8> {
        let body: String = paragraphs
            .iter()
            .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
            .collect();
        let xml = format!(
            "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body>{body}</w:body></w:document>"
        );
        zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", xml.as_bytes()),
        ])
    }

    #[test]
    fn a_docx_gives_its_paragraphs() {
        let (text, title) = to_text(&docx(&[
            "Abu Dhabi Dialogue",
            "Labour mobility &amp; skills",
        ]))
        .unwrap();
        assert_eq!(title.as_deref(), Some("Abu Dhabi Dialogue"));
        assert_eq!(text, "Abu Dhabi Dialogue\nLabour mobility & skills\n");
    }

    #[test]
    fn hostile_zips_are_refused_before_inflating() {
        let climb = zip_of(&[
            ("../../etc/passwd", b"x"),
            ("word/document.xml", b"<w:t>x</w:t>"),
        ]);
        assert!(matches!(to_text(&climb), Err(ExtractError::BadDocx(m)) if m.contains("outside")));
        let absolute = zip_of(&[("/etc/passwd", b"x")]);
        assert!(
            matches!(to_text(&absolute), Err(ExtractError::BadDocx(m)) if m.contains("outside"))
        );
        // 20 MB of zeros deflate to a few KB: far past the ratio.
        let zeros = vec![0u8; 20 * 1024 * 1024];
        let bomb = zip_of(&[("word/document.xml", &zeros)]);
        assert!(bomb.len() < 100_000, "{}", bomb.len());
        assert!(matches!(to_text(&bomb), Err(ExtractError::BadDocx(m)) if m.contains("zip bomb")));
        let not_word = zip_of(&[("readme.txt", b"hello")]);
        assert!(
            matches!(to_text(&not_word), Err(ExtractError::BadDocx(m)) if m.contains("without word/document.xml"))
        );
        assert!(
            matches!(to_text(b"PK\x03\x04 truncated"), Err(ExtractError::BadDocx(m)) if m.contains("not a readable zip"))
        );
        let many: Vec<(String, Vec<u8>)> = (0..MAX_ENTRIES + 1)
            .map(|i| (format!("f{i}"), vec![]))
            .collect();
        let many: Vec<(&str, &[u8])> = many
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        assert!(
            matches!(to_text(&zip_of(&many)), Err(ExtractError::BadDocx(m)) if m.contains("entries"))
        );
    }
}
