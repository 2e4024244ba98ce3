//! Files into document records: the text is extracted (agora-extract), the language taken from
//! the options or detected, the title from the options or the file, and the record checked. The
//! caller stores the bytes in the blob store and the record in the store.

use agora_core::document::{DocFile, DocKind, DocVersion, DocVisibility, Document};
use agora_core::{DocumentId, ForumId, Lang, PartialDate, ThemeId};
use serde::Deserialize;

/// The largest file taken.
pub const MAX_BYTES: usize = agora_extract::MAX_BYTES;

/// What the person ingesting says about the files.
#[derive(Debug, Clone)]
pub struct DocOptions {
    pub id: Option<DocumentId>,
    pub fora: Vec<ForumId>,
    pub kind: DocKind,
    pub lang: Option<Lang>,
    pub title: Option<String>,
    pub visibility: DocVisibility,
    pub date: Option<PartialDate>,
    pub meeting: Option<String>,
    pub source_url: Option<String>,
    pub themes: Vec<ThemeId>,
    /// Authors, publisher and abstract.
    pub about: agora_core::document::About,
    /// How to read PDFs (a child process); without it PDFs are refused.
    pub pdf: Option<agora_extract::PdfReader>,
}

/// A document ready to store, with its version's text.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub document: Document,
    pub lang: Lang,
    pub text: String,
}

/// Why a file could not become a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocError {
    #[error(transparent)]
    Extract(#[from] agora_extract::ExtractError),
    #[error(
        "the language could not be detected: give it with --lang (an ISO 639 code such as en, fr, es, ar, ru, zh)"
    )]
    NoLanguage,
    /// The record's problems: (field, what is wrong).
    #[error("{}", said_all(.0))]
    Invalid(Vec<(String, agora_core::Said)>),
}

