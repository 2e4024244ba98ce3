//! A forum's profile, its members as CSV and its map (the list of fora is in fora_list.rs).

use std::collections::BTreeMap;

use agora_core::{Member, Membership, Role};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::{Dated, PageError, category_label, html, json_ld, md_label, period_label, role_label};
use crate::error::OrNotFound;
use crate::lang::filters;
use crate::lang::{Localised, date, text, text_with};
use crate::map;
use crate::params::Params;
use crate::state::AppState;
use agora_app::registry::Registry;

/// `/fora/{id}/members.csv`: the forum's rows as its page lists them on the day (members, then
/// those whose dates are not recorded), or every row of every date with `rows=all`, in the
/// format of the open-data bundle's `memberships.csv` (which `agora import` reads back).
pub async fn members_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["as_of", "rows"])?;
    let r = state.registry().await?;
    let f = r.forum(&id).or_not_found("forum", &id)?;
    let all = p
        .parse_with("rows", |v| match v {
            "all" => Ok(true),
            _ => Err(crate::params::not_the_flag(v, "all")),
        })?
        .unwrap_or(false);
    if all && p.get("as_of").is_some() {
        return Err(crate::error::AppError::bad_key("rows", "param-rows-all-as-of").into());
    }
    let (rows, name) = if all {
        (
            r.memberships_of_forum(&f.id, None, None),
            format!("{}-memberships-all", f.id),
        )
    } else {
        let day = p.as_of(state.today())?;
        let mut rows = r.memberships_of_forum(&f.id, Some(day), None);
        rows.extend(r.undated_memberships_of_forum(&f.id, day, None));
        (rows, format!("{}-memberships-{day}", f.id))
    };
    Ok(super::csv_file(
        &name,
        agora_ingest::csv_format::memberships(rows),
    ))
}

/// A link as the pages show it: its address without the scheme and the final slash.
pub(super) fn website(l: &agora_core::model::Link) -> Website {
    Website {
        href: l.url.clone(),
        label: l
            .url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned(),
        note: l.note.clone().filter(|n| n != "website"),
    }
}

pub struct MemberRow {
    pub href: String,
    pub name: Localised,
    pub role: String,
    pub period: String,
    pub verified: bool,
    pub note: String,
    pub sources: Vec<String>,
    /// Suspended on the day shown (still a member).
    pub suspended: bool,
}

/// A link to a member that keeps the date the page shows (organisation pages have no date).
pub(super) fn member_href(m: &Member, day: agora_core::Day) -> String {
    match m {
        Member::Area(c) => format!("/areas/{c}?as_of={day}"),
        Member::Organisation(o) => format!("/organisations/{o}"),
        Member::Forum(f) => format!("/fora/{f}?as_of={day}"),
    }
}

fn member_row(m: &Membership, r: &Registry, day: agora_core::Day) -> MemberRow {
    MemberRow {
        suspended: r.counts_on(m, day)
            && m.status_on(day) == agora_core::MembershipStatus::Suspended,
        href: member_href(&m.member, day),
        name: member_name(r, &m.member),
        role: role_label(m.role),
        period: period_label(m.start_date, m.end_date),
        verified: m.verification == agora_core::Verification::Verified,
        note: m.note.clone().unwrap_or_default(),
        sources: m.sources.iter().map(|s| s.url.clone()).collect(),
    }
}

/// A member's name in the reader's language, or the fallback chain's.
pub(super) fn member_name(r: &Registry, m: &Member) -> Localised {
    let (n, l) = r.member_name_in(m, &crate::lang::chain());
    Localised::new(n, &l)
}

/// A forum's name in the reader's language, or the fallback chain's.
pub(super) fn forum_name(r: &Registry, id: &agora_core::ForumId) -> Localised {
    let (n, l) = r.forum_name_in(id, &crate::lang::chain());
    Localised::new(n, l)
}

pub struct Event {
    /// The date as ISO 8601 writes it (for `<time datetime>`), and in words.
    pub iso: String,
    pub date: String,
    pub joined: Vec<(String, Localised)>,
    pub left: Vec<(String, Localised)>,
}

pub struct Fact {
    /// The message naming the fact.
    pub label: &'static str,
    pub value: String,
}

