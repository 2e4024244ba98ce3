//! `/api/v1/analysis/…`: the landscape analyses (issue 19), with the fora list's filters and an
//! `as_of` day. `overlap`: the members every pair of fora shares on the day; `duplication`: the
//! pairs sharing most members and most priorities; `suggestions/{forum}`: whom a forum might
//! exchange with, and why.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use serde::Serialize;
use utoipa::ToSchema;

use agora_app::analysis::Why;

use super::fora::ForaQuery;
use crate::error::{ApiError, Problem};
use crate::params::{FORA_FILTER_PARAMS, ForaRequest, Params};
use crate::state::AppState;

/// A forum as the analysis measured it on the day.
#[derive(Serialize, ToSchema)]
pub struct MeasuredForum {
    pub id: String,
    /// Its name in English.
    pub name: String,
    /// Member states on the day (directly, or through a member forum that takes part for its
    /// states). States only: a member forum of an RCP or a global process, or an organisation,
    /// is a member of its own but no state of it is counted here.
    pub members: usize,
    /// Of those, the ones suspended on the day.
    pub suspended: Vec<String>,
    /// States listed without dates: never counted in `members` nor in a measure.
    pub undated: Vec<String>,
    /// An open process, which keeps no list of members: not measured.
    pub open: bool,
}

/// Two fora and what they share on the day.
#[derive(Serialize, ToSchema)]
pub struct OverlapPair {
    pub a: String,
    pub b: String,
    /// The member states of both (ISO 3166-1 alpha-3).
    pub shared: Vec<String>,
    /// Shared ÷ members of either.
    pub jaccard: f64,
    /// Shared ÷ members of the smaller forum; absent when one has no members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overlap: Option<f64>,
    /// The thematic priorities of both (the theme vocabulary's ids).
    pub themes: Vec<String>,
    /// Shared priorities ÷ the priorities of either; absent when neither has any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub themes_jaccard: Option<f64>,
}

/// A state and the number of measured fora it is a member of on the day.
#[derive(Serialize, ToSchema)]
pub struct BusyState {
    pub state: String,
    pub fora: usize,
}

/// The overlap of the fora's memberships on a day.
#[derive(Serialize, ToSchema)]
pub struct OverlapOut {
    /// The day measured (YYYY-MM-DD).
    pub as_of: String,
    /// The fora that existed on the day and pass the filters (with `status=dissolved`, none:
    /// a forum dissolved before the day has no members on it).
    pub fora: Vec<MeasuredForum>,
    /// Every pair of measured fora sharing at least one member, most alike first (by Jaccard,
    /// then shared members).
    pub pairs: Vec<OverlapPair>,
    /// The states that are members of the most fora, most first.
    pub busiest_states: Vec<BusyState>,
    /// Meetings as evidence: the pairs of fora that met at meetings up to the day, most
    /// meetings first.
    pub encounters: Vec<Encounter>,
    /// The pairs sharing members that never met at a meeting up to the day, most alike first.
    pub never_met: Vec<NeverMet>,
}

/// Two fora that met at meetings up to the day, and how.
#[derive(Serialize, ToSchema)]
pub struct Encounter {
    pub a: String,
    pub b: String,
    /// Meetings of `a` that `b` took part in (as participant, host or chair), and the reverse.
    pub a_invited_b: usize,
    pub b_invited_a: usize,
    /// Meetings the two held together.
    pub jointly: usize,
    /// Meetings of another forum both took part in.
    pub elsewhere: usize,
}

/// Two fora sharing members that never met at a meeting.
#[derive(Serialize, ToSchema)]
pub struct NeverMet {
    pub a: String,
    pub b: String,
    /// Members shared.
    pub shared: usize,
    pub jaccard: f64,
}

fn codes<'a>(s: impl IntoIterator<Item = &'a agora_core::AreaCode>) -> Vec<String> {
    s.into_iter().map(ToString::to_string).collect()
}

