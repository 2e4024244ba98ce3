//! Reports as PDF. A [`Doc`] is a list of [`Block`]s — headings, paragraphs, quotations, lists
//! and tables — already in the reader's language; [`render`] lays them out on A4 pages and writes
//! the PDF with `krilla`, which embeds the fonts cut to the glyphs used, with the text behind each
//! glyph so that the PDF can be searched and copied.
//!
//! Text is shaped with `rustybuzz` in the face that has each character (Noto Sans, Noto Sans
//! Arabic, Noto Sans CJK SC; vendored by `scripts/vendor-fonts`), each line ordered by the Unicode
//! bidirectional algorithm, so Arabic reads right to left with English names and figures inside
//! it. Lines break at spaces, and between CJK characters. This crate holds no words of its own:
//! every word comes from the caller.

mod fonts;
mod layout;
mod lines;
mod shape;

use krilla::Document;
use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{Metadata, TextDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};

use layout::{Layout, Op, PAGE_HEIGHT, PAGE_WIDTH};

/// A report to set.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// The document's title in its metadata (what a reader's window shows).
    pub title: String,
    /// Its language tag (`en`, `ar`, …) in its metadata.
    pub lang: String,
    /// Whether lines start from the right (Arabic).
    pub rtl: bool,
    pub blocks: Vec<Block>,
}

/// A piece of a report, in reading order.
#[derive(Debug, Clone)]
pub enum Block {
    Title(String),
    Heading(String),
    Subheading(String),
    Para(String),
    /// A caption or a label: smaller, grey.
    Small(String),
    /// A quotation with its attribution under it.
    Quote {
        text: String,
        caption: String,
    },
    /// Items numbered from 1.
    Numbered(Vec<String>),
    Bullets(Vec<String>),
    /// A table with a caption above it; `widths` are the columns' shares of the line.
    Table {
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        widths: Vec<f32>,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("a vendored font does not parse: run scripts/vendor-fonts")]
    Fonts,
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// The PDF of `doc`.
pub fn render(doc: &Doc) -> Result<Vec<u8>, Error> {
    let faces = fonts::faces().ok_or(Error::Fonts)?;
    let mut layout = Layout::new(faces, doc.rtl);
    for block in &doc.blocks {
        layout.block(block);
    }
    let mut pdf = Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(doc.lang.clone())
            .creator("Agora".to_owned())
            .text_direction(if doc.rtl {
                TextDirection::RightToLeft
            } else {
                TextDirection::LeftToRight
            }),
    );
    let size =
        PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(Error::Pdf("page size".into()))?;
    for ops in layout.pages {
        let mut page = pdf.start_page_with(size.clone());
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Glyphs {
                    x,
                    y,
                    size,
                    ink,
                    run,
                } => {
                    surface.set_fill(Some(fill(ink)));
                    surface.draw_glyphs(
                        Point::from_xy(x, y),
                        &run.glyphs,
                        faces[run.face].pdf.clone(),
                        &run.text,
                        size,
                        false,
                    );
                }
                Op::Rect { x, y, w, h, ink } => {
                    let mut path = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(x, y, w, h) {
                        path.push_rect(rect);
                    }
                    if let Some(path) = path.finish() {
                        surface.set_fill(Some(fill(ink)));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    pdf.finish().map_err(|e| Error::Pdf(format!("{e:?}")))
}

fn fill(ink: u8) -> Fill {
    Fill {
        paint: luma::Color::new(ink).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::default(),
    }
}
