//! Meetings as evidence of exchange between fora: which fora invite each other to their
//! meetings and how often, which hold meetings together, which meet at a third forum's meeting
//! (the Global Meeting of RCPs brought fourteen together in 2009), and which share members but
//! never meet. The application layer reads the meetings up to the day and records them here,
//! by the fora's indices in the landscape.

use std::collections::BTreeMap;

use crate::overlap::{Matrix, Pair};

/// What brought two fora (`a` < `b` by index) together at meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Met {
    /// Meetings of `a` that `b` took part in (as a participant, host or chair).
    pub a_invited_b: usize,
    /// Meetings of `b` that `a` took part in.
    pub b_invited_a: usize,
    /// Meetings the two held together.
    pub jointly: usize,
    /// Meetings of another forum both took part in.
    pub elsewhere: usize,
}

impl Met {
    pub fn total(&self) -> usize {
        self.a_invited_b + self.b_invited_a + self.jointly + self.elsewhere
    }
}

/// Every pair of fora that met, by indices (`a` < `b`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Encounters {
    pub met: BTreeMap<(usize, usize), Met>,
}

impl Encounters {
    fn entry(&mut self, x: usize, y: usize) -> (&mut Met, bool) {
        let swapped = x > y;
        (self.met.entry((x.min(y), x.max(y))).or_default(), swapped)
    }

    /// One meeting: the fora that held it and the fora that took part in it (the holders
    /// among them are not counted as guests).
    pub fn record(&mut self, holders: &[usize], guests: &[usize]) {
        for (k, &a) in holders.iter().enumerate() {
            for &b in &holders[k + 1..] {
                if a != b {
                    self.entry(a, b).0.jointly += 1;
                }
            }
        }
        let guests: Vec<usize> = guests
            .iter()
            .copied()
            .filter(|g| !holders.contains(g))
            .collect();
        for &h in holders {
            for &g in &guests {
                let (met, swapped) = self.entry(h, g);
                match swapped {
                    false => met.a_invited_b += 1,
                    true => met.b_invited_a += 1,
                }
            }
        }
        for (k, &a) in guests.iter().enumerate() {
            for &b in &guests[k + 1..] {
                if a != b {
                    self.entry(a, b).0.elsewhere += 1;
                }
            }
        }
    }

    /// The pairs that met, most meetings first.
    pub fn most(&self) -> Vec<((usize, usize), Met)> {
        let mut v: Vec<_> = self.met.iter().map(|(k, m)| (*k, *m)).collect();
        v.sort_by_key(|(k, m)| (std::cmp::Reverse(m.total()), *k));
        v
    }

    /// The pairs of fora that share members but never met, most alike first.
    pub fn never_met(&self, m: &Matrix) -> Vec<Pair> {
        m.pairs()
            .into_iter()
            .filter(|p| !self.met.contains_key(&(p.a.min(p.b), p.a.max(p.b))))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Landscape, Portfolio};
    use agora_core::{AreaCode, ForumId};

    fn forum(id: &str, states: &[&str]) -> Portfolio {
        let mut p = Portfolio::new(ForumId::parse(id).unwrap());
        p.states = states.iter().map(|s| AreaCode::parse(s).unwrap()).collect();
        p
    }

    #[test]
    fn invitations_joint_meetings_meetings_elsewhere_and_the_fora_that_never_meet() {
        // 0 global invites 1 and 2 twice; 1 invites 0 once; 2 and 3 hold one together with 1
        // as a guest (1 meets 2 and 3 as their guest, 2 and 3 jointly).
        let mut e = Encounters::default();
        e.record(&[0], &[1, 2]);
        e.record(&[0], &[1, 2, 0]);
        e.record(&[1], &[0]);
        e.record(&[2, 3], &[1]);
        assert_eq!(
            e.met[&(0, 1)],
            Met {
                a_invited_b: 2,
                b_invited_a: 1,
                jointly: 0,
                elsewhere: 0
            }
        );
        assert_eq!(e.met[&(0, 2)].a_invited_b, 2);
        // 1 and 2 met twice as 0's guests, once at 2's meeting (2 invited 1).
        assert_eq!(
            e.met[&(1, 2)],
            Met {
                a_invited_b: 0,
                b_invited_a: 1,
                jointly: 0,
                elsewhere: 2
            }
        );
        assert_eq!(e.met[&(2, 3)].jointly, 1);
        assert_eq!(e.met[&(1, 3)].b_invited_a, 1);
        assert_eq!(e.most()[0].0, (0, 1));
        // 3 and 4 share BBB, 0 and 4 share AAA; 0–4 never met, 3–4 never met; 2–3 met.
        let l = Landscape {
            fora: vec![
                forum("a", &["AAA"]),
                forum("b", &["XXX"]),
                forum("c", &["BBB"]),
                forum("d", &["BBB"]),
                forum("e", &["AAA", "BBB"]),
            ],
        };
        let never: Vec<(usize, usize)> = e
            .never_met(&Matrix::of(&l))
            .iter()
            .map(|p| (p.a, p.b))
            .collect();
        assert_eq!(never, [(0, 4), (2, 4), (3, 4)]);
    }
}
