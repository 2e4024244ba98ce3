//! The list of fora: filtered, on a day, in one of three orders, with the columns people ask
//! for (secretariat, website), as a page and as CSV; a list by category names the fora that had
//! it at another time.

use agora_core::{Category, MdStatus};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::fora::{Website, member_href, website};
use super::{PageError, category_label, html, md_label};
use crate::lang::{Localised, filters, text, text_with};
use crate::params::{FORA_PARAMS, ForaRequest};
use crate::params::{Params, page as paginate};
use crate::state::AppState;
use agora_app::fora::ForaSort;
use agora_app::registry::Registry;

pub struct Option_ {
    pub value: String,
    pub label: String,
    pub selected: bool,
    /// The label's language, when it is not the page's.
    pub lang: Option<String>,
}

fn options(items: Vec<(String, String)>, selected: Option<&str>) -> Vec<Option_> {
    items
        .into_iter()
        .map(|(value, label)| Option_ {
            selected: Some(value.as_str()) == selected,
            value,
            label,
            lang: None,
        })
        .collect()
}

pub struct ForumRow {
    pub id: String,
    pub name: Localised,
    /// The name that matched the query, when it is not the display name.
    pub matched: Option<String>,
    pub acronyms: String,
    pub category: String,
    pub members: usize,
    /// Members whose dates are not recorded (never in `members`).
    pub undated: usize,
    /// Of `members`, those suspended on the day.
    pub suspended: usize,
    /// The forum is open rather than a list of members (the GFMD).
    pub open: bool,
    pub established: String,
    /// Its secretariat on the day: (page, name, dates not recorded).
    pub secretariat: Vec<(String, Localised, bool)>,
    /// Its own website (the first of its links).
    pub website: Option<Website>,
}

/// The columns the fora list can show beside its own.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shown {
    pub secretariat: bool,
    pub website: bool,
}

/// A forum that had the listed category at another time: (page, name, the spans in words).
pub struct OtherTime {
    pub href: String,
    pub name: Localised,
    pub spans: Vec<String>,
}

/// The fora list's filters as a form shows them (the fora page's, the landscape page's).
pub struct Filters {
    pub as_of: String,
    pub q: String,
    pub categories: Vec<Option_>,
    pub regions: Vec<Option_>,
    pub themes: Vec<Option_>,
    pub md_statuses: Vec<Option_>,
    pub statuses: Vec<Option_>,
}

/// The filters' fields, each as the query `p` set it.
pub fn filters(p: &Params, r: &Registry, day: agora_core::Day) -> Filters {
    // Each region in the page's language, or in English marked as such.
    let region = p.get("region");
    let regions = r
        .regions()
        .into_iter()
        .map(|(c, n)| {
            let name = crate::regions::name(c, &n);
            Option_ {
                value: c.to_string(),
                label: format!("{} ({c:03})", name.text),
                selected: Some(c.to_string().as_str()) == region,
                lang: name.lang,
            }
        })
        .collect();
    Filters {
        as_of: day.to_string(),
        q: p.get("q").unwrap_or("").to_owned(),
        categories: options(
            Category::ALL
                .iter()
                .map(|c| (c.as_str().to_owned(), category_label(*c)))
                .collect(),
            p.get("category"),
        ),
        regions,
        themes: options(
            r.data
                .themes
                .iter()
                .map(|t| (t.id.to_string(), Localised::name(&t.labels).text))
                .collect(),
            p.get("theme"),
        ),
        md_statuses: options(
            MdStatus::ALL
                .iter()
                .map(|s| {
                    (
                        s.as_str().to_owned(),
                        text_with("fora-md-option", &[("status", md_label(*s).into())]),
                    )
                })
                .collect(),
            p.get("md_status"),
        ),
        statuses: options(
            vec![
                ("active".into(), text("fora-status-active")),
                ("dissolved".into(), text("fora-status-dissolved")),
            ],
            p.get("status"),
        ),
    }
}

#[derive(Template)]
#[template(path = "fora.html")]
pub struct ForaPage {
    pub filter: Filters,
    pub sorts: Vec<Option_>,
    pub rows: Vec<ForumRow>,
    pub total: usize,
    pub next: Option<String>,
    pub shown: Shown,
    /// The CSV of every row the filters match, with the same columns.
    pub csv_href: String,
    /// The listed category in words, and the fora that had it at another time.
    pub category: Option<String>,
    pub other_times: Vec<OtherTime>,
}

/// The fora page's parameters: the fora query's, and the columns to show.
fn page_params() -> Vec<&'static str> {
    [FORA_PARAMS, &["show_secretariat", "show_website"]].concat()
}

fn shown(p: &Params) -> Result<Shown, crate::error::AppError> {
    let yes = |name: &str| {
        p.parse_with(name, |v| match v {
            "yes" => Ok(true),
            _ => Err(crate::params::not_the_flag(v, "yes")),
        })
        .map(|v| v.unwrap_or(false))
    };
    Ok(Shown {
        secretariat: yes("show_secretariat")?,
        website: yes("show_website")?,
    })
}

