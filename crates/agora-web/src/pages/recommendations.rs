//! Recommendations: the register (`/recommendations`, filtered by source, forum, meeting, theme,
//! addressee, follow-up status, kind and year), a recommendation's page
//! (`/recommendations/{id}`: its words, its source down to the paragraph, the chain of what it
//! repeats or builds on, its parts with their progress, support declarations and the follow-up
//! timeline), the follow-up dashboard (`/follow-ups`) and a follow-up entry's address
//! (`/follow-ups/{id}`, on its recommendation's page). Every follow-up entry shown, counted or
//! weighed into a progress is one the reader may see.

use agora_app::recommendations::{Recommendations, Sight, sort_key};
use agora_app::registry::Registry;
use agora_core::Member;
use agora_core::recommendation::{
    FollowUp, FollowUpStatus, FollowUpType, Recommendation, RecommendationType, RelationType,
    headline,
};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::fora::{forum_name, member_name};
use super::meetings::title as meeting_title;
use super::{PageError, html};
use crate::error::OrNotFound;
use crate::lang::{Localised, filters, text};
use crate::params::{Params, RECOMMENDATIONS_PARAMS, RecommendationsRequest, page};
use crate::state::AppState;
use crate::viewer::Who;

pub fn kind_label(k: RecommendationType) -> String {
    use RecommendationType::*;
    text(match k {
        Recommendation => "rec-kind-recommendation",
        PossibleOutcome => "rec-kind-possible-outcome",
        Agreement => "rec-kind-agreement",
        ActionPlan => "rec-kind-action-plan",
        Track => "rec-kind-track",
        Area => "rec-kind-area",
        Item => "rec-kind-item",
    })
}

pub fn status_label(s: FollowUpStatus) -> String {
    text(agora_core::recommendation::status_key(s))
}

pub fn follow_up_kind_label(k: FollowUpType) -> String {
    use FollowUpType::*;
    text(match k {
        Endorsement => "follow-up-kind-endorsement",
        Commitment => "follow-up-kind-commitment",
        SupportDeclaration => "follow-up-kind-support-declaration",
        Activity => "follow-up-kind-activity",
        LawChange => "follow-up-kind-law-change",
        PolicyChange => "follow-up-kind-policy-change",
        PracticeChange => "follow-up-kind-practice-change",
        Report => "follow-up-kind-report",
    })
}

fn relation_label(k: RelationType) -> String {
    text(match k {
        RelationType::Repeats => "rec-relation-repeats",
        RelationType::BuildsOn => "rec-relation-builds-on",
        RelationType::Replaces => "rec-relation-replaces",
    })
}

/// A recommendation's words in the reader's language, or English marked as such.
fn words(r: &Recommendation) -> Localised {
    let (t, lang) = agora_core::name_in(&r.texts, &crate::lang::chain());
    Localised::new(t, lang)
}

/// Its first words, for a list.
fn short(r: &Recommendation) -> Localised {
    let w = words(r);
    Localised {
        text: headline(&w.text, 160),
        lang: w.lang,
    }
}

/// A progress, rounded to a whole percent, as the page writes it.
fn percent(p: Option<f64>) -> Option<u8> {
    p.map(|p| p.round().clamp(0.0, 100.0) as u8)
}

/// A recommendation in the register or a list.
pub struct RecRow {
    pub id: String,
    pub words: Localised,
    pub kind: String,
    /// Who made it, at which meeting: "GFMD, Roundtable 3.2".
    pub forum: (String, Localised),
    pub meeting: Option<(String, Localised)>,
    pub iso: String,
    pub date: String,
    pub progress: Option<u8>,
    /// The follow-up entries the reader may see.
    pub follow_ups: usize,
}

