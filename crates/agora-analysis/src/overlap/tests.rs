//! Every measure on a hand-made landscape, against values worked out by hand.

use super::*;
use crate::Portfolio;
use agora_core::ForumId;

fn forum(id: &str, states: &[&str]) -> Portfolio {
    let mut p = Portfolio::new(ForumId::parse(id).unwrap());
    p.states = states.iter().map(|s| AreaCode::parse(s).unwrap()).collect();
    p
}

/// 0 alpha {AAA BBB CCC DDD}; 1 beta {BBB CCC DDD EEE FFF GGG}; 2 gamma {AAA}, one member;
/// 3 delta {}, no members on the day (not yet founded, say); 4 open, an open process;
/// 5 epsilon {HHH III}, sharing nobody.
fn landscape() -> Landscape {
    let mut open = forum("open", &[]);
    open.open = true;
    Landscape {
        fora: vec![
            forum("alpha", &["AAA", "BBB", "CCC", "DDD"]),
            forum("beta", &["BBB", "CCC", "DDD", "EEE", "FFF", "GGG"]),
            forum("gamma", &["AAA"]),
            forum("delta", &[]),
            open,
            forum("epsilon", &["HHH", "III"]),
        ],
    }
}

fn close(x: Option<f64>, want: f64) -> bool {
    x.is_some_and(|x| (x - want).abs() < 1e-12)
}

#[test]
fn shared_members_jaccard_and_overlap_as_worked_out_by_hand() {
    let m = Matrix::of(&landscape());
    // alpha–beta: BBB CCC DDD shared; 4 + 6 − 3 = 7 in either; the smaller has 4.
    let ab = m.pair(0, 1).unwrap();
    assert_eq!((ab.shared, ab.a_size, ab.b_size), (3, 4, 6));
    assert!(close(ab.jaccard(), 3.0 / 7.0));
    assert!(close(ab.overlap(), 0.75));
    // alpha–gamma: gamma's one member is alpha's: overlap 1, Jaccard 1/4.
    let ag = m.pair(0, 2).unwrap();
    assert_eq!(ag.shared, 1);
    assert!(close(ag.jaccard(), 0.25));
    assert!(close(ag.overlap(), 1.0));
    // The same pair asked the other way round.
    assert_eq!(m.pair(2, 0).unwrap().shared, 1);
    // beta–gamma share nobody.
    let bg = m.pair(1, 2).unwrap();
    assert_eq!(bg.shared, 0);
    assert!(close(bg.jaccard(), 0.0));
    assert!(close(bg.overlap(), 0.0));
    // A forum without members: Jaccard 0 beside one with members, no overlap coefficient
    // (nothing to divide by).
    let ad = m.pair(0, 3).unwrap();
    assert!(close(ad.jaccard(), 0.0));
    assert_eq!(ad.overlap(), None);
    // Two fora without members: neither coefficient.
    let mut two_empty = landscape();
    two_empty.fora.push(forum("zeta", &[]));
    let dz = Matrix::of(&two_empty).pair(3, 6).unwrap();
    assert_eq!((dz.jaccard(), dz.overlap()), (None, None));
    // An open process is never measured; a forum is not paired with itself.
    assert_eq!(m.pair(0, 4), None);
    assert_eq!(m.pair(4, 5), None);
    assert_eq!(m.pair(1, 1), None);
    assert_eq!(m.pair(0, 60), None);
}

#[test]
fn the_pairs_that_share_members_most_alike_first() {
    let l = landscape();
    let pairs = Matrix::of(&l).pairs();
    let found: Vec<(usize, usize, usize)> = pairs.iter().map(|p| (p.a, p.b, p.shared)).collect();
    assert_eq!(found, vec![(0, 1, 3), (0, 2, 1)]);
    assert_eq!(naive_pairs(&l), pairs);
    // An empty landscape, and one forum alone.
    assert!(Matrix::of(&Landscape::default()).pairs().is_empty());
    let one = Landscape {
        fora: vec![forum("alpha", &["AAA"])],
    };
    assert!(Matrix::of(&one).pairs().is_empty());
    assert_eq!(Matrix::of(&one).pair(0, 0), None);
}

#[test]
fn the_busiest_states_and_a_states_portfolio() {
    let l = landscape();
    let busiest: Vec<(&str, usize)> = l
        .busiest_states()
        .into_iter()
        .map(|(s, n)| (s.as_str(), n))
        .collect();
    assert_eq!(
        busiest,
        vec![
            ("AAA", 2),
            ("BBB", 2),
            ("CCC", 2),
            ("DDD", 2),
            ("EEE", 1),
            ("FFF", 1),
            ("GGG", 1),
            ("HHH", 1),
            ("III", 1)
        ]
    );
    assert_eq!(l.portfolio_of(&AreaCode::parse("AAA").unwrap()), vec![0, 2]);
    assert!(l.portfolio_of(&AreaCode::parse("ZZZ").unwrap()).is_empty());
    // An open process's states (were any listed) count for nothing.
    let mut l = l;
    l.fora[4].states.insert(AreaCode::parse("AAA").unwrap());
    assert_eq!(l.portfolio_of(&AreaCode::parse("AAA").unwrap()), vec![0, 2]);
    assert_eq!(l.busiest_states()[0], (&AreaCode::parse("AAA").unwrap(), 2));
}

/// The one-pass counts agree with intersecting every pair, on a landscape of 60 fora drawn from
/// 40 states by a fixed sequence.
#[test]
fn the_counts_agree_with_intersecting_every_pair() {
    let codes: Vec<String> = (0..40)
        .map(|i| format!("{}{}A", (b'A' + i / 26) as char, (b'A' + i % 26) as char))
        .collect();
    let mut seed: u64 = 20091104;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let fora = (0..60)
        .map(|f| {
            let n = next() % 12;
            let states: Vec<&str> = (0..n).map(|_| codes[next() % 40].as_str()).collect();
            let mut p = forum(&format!("forum-{f}"), &states);
            p.open = f % 17 == 5;
            p
        })
        .collect();
    let l = Landscape { fora };
    let fast = Matrix::of(&l).pairs();
    assert!(fast.len() > 100, "{}", fast.len());
    assert_eq!(fast, naive_pairs(&l));
}

#[test]
fn the_states_sharing_fora_with_a_state() {
    let l = landscape();
    // BBB is in alpha {AAA BBB CCC DDD} and beta {BBB CCC DDD EEE FFF GGG}.
    let n = l.neighbours(&AreaCode::parse("BBB").unwrap());
    let got: Vec<(&str, usize)> = n.iter().map(|(s, k)| (s.as_str(), *k)).collect();
    assert_eq!(
        got,
        [
            ("AAA", 1),
            ("BBB", 2),
            ("CCC", 2),
            ("DDD", 2),
            ("EEE", 1),
            ("FFF", 1),
            ("GGG", 1)
        ]
    );
    assert!(l.neighbours(&AreaCode::parse("ZZZ").unwrap()).is_empty());
}
