//! The landscape on a day, as the analyses measure it (issue 19): the fora that existed then
//! and pass the fora list's filters, each with its member states resolved by the registry's
//! rules — a member forum that takes part for its states counts as those states on the day
//! (the EU side of the Africa-EU summit follows the EU's enlargement), rows without dates are
//! kept apart, suspended members are marked, and an open process (one that keeps no list, such
//! as the GFMD) is not counted as having every state. The measures are `agora_analysis`'s.

use std::collections::{BTreeMap, BTreeSet};

pub use agora_analysis::duplication as rule;
pub use agora_analysis::network::BETWEENNESS_UP_TO;
pub use agora_analysis::suggest::Along;
pub use agora_analysis::themes::{Basis, ThemePair};
pub use agora_analysis::{
    Changes, Encounters, Flag, Landscape, Matrix, Met, Network, Pair, Portfolio, Suggestion, Why,
    changes, flags, network, seriate, suggestions,
};
use agora_core::document::DocKind;
use agora_core::policy::Visibility;
use agora_core::{Day, ForumId, Member, MembershipStatus, Role, ThemeId};

use crate::registry::{ForaFilter, Registry};

/// The themes of each forum's outcome documents published by `day` (public documents that a
/// forum agreed or reported: declarations, action plans, reports, statements, recommendations;
/// not background papers or studies).
fn document_themes(r: &Registry, day: Day) -> BTreeMap<&ForumId, BTreeSet<ThemeId>> {
    let mut out: BTreeMap<&ForumId, BTreeSet<ThemeId>> = BTreeMap::new();
    let outcome = |k: DocKind| {
        !matches!(
            k,
            DocKind::BackgroundPaper | DocKind::Study | DocKind::Other
        )
    };
    for d in &r.documents {
        let by_then = d.date.is_some_and(|x| x.first_day() <= day);
        if d.visibility != Visibility::Public || !outcome(d.kind) || !by_then {
            continue;
        }
        for f in &d.fora {
            out.entry(f).or_default().extend(d.themes.iter().cloned());
        }
    }
    out
}

/// The M49 region each region lies in (a sub-region's region, an intermediate region's
/// sub-region), as the areas give them.
fn region_parents(r: &Registry) -> BTreeMap<u16, u16> {
    let mut out = BTreeMap::new();
    for a in &r.data.areas {
        let chain: Vec<u16> = [&a.region, &a.sub_region, &a.intermediate_region]
            .into_iter()
            .flatten()
            .map(|x| x.code)
            .collect();
        for w in chain.windows(2) {
            out.insert(w[1], w[0]);
        }
    }
    out
}

/// The regions a forum serves and the ones they lie in, but the world (001), which every
/// region lies in.
fn regions_within(serves: &[u16], parents: &BTreeMap<u16, u16>) -> BTreeSet<u16> {
    let mut out = BTreeSet::new();
    for &code in serves {
        let mut at = Some(code);
        while let Some(c) = at {
            if c == 1 || !out.insert(c) {
                break;
            }
            at = parents.get(&c).copied();
        }
    }
    out
}

/// The landscape on `day`, of the fora `filter` selects, in the registry's order.
pub fn landscape(r: &Registry, filter: &ForaFilter, day: Day) -> Landscape {
    let documents = document_themes(r, day);
    let parents = region_parents(r);
    let fora = r
        .search_fora(filter, day)
        .into_iter()
        .filter(|f| f.exists_on(day))
        .map(|f| portfolio(r, f, day, &documents, &parents))
        .collect();
    Landscape { fora }
}

