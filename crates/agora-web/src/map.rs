//! The world map: country shapes prepared once from Natural Earth (`data/world-map.json`, see
//! `scripts/prepare-world-map.py`), shaded per page. Only numbers and shape data reach the
//! template, which writes the SVG markup.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

const WORLD: &str = include_str!("../../../data/world-map.json");

#[derive(Deserialize)]
struct World {
    view_box: [f64; 4],
    countries: Vec<Country>,
}

#[derive(Deserialize)]
struct Country {
    m49: u16,
    name: String,
    d: String,
}

fn world() -> &'static World {
    static WORLD_MAP: OnceLock<World> = OnceLock::new();
    WORLD_MAP.get_or_init(|| serde_json::from_str(WORLD).expect("data/world-map.json is valid"))
}

/// One shape on a map, with its fill colour, hover title and, where the state has a page, its
/// link.
pub struct Shape {
    pub d: &'static str,
    pub fill: &'static str,
    pub title: String,
    pub href: Option<String>,
}

/// A state on a choropleth: its name, its count and its page.
pub struct Counted {
    pub name: String,
    pub count: usize,
    pub href: String,
}

/// A map: an SVG document of its own (served at its own URL, so pages stay small and the map is
/// cached), and a legend that pages show beside it.
pub struct Map {
    pub view_box: String,
    pub shapes: Vec<Shape>,
    /// Legend entries: fill colour and label.
    pub legend: Vec<(&'static str, String)>,
}

/// Sequential blues (ColorBrewer "Blues"), from none to most.
const SHADES: [&str; 6] = [
    "#e3e6ea", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c",
];
const MEMBER: &str = "#2b7a4b";
const OTHER: &str = "#e3a33a";
/// The counts from which each shade starts, with their legend labels.
const STEPS: [(usize, &str); 6] = [
    (0, "none"),
    (1, "1-2"),
    (3, "3-5"),
    (6, "6-9"),
    (10, "10-14"),
    (15, "15 or more"),
];

/// Shade countries by a count (e.g. fora a state takes part in): 0, 1-2, 3-5, 6-9, 10-14, 15+.
pub fn choropleth(counts: &BTreeMap<u16, Counted>) -> Map {
    let class_of = |n: usize| STEPS.iter().rposition(|(min, _)| n >= *min).unwrap_or(0);
    let w = world();
    let shapes = w
        .countries
        .iter()
        .map(|c| {
            let found = counts.get(&c.m49);
            let (name, n) = found
                .map(|s| (s.name.as_str(), s.count))
                .unwrap_or((c.name.as_str(), 0));
            Shape {
                d: &c.d,
                fill: SHADES[class_of(n)],
                title: format!("{name}: {n}"),
                href: found.map(|s| s.href.clone()),
            }
        })
        .collect();
    Map {
        view_box: view_box(w),
        shapes,
        legend: choropleth_legend(),
    }
}

/// Highlight countries by role: members, then observers or partners.
pub fn highlight(members: &BTreeMap<u16, String>, others: &BTreeMap<u16, String>) -> Map {
    let w = world();
    let shapes = w
        .countries
        .iter()
        .map(|c| {
            let (fill, title) = if let Some(n) = members.get(&c.m49) {
                (MEMBER, format!("{n}: member"))
            } else if let Some(n) = others.get(&c.m49) {
                (OTHER, format!("{n}: observer or partner"))
            } else {
                (SHADES[0], c.name.clone())
            };
            Shape {
                d: &c.d,
                fill,
                title,
                href: None,
            }
        })
        .collect();
    Map {
        view_box: view_box(w),
        shapes,
        legend: highlight_legend(),
    }
}

/// The legend of [`choropleth`], for pages that show the map by URL.
pub fn choropleth_legend() -> Vec<(&'static str, String)> {
    STEPS
        .iter()
        .enumerate()
        .map(|(i, (_, l))| (SHADES[i], (*l).to_owned()))
        .collect()
}

/// The legend of [`highlight`].
pub fn highlight_legend() -> Vec<(&'static str, String)> {
    vec![
        (MEMBER, "member".into()),
        (OTHER, "observer or partner".into()),
        (SHADES[0], "neither".into()),
    ]
}

fn view_box(w: &World) -> String {
    let [a, b, c, d] = w.view_box;
    format!("{a} {b} {c} {d}")
}
