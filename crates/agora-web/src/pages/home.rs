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

/// One change of the registry, for the sentence the template writes ("Tunisia joined the Arab
/// Maghreb Union"): the kind of record, the operation, and the names the sentence needs.
pub struct ChangeRow {
    pub at: String,
    /// `membership`, `forum`, `document`, `area`, `organisation`, or `other`.
    pub kind: &'static str,
    /// `create`, `update` or `delete`.
    pub op: String,
    /// The record's name (a forum's, a state's, a document's title), or a membership's member.
    pub name: String,
    pub href: Option<String>,
    /// A membership's role (`member`, `observer`, `co_chair`...), and forum with the period as
    /// recorded ("Colombo Process (since November 2025)"; without it once the row is gone).
    pub role: &'static str,
    pub forum: String,
    pub forum_href: String,
}

impl ChangeRow {
    fn new(c: &agora_store::Change, r: &agora_app::registry::Registry) -> ChangeRow {
        let mut row = ChangeRow {
            at: c.at.chars().take(16).collect::<String>().replace('T', " "),
            kind: "other",
            op: c.op.clone(),
            name: String::new(),
            href: None,
            role: "",
            forum: String::new(),
            forum_href: String::new(),
        };
        let id = c.entity_id.as_str();
        match c.entity.as_str() {
            "forum" => {
                row.kind = "forum";
                row.name = r
                    .forum(id)
                    .map_or(id.to_owned(), |f| Localised::name(&f.names).text);
                row.href = r.forum(id).map(|_| format!("/fora/{id}"));
            }
            "area" => {
                row.kind = "area";
                row.name = r
                    .area(id)
                    .map_or(id.to_owned(), |a| Localised::name(&a.names).text);
                row.href = r.area(id).map(|_| format!("/areas/{id}"));
            }
            "organisation" => {
                row.kind = "organisation";
                row.name = r
                    .organisation(id)
                    .map_or(id.to_owned(), |o| Localised::name(&o.names).text);
                row.href = r.organisation(id).map(|_| format!("/organisations/{id}"));
            }
            "document" => {
                row.kind = "document";
                row.name = r.document(id).map_or(id, |d| d.title()).to_owned();
                row.href = r.document(id).map(|_| format!("/documents/{id}"));
            }
            "membership" => {
                // `forum:role:member[:start]`: read from the registry, or from the id once the
                // row is gone.
                let mut parts = id.split(':');
                let (forum, role, member) = (parts.next(), parts.next(), parts.next());
                let stored = r.data.memberships.iter().find(|m| m.id.as_str() == id);
                let member = stored.map(|m| m.member.clone()).or_else(|| {
                    use agora_core::MemberType as T;
                    let m = member?;
                    let kind = if r.area(m).is_some() {
                        T::Area
                    } else if r.organisation(m).is_some() {
                        T::Organisation
                    } else {
                        T::Forum
                    };
                    agora_core::Member::new(kind, m).ok()
                });
                let forum = forum.and_then(|f| r.forum(f));
                let role = stored
                    .map(|m| m.role)
                    .or_else(|| role.and_then(agora_core::Role::parse));
                if let (Some(member), Some(forum), Some(role)) = (member, forum, role) {
                    row.kind = "membership";
                    row.name = super::fora::member_name(r, &member).text;
                    row.href = Some(match &member {
                        agora_core::Member::Area(a) => format!("/areas/{a}"),
                        agora_core::Member::Organisation(o) => format!("/organisations/{o}"),
                        agora_core::Member::Forum(f) => format!("/fora/{f}"),
                    });
                    row.role = role.as_str();
                    let name = Localised::name(&forum.names).text;
                    row.forum = match stored {
                        Some(m) => text_with(
                            "change-forum-period",
                            &[
                                ("forum", name.into()),
                                (
                                    "period",
                                    super::period_label(m.start_date, m.end_date).into(),
                                ),
                            ],
                        ),
                        None => name,
                    };
                    row.forum_href = format!("/fora/{}", forum.id);
                }
            }
            _ => {}
        }
        row
    }
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
    let changes = agora_app::history::recent(&state, r, &Viewer::anonymous(), 10)
        .await?
        .into_iter()
        .map(|c| ChangeRow::new(&c, r))
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