fn row(r: &Registry, recs: &Recommendations, x: &Recommendation, sight: &Sight<'_>) -> RecRow {
    RecRow {
        id: x.id.to_string(),
        words: short(x),
        kind: kind_label(x.kind),
        forum: (x.forum.to_string(), forum_name(r, &x.forum)),
        meeting: x
            .meeting
            .as_ref()
            .and_then(|m| r.meetings.get(m.as_str()))
            .map(|m| (m.id.to_string(), meeting_title(m))),
        iso: x.date.map(|d| d.to_string()).unwrap_or_default(),
        date: x.date.map(crate::lang::date).unwrap_or_default(),
        progress: percent(recs.progress(x, sight)),
        follow_ups: recs.followed(x.id.as_str(), sight).len(),
    }
}

/// The filters as the register's form shows them.
#[derive(Default)]
pub struct Chosen {
    pub q: String,
    pub forum: String,
    pub meeting: String,
    pub theme: String,
    pub addressee: String,
    pub status: String,
    pub kind: String,
    pub year: String,
}

type Options = Vec<(String, Localised)>;

#[derive(Template)]
#[template(path = "recommendations.html")]
pub struct RegisterPage {
    pub rows: Vec<RecRow>,
    pub total: usize,
    pub next: Option<String>,
    pub chosen: Chosen,
    pub fora: Options,
    pub meetings: Options,
    pub themes: Options,
    pub addressees: Options,
    pub statuses: Vec<(&'static str, String)>,
    pub kinds: Vec<(&'static str, String)>,
}

/// The fora, meetings, themes and addressees the register's recommendations name.
fn choices(r: &Registry, recs: &Recommendations) -> (Options, Options, Options, Options) {
    use std::collections::BTreeSet;
    let mut fora = BTreeSet::new();
    let mut meetings = BTreeSet::new();
    let mut themes = BTreeSet::new();
    let mut parties = BTreeSet::new();
    for x in recs.all() {
        fora.insert(x.forum.clone());
        meetings.extend(x.meeting.clone());
        themes.extend(x.themes.iter().cloned());
        parties.extend(x.addressees.iter().cloned());
    }
    let sorted = |mut v: Options| {
        v.sort_by(|a, b| a.1.cmp(&b.1));
        v
    };
    (
        sorted(
            fora.iter()
                .map(|f| (f.to_string(), forum_name(r, f)))
                .collect(),
        ),
        sorted(
            meetings
                .iter()
                .filter_map(|m| r.meetings.get(m.as_str()))
                .map(|m| (m.id.to_string(), meeting_title(m)))
                .collect(),
        ),
        sorted(
            themes
                .iter()
                .filter_map(|t| r.theme(t.as_str()))
                .map(|t| (t.id.to_string(), Localised::name(&t.labels)))
                .collect(),
        ),
        sorted(
            parties
                .iter()
                .map(|p| (p.id().to_owned(), member_name(r, p)))
                .collect(),
        ),
    )
}

pub async fn register(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), RECOMMENDATIONS_PARAMS)?;
    let r = state.registry().await?;
    let req = RecommendationsRequest::parse(&p, &r)?;
    let sight = Sight::new(&who.viewer, state.today(), &r);
    let recs = &r.recommendations;
    let all = recs.filter(&req.filter, &sight);
    let total = all.len();
    let (shown, next) = page(
        all,
        |x| sort_key(x),
        "recommendations",
        req.cursor.as_deref(),
        req.limit,
    )?;
    let next = next.map(|c| super::next_page("/recommendations", &p, RECOMMENDATIONS_PARAMS, &c));
    let (fora, meetings, themes, addressees) = choices(&r, recs);
    let f = &req.filter;
    let word = |v: Option<&str>| v.unwrap_or_default().to_owned();
    html(&RegisterPage {
        rows: shown
            .into_iter()
            .map(|x| row(&r, recs, x, &sight))
            .collect(),
        total,
        next,
        chosen: Chosen {
            q: word(f.q.as_deref()),
            forum: word(f.forum.as_deref()),
            meeting: word(f.meeting.as_deref()),
            theme: word(f.theme.as_deref()),
            addressee: f
                .addressee
                .as_ref()
                .map(|a| a.id().to_owned())
                .unwrap_or_default(),
            status: word(f.status.map(FollowUpStatus::as_str)),
            kind: word(f.kind.map(RecommendationType::as_str)),
            year: f.year.map(|y| y.to_string()).unwrap_or_default(),
        },
        fora,
        meetings,
        themes,
        addressees,
        statuses: FollowUpStatus::ALL
            .iter()
            .map(|s| (s.as_str(), status_label(*s)))
            .collect(),
        kinds: RecommendationType::ALL
            .iter()
            .map(|k| (k.as_str(), kind_label(*k)))
            .collect(),
    })
}

