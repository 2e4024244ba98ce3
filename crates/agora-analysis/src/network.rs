//! Networks: the forum–state network on a day (each forum linked to its member states) and its
//! projection on the fora (two fora linked when they share members, the link weighing the
//! members shared), with each forum's centrality in the projection — its degree (the fora it
//! shares members with), its strength (the members it shares, summed over its links), its
//! betweenness (how often it lies on the shortest paths between two other fora; computed by
//! Brandes' algorithm for networks of up to [`BETWEENNESS_UP_TO`] fora, the tens a filter
//! leaves, not the bench's thousands) — and the connected groups of fora.
//!
//! The projection is a `petgraph` graph; the fora measured are those with at least one member
//! on the day (open processes keep no list and take no part).

use std::collections::VecDeque;

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::unionfind::UnionFind;

use crate::Landscape;
use crate::overlap::Matrix;

/// Betweenness is computed for projections of at most this many fora.
pub const BETWEENNESS_UP_TO: usize = 400;

/// A forum of the projection and its centrality.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The forum, by index in the landscape.
    pub forum: usize,
    /// Member states on the day (its degree in the forum–state network).
    pub members: usize,
    /// Fora it shares members with.
    pub degree: usize,
    /// Members shared, summed over its links.
    pub strength: usize,
    /// Of the pairs of other fora, the share of shortest paths between them that pass through
    /// it (0 to 1); none when the projection is too large to compute it.
    pub betweenness: Option<f64>,
    /// Its connected group of fora, numbered from 0 in the landscape's order.
    pub group: usize,
}

/// The projection on the fora, and its nodes with their centrality, in the landscape's order.
pub struct Network {
    pub graph: UnGraph<usize, usize>,
    pub nodes: Vec<Node>,
    /// How many connected groups of fora.
    pub groups: usize,
}

/// The network of the landscape's measured fora with members on the day.
pub fn network(l: &Landscape, m: &Matrix) -> Network {
    let mut graph: UnGraph<usize, usize> = UnGraph::default();
    let mut at: Vec<Option<NodeIndex>> = vec![None; l.fora.len()];
    for (i, p) in l.measured() {
        if !p.states.is_empty() {
            at[i] = Some(graph.add_node(i));
        }
    }
    for p in m.sharing() {
        if let (Some(a), Some(b)) = (at[p.a], at[p.b]) {
            graph.add_edge(a, b, p.shared);
        }
    }
    let n = graph.node_count();
    let mut union = UnionFind::<usize>::new(n);
    for e in graph.edge_indices() {
        let (a, b) = graph.edge_endpoints(e).expect("an edge has ends");
        union.union(a.index(), b.index());
    }
    // Groups numbered by their first forum.
    let mut label: Vec<Option<usize>> = vec![None; n];
    let mut groups = 0;
    let mut group_of = vec![0; n];
    for (k, g) in group_of.iter_mut().enumerate() {
        let root = union.find(k);
        *g = *label[root].get_or_insert_with(|| {
            groups += 1;
            groups - 1
        });
    }
    let betweenness = (n <= BETWEENNESS_UP_TO).then(|| brandes(&graph));
    let nodes = graph
        .node_indices()
        .map(|x| Node {
            forum: graph[x],
            members: l.fora[graph[x]].states.len(),
            degree: graph.neighbors(x).count(),
            strength: graph.edges(x).map(|e| *e.weight()).sum(),
            betweenness: betweenness.as_ref().map(|b| b[x.index()]),
            group: group_of[x.index()],
        })
        .collect();
    Network {
        graph,
        nodes,
        groups,
    }
}

