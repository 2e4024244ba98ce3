//! The landscape page (`/landscape`, issue 19): what the fora share on a day, with the fora
//! list's filters and the date control — the overlap heat-map (an SVG drawn here, no script,
//! with its title, description and the same figures as a table and as CSV), the pairs that may
//! duplicate each other's work, the states in the most fora, and whom a chosen forum might
//! exchange with, each with its reason.

use agora_app::analysis::{Landscape, Matrix, Why};
use agora_app::registry::Registry;
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::fora::forum_name;
use super::fora_list::{Filters, Option_, filters as filter_fields};
use super::landscape_pictures::{MoveRow, NetPicture, NetRow, ThenNow, Timeline, TimelineRow};
use super::{PageError, csv, html};
use crate::lang::{Localised, filters, text, text_with};
use crate::params::{FORA_FILTER_PARAMS, ForaRequest, Params};
use crate::state::AppState;

/// The heat-map shows at most this many fora (those with the most members).
const MOST_SHOWN: usize = 80;
const CELL: usize = 12;
const LEFT: usize = 190;
const TOP: usize = 150;

/// A square of the heat-map.
pub struct Cell {
    pub x: usize,
    pub y: usize,
    pub fill: String,
    pub title: String,
}

/// A forum's label along an axis.
pub struct Label {
    pub x: usize,
    pub y: usize,
    pub text: String,
    pub title: String,
}

pub struct Heatmap {
    pub width: usize,
    pub height: usize,
    pub size: usize,
    pub cells: Vec<Cell>,
    pub rows: Vec<Label>,
    pub cols: Vec<Label>,
}

pub struct PairRow {
    pub a: Localised,
    pub a_href: String,
    pub b: Localised,
    pub b_href: String,
    pub shared: usize,
    pub jaccard: String,
    pub overlap: String,
}

pub struct FlagRow {
    pub explanation: String,
}

pub struct BusyRow {
    pub name: Localised,
    pub href: String,
    pub fora: usize,
}

pub struct SuggestionRow {
    pub kind: String,
    pub name: Localised,
    pub href: String,
    pub explanation: String,
}

#[derive(Template)]
#[template(path = "landscape.html")]
pub struct LandscapePage {
    pub filter: Filters,
    pub measured: usize,
    pub heatmap: Option<Heatmap>,
    /// Fewer fora are drawn than measured.
    pub capped: bool,
    pub pairs: Vec<PairRow>,
    pub csv_href: String,
    pub flags: Vec<FlagRow>,
    pub busiest: Vec<BusyRow>,
    pub fora: Vec<Option_>,
    /// The forum asked about, and its suggestions (none when it did not exist on the day).
    pub chosen: Option<Localised>,
    pub suggestions: Vec<SuggestionRow>,
    pub timeline: Option<Timeline>,
    pub timeline_rows: Vec<TimelineRow>,
    pub network: Option<NetPicture>,
    pub network_rows: Vec<NetRow>,
    pub fora_csv_href: String,
    /// The other day asked for (`compare`), as the form shows it and in words.
    pub compare: String,
    pub compare_day: Option<String>,
    pub then_now: Option<ThenNow>,
    pub moves: Vec<MoveRow>,
    pub then_now_csv_href: String,
    /// Meetings as evidence: the pairs that met most, and the most alike that never met.
    pub met: Vec<String>,
    /// The filters and `compare` as the query gave them (the suggestions form keeps them), and
    /// the forum asked about (the filters form keeps it).
    pub kept: Vec<(String, String)>,
    pub chosen_id: Option<String>,
    pub never_met: Vec<String>,
    pub arrived: Vec<(String, Localised)>,
    pub gone: Vec<(String, Localised)>,
}

fn params() -> Vec<&'static str> {
    [FORA_FILTER_PARAMS, &["forum", "compare"]].concat()
}

/// A Jaccard coefficient as a square's colour: white-blue to dark blue; grey for none shared.
fn fill(j: f64) -> String {
    if j <= 0.0 {
        return "#f2f2f2".into();
    }
    let (from, to) = ([222.0, 235.0, 247.0], [8.0, 48.0, 107.0]);
    let c: Vec<u8> = (0..3)
        .map(|k| (from[k] + (to[k] - from[k]) * j.min(1.0)).round() as u8)
        .collect();
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

fn acronym<'r>(r: &'r Registry, l: &Landscape, i: usize) -> Option<&'r String> {
    r.forum(l.fora[i].forum.as_str())
        .and_then(|f| f.acronyms.first())
}

