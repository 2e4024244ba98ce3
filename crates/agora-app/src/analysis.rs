//! The landscape on a day, as the analyses measure it (issue 19): the fora that existed then
//! and pass the fora list's filters, each with its member states resolved by the registry's
//! rules — a member forum that takes part for its states counts as those states on the day
//! (the EU side of the Africa-EU summit follows the EU's enlargement), rows without dates are
//! kept apart, suspended members are marked, and an open process (one that keeps no list, such
//! as the GFMD) is not counted as having every state. The measures are `agora_analysis`'s.

use std::collections::BTreeSet;

pub use agora_analysis::{Landscape, Matrix, Pair, Portfolio};
use agora_core::{Day, Member, MembershipStatus, Role};

use crate::registry::{ForaFilter, Registry};

/// The landscape on `day`, of the fora `filter` selects, in the registry's order.
pub fn landscape(r: &Registry, filter: &ForaFilter, day: Day) -> Landscape {
    let fora = r
        .search_fora(filter, day)
        .into_iter()
        .filter(|f| f.exists_on(day))
        .map(|f| {
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
            // Open to all (as its page says): whatever rows it has are not a list of members, so
            // it is counted as having neither every state nor none.
            p.open = f.participation.is_some();
            p
        })
        .collect();
    Landscape { fora }
}

/// The overlap of every pair of the selected fora on `day`: the landscape, and the pairs that
/// share members, most alike first.
pub fn overlap(r: &Registry, filter: &ForaFilter, day: Day) -> (Landscape, Vec<Pair>) {
    let l = landscape(r, filter, day);
    let pairs = Matrix::of(&l).pairs();
    (l, pairs)
}

#[cfg(test)]
mod tests;