/// A forum's members on `day` by the registry's rules, its priorities, regions and the themes
/// of its outcome documents.
fn portfolio(
    r: &Registry,
    f: &agora_core::Forum,
    day: Day,
    documents: &BTreeMap<&ForumId, BTreeSet<ThemeId>>,
    parents: &BTreeMap<u16, u16>,
) -> Portfolio {
    let mut p = Portfolio::new(f.id.clone());
    let direct = r.memberships_of_forum(&f.id, Some(day), Some(Role::Member));
    for m in &direct {
        if let Member::Area(state) = &m.member {
            p.states.insert(state.clone());
            if m.status_on(day) == MembershipStatus::Suspended {
                p.suspended.insert(state.clone());
            }
        }
    }
    p.states.extend(
        r.states_through(&f.id, day)
            .into_iter()
            .map(|(s, _)| s.clone()),
    );
    let undated: BTreeSet<_> = r
        .undated_memberships_of_forum(&f.id, day, Some(Role::Member))
        .into_iter()
        .filter_map(|m| match &m.member {
            Member::Area(state) => Some(state.clone()),
            _ => None,
        })
        .chain(
            r.undated_states_through(&f.id, day)
                .into_iter()
                .map(|(s, _)| s.clone()),
        )
        .collect();
    p.undated = undated.difference(&p.states).cloned().collect();
    // Open to all (as its page says): whatever rows it has are not a list of members, so it is
    // counted as having neither every state nor none.
    p.open = f.participation.is_some();
    p.themes = f.themes.iter().cloned().collect();
    p.regions = regions_within(&f.regions, parents);
    p.document_themes = documents.get(&f.id).cloned().unwrap_or_default();
    p
}

/// The overlap of every pair of the selected fora on `day`: the landscape, and the pairs that
/// share members, most alike first.
pub fn overlap(r: &Registry, filter: &ForaFilter, day: Day) -> (Landscape, Vec<Pair>) {
    let l = landscape(r, filter, day);
    let pairs = Matrix::of(&l).pairs();
    (l, pairs)
}

/// The priorities two fora of a landscape share.
pub fn theme_pair(l: &Landscape, a: usize, b: usize) -> ThemePair<'_> {
    agora_analysis::themes::theme_pair(l, a, b, Basis::Priorities).unwrap_or(ThemePair {
        a,
        b,
        shared: Vec::new(),
        a_size: 0,
        b_size: 0,
    })
}

/// The pairs of the selected fora that may duplicate each other's work on `day`.
pub fn duplication(r: &Registry, filter: &ForaFilter, day: Day) -> (Landscape, Matrix) {
    let l = landscape(r, filter, day);
    let m = Matrix::of(&l);
    (l, m)
}

/// The landscape on `day` of the selected fora and `forum`, whether the filters select it or
/// not, with `forum`'s index: what its suggestions are computed over. None when it did not
/// exist on the day.
pub fn around(
    r: &Registry,
    filter: &ForaFilter,
    forum: &ForumId,
    day: Day,
) -> Option<(Landscape, Matrix, usize)> {
    let mut l = landscape(r, filter, day);
    let at = match l.fora.iter().position(|p| &p.forum == forum) {
        Some(at) => at,
        None => {
            let f = r.forum(forum.as_str()).filter(|f| f.exists_on(day))?;
            let documents = document_themes(r, day);
            l.fora
                .push(portfolio(r, f, day, &documents, &region_parents(r)));
            l.fora.len() - 1
        }
    };
    let m = Matrix::of(&l);
    Some((l, m, at))
}

/// The meetings up to `day` (held, scheduled or postponed; not cancelled) as evidence of
/// exchange between the landscape's fora: who held each, and which fora took part in it as
/// participants, hosts or chairs.
pub fn encounters(r: &Registry, l: &Landscape, day: Day) -> Encounters {
    use agora_core::meeting::MeetingStatus;
    let at: BTreeMap<&ForumId, usize> = l
        .fora
        .iter()
        .enumerate()
        .map(|(i, p)| (&p.forum, i))
        .collect();
    let index = |f: &ForumId| at.get(f).copied();
    let mut out = Encounters::default();
    for m in r.meetings.all() {
        let by_then = m
            .start_date
            .or(m.end_date)
            .is_some_and(|d| d.first_day() <= day);
        if !by_then || m.status == MeetingStatus::Cancelled {
            continue;
        }
        let holders: Vec<usize> = m.fora.iter().filter_map(index).collect();
        let parties = m
            .participants
            .iter()
            .map(|p| &p.party)
            .chain(&m.hosts)
            .chain(m.chairs.iter().filter_map(|c| c.party.as_ref()));
        let mut guests: Vec<usize> = parties
            .filter_map(|p| match p {
                Member::Forum(f) => index(f),
                _ => None,
            })
            .collect();
        guests.sort_unstable();
        guests.dedup();
        out.record(&holders, &guests);
    }
    out
}

#[cfg(test)]
mod tests;