/// A party with its page.
pub struct PartyLink {
    pub href: String,
    pub name: Localised,
}

fn party(r: &Registry, m: &Member) -> PartyLink {
    PartyLink {
        href: match m {
            Member::Area(c) => format!("/areas/{c}"),
            Member::Organisation(o) => format!("/organisations/{o}"),
            Member::Forum(f) => format!("/fora/{f}"),
        },
        name: member_name(r, m),
    }
}

/// A node of an action plan's tree, with its depth (0 for the plan's own parts).
pub struct TreeNode {
    pub depth: usize,
    pub row: RecRow,
}

fn tree(
    r: &Registry,
    recs: &Recommendations,
    id: &str,
    sight: &Sight<'_>,
    depth: usize,
    out: &mut Vec<TreeNode>,
) {
    if depth > 8 {
        return;
    }
    for p in recs.parts(id) {
        out.push(TreeNode {
            depth,
            row: row(r, recs, p, sight),
        });
        tree(r, recs, p.id.as_str(), sight, depth + 1, out);
    }
}

/// One step of a follow-up's timeline.
pub struct Step {
    pub iso: String,
    pub date: String,
    pub status: String,
    pub progress: u8,
    pub note: String,
}

/// A follow-up entry as a page shows it, with its parts.
pub struct EntryView {
    pub id: String,
    pub actor: PartyLink,
    pub with: Vec<(String, Localised)>,
    pub kind: String,
    pub status: String,
    pub progress: u8,
    pub period: String,
    pub description: String,
    /// Evidence: (href, label).
    pub evidence: Vec<(String, String)>,
    pub steps: Vec<Step>,
    pub participants_only: bool,
    /// Its parts, and theirs, each with its depth below it (1 for its own).
    pub parts: Vec<(usize, EntryView)>,
}

fn entry(
    r: &Registry,
    recs: &Recommendations,
    f: &FollowUp,
    sight: &Sight<'_>,
    depth: usize,
) -> EntryView {
    let mut parts = Vec::new();
    if depth < 8 {
        for p in recs.follow_up_parts(f.id.as_str(), sight) {
            let mut view = entry(r, recs, p, sight, depth + 1);
            let below = std::mem::take(&mut view.parts);
            parts.push((1, view));
            parts.extend(below.into_iter().map(|(d, v)| (d + 1, v)));
        }
    }
    EntryView {
        id: f.id.to_string(),
        actor: party(r, &f.actor),
        with: f
            .with
            .iter()
            .map(|x| (x.to_string(), forum_name(r, x)))
            .collect(),
        kind: follow_up_kind_label(f.kind),
        status: status_label(f.status),
        progress: percent(Some(recs.follow_up_progress(f, sight))).unwrap_or(0),
        period: if f.start_date.is_none() && f.end_date.is_none() {
            String::new()
        } else {
            super::period_label(f.start_date, f.end_date)
        },
        description: f.description.clone().unwrap_or_default(),
        evidence: recs
            .evidence(f, sight)
            .into_iter()
            .map(|e| {
                let href = match (&e.document, &e.url) {
                    (Some(d), _) => format!("/documents/{d}"),
                    (None, Some(u)) => u.clone(),
                    (None, None) => String::new(),
                };
                let label = e.note.clone().unwrap_or_else(|| href.clone());
                (href, label)
            })
            .collect(),
        steps: f
            .updates
            .iter()
            .rev()
            .map(|u| Step {
                iso: u.date.to_string(),
                date: crate::lang::date(u.date),
                status: status_label(u.status),
                progress: u.progress,
                note: u.note.clone().unwrap_or_default(),
            })
            .collect(),
        participants_only: f.visibility.level() != "public",
        parts,
    }
}