/// The fora query's parameters of a request (without the cursor), as pairs.
fn query_pairs(p: &Params, but: &[&str]) -> Vec<(String, String)> {
    page_params()
        .into_iter()
        .filter(|k| !but.contains(k))
        .filter_map(|k| p.get(k).map(|v| (k.to_owned(), v.to_owned())))
        .collect()
}

fn forum_row(f: &agora_core::Forum, r: &Registry, req: &ForaRequest) -> ForumRow {
    let day = req.query.day;
    ForumRow {
        id: f.id.to_string(),
        name: Localised::name(&f.names),
        matched: req
            .query
            .filter
            .q
            .as_deref()
            .and_then(|q| r.match_name(&f.id, q))
            .map(|m| m.name)
            .filter(|n| *n != f.name() && !f.acronyms.iter().any(|a| a == n))
            .map(str::to_owned),
        acronyms: f.acronyms.join(", "),
        category: f
            .category_on(day)
            .or(f.category())
            .map(category_label)
            .unwrap_or_default(),
        members: r.member_count(&f.id, day),
        undated: r.undated_member_count(&f.id, day),
        suspended: r.suspended_count(&f.id, day),
        open: f.participation.is_some(),
        established: f
            .established
            .map(|d| d.year().to_string())
            .unwrap_or_default(),
        secretariat: agora_app::fora::secretariats_on(r, f, day)
            .into_iter()
            .map(|(m, undated)| {
                (
                    member_href(&m.member, day),
                    super::fora::member_name(r, &m.member),
                    undated,
                )
            })
            .collect(),
        website: f.links.first().map(website),
    }
}

/// `/fora.csv`: every forum the filters match (not one page), with the columns the page shows.
pub async fn list_csv(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &page_params())?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let shown = shown(&p)?;
    let day = req.query.day.to_string();
    let mut header = vec![
        "id",
        "name",
        "acronyms",
        "category",
        "members",
        "members_dates_not_recorded",
        "members_suspended",
        "established",
    ];
    if shown.secretariat {
        header.extend(["secretariat", "secretariat_dates_not_recorded"]);
    }
    if shown.website {
        header.push("website");
    }
    header.extend(["as_of", "page"]);
    let rows = req
        .query
        .run(&r)
        .into_iter()
        .map(|(f, _)| {
            let row = forum_row(f, &r, &req);
            let mut cells = vec![
                row.id.clone(),
                row.name.text,
                row.acronyms,
                row.category,
                row.members.to_string(),
                row.undated.to_string(),
                row.suspended.to_string(),
                row.established,
            ];
            if shown.secretariat {
                for undated in [false, true] {
                    cells.push(
                        (row.secretariat.iter())
                            .filter(|(_, _, u)| *u == undated)
                            .map(|(_, n, _)| n.text.as_str())
                            .collect::<Vec<_>>()
                            .join("; "),
                    );
                }
            }
            if shown.website {
                cells.push(row.website.map(|w| w.href).unwrap_or_default());
            }
            cells.push(day.clone());
            cells.push(
                state
                    .public_url
                    .link(&format!("/fora/{}?as_of={day}", row.id)),
            );
            cells
        })
        .collect();
    super::csv(&format!("fora-{day}"), &header, rows)
}

pub async fn list(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &page_params())?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let shown = shown(&p)?;
    let rows = req.query.run(&r);
    let total = rows.len();
    let (rows, next_cursor) = paginate(
        rows,
        |(f, k)| (k.clone(), f.id.to_string()),
        req.query.sort.as_str(),
        req.cursor.as_deref(),
        req.limit.max(100),
    )?;
    let next = next_cursor.map(|c| {
        let mut pairs = query_pairs(&p, &["cursor"]);
        pairs.push(("cursor".into(), c));
        format!(
            "/fora?{}",
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    });
    html(&ForaPage {
        filter: filters(&p, &r, req.query.day),
        // The first choice sends no sort: best match when there is a query, name otherwise (the
        // form keeps it as the user left it).
        sorts: options(
            std::iter::once((String::new(), text("fora-sort-default")))
                .chain(ForaSort::ALL.iter().map(|s| {
                    (
                        s.as_str().to_owned(),
                        text(match s {
                            ForaSort::Name => "fora-sort-name",
                            ForaSort::Established => "fora-sort-established",
                            ForaSort::Members => "fora-sort-members",
                            ForaSort::Relevance => "fora-sort-relevance",
                        }),
                    )
                }))
                .collect(),
            Some(p.get("sort").unwrap_or("")),
        ),
        rows: rows
            .into_iter()
            .map(|(f, _)| forum_row(f, &r, &req))
            .collect(),
        total,
        next,
        shown,
        csv_href: format!(
            "/fora.csv?{}",
            serde_urlencoded::to_string(query_pairs(&p, &["cursor", "limit"])).unwrap_or_default()
        ),
        category: req.query.filter.category.map(category_label),
        other_times: req
            .query
            .of_category_at_other_times(&r)
            .into_iter()
            .map(|(f, spans)| OtherTime {
                href: format!("/fora/{}", f.id),
                name: Localised::name(&f.names),
                spans: spans
                    .into_iter()
                    .map(|c| super::period_label(c.start_date, c.end_date))
                    .collect(),
            })
            .collect(),
    })
}
