//! Blocks onto A4 pages: a cursor moving down, a new page when the next line does not fit.

use crate::Block;
use crate::fonts::Face;
use crate::lines::{Bidi, break_lines, ends_paragraph};
use crate::shape::{Shaped, measure};

pub(crate) const PAGE_WIDTH: f32 = 595.28;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.7;
const BOTTOM: f32 = PAGE_HEIGHT - MARGIN;
const BODY: f32 = 10.0;
const SMALL: f32 = 8.5;
const LEADING: f32 = 1.45;
/// The inset of quotations and list items, on the side lines start from.
const INSET: f32 = 18.0;
const BLACK: u8 = 0;
const GREY: u8 = 85;
const RULE: u8 = 170;

/// What is drawn on a page; `y` grows downwards from the top edge.
pub(crate) enum Op {
    /// Glyphs from `x` at the baseline `y`, grey level `ink` (0 black, 255 white).
    Glyphs {
        x: f32,
        y: f32,
        size: f32,
        ink: u8,
        run: Shaped,
    },
    /// A filled rectangle.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        ink: u8,
    },
}

/// One laid-out line: runs with their offsets from the line's start x, and its width.
struct Line {
    runs: Vec<(f32, Shaped)>,
    width: f32,
}

pub(crate) struct Layout<'f> {
    faces: &'f [Face],
    rtl: bool,
    pub pages: Vec<Vec<Op>>,
    y: f32,
}

/// A text's style.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    ink: u8,
}

const PARA: Style = Style {
    size: BODY,
    ink: BLACK,
};

