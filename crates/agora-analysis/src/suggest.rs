//! Cross-fertilisation suggestions for a forum, of the paper's three kinds (section 3, "between
//! RCPs located along common migration routes, between RCPs that explore similar migration
//! topics, between RCPs in different regions"), each with its reason — computed from the
//! landscape on the day and the routes, never a hand-written list:
//!
//! - **along a route**: another forum with member states along a route the forum's members are
//!   on too, where the two cover different parts of it (origin meets destination);
//! - **on similar topics**: another forum sharing at least [`TOPICS_AT_LEAST`] thematic
//!   priorities and a third of them (Jaccard);
//! - **across regions**: a bridge to a forum with no member (dated or not) and no region in
//!   common that shares at least one priority. A forum's regions are the M49 regions it serves
//!   and the ones they lie in, as the application layer gives them (South Asia lies in Asia).
//!
//! Open processes (keeping no list of members) take no part along routes or as bridges; they
//! may share topics.

use std::collections::HashMap;

use agora_core::route::{Route, StopRole};
use agora_core::{AreaCode, ThemeId};

use crate::Landscape;
use crate::overlap::{Matrix, at_least};
use crate::themes::{Basis, theme_pair};

/// Priorities shared on similar topics, at least.
pub const TOPICS_AT_LEAST: usize = 2;
/// And as a part of either forum's priorities (Jaccard), at least: a third.
pub const TOPICS_SHARED: (usize, usize) = (1, 3);
/// The most suggestions along each route (those adding most of it first), on topics (the most
/// alike first) and across regions (the most priorities shared first).
pub const MOST: usize = 8;

/// How many member states a forum has at each kind of stop of a route: origin, transit,
/// destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Along(pub [usize; 3]);

impl Along {
    pub fn at(&self, role: StopRole) -> usize {
        self.0[role as usize]
    }
    fn roles(&self) -> [bool; 3] {
        self.0.map(|n| n > 0)
    }
    fn any(&self) -> bool {
        self.0.iter().any(|&n| n > 0)
    }
}

/// Why a forum is suggested.
#[derive(Debug, Clone, PartialEq)]
pub enum Why<'a> {
    /// Both have member states along a route, at different kinds of stop: `ours` and `theirs`
    /// count them; `adds` is how many of its stops the other forum has and this one has not.
    Route {
        route: &'a Route,
        ours: Along,
        theirs: Along,
        adds: usize,
    },
    /// They share these priorities (Jaccard `similarity`).
    Topics {
        shared: Vec<&'a ThemeId>,
        similarity: f64,
    },
    /// No member and no region in common, these priorities shared.
    Bridge { shared: Vec<&'a ThemeId> },
}

/// Another forum (by index in the landscape) and why it is suggested.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion<'a> {
    pub forum: usize,
    pub why: Why<'a>,
}

/// For each route, the measured fora with member states along it: how many at each kind of
/// stop, and how many of those `me` has too. One pass over the fora's states, looking each up
/// among the routes' stops (rather than every stop of every route in every forum).
fn along_routes(
    l: &Landscape,
    routes: &[Route],
    me: &crate::Portfolio,
) -> Vec<HashMap<usize, (Along, usize)>> {
    let mut stops: HashMap<&AreaCode, Vec<(usize, StopRole)>> = HashMap::new();
    for (r, route) in routes.iter().enumerate() {
        for s in &route.stops {
            stops.entry(&s.area).or_default().push((r, s.role));
        }
    }
    let mut out: Vec<HashMap<usize, (Along, usize)>> = vec![HashMap::new(); routes.len()];
    for (i, p) in l.measured() {
        for s in &p.states {
            let Some(at) = stops.get(s) else { continue };
            let mine = me.states.contains(s);
            for &(r, role) in at {
                let (along, with_me) = out[r].entry(i).or_default();
                along.0[role as usize] += 1;
                *with_me += usize::from(mine);
            }
        }
    }
    out
}

/// The suggestions for forum `of` (by index in the landscape), at most [`MOST`] of each kind
/// (and of each route): along routes (in the routes' order, the forum adding most stops first), then on similar topics (most alike first), then
/// across regions (most priorities shared first). None when it is not in the landscape.
pub fn suggestions<'a>(
    l: &'a Landscape,
    m: &Matrix,
    routes: &'a [Route],
    of: usize,
) -> Vec<Suggestion<'a>> {
    let Some(me) = l.fora.get(of) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let reached = along_routes(l, routes, me);
    for (route, fora) in routes.iter().zip(reached) {
        let Some(&(ours, _)) = fora.get(&of) else {
            continue;
        };
        if me.open || !ours.any() {
            continue;
        }
        let mut here: Vec<Suggestion<'a>> = fora
            .into_iter()
            .filter(|&(i, (theirs, _))| i != of && theirs.any() && theirs.roles() != ours.roles())
            .map(|(i, (theirs, with_me))| Suggestion {
                forum: i,
                why: Why::Route {
                    route,
                    ours,
                    theirs,
                    // Its stops along the route, but those this forum has too.
                    adds: theirs.0.iter().sum::<usize>() - with_me,
                },
            })
            .collect();
        here.sort_by_key(|s| match s.why {
            Why::Route { adds, .. } => (std::cmp::Reverse(adds), s.forum),
            _ => (std::cmp::Reverse(0), s.forum),
        });
        out.extend(here.into_iter().take(MOST));
    }
    let mut topics: Vec<Suggestion<'a>> = (0..l.fora.len())
        .filter_map(|i| theme_pair(l, of, i, Basis::Priorities))
        .filter(|t| {
            let either = t.a_size + t.b_size - t.shared.len();
            t.shared.len() >= TOPICS_AT_LEAST && at_least(t.shared.len(), either, TOPICS_SHARED)
        })
        .map(|t| Suggestion {
            forum: t.b,
            why: Why::Topics {
                similarity: t.jaccard().unwrap_or(0.0),
                shared: t.shared,
            },
        })
        .collect();
    topics.sort_by(|x, y| match (&x.why, &y.why) {
        (Why::Topics { similarity: a, .. }, Why::Topics { similarity: b, .. }) => {
            b.total_cmp(a).then_with(|| x.forum.cmp(&y.forum))
        }
        _ => x.forum.cmp(&y.forum),
    });
    out.extend(topics.into_iter().take(MOST));
    let mut bridges: Vec<Suggestion<'a>> = Vec::new();
    if !me.open && !me.states.is_empty() {
        for (i, p) in l.measured() {
            // Nothing in common, undated members included (they may be members on the day).
            let apart = m.pair(of, i).is_some_and(|x| x.shared == 0)
                && !p.states.is_empty()
                && me.undated.is_disjoint(&p.states)
                && me.states.is_disjoint(&p.undated)
                && me.undated.is_disjoint(&p.undated)
                // Regions recorded for both: a gap in the data is not a region apart.
                && !me.regions.is_empty()
                && !p.regions.is_empty()
                && me.regions.is_disjoint(&p.regions);
            if !apart {
                continue;
            }
            if let Some(t) = theme_pair(l, of, i, Basis::Priorities)
                && !t.shared.is_empty()
            {
                bridges.push(Suggestion {
                    forum: i,
                    why: Why::Bridge { shared: t.shared },
                });
            }
        }
    }
    bridges.sort_by_key(|s| match &s.why {
        Why::Bridge { shared } => (std::cmp::Reverse(shared.len()), s.forum),
        _ => (std::cmp::Reverse(0), s.forum),
    });
    out.extend(bridges.into_iter().take(MOST));
    out
}

#[cfg(test)]
mod tests;
