//! States and territories: the list, and each one's portfolio of fora.

use agora_core::{Day, Member};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};

use super::{Dated, PageError, html, json_ld, period_label, role_label};
use crate::error::OrNotFound;
use crate::lang::{Localised, filters, text};
use crate::state::AppState;
use agora_app::registry::participates;

pub struct AreaRow {
    pub code: String,
    pub name: Localised,
    /// The M49 region's name (in English: the data has no other).
    pub region: Localised,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "areas.html")]
pub struct AreasPage {
    pub as_of: String,
    pub today: bool,
    /// The year or month asked for, whose last day is shown.
    pub period: Option<String>,
    pub rows: Vec<AreaRow>,
    pub comparable: Option<String>,
}

/// Every state and territory with the number of fora it takes part in on the day, by name.
fn area_rows(dated: &Dated) -> Vec<AreaRow> {
    let (day, r) = (dated.day, &dated.registry);
    let counts = r.fora_counts(day);
    let mut rows: Vec<AreaRow> = r
        .data
        .areas
        .iter()
        .map(|a| AreaRow {
            code: a.code.to_string(),
            name: Localised::name(&a.names),
            region: a
                .sub_region
                .as_ref()
                .or(a.region.as_ref())
                .map(|x| Localised::new(x.name.clone(), "en"))
                .unwrap_or_default(),
            count: counts.get(&a.code).copied().unwrap_or(0),
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    rows
}

pub async fn list(dated: Dated) -> Result<Response, PageError> {
    let dated = dated.without_compare()?;
    html(&AreasPage {
        as_of: dated.day.to_string(),
        today: dated.is_today(),
        period: dated.period.clone(),
        rows: area_rows(&dated),
        comparable: None,
    })
}

/// `/areas.csv`: the list as the page shows it on its day.
pub async fn list_csv(dated: Dated) -> Result<Response, PageError> {
    let dated = dated.without_compare()?;
    let day = dated.day.to_string();
    let rows = area_rows(&dated)
        .into_iter()
        .map(|a| {
            vec![
                a.code,
                a.name.text,
                a.region.text,
                a.count.to_string(),
                day.clone(),
            ]
        })
        .collect();
    super::csv(
        &format!("states-{day}"),
        &["code", "name", "region", "fora", "as_of"],
        rows,
    )
}

pub struct PortfolioRow {
    pub forum_id: String,
    pub forum: Localised,
    /// The forum's acronym (else its name): the label of its bar.
    pub label: String,
    /// The forum's category on the day, in words.
    pub category: String,
    pub role: String,
    pub period: String,
    pub active: bool,
    pub undated: bool,
    pub verified: bool,
    /// Timeline bar: x and width in per cent of the axis (time runs the way the page reads:
    /// from the right in Arabic).
    pub x: f64,
    pub width: f64,
    /// Where the bar's label starts, in per cent, and whether it ends there instead.
    pub label_x: f64,
    pub label_end: bool,
    pub open_start: bool,
    pub open_end: bool,
}

#[derive(Template)]
#[template(path = "area.html")]
pub struct AreaPage {
    pub code: String,
    pub name: Localised,
    /// The state's names in the six languages: (language, its name for the language, name).
    pub names: Vec<(String, String, String)>,
    pub m49: String,
    pub regions: Vec<Localised>,
    pub as_of: String,
    pub today: bool,
    /// The year or month asked for, whose last day is shown.
    pub period: Option<String>,
    /// Fora it takes part in whose dates are not recorded (counted apart).
    pub undated_count: usize,
    pub count: usize,
    pub rows: Vec<PortfolioRow>,
    pub axis_from: i32,
    pub axis_to: i32,
    pub ticks: Vec<(f64, i32)>,
    pub as_of_x: f64,
    pub json_ld: String,
    /// The date to compare with, as typed (Some on pages that compare).
    pub comparable: Option<String>,
    pub comparison: Option<super::Comparison>,
    /// The meetings it hosted, chaired or took part in, a year at a time, latest first.
    pub meeting_years: Vec<super::meetings::TimelineYear>,
    /// The published good practices applied in it: (id, title).
    pub practices: Vec<(String, Localised)>,
    /// Its portfolio as a map: the states sharing fora with it on the day.
    pub portfolio_map: String,
    pub portfolio_title: String,
    pub portfolio_legend: Vec<(&'static str, String)>,
    pub neighbours: Vec<super::area_portfolio::Neighbour>,
}

pub async fn show(
    State(state): State<AppState>,
    dated: Dated,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let (day, r) = (dated.day, &dated.registry);
    // A code typed in lower case (`/areas/eth`) leads to the area's page, permanently.
    let upper = code.to_ascii_uppercase();
    if upper != code && r.area(&upper).is_some() {
        let query = query.map(|q| format!("?{q}")).unwrap_or_default();
        return Ok(
            axum::response::Redirect::permanent(&format!("/areas/{upper}{query}")).into_response(),
        );
    }
    let a = r.area(&code).or_not_found("area", &code)?;
    let all = r.memberships_of_member(&Member::Area(a.code.clone()), None);
    // The timeline axis runs from the earliest recorded start (at most 1990) to today.
    let from = all
        .iter()
        .filter_map(|m| m.start_date)
        .map(|d| d.year())
        .min()
        .unwrap_or(1990)
        .min(1990);
    let to = dated.today.year() + 1;
    let span = f64::from(to - from);
    // Time runs the way the page reads: from the right edge in a right-to-left language.
    let rtl = crate::lang::Here::current().locale.is_rtl();
    let place = |p: f64| if rtl { 100.0 - p } else { p };
    let pos = |d: Day| {
        let y = f64::from(d.year())
            + (f64::from(d.month()) - 1.0) / 12.0
            + (f64::from(d.day()) - 1.0) / 365.0;
        ((y - f64::from(from)) / span * 100.0).clamp(0.0, 100.0)
    };
    let rows = all
        .iter()
        .filter(|m| participates(m.role) || m.role == agora_core::Role::Secretariat)
        .map(|m| {
            let x = m.start_date.map(|d| pos(d.first_day())).unwrap_or(0.0);
            let end = m.end_date.map(|d| pos(d.last_day())).unwrap_or(100.0);
            let forum = r.forum(m.forum_id.as_str());
            PortfolioRow {
                forum_id: m.forum_id.to_string(),
                forum: super::fora::forum_name(r, &m.forum_id),
                label: forum
                    .and_then(|f| f.acronyms.first().cloned())
                    .unwrap_or_else(|| super::fora::forum_name(r, &m.forum_id).text),
                category: forum
                    .and_then(|f| f.category_on(day).or(f.category()))
                    .map(super::category_label)
                    .unwrap_or_default(),
                role: role_label(m.role),
                period: period_label(m.start_date, m.end_date),
                active: r.counts_on(m, day),
                undated: r.undated_on(m, day),
                verified: m.verification == agora_core::Verification::Verified,
                x: (place(if rtl { end } else { x }) * 10.0).round() / 10.0,
                width: ((end - x).max(0.6) * 10.0).round() / 10.0,
                // The label sits at the bar's start in time, inside the chart.
                label_x: {
                    let start = place(x);
                    let near_edge = if rtl { start < 20.0 } else { start > 80.0 };
                    let inward = if rtl == near_edge { 0.4 } else { -0.4 };
                    start + inward
                },
                label_end: if rtl {
                    place(x) >= 20.0
                } else {
                    place(x) > 80.0
                },
                open_start: m.start_date.is_none(),
                open_end: m.end_date.is_none(),
            }
        })
        .collect();
    let ticks = (from..=to)
        .filter(|y| y % 10 == 0)
        .map(|y| {
            (
                (place(f64::from(y - from) / span * 100.0) * 10.0).round() / 10.0,
                y,
            )
        })
        .collect();
    let shown = Localised::name(&a.names);
    let name = agora_core::name_of(&a.names).to_owned();
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Country",
        "@id": state.public_url.link(&format!("/areas/{}", a.code)),
        "name": name,
        "identifier": a.code.as_str(),
        "alternateName": a.names.values().filter(|n| **n != name).collect::<Vec<_>>(),
        "memberOf": all.iter().filter(|m| r.counts_on(m, day) && participates(m.role)).map(|m| serde_json::json!({
            "@type": "Organization", "name": r.forum_name(&m.forum_id), "url": format!("/fora/{}", m.forum_id)
        })).collect::<Vec<_>>(),
    });
    let meeting_years = super::meetings::timeline(r, &Member::Area(a.code.clone()));
    html(&AreaPage {
        practices: r
            .practices
            .of_state(&a.code)
            .map(|p| (p.id.to_string(), Localised::name(&p.titles)))
            .collect(),
        portfolio_map: format!("/areas/{}/map.svg?as_of={day}", a.code),
        portfolio_title: super::area_portfolio::title(&Localised::name(&a.names).text, day),
        portfolio_legend: crate::map::choropleth_legend(),
        neighbours: super::area_portfolio::neighbours(r, &a.code, day),
        meeting_years,
        code: a.code.to_string(),
        name: shown,
        names: agora_i18n::Locale::ALL
            .iter()
            .filter_map(|l| {
                a.names
                    .iter()
                    .find(|(k, _)| k.as_str() == l.code())
                    .map(|(_, n)| {
                        (
                            l.code().to_owned(),
                            super::language_label(l.code()),
                            n.clone(),
                        )
                    })
            })
            .collect(),
        m49: a
            .m49
            .map(|m| format!("{m:03}"))
            .unwrap_or_else(|| text("none")),
        regions: [&a.region, &a.sub_region, &a.intermediate_region]
            .into_iter()
            .flatten()
            .map(|x| Localised::new(format!("{} ({:03})", x.name, x.code), "en"))
            .collect(),
        as_of: day.to_string(),
        today: dated.is_today(),
        period: dated.period.clone(),
        count: r.fora_count(&a.code, day),
        undated_count: all
            .iter()
            .filter(|m| participates(m.role) && r.undated_on(m, day))
            .map(|m| &m.forum_id)
            .filter(|f| {
                !all.iter()
                    .any(|o| &o.forum_id == *f && participates(o.role) && r.counts_on(o, day))
            })
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        rows,
        axis_from: from,
        axis_to: to,
        ticks,
        as_of_x: (place(pos(day)) * 10.0).round() / 10.0,
        json_ld: json_ld(&ld),
        comparable: Some(dated.compare.map(|d| d.to_string()).unwrap_or_default()),
        comparison: dated.compare.map(|then| {
            let fora_on = |d: Day| {
                all.iter()
                    .filter(|m| participates(m.role) && r.counts_on(m, d))
                    .map(|m| {
                        (
                            format!("/fora/{}", m.forum_id),
                            super::fora::forum_name(r, &m.forum_id).text,
                        )
                    })
                    .collect()
            };
            super::Comparison::of(then, fora_on(day), fora_on(then))
        }),
    })
}