#[derive(Template)]
#[template(path = "recommendation.html")]
pub struct RecommendationPage {
    pub row: RecRow,
    /// Its words in every language it has: (lang, language name, words).
    pub texts: Vec<(String, String, String)>,
    pub locator: String,
    /// The paragraph of its document: (href, document title).
    pub document: Option<(String, Localised)>,
    pub themes: Vec<(String, Localised)>,
    pub addressees: Vec<PartyLink>,
    pub all_states: bool,
    pub ancestors: Vec<(String, Localised)>,
    pub weight: u32,
    pub parts: Vec<TreeNode>,
    /// "As previously recommended by": (row, how it stands to the one before).
    pub chain: Vec<RecRow>,
    pub related: Vec<(String, RecRow)>,
    pub later: Vec<(String, RecRow)>,
    pub supports: Vec<EntryView>,
    pub entries: Vec<EntryView>,
    pub sources: Vec<String>,
    pub verified: bool,
    pub note: String,
    /// For an editor: the recommendations Agora proposes as likely related, with their score.
    pub proposals: Vec<(RecRow, String)>,
    pub decisions: Vec<(&'static str, String)>,
    pub csrf: String,
    /// Whether the reader may declare a forum's support for it (signed in, for some forum).
    pub may_declare: bool,
}

pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let recs = &r.recommendations;
    let x = recs.get(&id).or_not_found("recommendation", &id)?;
    let sight = Sight::new(&who.viewer, state.today(), &r);
    let mut parts = Vec::new();
    tree(&r, recs, x.id.as_str(), &sight, 0, &mut parts);
    let document = x.document.as_ref().and_then(|d| {
        let doc = r.document(d.as_str())?;
        // A document the reader may not see is not named.
        if !who
            .viewer
            .may_see(&doc.visibility, state.today(), r.as_ref())
        {
            return None;
        }
        let lang = doc.versions.first().map_or("en", |v| v.lang.as_str());
        let anchor = x
            .paragraph
            .map(|n| format!("#p-{lang}-{n}"))
            .unwrap_or_default();
        Some((
            format!("/documents/{d}{anchor}"),
            Localised::new(doc.title(), lang),
        ))
    });
    let (supports, entries): (Vec<&FollowUp>, Vec<&FollowUp>) = recs
        .followed(x.id.as_str(), &sight)
        .into_iter()
        .partition(|f| f.kind == FollowUpType::SupportDeclaration);
    html(&RecommendationPage {
        row: row(&r, recs, x, &sight),
        texts: x
            .texts
            .iter()
            .map(|(l, t)| (l.to_string(), super::language_label(l.as_str()), t.clone()))
            .collect(),
        locator: x
            .locator
            .clone()
            .filter(|_| recs.source_seen(x, &sight))
            .unwrap_or_default(),
        document,
        themes: x
            .themes
            .iter()
            .filter_map(|t| r.theme(t.as_str()))
            .map(|t| (t.id.to_string(), Localised::name(&t.labels)))
            .collect(),
        addressees: x.addressees.iter().map(|a| party(&r, a)).collect(),
        all_states: x.all_participating_states,
        ancestors: recs
            .ancestors(x)
            .into_iter()
            .map(|a| (a.id.to_string(), short(a)))
            .collect(),
        weight: x.weight,
        parts,
        chain: recs
            .chain(x)
            .into_iter()
            .map(|c| row(&r, recs, c, &sight))
            .collect(),
        related: x
            .related
            .iter()
            .filter_map(|rel| {
                let e = recs.get(rel.to.as_str())?;
                Some((relation_label(rel.kind), row(&r, recs, e, &sight)))
            })
            .collect(),
        later: recs
            .later(x.id.as_str())
            .into_iter()
            .map(|(l, k)| (relation_label(k), row(&r, recs, l, &sight)))
            .collect(),
        supports: supports
            .into_iter()
            .map(|f| entry(&r, recs, f, &sight, 0))
            .collect(),
        entries: entries
            .into_iter()
            .map(|f| entry(&r, recs, f, &sight, 0))
            .collect(),
        sources: x.sources.iter().map(|s| s.url.clone()).collect(),
        verified: x.verification == agora_core::Verification::Verified,
        note: x.note.clone().unwrap_or_default(),
        proposals: agora_app::related::for_editor(&state, &who.caller(), x.id.as_str())
            .await?
            .iter()
            .map(|(p, score)| (row(&r, recs, p, &sight), format!("{score:.1}")))
            .collect(),
        decisions: agora_app::related::DECISIONS
            .iter()
            .map(|d| {
                (
                    *d,
                    text(match *d {
                        "repeats" => "rec-relation-repeats",
                        "builds_on" => "rec-relation-builds-on",
                        "replaces" => "rec-relation-replaces",
                        _ => "rec-relation-unrelated",
                    }),
                )
            })
            .collect(),
        csrf: who.csrf(),
        may_declare: who.account.is_some() && super::support::may_declare(&who, &r),
    })
}