/// A forum's short label: its first acronym when no other forum drawn has it, else its name,
/// cut to 28 characters; and its name.
fn short(r: &Registry, l: &Landscape, i: usize, order: &[usize]) -> (String, String) {
    let id = &l.fora[i].forum;
    let name = forum_name(r, id).text;
    let mine = acronym(r, l, i);
    let unique = mine.is_some_and(|a| {
        order
            .iter()
            .filter(|&&j| acronym(r, l, j) == Some(a))
            .count()
            == 1
    });
    let label = match mine {
        Some(a) if unique => a,
        _ => &name,
    };
    let label = match label.chars().count() > 28 {
        true => format!("{}…", label.chars().take(27).collect::<String>()),
        false => label.clone(),
    };
    (label, name)
}

/// The short labels of the fora drawn (`order`), and their names.
pub(super) fn labels(r: &Registry, l: &Landscape, order: &[usize]) -> (Vec<String>, Vec<String>) {
    order.iter().map(|&i| short(r, l, i, order)).unzip()
}

fn heatmap(r: &Registry, l: &Landscape, m: &Matrix, order: &[usize]) -> Heatmap {
    let n = order.len();
    let mut cells = Vec::with_capacity(n * n);
    let (short_names, long_names) = labels(r, l, order);
    let names: Vec<(String, String)> = short_names.into_iter().zip(long_names).collect();
    for (row, &a) in order.iter().enumerate() {
        for (col, &b) in order.iter().enumerate() {
            let (x, y) = (LEFT + col * CELL, TOP + row * CELL);
            if a == b {
                cells.push(Cell {
                    x,
                    y,
                    fill: "#6b6b6b".into(),
                    title: names[row].1.clone(),
                });
                continue;
            }
            let p = m.pair(a, b);
            let shared = p.map_or(0, |p| p.shared);
            let j = p.and_then(|p| p.jaccard()).unwrap_or(0.0);
            cells.push(Cell {
                x,
                y,
                fill: fill(j),
                title: text_with(
                    "landscape-cell",
                    &[
                        ("a", names[row].1.as_str().into()),
                        ("b", names[col].1.as_str().into()),
                        ("shared", shared.into()),
                        ("jaccard", format!("{j:.2}").into()),
                    ],
                ),
            });
        }
    }
    let rows = names
        .iter()
        .enumerate()
        .map(|(k, (label, name))| Label {
            x: LEFT - 4,
            y: TOP + k * CELL + CELL - 2,
            text: label.clone(),
            title: name.clone(),
        })
        .collect();
    let cols = names
        .iter()
        .enumerate()
        .map(|(k, (label, name))| Label {
            x: LEFT + k * CELL + CELL - 3,
            y: TOP - 4,
            text: label.clone(),
            title: name.clone(),
        })
        .collect();
    Heatmap {
        width: LEFT + n * CELL + 8,
        height: TOP + n * CELL + 8,
        size: n,
        cells,
        rows,
        cols,
    }
}

fn two(x: Option<f64>) -> String {
    x.map_or_else(String::new, |x| format!("{x:.2}"))
}

