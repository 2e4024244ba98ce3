//! Shaping: a run of text in one face and one direction becomes positioned glyphs.

use std::ops::Range;

use krilla::text::{GlyphId, KrillaGlyph};

use crate::fonts::{ARABIC, Face, face_for};

/// Glyphs of one face in visual order, with the text they stand for.
#[derive(Clone)]
pub(crate) struct Shaped {
    pub face: usize,
    pub text: String,
    pub glyphs: Vec<KrillaGlyph>,
    /// The advance, in ems.
    pub width: f32,
}

/// Splits `text` (in logical order) into ranges drawn by one face each.
pub(crate) fn font_runs(faces: &[Face], text: &str) -> Vec<(Range<usize>, usize)> {
    let mut runs: Vec<(Range<usize>, usize)> = Vec::new();
    let mut previous = None;
    for (i, c) in text.char_indices() {
        let face = face_for(faces, c, previous);
        previous = Some(face);
        match runs.last_mut() {
            Some((range, f)) if *f == face => range.end = i + c.len_utf8(),
            _ => runs.push((i..i + c.len_utf8(), face)),
        }
    }
    runs
}

pub(crate) fn shape(faces: &[Face], face: usize, text: &str, rtl: bool) -> Shaped {
    let f = &faces[face];
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_cluster_level(rustybuzz::BufferClusterLevel::Characters);
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let out = rustybuzz::shape(&f.shaper, &[], buffer);
    let infos = out.glyph_infos();
    // A glyph stands for the text from its cluster to the next cluster after it in the text,
    // whatever the visual order.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        starts
            .get(starts.partition_point(|&s| s <= start))
            .copied()
            .unwrap_or(text.len())
    };
    let em = f.units_per_em;
    let mut width = 0.0;
    let glyphs = infos
        .iter()
        .zip(out.glyph_positions())
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            width += pos.x_advance as f32 / em;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / em,
                pos.x_offset as f32 / em,
                pos.y_offset as f32 / em,
                pos.y_advance as f32 / em,
                start..end_of(start),
                None,
            )
        })
        .collect();
    Shaped {
        face,
        text: text.to_owned(),
        glyphs,
        width,
    }
}

/// The advance of `text` at `size` points, shaped as it will be drawn (Arabic right to left).
pub(crate) fn measure(faces: &[Face], text: &str, size: f32) -> f32 {
    font_runs(faces, text)
        .into_iter()
        .map(|(range, face)| shape(faces, face, &text[range], face == ARABIC).width)
        .sum::<f32>()
        * size
}
