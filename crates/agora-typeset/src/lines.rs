//! Lines: where a paragraph breaks, and each line's pieces in visual order (Unicode bidi).

use std::ops::Range;

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::fonts::Face;
use crate::shape::{Shaped, font_runs, measure, shape};

/// Han, kana and CJK punctuation: a line may break between any two of them.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Where a line may end. Only after white space or beside a CJK character: a break after a
/// hyphen or a slash would split a word (or an address) in two for anyone copying the text.
fn opportunities(text: &str) -> Vec<(usize, bool)> {
    linebreaks(text)
        .filter_map(|(at, kind)| {
            let before = text[..at].chars().next_back();
            let after = text[at..].chars().next();
            let mandatory = kind == BreakOpportunity::Mandatory;
            let allowed = before.is_some_and(char::is_whitespace)
                || before.is_some_and(is_cjk)
                || after.is_some_and(is_cjk);
            (mandatory || allowed).then_some((at, mandatory))
        })
        .collect()
}

/// The byte ranges of `text`'s lines at most `width` points wide at `size`, trailing white space
/// and line ends left out. A word wider than the line is cut between characters.
pub(crate) fn break_lines(faces: &[Face], text: &str, size: f32, width: f32) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let (mut start, mut end, mut used) = (0, 0, 0.0);
    for (at, mandatory) in opportunities(text) {
        let piece = &text[end..at];
        let inked = measure(faces, piece.trim_end(), size);
        if end > start && used + inked > width {
            lines.push(start..end);
            (start, used) = (end, 0.0);
        }
        if start == end && inked > width {
            // One word longer than a line: cut it where it no longer fits.
            let mut from = end;
            for (i, c) in piece.char_indices() {
                let cut = end + i + c.len_utf8();
                // Never between a letter and the marks on it.
                let mark = bidi_class(c) == BidiClass::NSM;
                if !mark
                    && cut > from + c.len_utf8()
                    && measure(faces, &text[from..cut], size) > width
                {
                    lines.push(from..end + i);
                    from = end + i;
                }
            }
            start = from;
            used = measure(faces, &text[from..at], size);
        } else {
            used += measure(faces, piece, size);
        }
        end = at;
        if mandatory {
            lines.push(start..at);
            (start, used) = (at, 0.0);
        }
    }
    if start < end {
        lines.push(start..end);
    }
    lines
        .into_iter()
        .map(|r| r.start..r.start + text[r].trim_end().len())
        .filter(|r| !r.is_empty())
        .collect()
}

/// Where the Unicode bidirectional algorithm starts a new paragraph (bidi class B).
pub(crate) fn ends_paragraph(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2029}')
}

/// A paragraph's bidi analysis, done once for all its lines. The text is one paragraph: the
/// caller splits it where [`ends_paragraph`].
pub(crate) struct Bidi<'t> {
    info: BidiInfo<'t>,
}

impl<'t> Bidi<'t> {
    pub(crate) fn new(text: &'t str, rtl: bool) -> Self {
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        Self {
            info: BidiInfo::new(text, Some(base)),
        }
    }

    /// The line's glyph runs from left to right.
    pub(crate) fn visual(&self, faces: &[Face], line: Range<usize>) -> Vec<Shaped> {
        let text = self.info.text;
        let mut out = Vec::new();
        // One paragraph, unless the caller did not split: then each part the line crosses.
        let mut runs = Vec::new();
        for para in &self.info.paragraphs {
            let part = line.start.max(para.range.start)..line.end.min(para.range.end);
            if !part.is_empty() {
                let (levels, visual) = self.info.visual_runs(para, part);
                runs.extend(visual.into_iter().map(|r| (levels[r.start], r)));
            }
        }
        for (level, run) in runs {
            let rtl = level.is_rtl();
            let mut pieces: Vec<Shaped> = font_runs(faces, &text[run.clone()])
                .into_iter()
                .map(|(r, face)| {
                    let piece = &text[run.start + r.start..run.start + r.end];
                    shape(faces, face, piece, rtl)
                })
                .collect();
            if rtl {
                pieces.reverse();
            }
            out.extend(pieces);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::faces;

    fn ink(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    #[test]
    fn no_line_is_wider_than_the_measure_and_a_word_too_long_for_one_is_cut() {
        let faces = faces().unwrap();
        let text = format!("short words, then {} and more words", "x".repeat(120));
        let lines = break_lines(faces, &text, 10.0, 100.0);
        assert!(lines.len() > 3, "{lines:?}");
        for l in &lines {
            let w = measure(faces, &text[l.clone()], 10.0);
            assert!(w <= 100.0, "{:?} is {w} points", &text[l.clone()]);
        }
        let kept: String = lines.iter().map(|l| &text[l.clone()]).collect();
        assert_eq!(ink(&kept), ink(&text), "every character on a line, once");
    }

    #[test]
    fn a_line_end_in_the_text_ends_a_line_and_white_space_ends_none() {
        let faces = faces().unwrap();
        assert_eq!(
            break_lines(faces, "one\ntwo  \n", 10.0, 500.0),
            [0..3, 4..7]
        );
        assert_eq!(
            break_lines(faces, "   ", 10.0, 500.0),
            Vec::<Range<usize>>::new()
        );
    }

    #[test]
    fn an_arabic_line_with_an_english_name_is_ordered_right_to_left() {
        let faces = faces().unwrap();
        let text = "عملية Colombo Process";
        let bidi = Bidi::new(text, true);
        let runs = bidi.visual(faces, 0..text.len());
        // From the left: the English name (drawn left to right), then the Arabic word.
        let order: Vec<&str> = runs.iter().map(|r| r.text.trim()).collect();
        assert_eq!(order.first(), Some(&"Colombo Process"), "{order:?}");
        assert_eq!(order.last(), Some(&"عملية"), "{order:?}");
    }
}
