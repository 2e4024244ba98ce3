//! The three vendored faces (see `scripts/vendor-fonts`) and which one draws a character.

use std::sync::LazyLock;

/// Noto Sans: Latin, Greek, Cyrillic.
pub(crate) const LATIN: usize = 0;
/// Noto Sans Arabic.
pub(crate) const ARABIC: usize = 1;

/// In the order above, then Noto Sans CJK SC cut to GB 2312.
static BYTES: [&[u8]; 3] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoSansSC-GB2312.otf"),
];

pub(crate) struct Face {
    /// The font as the PDF embeds it (krilla subsets it to the glyphs used).
    pub pdf: krilla::text::Font,
    /// The same bytes as the shaper reads them.
    pub shaper: rustybuzz::Face<'static>,
    pub units_per_em: f32,
}

static FACES: LazyLock<Option<Vec<Face>>> = LazyLock::new(|| {
    BYTES
        .iter()
        .map(|bytes| {
            let shaper = rustybuzz::Face::from_slice(bytes, 0)?;
            Some(Face {
                pdf: krilla::text::Font::new((*bytes).into(), 0)?,
                units_per_em: f32::from(shaper.units_per_em() as u16),
                shaper,
            })
        })
        .collect()
});

/// The faces, or `None` if a vendored font does not parse (a broken checkout).
pub(crate) fn faces() -> Option<&'static [Face]> {
    FACES.as_deref()
}

fn covers(face: &Face, c: char) -> bool {
    face.shaper.glyph_index(c).is_some()
}

/// The face that draws `c`: punctuation, digits and spaces stay in the face of the character
/// before them when it has them (so an Arabic sentence's spaces and commas are shaped with it);
/// anything else goes to the first face that has it, Latin first.
pub(crate) fn face_for(faces: &[Face], c: char, previous: Option<usize>) -> usize {
    if let Some(p) = previous.filter(|&p| !c.is_alphabetic() && covers(&faces[p], c)) {
        return p;
    }
    (0..faces.len())
        .find(|&i| covers(&faces[i], c))
        .or(previous)
        .unwrap_or(LATIN)
}