pub async fn page(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &params())?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let day = req.query.day;
    let chosen = p.parse_with("forum", |v| {
        r.forum(v)
            .map(|f| f.id.clone())
            .ok_or_else(|| agora_core::Said::new("no-such-forum").with("id", v))
    })?;
    let (l, pairs) = agora_app::analysis::overlap(&r, &req.query.filter, day);
    let m = Matrix::of(&l);
    let mut drawn: Vec<usize> = l
        .measured()
        .filter(|(_, x)| !x.states.is_empty())
        .map(|(i, _)| i)
        .collect();
    let measured = drawn.len();
    drawn.sort_by_key(|&i| std::cmp::Reverse(l.fora[i].states.len()));
    drawn.truncate(MOST_SHOWN);
    drawn.sort_unstable();
    let order = agora_app::analysis::seriate(&m, &drawn);
    let href = |id: &agora_core::ForumId| format!("/fora/{id}?as_of={day}");
    let pair_rows = pairs
        .iter()
        .map(|x| PairRow {
            a: forum_name(&r, &l.fora[x.a].forum),
            a_href: href(&l.fora[x.a].forum),
            b: forum_name(&r, &l.fora[x.b].forum),
            b_href: href(&l.fora[x.b].forum),
            shared: x.shared,
            jaccard: two(x.jaccard()),
            overlap: two(x.overlap()),
        })
        .collect();
    let flags = agora_app::analysis::flags(&l, &m)
        .iter()
        .map(|f| FlagRow {
            explanation: crate::explain::flag(&r, &l, f),
        })
        .collect();
    let busiest = l
        .busiest_states()
        .into_iter()
        .take(10)
        .map(|(s, n)| BusyRow {
            name: r.area(s.as_str()).map_or_else(
                || Localised::new(s.to_string(), "en"),
                |a| Localised::name(&a.names),
            ),
            href: format!("/areas/{s}?as_of={day}"),
            fora: n,
        })
        .collect();
    let mut suggestions = Vec::new();
    if let Some(id) = &chosen
        && let Some((around, am, at)) = agora_app::analysis::around(&r, &req.query.filter, id, day)
    {
        for s in agora_app::analysis::suggestions(&around, &am, r.routes.all(), at) {
            let other = &around.fora[s.forum].forum;
            suggestions.push(SuggestionRow {
                kind: text(match s.why {
                    Why::Route { .. } => "landscape-kind-route",
                    Why::Topics { .. } => "landscape-kind-topics",
                    Why::Bridge { .. } => "landscape-kind-bridge",
                }),
                name: forum_name(&r, other),
                href: href(other),
                explanation: crate::explain::suggestion(&r, &around, at, &s),
            });
        }
    }
    let fora = r
        .data
        .fora
        .iter()
        .map(|f| Option_ {
            selected: chosen.as_ref() == Some(&f.id),
            value: f.id.to_string(),
            label: forum_name(&r, &f.id).text,
            lang: None,
        })
        .collect();
    let mut query: Vec<(String, String)> = FORA_FILTER_PARAMS
        .iter()
        .filter_map(|k| p.get(k).map(|v| ((*k).to_owned(), v.to_owned())))
        .collect();
    if !query.iter().any(|(k, _)| k == "as_of") {
        query.push(("as_of".into(), day.to_string()));
    }
    let encounters = agora_app::analysis::encounters(&r, &l, day);
    let name = |i: usize| forum_name(&r, &l.fora[i].forum).text;
    let met = encounters
        .most()
        .into_iter()
        .take(15)
        .map(|((a, b), x)| {
            text_with(
                "analysis-met",
                &[
                    ("a", name(a).into()),
                    ("b", name(b).into()),
                    ("total", x.total().into()),
                    ("invited", (x.a_invited_b + x.b_invited_a).into()),
                    ("jointly", x.jointly.into()),
                    ("elsewhere", x.elsewhere.into()),
                ],
            )
        })
        .collect();
    let never_met = encounters
        .never_met(&m)
        .into_iter()
        .take(15)
        .map(|x| {
            text_with(
                "analysis-never-met",
                &[
                    ("a", name(x.a).into()),
                    ("b", name(x.b).into()),
                    ("shared", x.shared.into()),
                    ("jaccard", two(x.jaccard()).into()),
                ],
            )
        })
        .collect();
    let selected = r.search_fora(&req.query.filter, day);
    let (timeline, timeline_rows) =
        super::landscape_pictures::timeline(&r, &l, &selected, day, state.today());
    let (network, network_rows) = super::landscape_pictures::network(&r, &l, &m, &order, day);
    let compare = p.day_named("compare")?;
    if compare.is_some_and(|c| c > day) {
        return Err(crate::error::AppError::bad_key("compare", "analysis-compare-after").into());
    }
    let mut then_now = None;
    let mut moves = Vec::new();
    let (mut arrived, mut gone) = (Vec::new(), Vec::new());
    if let Some(other) = compare {
        let then = agora_app::analysis::landscape(&r, &req.query.filter, other);
        (then_now, moves) = super::landscape_pictures::then_and_now(&r, &then, &l, day);
        let c = agora_app::analysis::changes(&then, &l);
        let named = |ids: &[&agora_core::ForumId]| {
            ids.iter()
                .map(|id| (format!("/fora/{id}?as_of={day}"), forum_name(&r, id)))
                .collect::<Vec<_>>()
        };
        arrived = named(&c.arrived);
        gone = named(&c.gone);
    }
    let fora_csv_href = format!(
        "/fora.csv?{}",
        serde_urlencoded::to_string(&query).unwrap_or_default()
    );
    let kept = FORA_FILTER_PARAMS
        .iter()
        .chain(&["compare"])
        .filter(|k| **k != "as_of")
        .filter_map(|k| p.get(k).map(|v| ((*k).to_owned(), v.to_owned())))
        .collect();
    html(&LandscapePage {
        kept,
        chosen_id: chosen.as_ref().map(ToString::to_string),
        met,
        never_met,
        then_now_csv_href: format!(
            "/landscape/then-and-now.csv?{}&compare={}",
            serde_urlencoded::to_string(&query).unwrap_or_default(),
            compare.map(|d| d.to_string()).unwrap_or_default()
        ),
        compare: p.get("compare").unwrap_or("").to_owned(),
        compare_day: compare.map(|d| d.to_string()),
        then_now,
        moves,
        arrived,
        gone,
        timeline,
        timeline_rows,
        network,
        network_rows,
        fora_csv_href,
        filter: filter_fields(&p, &r, day),
        measured,
        capped: measured > order.len(),
        heatmap: (!order.is_empty()).then(|| heatmap(&r, &l, &m, &order)),
        pairs: pair_rows,
        csv_href: format!(
            "/landscape.csv?{}",
            serde_urlencoded::to_string(query).unwrap_or_default()
        ),
        flags,
        busiest,
        fora,
        chosen: chosen.as_ref().map(|id| forum_name(&r, id)),
        suggestions,
    })
}

