//! Membership overlap: for every pair of measured fora, the states they share on the day, the
//! Jaccard coefficient (shared ÷ either) and the overlap coefficient (shared ÷ the smaller
//! forum, 1 when one forum's members are all in the other).
//!
//! The shared counts come from one pass over the states (each state adds one to every pair of
//! the fora it belongs to), not from intersecting every pair of sets: a landscape of n fora has
//! n² pairs but most share nobody. [`naive_pairs`] intersects every pair; it is the benchmark's
//! baseline and the tests' second opinion.

use std::collections::BTreeMap;

use agora_core::AreaCode;

use crate::Landscape;

/// Two measured fora (by index in the landscape) and what they share on the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    /// Member states of both.
    pub shared: usize,
    /// Member states of each.
    pub a_size: usize,
    pub b_size: usize,
}

impl Pair {
    /// Shared ÷ members of either; none when neither has members.
    pub fn jaccard(&self) -> Option<f64> {
        jaccard(self.shared, self.a_size, self.b_size)
    }

    /// Shared ÷ members of the smaller; none when either has no members.
    pub fn overlap(&self) -> Option<f64> {
        overlap(self.shared, self.a_size, self.b_size)
    }
}

/// The Jaccard coefficient of two sets of `a` and `b` elements sharing `shared`: shared ÷
/// either; none when both are empty.
pub fn jaccard(shared: usize, a: usize, b: usize) -> Option<f64> {
    let either = a + b - shared;
    (either > 0).then(|| shared as f64 / either as f64)
}

/// The overlap coefficient: shared ÷ the smaller set; none when either is empty.
pub fn overlap(shared: usize, a: usize, b: usize) -> Option<f64> {
    let smaller = a.min(b);
    (smaller > 0).then(|| shared as f64 / smaller as f64)
}

/// Whether `shared` ÷ `of` is at least `num` ÷ `den`, exactly (no division).
pub fn at_least(shared: usize, of: usize, (num, den): (usize, usize)) -> bool {
    of > 0 && shared * den >= num * of
}

/// The shared members of every pair of a landscape's fora, kept as a triangle of counts.
#[derive(Debug, Clone)]
pub struct Matrix {
    /// Members of each forum; `None` for an open process (not measured).
    sizes: Vec<Option<usize>>,
    /// Row-major upper triangle without the diagonal: pair (i, j), i < j.
    shared: Vec<u32>,
}

impl Matrix {
    pub fn of(landscape: &Landscape) -> Matrix {
        let n = landscape.fora.len();
        let sizes = landscape
            .fora
            .iter()
            .map(|p| (!p.open).then_some(p.states.len()))
            .collect();
        let mut fora_of: BTreeMap<&AreaCode, Vec<usize>> = BTreeMap::new();
        for (i, p) in landscape.measured() {
            for s in &p.states {
                fora_of.entry(s).or_default().push(i);
            }
        }
        let mut m = Matrix {
            sizes,
            shared: vec![0; n * n.saturating_sub(1) / 2],
        };
        for fora in fora_of.values() {
            // Ascending: indices were pushed in landscape order.
            for (k, &i) in fora.iter().enumerate() {
                for &j in &fora[k + 1..] {
                    let at = m.at(i, j);
                    m.shared[at] += 1;
                }
            }
        }
        m
    }

    /// The number of fora.
    pub fn len(&self) -> usize {
        self.sizes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sizes.is_empty()
    }

    /// Where pair (i, j), i < j, is in the triangle.
    fn at(&self, i: usize, j: usize) -> usize {
        let n = self.sizes.len();
        i * (2 * n - i - 1) / 2 + (j - i - 1)
    }

    /// What two fora share; none when either is an open process or not in the landscape, or
    /// they are one forum.
    pub fn pair(&self, a: usize, b: usize) -> Option<Pair> {
        let (a_size, b_size) = (self.sizes.get(a).copied()??, self.sizes.get(b).copied()??);
        if a == b {
            return None;
        }
        let (i, j) = (a.min(b), a.max(b));
        Some(Pair {
            a,
            b,
            shared: self.shared[self.at(i, j)] as usize,
            a_size,
            b_size,
        })
    }

    /// Every pair of measured fora that shares at least one member, most alike first (by
    /// Jaccard, then shared members, then index).
    pub fn pairs(&self) -> Vec<Pair> {
        let mut out: Vec<Pair> = self.sharing().collect();
        sort(&mut out);
        out
    }

    /// The same pairs in the fora's order, unsorted: for a measure that keeps a few of them
    /// and sorts only those.
    pub fn sharing(&self) -> impl Iterator<Item = Pair> + '_ {
        let n = self.len();
        (0..n)
            .flat_map(move |i| (i + 1..n).map(move |j| (i, j)))
            .filter(|&(i, j)| self.shared[self.at(i, j)] > 0)
            .filter_map(|(i, j)| self.pair(i, j))
    }
}

/// Most alike first: Jaccard, then shared members, then the fora's order. The Jaccard
/// coefficients are compared as the fractions they are (shared × the other's union), exactly and
/// without a division per comparison.
pub(crate) fn sort(pairs: &mut [Pair]) {
    let either = |p: &Pair| (p.a_size + p.b_size - p.shared) as u64;
    pairs.sort_unstable_by(|x, y| {
        (y.shared as u64 * either(x))
            .cmp(&(x.shared as u64 * either(y)))
            .then_with(|| y.shared.cmp(&x.shared))
            .then_with(|| (x.a, x.b).cmp(&(y.a, y.b)))
    });
}

/// The same pairs as [`Matrix::pairs`], by intersecting the member sets of every pair of
/// measured fora: the baseline.
pub fn naive_pairs(landscape: &Landscape) -> Vec<Pair> {
    let measured: Vec<_> = landscape.measured().collect();
    let mut out = Vec::new();
    for (k, (i, a)) in measured.iter().enumerate() {
        for (j, b) in &measured[k + 1..] {
            let shared = a.states.intersection(&b.states).count();
            if shared > 0 {
                out.push(Pair {
                    a: *i,
                    b: *j,
                    shared,
                    a_size: a.states.len(),
                    b_size: b.states.len(),
                });
            }
        }
    }
    sort(&mut out);
    out
}

#[cfg(test)]
mod tests;
