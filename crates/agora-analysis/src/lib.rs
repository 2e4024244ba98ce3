//! Landscape analyses (issue 19): what the fora share, on a date. The application layer resolves
//! each forum's members on the day by the registry's rules — member fora taking part for their
//! states resolved to those states, rows without dates kept apart, suspended members marked, open
//! processes (the GFMD) kept out as having no list — into a [`Landscape`]; this crate measures it
//! and never reads the registry itself, so every measure is a function of plain sets, tested on
//! hand-made landscapes: membership overlap ([`overlap`]), thematic overlap ([`themes`]),
//! duplication flags ([`duplication`]) and cross-fertilisation suggestions ([`suggest`]).

use std::collections::BTreeSet;

use agora_core::{AreaCode, ForumId, ThemeId};

pub mod changes;
pub mod duplication;
pub mod meetings;
pub mod network;
pub mod order;
pub mod overlap;
pub mod suggest;
pub mod themes;

pub use changes::{Changes, changes};
pub use duplication::{Flag, flags};
pub use meetings::{Encounters, Met};
pub use network::{Network, network};
pub use order::seriate;
pub use overlap::{Matrix, Pair, naive_pairs};
pub use suggest::{Suggestion, Why, suggestions};
pub use themes::{ThemePair, theme_pairs};

/// A forum's members on the day, as the application layer resolved them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Portfolio {
    pub forum: ForumId,
    /// The states that are members on the day (directly, or through a member forum that takes
    /// part for its states).
    pub states: BTreeSet<AreaCode>,
    /// Of those, the ones suspended on the day (still members, marked).
    pub suspended: BTreeSet<AreaCode>,
    /// States listed without dates: members at some time, but whether on the day is not known.
    /// Never counted among `states`, never in a measure; shown apart.
    pub undated: BTreeSet<AreaCode>,
    /// An open process: it keeps no list of members (anyone may take part), so it is not
    /// counted as having every state, nor as having none: it takes no part in the measures.
    pub open: bool,
    /// Its thematic priorities (the theme vocabulary's ids).
    pub themes: BTreeSet<ThemeId>,
    /// The themes of its outcome documents published by the day.
    pub document_themes: BTreeSet<ThemeId>,
    /// The M49 regions it serves, and the ones they lie in (but the world).
    pub regions: BTreeSet<u16>,
}

impl Portfolio {
    pub fn new(forum: ForumId) -> Portfolio {
        Portfolio {
            forum,
            states: BTreeSet::new(),
            suspended: BTreeSet::new(),
            undated: BTreeSet::new(),
            open: false,
            themes: BTreeSet::new(),
            document_themes: BTreeSet::new(),
            regions: BTreeSet::new(),
        }
    }
}

/// The fora on a day (those that existed then and pass the filters), each with its members.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Landscape {
    pub fora: Vec<Portfolio>,
}

impl Landscape {
    /// The fora measured: every forum but the open ones.
    pub fn measured(&self) -> impl Iterator<Item = (usize, &Portfolio)> {
        self.fora.iter().enumerate().filter(|(_, p)| !p.open)
    }

    /// The states taking part in the most fora on the day, most first (then by code): each with
    /// the number of (measured) fora it is a member of.
    pub fn busiest_states(&self) -> Vec<(&AreaCode, usize)> {
        let mut count: std::collections::BTreeMap<&AreaCode, usize> = Default::default();
        for (_, p) in self.measured() {
            for s in &p.states {
                *count.entry(s).or_default() += 1;
            }
        }
        let mut out: Vec<(&AreaCode, usize)> = count.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        out
    }

    /// The states that share (measured) fora with `state` on the day, each with how many; the
    /// state itself with the number of its fora. Empty when it is in none.
    pub fn neighbours(&self, state: &AreaCode) -> std::collections::BTreeMap<&AreaCode, usize> {
        let mut out = std::collections::BTreeMap::new();
        for (_, p) in self.measured().filter(|(_, p)| p.states.contains(state)) {
            for s in &p.states {
                *out.entry(s).or_default() += 1;
            }
        }
        out
    }

    /// A state's portfolio on the day: the (measured) fora it is a member of, by index.
    pub fn portfolio_of(&self, state: &AreaCode) -> Vec<usize> {
        self.measured()
            .filter(|(_, p)| p.states.contains(state))
            .map(|(i, _)| i)
            .collect()
    }
}