/// `POST /recommendations/{id}/related`: an editor confirms or rejects a proposal.
pub async fn decide_related(
    State(state): State<AppState>,
    Path(id): Path<String>,
    super::Posted { who, form }: super::Posted,
) -> Result<Response, PageError> {
    agora_app::related::decide(
        &state,
        &who.caller(),
        &id,
        form.field("other"),
        form.field("decision"),
    )
    .await?;
    Ok(super::see_other(format!("/recommendations/{id}#related")))
}

/// A follow-up entry's address: its place on its recommendation's page, for a reader who may
/// see it; no such entry for any other.
pub async fn follow_up(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let f = r
        .recommendations
        .follow_up(&id)
        .filter(|f| who.viewer.may_see(&f.visibility, state.today(), r.as_ref()))
        .or_not_found("follow_up", &id)?;
    Ok(super::see_other(format!(
        "/recommendations/{}#follow-up-{}",
        f.recommendation, f.id
    )))
}

/// `/follow-ups.csv`: the follow-up entries the reader may see (of one forum with `forum`),
/// in the open data's columns: the spreadsheet a secretariat edits and uploads back
/// (`/contributions/spreadsheet`), a new status or progress becoming a new step of an entry.
pub async fn follow_ups_csv(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["forum"])?;
    let r = state.registry().await?;
    let forum = p.parse_with("forum", |f| match r.forum(f) {
        Some(x) => Ok(x.id.clone()),
        None => Err(agora_core::Said::new("no-such-forum").with("id", f)),
    })?;
    let sight = Sight::new(&who.viewer, state.today(), &r);
    let table = &agora_ingest::bundle::FOLLOW_UPS;
    let rows = r
        .recommendations
        .follow_ups()
        .iter()
        .filter(|f| sight.sees(f) && forum.as_ref().is_none_or(|x| &f.forum == x))
        .map(|f| {
            let evidence: Vec<&str> = r
                .recommendations
                .evidence(f, &sight)
                .into_iter()
                .filter_map(|e| e.document.as_ref().map(|d| d.as_str()).or(e.url.as_deref()))
                .collect();
            let mut cells = agora_ingest::bundle::follow_up_cells(f, None, &evidence);
            // The whole an entry is part of, only when the reader may see it.
            if r.recommendations.whole(f, &sight).is_none()
                && let Some(at) = table.columns().iter().position(|c| *c == "part_of")
            {
                cells[at].clear();
            }
            cells
        })
        .collect();
    super::csv("follow_ups.csv", &table.columns(), rows)
}

