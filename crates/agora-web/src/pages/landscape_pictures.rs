//! The landscape page's other pictures, drawn on the server as SVG: the timeline of the fora
//! (each a bar from its establishment to its dissolution or today, its members on the page's
//! day written at the bar's end) and the network of fora linked by shared members (a circle in
//! the heat-map's order, each forum's size its members, each link's width its Jaccard
//! coefficient, each connected group a colour). Each comes with a table of its figures.

use agora_app::analysis::{Landscape, Matrix};
use agora_app::registry::Registry;
use agora_core::Day;

use super::fora::forum_name;
use crate::lang::{Localised, text, text_with};

const ROW: usize = 14;
const LABEL: usize = 190;
const YEAR: usize = 9;

pub struct Bar {
    pub x: usize,
    pub y: usize,
    pub width: usize,
    /// Where its name ends (right-aligned) and its members are written, and its row's baseline.
    pub name_x: usize,
    pub count_x: usize,
    pub text_y: usize,
    pub label: String,
    pub title: String,
    /// Its members on the page's day, in words; empty when it did not exist then.
    pub count: String,
    pub ended: bool,
}

pub struct Tick {
    pub x: usize,
    pub label: String,
}

pub struct Timeline {
    pub width: usize,
    pub height: usize,
    pub bars: Vec<Bar>,
    pub ticks: Vec<Tick>,
    pub day_x: usize,
}

pub struct TimelineRow {
    pub name: Localised,
    pub href: String,
    pub established: String,
    pub dissolved: String,
    pub members: String,
}

/// The timeline of `fora` (the filters' selection) up to `today`, marked at `day`.
pub fn timeline(
    r: &Registry,
    l: &Landscape,
    fora: &[&agora_core::Forum],
    day: Day,
    today: Day,
) -> (Option<Timeline>, Vec<TimelineRow>) {
    let mut dated: Vec<&agora_core::Forum> = fora
        .iter()
        .copied()
        .filter(|f| f.established.is_some())
        .collect();
    dated.sort_by_key(|f| (f.established.map(|d| d.first_day()), f.id.clone()));
    let members = |f: &agora_core::Forum| {
        l.fora
            .iter()
            .find(|p| p.forum == f.id)
            .map(|p| match p.open {
                true => text("fora-open"),
                false => text_with("landscape-members", &[("count", p.states.len().into())]),
            })
    };
    let rows = dated
        .iter()
        .map(|f| TimelineRow {
            name: forum_name(r, &f.id),
            href: format!("/fora/{}?as_of={day}", f.id),
            established: f.established.map(|d| d.to_string()).unwrap_or_default(),
            dissolved: f.dissolved.map(|d| d.to_string()).unwrap_or_default(),
            members: members(f).unwrap_or_default(),
        })
        .collect();
    let Some(first) = dated.first().and_then(|f| f.established) else {
        return (None, rows);
    };
    let from = first.year().min(day.year());
    let to = today.year() + 1;
    let x_of = |year: f64| LABEL + ((year - f64::from(from)) * YEAR as f64).round() as usize;
    let year_of = |d: Day| {
        f64::from(d.year()) + f64::from(d.month() - 1) / 12.0 + f64::from(d.day() - 1) / 366.0
    };
    let bars = dated
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let start = f
                .established
                .map_or(f64::from(from), |d| year_of(d.first_day()));
            let end = f
                .dissolved
                .map_or(year_of(today), |d| year_of(d.last_day()));
            let (x, x2) = (x_of(start), x_of(end).max(x_of(start) + 2));
            let name = forum_name(r, &f.id).text;
            let label = match name.chars().count() > 28 {
                true => format!("{}…", name.chars().take(27).collect::<String>()),
                false => name.clone(),
            };
            Bar {
                x,
                y: 24 + k * ROW,
                width: x2 - x,
                name_x: LABEL - 4,
                count_x: x2 + 4,
                text_y: 24 + k * ROW + 10,
                label,
                title: name,
                count: members(f).unwrap_or_default(),
                ended: f.dissolved.is_some_and(|d| d.last_day() < today),
            }
        })
        .collect();
    let ticks = (from..=to)
        .filter(|y| y % 5 == 0)
        .map(|y| Tick {
            x: x_of(f64::from(y)),
            label: y.to_string(),
        })
        .collect();
    let picture = Timeline {
        width: x_of(f64::from(to)) + 90,
        height: 30 + dated.len() * ROW,
        bars,
        ticks,
        day_x: x_of(year_of(day)),
    };
    (Some(picture), rows)
}