pub struct Link_ {
    pub href: String,
    pub label: Localised,
}

/// A forum's website.
pub struct Website {
    pub href: String,
    /// The address as people read it: without the scheme and the final slash.
    pub label: String,
    /// What the website is, when not the forum's current one ("earlier website").
    pub note: Option<String>,
}

#[derive(Template)]
#[template(path = "forum.html")]
pub struct ForumPage {
    pub id: String,
    /// The date to compare with, as typed.
    pub comparable: Option<String>,
    /// Who takes part on the day and not on the other date, and the reverse.
    pub comparison: Option<super::Comparison>,
    /// The viewer may propose changes (its secretariat, editors).
    pub can_propose: bool,
    /// Someone is signed in (and may report an error).
    pub signed_in: bool,
    /// The forum's documents the viewer may see: (id, title, kind, date).
    pub documents: Vec<(String, Localised, String, String)>,
    /// The meetings it held or attended, a year at a time, latest first.
    pub meeting_years: Vec<super::meetings::TimelineYear>,
    /// The published good practices it applied: (id, title).
    pub practices: Vec<(String, Localised)>,
    /// Its assessments the reader may read: (id, period, a draft).
    pub assessments: Vec<(String, String, bool)>,
    pub name: Localised,
    pub acronyms: String,
    pub verified: bool,
    pub as_of: String,
    pub today: bool,
    /// The year or month asked for, whose last day is shown.
    pub period: Option<String>,
    pub facts: Vec<Fact>,
    pub other_names: Vec<String>,
    pub categories: Vec<String>,
    pub parent: Option<Link_>,
    pub children: Vec<Link_>,
    pub themes: Vec<Link_>,
    pub topics: Vec<String>,
    pub links: Vec<Website>,
    /// The regions served, named in the reader's language (or in English, marked), as the
    /// locale writes a list: HTML, each name escaped by `Localised`.
    pub regions: String,
    /// The summary in the reader's language, or the fallback chain's (with its own `lang`).
    pub summary: Option<Localised>,
    /// The objectives likewise, and the language they are in when it is not the page's.
    pub objectives: Vec<String>,
    pub objectives_lang: Option<String>,
    pub sources: Vec<Link_>,
    pub members: Vec<MemberRow>,
    pub others: Vec<MemberRow>,
    pub chairs: Vec<MemberRow>,
    pub secretariat: Vec<MemberRow>,
    pub undated_members: usize,
    /// Members, observers and partners whose dates are not recorded, on a day the forum existed.
    pub undated_rows: Vec<MemberRow>,
    /// States taking part through a member regional organisation on the day (the note holds
    /// the organisation's name).
    pub through: Vec<MemberRow>,
    /// Who may take part, when the forum is open rather than a list.
    pub participation: Option<String>,
    /// Members on the day, states through a member organisation counted as states.
    pub member_count: usize,
    /// Of them, those suspended on the day.
    pub suspended_count: usize,
    /// The forum that carried on its work, if it names one.
    pub successor: Option<Link_>,
    /// When the forum was dissolved, if before the day shown.
    pub dissolved: Option<String>,
    pub timeline: Vec<Event>,
    pub map_src: String,
    pub map_title: String,
    pub legend: Vec<(&'static str, String)>,
    pub members_caption: String,
    pub undated_caption: String,
    pub others_caption: String,
    pub chairs_caption: String,
    pub secretariat_caption: String,
    pub json_ld: String,
}

pub async fn show(
    State(state): State<AppState>,
    who: crate::viewer::Who,
    dated: Dated,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (day, r) = (dated.day, &dated.registry);
    let f = r.forum(&id).or_not_found("forum", &id)?;
    let all = r.memberships_of_forum(&f.id, None, None);
    let active: Vec<&Membership> = all
        .iter()
        .copied()
        .filter(|m| r.counts_on(m, day))
        .collect();
    // Rows whose dates are not recorded count on no date: listed apart.
    let undated: Vec<&Membership> = all
        .iter()
        .copied()
        .filter(|m| r.undated_on(m, day) && agora_app::registry::participates(m.role))
        .collect();
    let rows = |roles: &[Role], set: &[&Membership]| -> Vec<MemberRow> {
        let mut v: Vec<MemberRow> = set
            .iter()
            .filter(|m| roles.contains(&m.role))
            .map(|m| member_row(m, r, day))
            .collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    };
    let members = rows(&[Role::Member], &active);
    let others = rows(
        &[
            Role::Observer,
            Role::Partner,
            Role::Associate,
            Role::SteeringGroup,
        ],
        &active,
    );
    let chairs: Vec<MemberRow> = all
        .iter()
        .filter(|m| matches!(m.role, Role::Chair | Role::CoChair))
        .map(|m| member_row(m, r, day))
        .collect();
    let secretariat = rows(&[Role::Secretariat], &all);
    let mut undated_rows = rows(
        &[
            Role::Member,
            Role::Observer,
            Role::Partner,
            Role::Associate,
            Role::SteeringGroup,
        ],
        &undated,
    );
    let through_row = |(state, via): (&agora_core::AreaCode, &agora_core::ForumId)| MemberRow {
        href: format!("/areas/{state}?as_of={day}"),
        name: member_name(r, &Member::Area(state.clone())),
        role: role_label(Role::Member),
        period: String::new(),
        verified: false,
        note: forum_name(r, via).text,
        sources: Vec::new(),
        suspended: false,
    };
    let mut through: Vec<MemberRow> = r
        .states_through(&f.id, day)
        .into_iter()
        .map(through_row)
        .collect();
    through.sort_by(|a, b| a.name.cmp(&b.name));
    // States a member organisation lists without dates (the ACP Group's) join the rows whose
    // dates are not recorded, named by the organisation they come through.
    undated_rows.extend(
        r.undated_states_through(&f.id, day)
            .into_iter()
            .map(through_row),
    );
    let dissolved = f.dissolved.filter(|d| d.last_day() < day).map(date);
    // Timeline: who joined and who left, by date, for members.
    let mut events: BTreeMap<String, Event> = BTreeMap::new();
    let mut undated = 0;
    for m in all.iter().filter(|m| m.role == Role::Member) {
        let who = (member_href(&m.member, day), member_name(r, &m.member));
        match m.start_date {
            Some(s) => events
                .entry(s.to_string())
                .or_insert_with(|| Event {
                    iso: s.to_string(),
                    date: date(s),
                    joined: vec![],
                    left: vec![],
                })
                .joined
                .push(who.clone()),
            None => undated += 1,
        }
        if let Some(e) = m.end_date {
            events
                .entry(e.to_string())
                .or_insert_with(|| Event {
                    iso: e.to_string(),
                    date: date(e),
                    joined: vec![],
                    left: vec![],
                })
                .left
                .push(who);
        }
    }
    let region_names = r.regions();
    let regions = agora_i18n::format::and_list(
        crate::lang::Here::current().locale,
        &f.regions
            .iter()
            .map(|c| match region_names.get(c) {
                Some(english) => crate::regions::name(*c, english),
                None => Localised::new(format!("{c:03}"), ""),
            })
            .map(|name| name.to_string())
            .collect::<Vec<_>>(),
    );
    let yes_no = |b: Option<bool>| match b {
        Some(true) => text("yes"),
        Some(false) => text("no"),
        None => text("not-known"),
    };
    let locale = crate::lang::Here::current().locale;
    let facts = vec![
        Fact {
            label: "forum-fact-category",
            value: f
                .category_on(day)
                .or(f.category())
                .map(category_label)
                .unwrap_or_default(),
        },
        Fact {
            label: "forum-fact-established",
            value: f.established.map(date).unwrap_or_else(|| text("not-known")),
        },
        Fact {
            label: "forum-fact-dissolved",
            value: f.dissolved.map(date).unwrap_or_else(|| "—".into()),
        },
        Fact {
            label: "forum-fact-md",
            value: md_label(f.md_status),
        },
        Fact {
            label: "forum-fact-operational",
            value: yes_no(f.operational),
        },
        Fact {
            label: "forum-fact-meeting-level",
            value: f
                .meeting_level
                .map(|l| {
                    use agora_core::MeetingLevel::*;
                    text(match l {
                        Ministerial => "meeting-level-ministerial",
                        ViceMinisterial => "meeting-level-vice-ministerial",
                        SeniorOfficials => "meeting-level-senior-officials",
                        Technical => "meeting-level-technical",
                        Mixed => "meeting-level-mixed",
                    })
                })
                .unwrap_or_else(|| text("not-known")),
        },
        Fact {
            label: "forum-fact-members",
            value: agora_i18n::format::number(locale, r.member_count(&f.id, day) as i64),
        },
    ];
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": state.public_url.link(&format!("/fora/{}", f.id)),
        "name": f.name(),
        "alternateName": f.acronyms,
        "foundingDate": f.established.map(|d| d.to_string()),
        "dissolutionDate": f.dissolved.map(|d| d.to_string()),
        "url": f.links.first().map(|l| l.url.clone()),
        "parentOrganization": f.parent_id.as_ref().map(|p| serde_json::json!({"@type": "Organization", "name": r.forum_name(p)})),
        "member": active.iter().filter(|m| m.role == Role::Member).map(|m| serde_json::json!({
            "@type": if matches!(m.member, Member::Area(_)) { "Country" } else { "Organization" },
            "name": r.member_name(&m.member),
        })).collect::<Vec<_>>(),
    });
    let documents = agora_app::documents::visible_documents(&state, &who.caller())
        .await?
        .into_iter()
        .filter(|d| d.fora.contains(&f.id))
        .map(|d| {
            (
                d.id.to_string(),
                super::library::title_of(&d),
                super::library::kind_label(d.kind),
                d.date.map(date).unwrap_or_default(),
            )
        })
        .collect();
    let comparison = dated.compare.map(|then| {
        let taking_part = |d: agora_core::Day| {
            all.iter()
                .filter(|m| agora_app::registry::participates(m.role) && r.counts_on(m, d))
                .map(|m| (member_href(&m.member, d), member_name(r, &m.member).text))
                .collect()
        };
        super::Comparison::of(then, taking_part(day), taking_part(then))
    });
    let name = Localised::name(&f.names);
    let objectives = f.objectives_in(&crate::lang::chain());
    let meeting_years = super::meetings::timeline(r, &Member::Forum(f.id.clone()));
    let assessments = agora_app::assessments::list(&state, &who.caller())
        .await?
        .into_iter()
        .filter(|a| a.forum == f.id)
        .map(|a| {
            let period = match a.from == a.to {
                true => a.from.to_string(),
                false => format!("{}–{}", a.from, a.to),
            };
            (
                a.id,
                period,
                a.status == agora_core::assessment::Status::Draft,
            )
        })
        .collect();
    html(&ForumPage {
        assessments,
        meeting_years,
        practices: r
            .practices
            .of_forum(&f.id)
            .map(|p| (p.id.to_string(), Localised::name(&p.titles)))
            .collect(),
        comparable: Some(dated.compare.map(|d| d.to_string()).unwrap_or_default()),
        comparison,
        documents,
        can_propose: who.viewer.as_contributor(&f.id).is_some(),
        signed_in: who.account.is_some(),
        id: f.id.to_string(),
        name: name.clone(),
        acronyms: f.acronyms.join(", "),
        verified: f.verification == agora_core::Verification::Verified,
        as_of: day.to_string(),
        today: dated.is_today(),
        period: dated.period.clone(),
        facts,
        regions,
        other_names: super::names_besides_shown(&f.names)
            .into_iter()
            .chain(f.aliases.iter().map(|a| match (a.start_date, a.end_date) {
                (None, None) => a.name.clone(),
                (s, e) => text_with(
                    "forum-name-during",
                    &[
                        ("name", (&a.name).into()),
                        ("period", period_label(s, e).into()),
                    ],
                ),
            }))
            .collect(),
        categories: f
            .categories
            .iter()
            .map(|c| {
                let period = period_label(c.start_date, c.end_date);
                let category = category_label(c.category);
                match &c.note {
                    Some(n) => text_with(
                        "forum-category-span-note",
                        &[
                            ("period", period.into()),
                            ("category", category.into()),
                            ("note", n.into()),
                        ],
                    ),
                    None => text_with(
                        "forum-category-span",
                        &[("period", period.into()), ("category", category.into())],
                    ),
                }
            })
            .collect(),
        parent: f.parent_id.as_ref().map(|p| Link_ {
            href: format!("/fora/{p}"),
            label: forum_name(r, p),
        }),
        children: r
            .children(&f.id)
            .iter()
            .map(|c| Link_ {
                href: format!("/fora/{c}"),
                label: forum_name(r, c),
            })
            .collect(),
        themes: f
            .themes
            .iter()
            .map(|t| Link_ {
                href: format!("/fora?theme={t}"),
                label: r
                    .theme(t.as_str())
                    .map(|x| Localised::name(&x.labels))
                    .unwrap_or_else(|| Localised::new(t.to_string(), "en")),
            })
            .collect(),
        topics: f.topics.clone(),
        links: f.links.iter().map(website).collect(),
        summary: f
            .summary_in(&crate::lang::chain())
            .map(|(s, lang)| Localised::new(s, lang)),
        objectives: objectives.map(|(o, _)| o.to_vec()).unwrap_or_default(),
        objectives_lang: objectives.and_then(|(_, lang)| Localised::new("", lang).lang),
        sources: f
            .sources
            .iter()
            .map(|s| Link_ {
                href: s.url.clone(),
                // The sources' notes are written in English.
                label: Localised::new(
                    s.note
                        .clone()
                        .map(|n| format!("{} — {n}", s.url))
                        .unwrap_or_else(|| s.url.clone()),
                    if s.note.is_some() { "en" } else { "" },
                ),
            })
            .collect(),
        members,
        others,
        chairs,
        secretariat,
        undated_members: undated,
        timeline: events.into_values().collect(),
        map_src: format!("/fora/{}/map.svg?as_of={day}", f.id),
        legend: map::highlight_legend(),
        map_title: text_with(
            "forum-map-title",
            &[("name", (&name.text).into()), ("day", date(day).into())],
        ),
        undated_rows,
        through,
        participation: f.participation.clone(),
        member_count: r.member_count(&f.id, day),
        suspended_count: r.suspended_count(&f.id, day),
        dissolved,
        undated_caption: text_with("forum-undated-caption", &[("name", (&name.text).into())]),
        successor: f.successor_id.as_ref().map(|next| Link_ {
            href: format!("/fora/{next}?as_of={day}"),
            label: forum_name(r, next),
        }),
        members_caption: text_with(
            "forum-members-caption",
            &[("name", (&name.text).into()), ("day", date(day).into())],
        ),
        others_caption: text_with(
            "forum-others-caption",
            &[("name", (&name.text).into()), ("day", date(day).into())],
        ),
        chairs_caption: text_with("forum-chairs-caption", &[("name", (&name.text).into())]),
        secretariat_caption: text_with(
            "forum-secretariat-caption",
            &[("name", (&name.text).into())],
        ),
        json_ld: json_ld(&ld),
    })
}

