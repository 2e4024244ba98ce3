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
    /// Places marked on it (a meeting's city).
    pub marks: Vec<Mark>,
    /// Legend entries: fill colour and label.
    pub legend: Vec<(&'static str, String)>,
}

/// A place marked on a map: where it is in the view box, and its name.
pub struct Mark {
    pub x: f64,
    pub y: f64,
    pub title: String,
}

/// A point (degrees of longitude and latitude) where the map draws it: the Natural Earth I
/// projection scaled into the view box, as `scripts/prepare-world-map.py` draws the countries.
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    fn natural_earth(lon: f64, lat: f64) -> (f64, f64) {
        let (lam, phi) = (lon.to_radians(), lat.to_radians());
        let p2 = phi * phi;
        let p4 = p2 * p2;
        let x = lam
            * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
        let y =
            phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
        (x, y)
    }
    let [_, _, width, height] = world().view_box;
    let scale = width / (2.0 * natural_earth(180.0, 0.0).0);
    let (x, y) = natural_earth(lon, lat);
    (width / 2.0 + x * scale, height / 2.0 - y * scale)
}

/// A place on the map: its country shaded as a member's, the place marked; every other country
/// by its name in `names`.
pub fn place(
    country: Option<(u16, String)>,
    mark: Option<Mark>,
    names: &BTreeMap<u16, String>,
) -> Map {
    let members: BTreeMap<u16, String> = country.into_iter().collect();
    let mut map = highlight(&members, &BTreeMap::new(), names);
    map.legend = Vec::new();
    map.marks = mark.into_iter().collect();
    map
}

/// Sequential blues (ColorBrewer "Blues"), from none to most.
const SHADES: [&str; 6] = [
    "#e3e6ea", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c",
];
const MEMBER: &str = "#2b7a4b";
const OTHER: &str = "#e3a33a";
/// The counts from which each shade starts, with the last count of each (none for the last).
const STEPS: [(usize, Option<usize>); 6] = [
    (0, Some(0)),
    (1, Some(2)),
    (3, Some(5)),
    (6, Some(9)),
    (10, Some(14)),
    (15, None),
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
                title: crate::lang::text_with(
                    "map-count",
                    &[("name", name.into()), ("count", n.into())],
                ),
                href: found.map(|s| s.href.clone()),
            }
        })
        .collect();
    Map {
        view_box: view_box(w),
        shapes,
        marks: Vec::new(),
        legend: choropleth_legend(),
    }
}

/// Highlight countries by role: members, then observers or partners; every other country by
/// its name in `names` (the map's own English one when it has none there).
pub fn highlight(
    members: &BTreeMap<u16, String>,
    others: &BTreeMap<u16, String>,
    names: &BTreeMap<u16, String>,
) -> Map {
    let w = world();
    let shapes = w
        .countries
        .iter()
        .map(|c| {
            let (fill, title) = if let Some(n) = members.get(&c.m49) {
                (
                    MEMBER,
                    crate::lang::text_with("map-member", &[("name", n.into())]),
                )
            } else if let Some(n) = others.get(&c.m49) {
                (
                    OTHER,
                    crate::lang::text_with("map-other", &[("name", n.into())]),
                )
            } else {
                (SHADES[0], names.get(&c.m49).unwrap_or(&c.name).clone())
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
        marks: Vec::new(),
        legend: highlight_legend(),
    }
}

/// The legend of [`choropleth`], for pages that show the map by URL.
pub fn choropleth_legend() -> Vec<(&'static str, String)> {
    use crate::lang::text_with;
    STEPS
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let label = match *step {
                (0, _) => crate::lang::text("map-step-none"),
                (from, Some(to)) => text_with(
                    "map-step-range",
                    &[("from", from.into()), ("to", to.into())],
                ),
                (from, None) => text_with("map-step-more", &[("from", from.into())]),
            };
            (SHADES[i], label)
        })
        .collect()
}

/// The legend of [`highlight`].
pub fn highlight_legend() -> Vec<(&'static str, String)> {
    use crate::lang::text;
    vec![
        (MEMBER, text("map-legend-member")),
        (OTHER, text("map-legend-other")),
        (SHADES[0], text("map-legend-neither")),
    ]
}

fn view_box(w: &World) -> String {
    let [a, b, c, d] = w.view_box;
    format!("{a} {b} {c} {d}")
}