pub struct NetNode {
    pub cx: String,
    pub cy: String,
    pub r: String,
    pub fill: &'static str,
    pub tx: String,
    pub ty: String,
    pub anchor: &'static str,
    pub label: String,
    pub title: String,
}

pub struct NetLink {
    pub x1: String,
    pub y1: String,
    pub x2: String,
    pub y2: String,
    pub width: String,
}

pub struct NetPicture {
    pub size: usize,
    pub nodes: Vec<NetNode>,
    pub links: Vec<NetLink>,
}

pub struct NetRow {
    pub name: Localised,
    pub href: String,
    pub members: usize,
    pub degree: usize,
    pub strength: usize,
    pub betweenness: String,
    pub group: usize,
}

/// Colours of the connected groups (distinguishable, dark enough on white).
const GROUPS: [&str; 8] = [
    "#1f5f99", "#b3261e", "#2e7d32", "#8e44ad", "#b26a00", "#00796b", "#5d4037", "#c2185b",
];

/// The network of the drawn fora (`order`, the heat-map's), and every forum's figures.
pub fn network(
    r: &Registry,
    l: &Landscape,
    m: &Matrix,
    order: &[usize],
    day: Day,
) -> (Option<NetPicture>, Vec<NetRow>) {
    let net = agora_app::analysis::network(l, m);
    let rows = net
        .nodes
        .iter()
        .map(|x| NetRow {
            name: forum_name(r, &l.fora[x.forum].forum),
            href: format!("/fora/{}?as_of={day}", l.fora[x.forum].forum),
            members: x.members,
            degree: x.degree,
            strength: x.strength,
            betweenness: x
                .betweenness
                .map_or_else(String::new, |b| format!("{b:.3}")),
            group: x.group + 1,
        })
        .collect();
    if order.is_empty() {
        return (None, rows);
    }
    let size = 760.0;
    let (c, radius) = (size / 2.0, size / 2.0 - 150.0);
    let n = order.len() as f64;
    let place = |k: usize| {
        let a = std::f64::consts::TAU * k as f64 / n - std::f64::consts::FRAC_PI_2;
        (a, c + radius * a.cos(), c + radius * a.sin())
    };
    let most = order
        .iter()
        .map(|&i| l.fora[i].states.len())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let group_of = |i: usize| {
        net.nodes
            .iter()
            .find(|x| x.forum == i)
            .map_or(0, |x| x.group)
    };
    let f1 = |x: f64| format!("{x:.1}");
    let mut links = Vec::new();
    for (k, &a) in order.iter().enumerate() {
        for (j, &b) in order.iter().enumerate().skip(k + 1) {
            if let Some(p) = m.pair(a, b).filter(|p| p.shared > 0) {
                let (_, x1, y1) = place(k);
                let (_, x2, y2) = place(j);
                links.push(NetLink {
                    x1: f1(x1),
                    y1: f1(y1),
                    x2: f1(x2),
                    y2: f1(y2),
                    width: format!("{:.2}", 0.3 + 3.0 * p.jaccard().unwrap_or(0.0)),
                });
            }
        }
    }
    let (short, _) = super::landscape::labels(r, l, order);
    let nodes = order
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let (a, x, y) = place(k);
            let size = l.fora[i].states.len() as f64;
            let (tx, ty) = (c + (radius + 14.0) * a.cos(), c + (radius + 14.0) * a.sin());
            NetNode {
                cx: f1(x),
                cy: f1(y),
                r: f1(3.0 + 9.0 * (size / most).sqrt()),
                fill: GROUPS[group_of(i) % GROUPS.len()],
                tx: f1(tx),
                ty: f1(ty + 3.0),
                anchor: if a.cos() < -0.01 { "end" } else { "start" },
                label: short[k].clone(),
                title: forum_name(r, &l.fora[i].forum).text,
            }
        })
        .collect();
    (
        Some(NetPicture {
            size: size as usize,
            nodes,
            links,
        }),
        rows,
    )
}