/// `/fora/{id}/map.svg`: the forum's member states (and observers or partners) on a day.
pub async fn map_svg(dated: Dated, Path(id): Path<String>) -> Result<Response, PageError> {
    let dated = dated.without_compare()?;
    let (day, r) = (dated.day, &dated.registry);
    let f = r.forum(&id).or_not_found("forum", &id)?;
    let active = r.memberships_of_forum(&f.id, Some(day), None);
    let mut member_m49 = BTreeMap::new();
    let mut other_m49 = BTreeMap::new();
    for m in &active {
        if let Member::Area(c) = &m.member
            && let Some(a) = r.area(c.as_str())
            && let Some(code) = a.m49
        {
            let name = Localised::name(&a.names).text;
            match m.role {
                Role::Member => {
                    member_m49.insert(code, name);
                }
                Role::Observer | Role::Partner | Role::Associate => {
                    other_m49.insert(code, name);
                }
                _ => {}
            }
        }
    }
    super::svg(&super::home::MapSvg {
        // Every other state by its name in the reader's language too.
        map: map::highlight(&member_m49, &other_m49, &map_names(r)),
        title: text_with(
            "forum-members-caption",
            &[
                ("name", forum_name(r, &f.id).text.into()),
                ("day", date(day).into()),
            ],
        ),
    })
}

/// Every state with a shape on the world map, by its M.49 code, named in the reader's language.
pub fn map_names(r: &Registry) -> BTreeMap<u16, String> {
    r.data
        .areas
        .iter()
        .filter_map(|a| Some((a.m49?, Localised::name(&a.names).text)))
        .collect()
}
