//! An order of fora for the overlap heat-map in which clusters show: average-linkage
//! agglomerative clustering on the Jaccard coefficients (the two most alike groups are joined
//! first), each join laying its two groups end to end the way round that puts the most alike
//! fora side by side. The leaves of the tree, in order, are the seriation. Cubic in the number
//! of fora: meant for the tens of fora a page shows, not the bench's thousands.

use crate::overlap::Matrix;

/// The fora `which` (indices into the matrix's landscape), reordered so that clusters show.
pub fn seriate(m: &Matrix, which: &[usize]) -> Vec<usize> {
    let n = which.len();
    let sim = |a: usize, b: usize| {
        m.pair(which[a], which[b])
            .and_then(|p| p.jaccard())
            .unwrap_or(0.0)
    };
    // Pairwise similarity of the fora, and of the groups as they are joined (average linkage).
    let mut between: Vec<Vec<f64>> = (0..n)
        .map(|a| {
            (0..n)
                .map(|b| if a == b { 0.0 } else { sim(a, b) })
                .collect()
        })
        .collect();
    let mut groups: Vec<Option<Vec<usize>>> = (0..n).map(|a| Some(vec![a])).collect();
    loop {
        let alive: Vec<usize> = (0..n).filter(|&g| groups[g].is_some()).collect();
        if alive.len() < 2 {
            break;
        }
        // The most alike pair of groups; ties go to the earliest, so the order is stable.
        let mut best = (alive[0], alive[1], f64::NEG_INFINITY);
        for (k, &g) in alive.iter().enumerate() {
            for &h in &alive[k + 1..] {
                if between[g][h] > best.2 {
                    best = (g, h, between[g][h]);
                }
            }
        }
        let (g, h, _) = best;
        let a = groups[g].take().expect("alive");
        let b = groups[h].take().expect("alive");
        let joined = join(&a, &b, &sim);
        let (sa, sb) = (a.len() as f64, b.len() as f64);
        for &k in &alive {
            if k != g && k != h {
                let s = (between[g][k] * sa + between[h][k] * sb) / (sa + sb);
                between[g][k] = s;
                between[k][g] = s;
            }
        }
        groups[g] = Some(joined);
    }
    groups
        .into_iter()
        .flatten()
        .flatten()
        .map(|i| which[i])
        .collect()
}

/// Two groups end to end, each the way round that makes the fora meeting in the middle the
/// most alike (the first way round on a tie).
fn join(a: &[usize], b: &[usize], sim: &impl Fn(usize, usize) -> f64) -> Vec<usize> {
    let ends = |g: &[usize], reversed: bool| if reversed { g[0] } else { g[g.len() - 1] };
    let starts = |g: &[usize], reversed: bool| if reversed { g[g.len() - 1] } else { g[0] };
    let mut best = (false, false, f64::NEG_INFINITY);
    for ra in [false, true] {
        for rb in [false, true] {
            let s = sim(ends(a, ra), starts(b, rb));
            if s > best.2 {
                best = (ra, rb, s);
            }
        }
    }
    let side = |g: &[usize], reversed: bool| {
        let mut v = g.to_vec();
        if reversed {
            v.reverse();
        }
        v
    };
    let mut out = side(a, best.0);
    out.extend(side(b, best.1));
    out
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
    fn two_clusters_come_out_side_by_side_whatever_the_order_given() {
        // a1, a2, a3 share AAA–CCC; b1, b2 share XXX–YYY; lone shares nobody. Interleaved.
        let l = Landscape {
            fora: vec![
                forum("a1", &["AAA", "BBB", "CCC"]),
                forum("b1", &["XXX", "YYY"]),
                forum("a2", &["AAA", "BBB"]),
                forum("lone", &["ZZZ"]),
                forum("b2", &["XXX", "YYY", "WWW"]),
                forum("a3", &["BBB", "CCC"]),
            ],
        };
        let m = Matrix::of(&l);
        let order = seriate(&m, &[0, 1, 2, 3, 4, 5]);
        let names: Vec<&str> = order.iter().map(|&i| l.fora[i].forum.as_str()).collect();
        let at = |id: &str| names.iter().position(|n| *n == id).unwrap();
        let span = |ids: &[&str]| {
            let p: Vec<usize> = ids.iter().map(|i| at(i)).collect();
            p.iter().max().unwrap() - p.iter().min().unwrap()
        };
        assert_eq!(names.len(), 6);
        assert_eq!(span(&["a1", "a2", "a3"]), 2, "{names:?}");
        assert_eq!(span(&["b1", "b2"]), 1, "{names:?}");
        // a1 is the most like both a2 and a3, so it sits between them.
        assert_eq!(at("a1"), (at("a2") + at("a3")) / 2, "{names:?}");
        assert!(seriate(&m, &[]).is_empty());
        assert_eq!(seriate(&m, &[3]), [3]);
    }
}