/// A forum's members on the two days, as two bars.
pub struct TwoBars {
    pub label: String,
    pub title: String,
    pub y: usize,
    pub text_y: usize,
    pub then_w: usize,
    pub now_w: usize,
    pub then_count: usize,
    pub now_count: usize,
}

pub struct ThenNow {
    pub width: usize,
    pub height: usize,
    pub rows: Vec<TwoBars>,
}

pub struct MoveRow {
    pub name: Localised,
    pub href: String,
    pub then: String,
    pub now: String,
    pub joined: String,
    pub left: String,
}

/// The "then and now" picture: each forum with members on either day, its members on both,
/// the most changed first (at most 80); and every forum's figures, the states that joined and
/// left named.
pub fn then_and_now(
    r: &Registry,
    then: &Landscape,
    now: &Landscape,
    day: Day,
) -> (Option<ThenNow>, Vec<MoveRow>) {
    let size = |l: &Landscape, id: &agora_core::ForumId| {
        l.fora
            .iter()
            .find(|p| &p.forum == id && !p.open)
            .map(|p| p.states.len())
    };
    let mut ids: Vec<&agora_core::ForumId> = now
        .fora
        .iter()
        .chain(&then.fora)
        .filter(|p| !p.open && !p.states.is_empty())
        .map(|p| &p.forum)
        .collect();
    ids.sort();
    ids.dedup();
    let change = |id: &agora_core::ForumId| {
        size(now, id).unwrap_or(0) as i64 - size(then, id).unwrap_or(0) as i64
    };
    ids.sort_by_key(|id| (std::cmp::Reverse(change(id).abs()), forum_name(r, id).text));
    let names = |codes: Vec<&agora_core::AreaCode>| {
        codes
            .iter()
            .map(|c| {
                r.area(c.as_str())
                    .map_or_else(|| c.to_string(), |a| Localised::name(&a.names).text)
            })
            .collect::<Vec<_>>()
            .join(&text("analysis-list-separator"))
    };
    let c = agora_app::analysis::changes(then, now);
    let rows = ids
        .iter()
        .map(|id| {
            let moved = c.moves.iter().find(|x| x.forum == *id);
            MoveRow {
                name: forum_name(r, id),
                href: format!("/fora/{id}?as_of={day}"),
                then: size(then, id).map_or_else(String::new, |n| n.to_string()),
                now: size(now, id).map_or_else(String::new, |n| n.to_string()),
                joined: moved.map_or_else(String::new, |m| names(m.joined.clone())),
                left: moved.map_or_else(String::new, |m| names(m.left.clone())),
            }
        })
        .collect();
    if ids.is_empty() {
        return (None, rows);
    }
    let shown: Vec<&&agora_core::ForumId> = ids.iter().take(80).collect();
    let most = shown
        .iter()
        .map(|id| size(then, id).unwrap_or(0).max(size(now, id).unwrap_or(0)))
        .max()
        .unwrap_or(1)
        .max(1);
    let width = 400;
    let bars = shown
        .iter()
        .enumerate()
        .map(|(k, id)| {
            let (a, b) = (size(then, id).unwrap_or(0), size(now, id).unwrap_or(0));
            let name = forum_name(r, id).text;
            TwoBars {
                label: match name.chars().count() > 28 {
                    true => format!("{}…", name.chars().take(27).collect::<String>()),
                    false => name.clone(),
                },
                title: name,
                y: 8 + k * 24,
                text_y: 8 + k * 24 + 13,
                then_w: (a * width).div_ceil(most),
                now_w: (b * width).div_ceil(most),
                then_count: a,
                now_count: b,
            }
        })
        .collect();
    (
        Some(ThenNow {
            width: LABEL + width + 60,
            height: 16 + shown.len() * 24,
            rows: bars,
        }),
        rows,
    )
}
