//! Home: what Agora is, counts by category, the world map of participation, latest changes.

use std::collections::BTreeMap;

use agora_core::Category;
use agora_core::policy::Viewer;
use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::{Dated, PageError, category_label, html};
use crate::lang::{Localised, filters, text_with};
use crate::map::{self, Map};
use crate::state::AppState;

pub struct CategoryCount {
    pub category: &'static str,
    pub label: String,
    pub count: usize,
}

pub struct StateRow {
    pub code: String,
    pub name: Localised,
    pub count: usize,
}

/// One change of the registry as a sentence (worded by `agora_app::changes`, as in the feeds):
/// when, what, and the page of the record while it exists.
pub struct ChangeRow {
    pub at: String,
    pub text: String,
    pub href: Option<String>,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    /// The home page compares no dates (None).
    pub comparable: Option<String>,
    pub as_of: String,
    pub today: bool,
    /// The year or month asked for, whose last day is shown.
    pub period: Option<String>,
    pub fora_total: usize,
    pub areas_total: usize,
    pub memberships_total: usize,
    pub categories: Vec<CategoryCount>,
    /// The map, drawn in the page so that its states are links with titles.
    pub map: Map,
    pub map_title: String,
    pub states: Vec<StateRow>,
    pub changes: Vec<ChangeRow>,
}

pub async fn page(State(state): State<AppState>, dated: Dated) -> Result<Response, PageError> {
    let dated = dated.without_compare()?;
    let (day, r) = (dated.day, &dated.registry);
    let existing: Vec<_> = r.data.fora.iter().filter(|f| f.exists_on(day)).collect();
    let categories = Category::ALL
        .into_iter()
        .map(|c| CategoryCount {
            category: c.as_str(),
            label: category_label(c),
            count: existing
                .iter()
                .filter(|f| f.category_on(day).or(f.category()) == Some(c))
                .count(),
        })
        .collect();
    let counts = r.fora_counts(day);
    let mut states = Vec::new();
    for a in &r.data.areas {
        let n = counts.get(&a.code).copied().unwrap_or(0);
        if n > 0 {
            states.push(StateRow {
                code: a.code.to_string(),
                name: Localised::name(&a.names),
                count: n,
            });
        }
    }
    states.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    // The page is the public's (and cached as such): the changes the public may see.
    let locale = crate::lang::Here::current().locale;
    let changes = agora_app::changes::latest(
        &state,
        &Viewer::anonymous(),
        locale,
        &agora_app::changes::ChangeFilter::default(),
        10,
    )
    .await?
    .into_iter()
    .map(|c| ChangeRow {
        at: c.at.chars().take(16).collect::<String>().replace('T', " "),
        text: c.said.text(locale),
        href: c.link,
    })
    .collect();
    html(&HomePage {
        comparable: None,
        as_of: day.to_string(),
        today: dated.is_today(),
        period: dated.period.clone(),
        fora_total: existing.len(),
        areas_total: r.data.areas.len(),
        memberships_total: r
            .data
            .memberships
            .iter()
            .filter(|m| r.counts_on(m, day))
            .count(),
        categories,
        map: participation(r, day),
        map_title: text_with("home-map-title", &[("day", crate::lang::date(day).into())]),
        states,
        changes,
    })
}

#[derive(Template)]
#[template(path = "map.svg", escape = "html")]
pub struct MapSvg {
    pub map: Map,
    pub title: String,
}

/// `/map.svg`: the world shaded by how many fora each state takes part in on a day.
pub async fn participation_map(dated: Dated) -> Result<Response, PageError> {
    let dated = dated.without_compare()?;
    let (day, r) = (dated.day, &dated.registry);
    super::svg(&MapSvg {
        map: participation(r, day),
        title: text_with(
            "home-map-svg-title",
            &[("day", crate::lang::date(day).into())],
        ),
    })
}

/// The world shaded by how many fora each state takes part in on a day, each state linking to
/// its page on that day.
fn participation(r: &agora_app::registry::Registry, day: agora_core::Day) -> Map {
    let counts = r.fora_counts(day);
    let mut by_m49: BTreeMap<u16, map::Counted> = BTreeMap::new();
    for a in &r.data.areas {
        if let Some(m) = a.m49 {
            by_m49.insert(
                m,
                map::Counted {
                    name: Localised::name(&a.names).text,
                    count: counts.get(&a.code).copied().unwrap_or(0),
                    href: format!("/areas/{}?as_of={day}", a.code),
                },
            );
        }
    }
    map::choropleth(&by_m49)
}