/// A count under a heading of the dashboard: (label, link to the register, count).
pub struct Tally {
    pub label: Localised,
    pub href: String,
    pub count: usize,
}

/// A table of the dashboard: its heading and its counts.
pub struct Section {
    pub heading: String,
    pub tallies: Vec<Tally>,
}

#[derive(Template)]
#[template(path = "follow_ups.html")]
pub struct DashboardPage {
    pub sections: Vec<Section>,
    /// The action plans with their progress.
    pub plans: Vec<RecRow>,
    /// Reports overdue in the cycles the reader may see: (cycle, its title, state, owed).
    pub overdue: Vec<(i64, String, Localised, usize)>,
    pub total: usize,
}

pub async fn dashboard(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let recs = &r.recommendations;
    let sight = Sight::new(&who.viewer, state.today(), &r);
    let seen: Vec<&FollowUp> = recs.follow_ups().iter().filter(|f| sight.sees(f)).collect();
    let mut by_status = Vec::new();
    for s in FollowUpStatus::ALL {
        let count = seen.iter().filter(|f| f.status == s).count();
        by_status.push(Tally {
            label: Localised::new(status_label(s), ""),
            href: format!("/recommendations?status={}", s.as_str()),
            count,
        });
    }
    use std::collections::BTreeMap;
    let mut fora: BTreeMap<String, usize> = BTreeMap::new();
    let mut states: BTreeMap<String, usize> = BTreeMap::new();
    let mut themes: BTreeMap<String, usize> = BTreeMap::new();
    for f in &seen {
        *fora.entry(f.forum.to_string()).or_default() += 1;
        if let Member::Area(a) = &f.actor {
            *states.entry(a.to_string()).or_default() += 1;
        }
        if let Some(x) = recs.get(f.recommendation.as_str()) {
            for t in &x.themes {
                *themes.entry(t.to_string()).or_default() += 1;
            }
        }
    }
    let tallies = |m: BTreeMap<String, usize>,
                   name: &dyn Fn(&str) -> Localised,
                   href: &dyn Fn(&str) -> String| {
        let mut v: Vec<Tally> = m
            .into_iter()
            .map(|(id, count)| Tally {
                label: name(&id),
                href: href(&id),
                count,
            })
            .collect();
        v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        v
    };
    let by_forum = tallies(
        fora,
        &|id| match id.parse() {
            Ok(f) => forum_name(&r, &f),
            Err(_) => Localised::new(id, "en"),
        },
        &|id| format!("/recommendations?forum={id}"),
    );
    let by_state = tallies(
        states,
        &|id| match id.parse() {
            Ok(a) => member_name(&r, &Member::Area(a)),
            Err(_) => Localised::new(id, "en"),
        },
        &|id| format!("/areas/{id}"),
    );
    let by_theme = tallies(
        themes,
        &|id| {
            r.theme(id)
                .map_or_else(|| Localised::new(id, "en"), |t| Localised::name(&t.labels))
        },
        &|id| format!("/recommendations?theme={id}"),
    );
    let plans = recs
        .all()
        .iter()
        .filter(|x| x.kind == RecommendationType::ActionPlan)
        .map(|x| row(&r, recs, x, &sight))
        .collect();
    let section = |key: &str, tallies: Vec<Tally>| Section {
        heading: text(key),
        tallies,
    };
    let mut overdue = Vec::new();
    for (c, states) in agora_app::cycles::overdue(&state, &who.caller()).await? {
        for (code, owed) in states {
            let name = match code.parse() {
                Ok(a) => member_name(&r, &Member::Area(a)),
                Err(_) => Localised::new(code.as_str(), "en"),
            };
            overdue.push((c.id, c.title.clone(), name, owed));
        }
    }
    html(&DashboardPage {
        overdue,
        sections: vec![
            section("follow-ups-by-status", by_status),
            section("follow-ups-by-forum", by_forum),
            section("follow-ups-by-state", by_state),
            section("follow-ups-by-theme", by_theme),
        ],
        plans,
        total: seen.len(),
    })
}
