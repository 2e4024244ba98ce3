//! Reports rendered and read back with poppler (`pdftotext`, `pdffonts`, `pdfinfo`; Debian
//! poppler-utils, installed by `scripts/test`): the words drawn are the words given — English,
//! Russian and Chinese in order, line breaks and page breaks included — and the three faces are
//! embedded, cut to the glyphs used, with their text.

use std::process::Command;

use agora_typeset::{Block, Doc, render};

fn poppler(tool: &str, pdf: &[u8], args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils, installed by scripts/test): {e}"));
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn text(pdf: &[u8]) -> String {
    poppler("pdftotext", pdf, &["-enc", "UTF-8"])
}

fn doc(lang: &str, rtl: bool, blocks: Vec<Block>) -> Doc {
    Doc {
        title: "A report".into(),
        lang: lang.into(),
        rtl,
        blocks,
    }
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

const SENTENCE: &str = "The Colombo Process was set up in 2003 by labour-sending states of Asia \
     to share experience on overseas employment, and to make recommendations (see https://example.org/a/long/address).";

#[test]
fn paragraphs_come_back_word_for_word_across_lines_and_pages() {
    let long = [SENTENCE; 60].join(" ");
    let blocks = vec![
        Block::Title("Colombo Process, 2003–2009".into()),
        Block::Heading("Objectives".into()),
        Block::Para(long.clone()),
        Block::Quote {
            text: "We learnt to trust each other.".into(),
            caption: "— an interviewee".into(),
        },
        Block::Bullets(vec!["Москва, Совещание министров".into()]),
    ];
    let pdf = render(&doc("en", false, blocks)).unwrap();
    let info = poppler("pdfinfo", &pdf, &[]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && !l.ends_with(" 1")),
        "a long paragraph runs onto a second page: {info}"
    );
    assert!(info.contains("Title:           A report"), "{info}");
    let got = text(&pdf);
    let expected = [
        "Colombo Process, 2003–2009",
        "Objectives",
        &long,
        "We learnt to trust each other.",
        "— an interviewee",
        "Москва, Совещание министров",
    ]
    .join(" ");
    // Lines break at spaces only: no word (no hyphenated word, no address) is cut in two.
    assert_eq!(words(&got), words(&expected));
}

#[test]
fn chinese_breaks_between_characters_and_comes_back_whole() {
    let para = "移民问题区域协商进程的成果与影响，以及其自身目标。".repeat(12);
    let pdf = render(&doc(
        "zh",
        false,
        vec![Block::Title("科伦坡进程".into()), Block::Para(para.clone())],
    ))
    .unwrap();
    let got: String = text(&pdf).chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(got, format!("科伦坡进程{para}"));
}

#[test]
fn every_face_is_embedded_cut_to_its_glyphs_with_its_text() {
    let pdf = render(&doc(
        "ar",
        true,
        vec![
            Block::Para("مقتطفات من المقابلات".into()),
            Block::Para("Colombo Process".into()),
            Block::Para("科伦坡进程".into()),
        ],
    ))
    .unwrap();
    let fonts = poppler("pdffonts", &pdf, &[]);
    for face in ["NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansCJK"] {
        let line = fonts
            .lines()
            .find(|l| l.contains(face))
            .unwrap_or_else(|| panic!("{face} in {fonts}"));
        // emb, sub, uni: embedded, a subset, with a map back to the text.
        assert!(line.contains("yes yes yes"), "{line}");
    }
    // The subsets are small: the glyphs used, not the faces (3 MB of Chinese alone).
    assert!(pdf.len() < 60_000, "{} bytes", pdf.len());
}

#[test]
fn a_table_keeps_each_cell_and_an_empty_report_is_a_page() {
    let pdf = render(&doc(
        "fr",
        false,
        vec![Block::Table {
            caption: "Produits".into(),
            head: vec!["Type".into(), "Produit".into()],
            rows: vec![vec!["Réunion".into(), SENTENCE.into()]],
            widths: vec![1.0, 3.0],
        }],
    ))
    .unwrap();
    let read = text(&pdf);
    let mut got = words(&read);
    let mut expected = words("Produits Type Produit Réunion");
    expected.extend(words(SENTENCE));
    got.sort_unstable();
    expected.sort_unstable();
    assert_eq!(got, expected);
    let empty = render(&doc("en", false, vec![])).unwrap();
    assert!(poppler("pdfinfo", &empty, &[]).contains("Pages:           1"));
}

/// Without poppler's own marks of direction (U+202A–U+202E).
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(u32::from(*c), 0x200E | 0x200F | 0x202A..=0x202E))
        .collect()
}

#[test]
fn arabic_comes_back_in_reading_order_with_its_table_and_its_english_names() {
    // No lam-alef here: poppler writes a ligature's letters in reverse (see the web's test).
    let para = "مرحبا بكم في منتدى الهجرة عملية Colombo Process منذ عام 2003";
    let pdf = render(&doc(
        "ar",
        true,
        vec![
            Block::Para(para.into()),
            Block::Table {
                caption: "النواتج".into(),
                head: vec!["النوع".into(), "الناتج".into()],
                rows: vec![vec!["اجتماع".into(), "Ministerial Consultation".into()]],
                widths: vec![1.0, 3.0],
            },
        ],
    ))
    .unwrap();
    let read = plain(&text(&pdf));
    let first = read.lines().next().unwrap();
    // The Arabic words in reading order (poppler may glue the English name to the next word).
    assert_eq!(words(first)[..6], words(para)[..6], "{first}");
    for w in [
        "Colombo",
        "Process",
        "2003",
        "النواتج",
        "النوع",
        "الناتج",
        "اجتماع",
        "Ministerial",
        "Consultation",
    ] {
        assert!(read.contains(w), "{w} in {read}");
    }
}

#[test]
fn every_line_is_drawn_whatever_separates_it_and_list_numbers_stay_whole() {
    // U+001C..U+001E end a bidi paragraph without ending a line for the line breaker.
    let items: Vec<String> = (1..=120).map(|n| format!("item{n}")).collect();
    let pdf = render(&doc(
        "en",
        false,
        vec![
            Block::Para("one\u{1C}two\u{1D}three\r\nfour".into()),
            Block::Numbered(items),
        ],
    ))
    .unwrap();
    let read = text(&pdf);
    for w in [
        "one", "two", "three", "four", "item1", "item120", "100.", "120.",
    ] {
        assert!(words(&read).contains(&w), "{w} in {read}");
    }
}