/// Membership overlap of every pair of fora on a day.
#[utoipa::path(get, path = "/api/v1/analysis/overlap", operation_id = "analysis_overlap", tag = "analysis",
    params(ForaQuery),
    responses(
        (status = 200, description = "The fora measured, the pairs sharing members, the busiest states", body = OverlapOut),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn overlap(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<OverlapOut>, ApiError> {
    let p = Params::api(q.as_deref(), FORA_FILTER_PARAMS)?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let day = req.query.day;
    let (l, pairs) = agora_app::analysis::overlap(&r, &req.query.filter, day);
    let fora = &l.fora;
    let met = agora_app::analysis::encounters(&r, &l, day);
    let m = agora_app::analysis::Matrix::of(&l);
    Ok(Json(OverlapOut {
        encounters: met
            .most()
            .into_iter()
            .map(|((a, b), x)| Encounter {
                a: fora[a].forum.to_string(),
                b: fora[b].forum.to_string(),
                a_invited_b: x.a_invited_b,
                b_invited_a: x.b_invited_a,
                jointly: x.jointly,
                elsewhere: x.elsewhere,
            })
            .collect(),
        never_met: met
            .never_met(&m)
            .iter()
            .map(|x| NeverMet {
                a: fora[x.a].forum.to_string(),
                b: fora[x.b].forum.to_string(),
                shared: x.shared,
                jaccard: x.jaccard().unwrap_or(0.0),
            })
            .collect(),
        as_of: day.to_string(),
        fora: fora
            .iter()
            .map(|p| MeasuredForum {
                id: p.forum.to_string(),
                name: r.forum_name(&p.forum).to_owned(),
                members: p.states.len(),
                suspended: codes(&p.suspended),
                undated: codes(&p.undated),
                open: p.open,
            })
            .collect(),
        pairs: pairs
            .iter()
            .map(|x| {
                let t = agora_app::analysis::theme_pair(&l, x.a, x.b);
                OverlapPair {
                    a: fora[x.a].forum.to_string(),
                    b: fora[x.b].forum.to_string(),
                    shared: codes(fora[x.a].states.intersection(&fora[x.b].states)),
                    jaccard: x.jaccard().unwrap_or(0.0),
                    overlap: x.overlap(),
                    themes: t.shared.iter().map(ToString::to_string).collect(),
                    themes_jaccard: t.jaccard(),
                }
            })
            .collect(),
        busiest_states: l
            .busiest_states()
            .into_iter()
            .take(20)
            .map(|(s, n)| BusyState {
                state: s.to_string(),
                fora: n,
            })
            .collect(),
    }))
}

/// Two fora that may duplicate each other's work.
#[derive(Serialize, ToSchema)]
pub struct DuplicationFlag {
    pub a: String,
    pub b: String,
    /// The member states of both.
    pub shared: Vec<String>,
    /// The forum with fewer members, and how many it has: the shared are counted against it.
    pub smaller: String,
    pub of_smaller: usize,
    /// The thematic priorities of both.
    pub themes: Vec<String>,
    /// Shared ÷ members of the smaller forum.
    pub overlap: f64,
    /// Shared priorities ÷ the priorities of the forum with fewer.
    pub themes_overlap: f64,
    /// Why, in words (in English, as the API speaks).
    pub explanation: String,
}

/// What a pair must share to be flagged.
#[derive(Serialize, ToSchema)]
pub struct DuplicationRule {
    /// Shared members ÷ the smaller forum's members, at least.
    pub members_overlap: f64,
    /// The smaller forum's members, at least.
    pub members_at_least: usize,
    /// Shared priorities ÷ the priorities of the forum with fewer, at least.
    pub themes_overlap: f64,
    /// Shared priorities, at least.
    pub themes_at_least: usize,
}

/// The pairs of fora that share most of their members and most of their priorities on a day.
#[derive(Serialize, ToSchema)]
pub struct DuplicationOut {
    pub as_of: String,
    pub rule: DuplicationRule,
    /// Most alike first (by the Jaccard coefficient of their members, then members shared).
    pub flags: Vec<DuplicationFlag>,
}

fn ratio((num, den): (usize, usize)) -> f64 {
    num as f64 / den as f64
}

/// Pairs of fora that may duplicate each other's work on a day.
#[utoipa::path(get, path = "/api/v1/analysis/duplication", operation_id = "analysis_duplication", tag = "analysis",
    params(ForaQuery),
    responses(
        (status = 200, description = "The rule and the flagged pairs, each explained", body = DuplicationOut),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn duplication(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<DuplicationOut>, ApiError> {
    use agora_app::analysis::rule;
    let p = Params::api(q.as_deref(), FORA_FILTER_PARAMS)?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let day = req.query.day;
    let (l, m) = agora_app::analysis::duplication(&r, &req.query.filter, day);
    let flags = agora_app::analysis::flags(&l, &m)
        .iter()
        .map(|f| {
            let (a, b) = (&l.fora[f.members.a], &l.fora[f.members.b]);
            let smaller = if a.states.len() <= b.states.len() {
                a
            } else {
                b
            };
            DuplicationFlag {
                a: a.forum.to_string(),
                b: b.forum.to_string(),
                shared: codes(a.states.intersection(&b.states)),
                smaller: smaller.forum.to_string(),
                of_smaller: f.of_smaller(),
                themes: f.themes.shared.iter().map(ToString::to_string).collect(),
                overlap: f.members.overlap().unwrap_or(0.0),
                themes_overlap: f.themes.overlap().unwrap_or(0.0),
                explanation: crate::explain::flag(&r, &l, f),
            }
        })
        .collect();
    Ok(Json(DuplicationOut {
        as_of: day.to_string(),
        rule: DuplicationRule {
            members_overlap: ratio(rule::MEMBERS_SHARED),
            members_at_least: rule::MEMBERS_AT_LEAST,
            themes_overlap: ratio(rule::THEMES_SHARED),
            themes_at_least: rule::THEMES_AT_LEAST,
        },
        flags,
    }))
}

/// A forum's states at each kind of stop of a route.
#[derive(Serialize, ToSchema)]
pub struct AlongOut {
    pub origin: usize,
    pub transit: usize,
    pub destination: usize,
}

impl From<&agora_app::analysis::Along> for AlongOut {
    fn from(a: &agora_app::analysis::Along) -> AlongOut {
        use agora_core::route::StopRole;
        AlongOut {
            origin: a.at(StopRole::Origin),
            transit: a.at(StopRole::Transit),
            destination: a.at(StopRole::Destination),
        }
    }
}

/// Another forum suggested, and why.
#[derive(Serialize, ToSchema)]
pub struct SuggestionOut {
    /// `route` (along a common migration route), `topics` (similar priorities) or `bridge` (no
    /// member and no region in common, a priority shared).
    pub kind: String,
    pub forum: String,
    /// Its name in English.
    pub name: String,
    /// The route, for `route`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
    /// For `route`: this forum's member states along it, and the other's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ours: Option<AlongOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theirs: Option<AlongOut>,
    /// For `route`: stops the other forum has members at and this one has not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adds: Option<usize>,
    /// The priorities both have (for `topics` and `bridge`).
    pub themes: Vec<String>,
    /// For `topics`: shared priorities ÷ the priorities of either.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Why, in words (in English, as the API speaks).
    pub explanation: String,
}

/// Whom a forum might exchange with on a day.
#[derive(Serialize, ToSchema)]
pub struct SuggestionsOut {
    pub as_of: String,
    pub forum: String,
    /// Whether the forum existed on the day (if not, there are no suggestions).
    pub exists: bool,
    /// Along routes first, then on similar topics, then across regions.
    pub suggestions: Vec<SuggestionOut>,
}

/// Cross-fertilisation suggestions for a forum on a day, each with its reason.
#[utoipa::path(get, path = "/api/v1/analysis/suggestions/{forum}", operation_id = "analysis_suggestions", tag = "analysis",
    params(("forum" = String, Path, description = "The forum's id"), ForaQuery),
    responses(
        (status = 200, description = "The suggestions, along routes, on topics and across regions", body = SuggestionsOut),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such forum", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn suggestions(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<SuggestionsOut>, ApiError> {
    use crate::error::OrNotFound;
    let p = Params::api(q.as_deref(), FORA_FILTER_PARAMS)?;
    let r = state.registry().await?;
    let f = r.forum(&id).or_not_found("forum", &id)?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let day = req.query.day;
    let mut out = SuggestionsOut {
        as_of: day.to_string(),
        forum: f.id.to_string(),
        exists: false,
        suggestions: Vec::new(),
    };
    let Some((l, m, at)) = agora_app::analysis::around(&r, &req.query.filter, &f.id, day) else {
        return Ok(Json(out));
    };
    out.exists = true;
    out.suggestions = agora_app::analysis::suggestions(&l, &m, r.routes.all(), at)
        .iter()
        .map(|s| {
            let other = &l.fora[s.forum].forum;
            let mut o = SuggestionOut {
                kind: String::new(),
                forum: other.to_string(),
                name: r.forum_name(other).to_owned(),
                route: None,
                ours: None,
                theirs: None,
                adds: None,
                themes: Vec::new(),
                similarity: None,
                explanation: crate::explain::suggestion(&r, &l, at, s),
            };
            match &s.why {
                Why::Route {
                    route,
                    ours,
                    theirs,
                    adds,
                } => {
                    o.kind = "route".into();
                    o.route = Some(route.id.to_string());
                    o.ours = Some(ours.into());
                    o.theirs = Some(theirs.into());
                    o.adds = Some(*adds);
                }
                Why::Topics { shared, similarity } => {
                    o.kind = "topics".into();
                    o.themes = shared.iter().map(ToString::to_string).collect();
                    o.similarity = Some(*similarity);
                }
                Why::Bridge { shared } => {
                    o.kind = "bridge".into();
                    o.themes = shared.iter().map(ToString::to_string).collect();
                }
            }
            o
        })
        .collect();
    Ok(Json(out))
}

/// A forum of the network and its centrality on the day.
#[derive(Serialize, ToSchema)]
pub struct NetworkNode {
    pub id: String,
    /// Member states on the day.
    pub members: usize,
    /// Fora it shares members with.
    pub degree: usize,
    /// Members shared, summed over its links.
    pub strength: usize,
    /// The share of shortest paths between two other fora that pass through it (0 to 1);
    /// absent for networks of more fora than `betweenness_up_to`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub betweenness: Option<f64>,
    /// Its connected group of fora, numbered from 0.
    pub group: usize,
}

/// Two fora linked by the members they share.
#[derive(Serialize, ToSchema)]
pub struct NetworkLink {
    pub a: String,
    pub b: String,
    pub shared: usize,
}

/// The fora linked by shared members on a day, with their centrality.
#[derive(Serialize, ToSchema)]
pub struct NetworkOut {
    pub as_of: String,
    pub nodes: Vec<NetworkNode>,
    pub links: Vec<NetworkLink>,
    /// How many connected groups of fora.
    pub groups: usize,
    pub betweenness_up_to: usize,
}

/// The network of fora linked by shared members on a day, with each forum's centrality.
#[utoipa::path(get, path = "/api/v1/analysis/network", operation_id = "analysis_network", tag = "analysis",
    params(ForaQuery),
    responses(
        (status = 200, description = "The fora with members on the day, their links and centrality", body = NetworkOut),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn network(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<NetworkOut>, ApiError> {
    let p = Params::api(q.as_deref(), FORA_FILTER_PARAMS)?;
    let r = state.registry().await?;
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let day = req.query.day;
    let l = agora_app::analysis::landscape(&r, &req.query.filter, day);
    let m = agora_app::analysis::Matrix::of(&l);
    let net = agora_app::analysis::network(&l, &m);
    let id = |i: usize| l.fora[i].forum.to_string();
    Ok(Json(NetworkOut {
        as_of: day.to_string(),
        nodes: net
            .nodes
            .iter()
            .map(|x| NetworkNode {
                id: id(x.forum),
                members: x.members,
                degree: x.degree,
                strength: x.strength,
                betweenness: x.betweenness,
                group: x.group,
            })
            .collect(),
        links: net
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = net.graph.edge_endpoints(e)?;
                Some(NetworkLink {
                    a: id(net.graph[a]),
                    b: id(net.graph[b]),
                    shared: net.graph[e],
                })
            })
            .collect(),
        groups: net.groups,
        betweenness_up_to: agora_app::analysis::BETWEENNESS_UP_TO,
    }))
}

/// A forum's states that joined and left between the two days.
#[derive(Serialize, ToSchema)]
pub struct MovesOut {
    pub forum: String,
    pub joined: Vec<String>,
    pub left: Vec<String>,
}

/// How the landscape changed between two days.
#[derive(Serialize, ToSchema)]
pub struct ChangesOut {
    pub from: String,
    pub to: String,
    /// Fora there on `to` and not on `from`: founded between them, or newly selected by the
    /// filters (a category taken since).
    pub arrived: Vec<String>,
    /// Fora there on `from` and not on `to`: dissolved, or no longer selected.
    pub gone: Vec<String>,
    /// The fora there on both days whose member states changed.
    pub moves: Vec<MovesOut>,
}

/// The filters of the fora list (but `as_of`) and the two days.
fn changes_params() -> Vec<&'static str> {
    FORA_FILTER_PARAMS
        .iter()
        .copied()
        .filter(|p| *p != "as_of")
        .chain(["from", "to"])
        .collect()
}

/// How the landscape changed between two days: fora founded and dissolved, states joined and
/// left.
#[utoipa::path(get, path = "/api/v1/analysis/changes", operation_id = "analysis_changes", tag = "analysis",
    params(
        ("from" = String, Query, description = "The earlier day (YYYY, YYYY-MM or YYYY-MM-DD: a year or month means its last day)"),
        ("to" = Option<String>, Query, description = "The later day (today when absent)"),
        ("q" = Option<String>, Query, description = "As for the fora list"),
        ("category" = Option<String>, Query, description = "As for the fora list"),
        ("region" = Option<String>, Query, description = "As for the fora list"),
        ("theme" = Option<String>, Query, description = "As for the fora list"),
        ("md_status" = Option<String>, Query, description = "As for the fora list"),
        ("status" = Option<String>, Query, description = "As for the fora list"),
    ),
    responses(
        (status = 200, description = "What changed between the two days", body = ChangesOut),
        (status = 400, description = "A malformed parameter, no `from`, or `to` before `from`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn changes(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Json<ChangesOut>, ApiError> {
    use crate::error::AppError;
    let p = Params::api(q.as_deref(), &changes_params())?;
    let r = state.registry().await?;
    let from = p
        .day_named("from")?
        .ok_or_else(|| AppError::bad_key("from", "analysis-from-required"))?;
    let to = p.day_named("to")?.unwrap_or(state.today());
    if to < from {
        return Err(AppError::bad_key("to", "analysis-to-before-from").into());
    }
    let req = ForaRequest::parse(&p, &r, state.today())?;
    let then = agora_app::analysis::landscape(&r, &req.query.filter, from);
    let now = agora_app::analysis::landscape(&r, &req.query.filter, to);
    let c = agora_app::analysis::changes(&then, &now);
    let ids = |v: &[&agora_core::ForumId]| v.iter().map(ToString::to_string).collect();
    Ok(Json(ChangesOut {
        from: from.to_string(),
        to: to.to_string(),
        arrived: ids(&c.arrived),
        gone: ids(&c.gone),
        moves: c
            .moves
            .iter()
            .map(|x| MovesOut {
                forum: x.forum.to_string(),
                joined: codes(x.joined.iter().copied()),
                left: codes(x.left.iter().copied()),
            })
            .collect(),
    }))
}
