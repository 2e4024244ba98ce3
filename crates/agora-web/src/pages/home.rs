//! Home: what Agora is, counts by category, the world map of participation, latest changes.

use std::collections::BTreeMap;

use agora_core::Category;
use agora_core::policy::Viewer;
use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::{Dated, PageError, category_label, html};
use crate::map::{self, Map};
use crate::state::AppState;

pub struct CategoryCount {
    pub category: &'static str,
    pub label: &'static str,
    pub count: usize,
}

pub struct StateRow {
    pub code: String,
    pub name: String,
    pub count: usize,
}

pub struct ChangeRow {
    pub at: String,
    pub what: String,
    pub href: Option<String>,
    pub op: String,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub as_of: String,
    pub today: bool,
    /// The year or month asked for, whose last day is shown.
    pub period: Option<String>,
    pub fora_total: usize,
    pub areas_total: usize,
    pub memberships_total: usize,
    pub categories: Vec<CategoryCount>,
    pub map_src: String,
    pub map_title: String,
    pub legend: Vec<(&'static str, String)>,
    pub states: Vec<StateRow>,
    pub changes: Vec<ChangeRow>,
}

pub async fn page(State(state): State<AppState>, dated: Dated) -> Result<Response, PageError> {
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
                name: agora_core::name_of(&a.names).to_owned(),
                count: n,
            });
        }
    }
    states.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    // The page is the public's (and cached as such): the changes the public may see.
    let changes = agora_app::history::recent(&state, r, &Viewer::anonymous(), 10)
        .await?
        .into_iter()
        .map(|c| {
            let (what, href) = match c.entity.as_str() {
                "forum" => (
                    r.forum(&c.entity_id)
                        .map(|f| f.name().to_owned())
                        .unwrap_or(c.entity_id.clone()),
                    Some(format!("/fora/{}", c.entity_id)),
                ),
                "area" => (c.entity_id.clone(), Some(format!("/areas/{}", c.entity_id))),
                "organisation" => (
                    c.entity_id.clone(),
                    Some(format!("/organisations/{}", c.entity_id)),
                ),
                "membership" => {
                    let forum = c.entity_id.split(':').next().unwrap_or("").to_owned();
                    (
                        format!("membership {}", c.entity_id),
                        Some(format!("/fora/{forum}")),
                    )
                }
                "document" => (
                    r.document(&c.entity_id)
                        .map(|d| d.title().to_owned())
                        .unwrap_or(c.entity_id.clone()),
                    Some(format!("/documents/{}", c.entity_id)),
                ),
                _ => (format!("{} {}", c.entity, c.entity_id), None),
            };
            ChangeRow {
                at: c.at.chars().take(16).collect::<String>().replace('T', " "),
                what,
                href,
                op: c.op,
            }
        })
        .collect();
    html(&HomePage {
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
        map_src: format!("/map.svg?as_of={day}"),
        legend: map::choropleth_legend(),
        map_title: format!("World map: number of fora each state takes part in on {day}"),
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
    let (day, r) = (dated.day, &dated.registry);
    let counts = r.fora_counts(day);
    let mut by_m49: BTreeMap<u16, (String, usize)> = BTreeMap::new();
    for a in &r.data.areas {
        if let Some(m) = a.m49 {
            by_m49.insert(
                m,
                (
                    agora_core::name_of(&a.names).to_owned(),
                    counts.get(&a.code).copied().unwrap_or(0),
                ),
            );
        }
    }
    super::svg(&MapSvg {
        map: map::choropleth(&by_m49),
        title: format!("Number of fora each state takes part in on {day}"),
    })
}