/// A record's problems, in English: "field: what; field: what".
fn said_all(problems: &[(String, agora_core::Said)]) -> String {
    problems
        .iter()
        .map(|(f, m)| format!("{f}: {m}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The id a file gets when none is given: from its content, so the same file is the same
/// document however often it is ingested.
pub fn id_for(sha256: &str) -> DocumentId {
    format!("doc-{}", &sha256[..16])
        .parse()
        .expect("hex digits make a slug")
}

/// Make a document of one file (`sha256` of `bytes`, computed by the caller's blob store).
pub fn prepare(
    name: &str,
    bytes: &[u8],
    sha256: &str,
    o: &DocOptions,
    known_fora: &dyn Fn(&ForumId) -> bool,
    known_themes: &dyn Fn(&ThemeId) -> bool,
) -> Result<Prepared, DocError> {
    let extracted = agora_extract::extract_with(name, bytes, o.pdf.as_ref())?;
    let lang = match &o.lang {
        Some(l) => l.clone(),
        None => extracted
            .lang()
            .as_deref()
            .and_then(|l| Lang::parse(l).ok())
            .ok_or(DocError::NoLanguage)?,
    };
    let title = o
        .title
        .clone()
        .or(extracted.title.clone())
        .unwrap_or_else(|| name.to_owned());
    let document = Document {
        id: o.id.clone().unwrap_or_else(|| id_for(sha256)),
        kind: o.kind,
        date: o.date,
        fora: o.fora.clone(),
        meeting: o.meeting.clone(),
        themes: o.themes.clone(),
        source_url: o.source_url.clone(),
        licence: None,
        about: o.about.clone(),
        visibility: o.visibility.clone(),
        versions: vec![DocVersion {
            lang: lang.clone(),
            title: title.chars().take(500).collect(),
            files: vec![DocFile {
                sha256: sha256.to_owned(),
                name: name.chars().take(255).collect(),
                media_type: extracted.format.media_type().to_owned(),
                size: bytes.len() as u64,
            }],
        }],
    };
    let problems = agora_core::document::problems(&document, known_fora, known_themes);
    if !problems.is_empty() {
        return Err(DocError::Invalid(problems));
    }
    Ok(Prepared {
        document,
        lang,
        text: extracted.text,
    })
}

/// One entry of `data/documents/builtin.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BuiltinEntry {
    file: String,
    id: DocumentId,
    kind: DocKind,
    lang: Lang,
    title: String,
    date: Option<PartialDate>,
    fora: Vec<ForumId>,
    meeting: Option<String>,
    source_url: Option<String>,
    #[serde(default)]
    themes: Vec<ThemeId>,
    #[serde(default)]
    authors: Vec<String>,
    #[serde(default)]
    publisher: Option<String>,
    #[serde(default, rename = "abstract")]
    summary: Option<String>,
}

/// A built-in document: its file's name and bytes, and what is known of it.
pub struct Builtin {
    pub name: &'static str,
    pub bytes: &'static [u8],
    pub options: DocOptions,
}

const BUILTIN_FILES: [(&str, &[u8]); 1] = [(
    "gfmd-2009-rt3.2-background-paper.txt",
    include_bytes!("../../../data/documents/gfmd-2009-rt3.2-background-paper.txt"),
)];

/// The library of a fresh install (all public).
pub fn builtin() -> Vec<Builtin> {
    let entries: Vec<BuiltinEntry> =
        serde_json::from_str(include_str!("../../../data/documents/builtin.json"))
            .expect("data/documents/builtin.json is valid (tested)");
    entries
        .into_iter()
        .map(|e| {
            let (name, bytes) = BUILTIN_FILES
                .iter()
                .find(|(n, _)| *n == e.file)
                .copied()
                .expect("every built-in document's file is compiled in (tested)");
            Builtin {
                name,
                bytes,
                options: DocOptions {
                    id: Some(e.id),
                    fora: e.fora,
                    kind: e.kind,
                    lang: Some(e.lang),
                    title: Some(e.title),
                    visibility: DocVisibility::Public,
                    date: e.date,
                    meeting: e.meeting,
                    source_url: e.source_url,
                    themes: e.themes,
                    about: agora_core::document::About {
                        authors: e.authors,
                        publisher: e.publisher,
                        summary: e.summary,
                    },
                    pdf: None,
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_background_paper_is_built_in_and_valid() {
        let all = builtin();
        assert_eq!(all.len(), 1);
        let paper = &all[0];
        let d = crate::builtin::dataset();
        let fora = |f: &ForumId| d.fora.iter().any(|x| &x.id == f);
        let themes = |t: &ThemeId| d.themes.iter().any(|x| &x.id == t);
        let p = prepare(
            paper.name,
            paper.bytes,
            &"0".repeat(64),
            &paper.options,
            &fora,
            &themes,
        )
        .unwrap();
        assert_eq!(p.document.id.as_str(), "gfmd-2009-rt3-2-background-paper");
        assert_eq!(p.lang.as_str(), "en");
        assert!(
            p.text
                .contains("translating non-binding dialogue into action")
        );
        assert!(
            p.text.contains("Söderköping"),
            "the paper names the Söderköping Process"
        );
    }

    #[test]
    fn a_file_without_options_gets_its_id_title_and_language_from_itself() {
        let o = DocOptions {
            id: None,
            fora: vec!["rcm".parse().unwrap()],
            kind: DocKind::Declaration,
            lang: None,
            title: None,
            visibility: DocVisibility::Public,
            date: None,
            meeting: None,
            source_url: None,
            themes: vec![],
            about: Default::default(),
            pdf: None,
        };
        let bytes = "# Declaración de Puebla\n\nLos gobiernos de la región acordaron cooperar en materia de migración y desarrollo.".as_bytes();
        let sha = "ab".repeat(32);
        let p = prepare("puebla.md", bytes, &sha, &o, &|_| true, &|_| true).unwrap();
        assert_eq!(p.document.id.as_str(), "doc-abababababababab");
        assert_eq!(p.lang.as_str(), "es");
        assert_eq!(p.document.title(), "Declaración de Puebla");
        assert_eq!(p.document.versions[0].files[0].media_type, "text/markdown");
        let unknown = prepare("puebla.md", bytes, &sha, &o, &|_| false, &|_| true).unwrap_err();
        assert!(
            matches!(unknown, DocError::Invalid(m) if said_all(&m).contains("unknown forum 'rcm'"))
        );
        let mismatch = prepare("puebla.pdf", bytes, &sha, &o, &|_| true, &|_| true).unwrap_err();
        assert!(
            mismatch.to_string().contains("the name says .pdf"),
            "{mismatch}"
        );
    }
}
