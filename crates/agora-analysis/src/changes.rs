//! How the landscape changed between two days: the fora there on the later day and not on the
//! earlier (founded, or newly selected by the filters: a category a forum took since), the
//! reverse (dissolved, or no longer selected), and for the fora there on both days the states
//! that joined and left. Memberships without dates are in neither day's states, so never in a
//! change.

use agora_core::{AreaCode, ForumId};

use crate::Landscape;

/// A forum's states that joined or left between the two days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moves<'a> {
    pub forum: &'a ForumId,
    pub joined: Vec<&'a AreaCode>,
    pub left: Vec<&'a AreaCode>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes<'a> {
    /// In the later landscape and not the earlier, in its order.
    pub arrived: Vec<&'a ForumId>,
    /// In the earlier landscape and not the later, in its order.
    pub gone: Vec<&'a ForumId>,
    /// The fora in both whose states changed, in the later landscape's order.
    pub moves: Vec<Moves<'a>>,
}

/// What changed from `then` to `now`.
pub fn changes<'a>(then: &'a Landscape, now: &'a Landscape) -> Changes<'a> {
    let find = |l: &'a Landscape, id: &ForumId| l.fora.iter().find(|p| &p.forum == id);
    let mut out = Changes::default();
    for p in &now.fora {
        match find(then, &p.forum) {
            None => out.arrived.push(&p.forum),
            Some(before) => {
                let joined: Vec<&AreaCode> = p.states.difference(&before.states).collect();
                let left: Vec<&AreaCode> = before.states.difference(&p.states).collect();
                if !joined.is_empty() || !left.is_empty() {
                    out.moves.push(Moves {
                        forum: &p.forum,
                        joined,
                        left,
                    });
                }
            }
        }
    }
    out.gone = then
        .fora
        .iter()
        .filter(|p| find(now, &p.forum).is_none())
        .map(|p| &p.forum)
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Portfolio;

    fn forum(id: &str, states: &[&str]) -> Portfolio {
        let mut p = Portfolio::new(ForumId::parse(id).unwrap());
        p.states = states.iter().map(|s| AreaCode::parse(s).unwrap()).collect();
        p
    }

    #[test]
    fn fora_founded_and_dissolved_states_joined_and_left() {
        let then = Landscape {
            fora: vec![
                forum("stays", &["AAA", "BBB"]),
                forum("same", &["CCC"]),
                forum("ends", &["DDD"]),
            ],
        };
        let now = Landscape {
            fora: vec![
                forum("new", &["EEE"]),
                forum("stays", &["BBB", "FFF"]),
                forum("same", &["CCC"]),
            ],
        };
        let c = changes(&then, &now);
        let ids = |v: &[&ForumId]| v.iter().map(|f| f.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(&c.arrived), ["new"]);
        assert_eq!(ids(&c.gone), ["ends"]);
        assert_eq!(c.moves.len(), 1);
        assert_eq!(c.moves[0].forum.as_str(), "stays");
        let codes = |v: &[&AreaCode]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
        assert_eq!(codes(&c.moves[0].joined), ["FFF"]);
        assert_eq!(codes(&c.moves[0].left), ["AAA"]);
        // Nothing changes between a day and itself.
        assert_eq!(changes(&now, &now), Changes::default());
    }
}