/// Brandes' betweenness on the unweighted graph, normalised by the pairs of other nodes.
fn brandes(g: &UnGraph<usize, usize>) -> Vec<f64> {
    let n = g.node_count();
    let mut score = vec![0.0; n];
    for s in g.node_indices() {
        let mut stack = Vec::with_capacity(n);
        let mut before: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut paths = vec![0.0_f64; n];
        let mut dist: Vec<Option<usize>> = vec![None; n];
        paths[s.index()] = 1.0;
        dist[s.index()] = Some(0);
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            stack.push(v.index());
            let d = dist[v.index()].expect("queued nodes have a distance");
            for w in g.neighbors(v) {
                let wi = w.index();
                if dist[wi].is_none() {
                    dist[wi] = Some(d + 1);
                    queue.push_back(w);
                }
                if dist[wi] == Some(d + 1) {
                    paths[wi] += paths[v.index()];
                    before[wi].push(v.index());
                }
            }
        }
        let mut owed = vec![0.0_f64; n];
        while let Some(w) = stack.pop() {
            for &v in &before[w] {
                owed[v] += paths[v] / paths[w] * (1.0 + owed[w]);
            }
            if w != s.index() {
                score[w] += owed[w];
            }
        }
    }
    // Each pair was counted from both ends; normalised by the pairs of the other n − 1 nodes.
    let pairs = (n.saturating_sub(1) * n.saturating_sub(2)) as f64 / 2.0;
    score
        .into_iter()
        .map(|x| if pairs > 0.0 { x / 2.0 / pairs } else { 0.0 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Portfolio;
    use agora_core::{AreaCode, ForumId};

    fn forum(id: &str, states: &[&str]) -> Portfolio {
        let mut p = Portfolio::new(ForumId::parse(id).unwrap());
        p.states = states.iter().map(|s| AreaCode::parse(s).unwrap()).collect();
        p
    }

    #[test]
    fn degree_strength_betweenness_and_groups_as_worked_out_by_hand() {
        // a–b share AAA, b–c share CCC DDD: a path a–b–c. d shares nobody; e–f share XXX;
        // g has no member on the day; h is an open process.
        let mut open = forum("h", &[]);
        open.open = true;
        let l = Landscape {
            fora: vec![
                forum("a", &["AAA"]),
                forum("b", &["AAA", "CCC", "DDD"]),
                forum("c", &["CCC", "DDD", "EEE"]),
                forum("d", &["ZZZ"]),
                forum("e", &["XXX"]),
                forum("f", &["XXX", "YYY"]),
                forum("g", &[]),
                open,
            ],
        };
        let net = network(&l, &Matrix::of(&l));
        let got: Vec<(usize, usize, usize, usize)> = net
            .nodes
            .iter()
            .map(|x| (x.forum, x.degree, x.strength, x.group))
            .collect();
        assert_eq!(
            got,
            [
                (0, 1, 1, 0),
                (1, 2, 3, 0),
                (2, 1, 2, 0),
                (3, 0, 0, 1),
                (4, 1, 1, 2),
                (5, 1, 1, 2)
            ]
        );
        assert_eq!(net.groups, 3);
        // Six fora: 10 pairs of others for each; b is on the one shortest path a–c.
        let b: Vec<f64> = net.nodes.iter().map(|x| x.betweenness.unwrap()).collect();
        assert!((b[1] - 0.1).abs() < 1e-12, "{b:?}");
        assert!(
            b.iter().enumerate().all(|(k, x)| k == 1 || *x == 0.0),
            "{b:?}"
        );
        assert_eq!(net.nodes[1].members, 3);
        assert_eq!(net.graph.edge_count(), 3);
    }

    #[test]
    fn two_ways_round_a_square_share_the_betweenness() {
        // a–b–d and a–c–d: b and c each carry half of the a–d paths.
        let l = Landscape {
            fora: vec![
                forum("a", &["PPP", "QQQ"]),
                forum("b", &["PPP", "RRR"]),
                forum("c", &["QQQ", "SSS"]),
                forum("d", &["RRR", "SSS"]),
            ],
        };
        let net = network(&l, &Matrix::of(&l));
        let b: Vec<f64> = net.nodes.iter().map(|x| x.betweenness.unwrap()).collect();
        // Four fora: 3 pairs of others; b carries half of a–d's two paths: 0.5 / 3.
        for (k, want) in [
            (0, 0.5 / 3.0),
            (1, 0.5 / 3.0),
            (2, 0.5 / 3.0),
            (3, 0.5 / 3.0),
        ] {
            assert!((b[k] - want).abs() < 1e-12, "{b:?}");
        }
    }
}