/// `/landscape.csv`: every pair of fora sharing members on the day, with the filters.
pub async fn pairs_csv(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), FORA_FILTER_PARAMS)?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let day = req.query.day;
    let (l, pairs) = agora_app::analysis::overlap(&r, &req.query.filter, day);
    let rows = pairs
        .iter()
        .map(|x| {
            let t = agora_app::analysis::theme_pair(&l, x.a, x.b);
            vec![
                l.fora[x.a].forum.to_string(),
                l.fora[x.b].forum.to_string(),
                x.shared.to_string(),
                x.a_size.to_string(),
                x.b_size.to_string(),
                two(x.jaccard()),
                two(x.overlap()),
                t.shared
                    .iter()
                    .map(|t| t.as_str())
                    .collect::<Vec<_>>()
                    .join(" ; "),
                day.to_string(),
            ]
        })
        .collect();
    csv(
        "landscape",
        &[
            "forum_a",
            "forum_b",
            "shared_members",
            "members_a",
            "members_b",
            "jaccard",
            "overlap",
            "shared_priorities",
            "as_of",
        ],
        rows,
    )
}

/// `/landscape/then-and-now.csv`: each forum's members on the `compare` day and on `as_of`, and
/// the states that joined and left between them, with the filters.
pub async fn then_and_now_csv(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let allowed = [FORA_FILTER_PARAMS, &["compare"]].concat();
    let p = Params::parse(q.as_deref(), &allowed)?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let day = req.query.day;
    let then_day = p
        .day_named("compare")?
        .ok_or_else(|| crate::error::AppError::bad_key("compare", "analysis-compare-required"))?;
    if then_day > day {
        return Err(crate::error::AppError::bad_key("compare", "analysis-compare-after").into());
    }
    let then = agora_app::analysis::landscape(&r, &req.query.filter, then_day);
    let now = agora_app::analysis::landscape(&r, &req.query.filter, day);
    let c = agora_app::analysis::changes(&then, &now);
    let size = |l: &Landscape, id: &agora_core::ForumId| {
        l.fora
            .iter()
            .find(|x| &x.forum == id && !x.open)
            .map_or_else(String::new, |x| x.states.len().to_string())
    };
    let mut ids: Vec<&agora_core::ForumId> = now
        .fora
        .iter()
        .chain(&then.fora)
        .map(|x| &x.forum)
        .collect();
    ids.sort();
    ids.dedup();
    let rows = ids
        .into_iter()
        .map(|id| {
            let moved = c.moves.iter().find(|m| m.forum == id);
            let codes = |v: Option<&Vec<&agora_core::AreaCode>>| {
                v.map(|v| v.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(" ; "))
                    .unwrap_or_default()
            };
            vec![
                id.to_string(),
                size(&then, id),
                size(&now, id),
                codes(moved.map(|m| &m.joined)),
                codes(moved.map(|m| &m.left)),
                then_day.to_string(),
                day.to_string(),
            ]
        })
        .collect();
    csv(
        "landscape-then-and-now",
        &[
            "forum",
            "members_then",
            "members_now",
            "joined",
            "left",
            "then",
            "now",
        ],
        rows,
    )
}