impl<'f> Layout<'f> {
    pub(crate) fn new(faces: &'f [Face], rtl: bool) -> Self {
        Self {
            faces,
            rtl,
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    fn page(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a layout always has a page")
    }

    /// Moves to a new page unless `height` more points fit on this one.
    fn room(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    /// The left and right edges of a column `start`..`end` points in from the side lines start
    /// from (the right in a right-to-left report).
    fn edges(&self, start: f32, end: f32) -> (f32, f32) {
        let (a, b) = (MARGIN + start, PAGE_WIDTH - MARGIN - end);
        if self.rtl {
            (PAGE_WIDTH - b, PAGE_WIDTH - a)
        } else {
            (a, b)
        }
    }

    /// A text's lines: each of its paragraphs (split where the bidi algorithm starts one; empty
    /// ones left out) broken to `width` and ordered for display.
    fn lines(&self, text: &str, size: f32, width: f32) -> Vec<Line> {
        let mut out = Vec::new();
        for para in text.split(ends_paragraph).filter(|p| !p.trim().is_empty()) {
            let bidi = Bidi::new(para, self.rtl);
            for range in break_lines(self.faces, para, size, width) {
                let mut x = 0.0;
                let runs = bidi
                    .visual(self.faces, range)
                    .into_iter()
                    .map(|run| {
                        let at = x;
                        x += run.width * size;
                        (at, run)
                    })
                    .collect();
                out.push(Line { runs, width: x });
            }
        }
        out
    }

    /// Draws one line between the edges, from the start side.
    fn put(&mut self, line: Line, left: f32, right: f32, baseline: f32, style: Style) {
        let x0 = if self.rtl { right - line.width } else { left };
        for (dx, run) in line.runs {
            self.page().push(Op::Glyphs {
                x: x0 + dx,
                y: baseline,
                size: style.size,
                ink: style.ink,
                run,
            });
        }
    }

    /// A paragraph between the insets, each line moved to a new page if it does not fit; `mark`
    /// draws something at the start side of each line (a quotation's bar) or of the first one.
    fn text(&mut self, text: &str, style: Style, start: f32, end: f32, mark: Mark) {
        let (left, right) = self.edges(start, end);
        let height = style.size * LEADING;
        for (i, line) in self
            .lines(text, style.size, right - left)
            .into_iter()
            .enumerate()
        {
            self.room(height);
            let y = self.y;
            self.put(line, left, right, y + style.size, style);
            match mark {
                Mark::Bar => self.bar(start - INSET / 2.0, y, height),
                Mark::Bullet if i == 0 => self.bullet(start - INSET / 2.0, y + style.size * 0.6),
                Mark::Number(n) if i == 0 => {
                    let (l, r) = self.edges(0.0, end);
                    for line in self.lines(&format!("{n}."), style.size, f32::INFINITY) {
                        self.put(line, l, r, y + style.size, style);
                    }
                }
                _ => {}
            }
            self.y += height;
        }
    }

    /// A text across the whole measure, in one size and ink.
    fn line_of(&mut self, text: &str, size: f32, ink: u8) {
        self.text(text, Style { size, ink }, 0.0, 0.0, Mark::None);
    }

    fn bar(&mut self, inset: f32, y: f32, h: f32) {
        let (l, r) = self.edges(inset, 0.0);
        let x = if self.rtl { r - 1.5 } else { l };
        self.page().push(Op::Rect {
            x,
            y,
            w: 1.5,
            h,
            ink: RULE,
        });
    }

    fn bullet(&mut self, inset: f32, middle: f32) {
        let (l, r) = self.edges(inset, 0.0);
        let x = if self.rtl { r - 3.0 } else { l };
        self.page().push(Op::Rect {
            x,
            y: middle - 1.5,
            w: 3.0,
            h: 3.0,
            ink: BLACK,
        });
    }

    fn rule(&mut self, ink: u8) {
        let (l, r) = self.edges(0.0, 0.0);
        let y = self.y;
        self.page().push(Op::Rect {
            x: l,
            y,
            w: r - l,
            h: 0.5,
            ink,
        });
    }

    fn gap(&mut self, points: f32) {
        if self.y > MARGIN {
            self.y += points;
        }
    }

    pub(crate) fn block(&mut self, block: &Block) {
        match block {
            Block::Title(t) => {
                self.line_of(t, 17.0, BLACK);
                self.gap(8.0);
            }
            Block::Heading(t) => {
                self.gap(10.0);
                // A heading is not left alone at the foot of a page.
                self.room(13.0 * LEADING + 3.0 * BODY * LEADING);
                self.line_of(t, 13.0, BLACK);
                self.rule(RULE);
                self.gap(5.0);
            }
            Block::Subheading(t) => {
                self.gap(6.0);
                self.room(11.0 * LEADING + 2.0 * BODY * LEADING);
                self.line_of(t, 11.0, BLACK);
                self.gap(2.0);
            }
            Block::Para(t) => {
                self.line_of(t, BODY, BLACK);
                self.gap(5.0);
            }
            Block::Small(t) => {
                self.line_of(t, SMALL, GREY);
                self.gap(1.0);
            }
            Block::Quote { text, caption } => {
                self.room(2.0 * BODY * LEADING);
                self.text(text, PARA, INSET, 0.0, Mark::Bar);
                self.text(
                    caption,
                    Style {
                        size: SMALL,
                        ink: GREY,
                    },
                    INSET,
                    0.0,
                    Mark::None,
                );
                self.gap(6.0);
            }
            Block::Numbered(items) | Block::Bullets(items) => {
                let numbered = matches!(block, Block::Numbered(_));
                // The numbers stand in a gutter as wide as the widest of them needs.
                let widest = format!("{}. ", items.len());
                let gutter = match numbered {
                    true => INSET.max(measure(self.faces, &widest, BODY)),
                    false => INSET,
                };
                for (n, item) in items.iter().enumerate() {
                    let mark = if numbered {
                        Mark::Number(n + 1)
                    } else {
                        Mark::Bullet
                    };
                    self.text(item, PARA, gutter, 0.0, mark);
                    self.gap(1.5);
                }
                self.gap(4.0);
            }
            Block::Table {
                caption,
                head,
                rows,
                widths,
            } => self.table(caption, head, rows, widths),
        }
    }

    fn table(&mut self, caption: &str, head: &[String], rows: &[Vec<String>], widths: &[f32]) {
        // A row longer than the widths given has its other cells in columns of one share each.
        let cells = rows
            .iter()
            .map(Vec::len)
            .chain([head.len()])
            .max()
            .unwrap_or(0);
        let widths: Vec<f32> = (0..cells.max(widths.len()))
            .map(|i| widths.get(i).copied().unwrap_or(1.0))
            .collect();
        let total: f32 = widths.iter().sum();
        let (left, right) = self.edges(0.0, 0.0);
        let full = right - left;
        let pad = 4.0;
        // Each column's start inset and width, from the start side.
        let mut columns = Vec::new();
        let mut at = 0.0;
        for w in &widths {
            let w = full * w / total.max(f32::EPSILON);
            columns.push((at, w));
            at += w;
        }
        self.room(SMALL * LEADING + 3.0 * BODY * LEADING);
        self.line_of(caption, SMALL, GREY);
        self.row(
            head,
            &columns,
            pad,
            Style {
                size: 9.0,
                ink: GREY,
            },
        );
        self.rule(RULE);
        self.gap(2.0);
        for row in rows {
            self.row(
                row,
                &columns,
                pad,
                Style {
                    size: 9.0,
                    ink: BLACK,
                },
            );
            self.rule(225);
            self.gap(2.0);
        }
        self.gap(6.0);
    }

    /// A table row: each cell wrapped in its column, the row kept on one page — unless it is
    /// taller than a page, when its cells follow one another like paragraphs.
    fn row(&mut self, cells: &[String], columns: &[(f32, f32)], pad: f32, style: Style) {
        let height = style.size * LEADING;
        let laid: Vec<Vec<Line>> = cells
            .iter()
            .zip(columns)
            .map(|(cell, (_, w))| self.lines(cell, style.size, w - pad))
            .collect();
        let tallest = laid.iter().map(Vec::len).max().unwrap_or(0) as f32 * height;
        if tallest > BOTTOM - MARGIN {
            for (cell, (start, _)) in cells.iter().zip(columns) {
                self.text(cell, style, *start, 0.0, Mark::None);
            }
            return;
        }
        self.room(tallest + 2.5);
        let (left, right) = self.edges(0.0, 0.0);
        let top = self.y;
        for (lines, (start, w)) in laid.into_iter().zip(columns) {
            let (l, r) = if self.rtl {
                (right - start - w + pad, right - start)
            } else {
                (left + start, left + start + w - pad)
            };
            for (i, line) in lines.into_iter().enumerate() {
                self.put(line, l, r, top + i as f32 * height + style.size, style);
            }
        }
        self.y = top + tallest + 2.0;
    }
}

#[derive(Clone, Copy)]
enum Mark {
    None,
    Bar,
    Bullet,
    Number(usize),
}
