//! Thematic overlap: fora compared by their thematic priorities (the theme vocabulary's ids)
//! and by the themes of their outcome documents. Every forum takes part, open processes too
//! (an open process has priorities even if it keeps no list of members).

use agora_core::ThemeId;

use crate::Landscape;
use crate::overlap::{jaccard, overlap};

/// What fora are compared on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Their thematic priorities.
    Priorities,
    /// The themes of their outcome documents.
    Documents,
}

/// Two fora (by index in the landscape) and the themes they share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemePair<'a> {
    pub a: usize,
    pub b: usize,
    pub shared: Vec<&'a ThemeId>,
    pub a_size: usize,
    pub b_size: usize,
}

impl ThemePair<'_> {
    /// Shared ÷ themes of either; none when neither has themes.
    pub fn jaccard(&self) -> Option<f64> {
        jaccard(self.shared.len(), self.a_size, self.b_size)
    }

    /// Shared ÷ themes of the one with fewer; none when either has none.
    pub fn overlap(&self) -> Option<f64> {
        overlap(self.shared.len(), self.a_size, self.b_size)
    }
}

/// The themes fora `a` and `b` share, on `basis`; none when either is not in the landscape or
/// they are one forum.
pub fn theme_pair(l: &Landscape, a: usize, b: usize, basis: Basis) -> Option<ThemePair<'_>> {
    let (x, y) = (l.fora.get(a)?, l.fora.get(b)?);
    if a == b {
        return None;
    }
    let (x, y) = match basis {
        Basis::Priorities => (&x.themes, &y.themes),
        Basis::Documents => (&x.document_themes, &y.document_themes),
    };
    Some(ThemePair {
        a,
        b,
        shared: x.intersection(y).collect(),
        a_size: x.len(),
        b_size: y.len(),
    })
}

/// Every pair of fora sharing at least one theme on `basis`, most alike first (by Jaccard, then
/// shared themes, then the fora's order).
pub fn theme_pairs(l: &Landscape, basis: Basis) -> Vec<ThemePair<'_>> {
    let n = l.fora.len();
    let mut out: Vec<ThemePair<'_>> = (0..n)
        .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
        .filter_map(|(a, b)| theme_pair(l, a, b, basis))
        .filter(|p| !p.shared.is_empty())
        .collect();
    let either = |p: &ThemePair<'_>| (p.a_size + p.b_size - p.shared.len()) as u64;
    out.sort_by(|x, y| {
        (y.shared.len() as u64 * either(x))
            .cmp(&(x.shared.len() as u64 * either(y)))
            .then_with(|| y.shared.len().cmp(&x.shared.len()))
            .then_with(|| (x.a, x.b).cmp(&(y.a, y.b)))
    });
    out
}
