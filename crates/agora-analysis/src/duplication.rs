//! Duplication flags: pairs of fora that share most of their members *and* most of their
//! thematic priorities, where the paper asks how fora "can avoid duplication with other fora".
//! A flag is a question put to the fora, not a verdict; each says why in numbers the page puts
//! in words ("14 of 16 members shared; both prioritise labour migration and trafficking").

use crate::Landscape;
use crate::overlap::{Matrix, Pair, at_least, sort};
use crate::themes::{Basis, ThemePair, theme_pair};

/// Members shared, as a part of the smaller forum's, at least: three quarters.
pub const MEMBERS_SHARED: (usize, usize) = (3, 4);
/// The smaller forum has at least this many members (one state in common is not duplication).
pub const MEMBERS_AT_LEAST: usize = 2;
/// Priorities shared, as a part of the priorities of the forum with fewer, at least: half.
pub const THEMES_SHARED: (usize, usize) = (1, 2);
/// And at least this many priorities shared.
pub const THEMES_AT_LEAST: usize = 2;

/// Two fora that may duplicate each other's work: what they share of members and priorities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag<'a> {
    pub members: Pair,
    pub themes: ThemePair<'a>,
}

impl Flag<'_> {
    /// The members of the smaller forum (what the shared members are counted against).
    pub fn of_smaller(&self) -> usize {
        self.members.a_size.min(self.members.b_size)
    }
}

/// Every flagged pair of measured fora, most alike first as [`Matrix::pairs`] orders them (only
/// the candidates are sorted, not every pair sharing a member).
pub fn flags<'a>(l: &'a Landscape, m: &Matrix) -> Vec<Flag<'a>> {
    let mut candidates: Vec<Pair> = m
        .sharing()
        .filter(|p| {
            let smaller = p.a_size.min(p.b_size);
            smaller >= MEMBERS_AT_LEAST && at_least(p.shared, smaller, MEMBERS_SHARED)
        })
        .collect();
    sort(&mut candidates);
    candidates
        .into_iter()
        .filter_map(|p| {
            let t = theme_pair(l, p.a, p.b, Basis::Priorities)?;
            let fewer = t.a_size.min(t.b_size);
            (t.shared.len() >= THEMES_AT_LEAST && at_least(t.shared.len(), fewer, THEMES_SHARED))
                .then_some(Flag {
                    members: p,
                    themes: t,
                })
        })
        .collect()
}
