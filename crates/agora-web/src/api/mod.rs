//! The JSON API under `/api/v1`: wire types (what the JSON looks like, built from the domain
//! records with `From`-style constructors) and one module of handlers per resource.

use std::collections::BTreeMap;

use agora_core::{Area, Forum, Member, Membership, Organisation, Source};
use serde::Serialize;
use utoipa::ToSchema;

use agora_app::registry::Registry;

pub mod analysis;
pub mod areas;
pub mod assessments;
pub mod contributions;
pub mod cycles;
pub mod data;
pub mod documents;
pub mod fora;
pub mod meetings;
pub mod organisations;
pub mod practices;
pub mod provenance;
pub mod recommendations;
pub mod search;

/// The `as_of` parameter of a record with its memberships.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `Params`; this struct only describes it for OpenAPI
pub struct MembershipsOnQuery {
    /// Only memberships active on this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY means its
    /// last day); without it, every membership ever, and any counts are as of today.
    #[param(value_type = Option<String>, pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    as_of: Option<String>,
}

/// The paging parameters of every list but the search's: where the last page ended, and the
/// page size.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `Params`; this struct only describes them for OpenAPI
pub struct PageQuery {
    /// A `next_cursor` from a previous page.
    cursor: Option<String>,
    /// Page size, 1-500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<u32>,
}

/// Names keyed by ISO 639 language code.
fn names(n: &agora_core::Names) -> BTreeMap<String, String> {
    n.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SourceOut {
    pub url: String,
    pub note: Option<String>,
}

fn sources(s: &[Source]) -> Vec<SourceOut> {
    s.iter()
        .map(|s| SourceOut {
            url: s.url.clone(),
            note: s.note.clone(),
        })
        .collect()
}

/// Who a member is, Popolo style.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberRef {
    /// `Area` for a state or territory, `Organization` for an organisation or another forum.
    #[serde(rename = "@type")]
    #[schema(example = "Area")]
    pub kind: &'static str,
    /// ISO 3166-1 alpha-3 code of an area, or the id of an organisation or forum.
    #[schema(example = "SWE")]
    pub id: String,
    /// Its English name.
    pub name: String,
    /// `area`, `organisation` or `forum`.
    pub member_type: &'static str,
}

impl MemberRef {
    pub fn new(m: &Member, r: &Registry) -> MemberRef {
        MemberRef {
            kind: match m {
                Member::Area(_) => "Area",
                _ => "Organization",
            },
            id: m.id().to_owned(),
            name: r.member_name(m),
            member_type: m.kind().as_str(),
        }
    }
}

/// The calendar's filters.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct MeetingsQuery {
    /// Words of the title, theme, city or summary (accents and case do not matter).
    q: Option<String>,
    /// Held by this forum (its id).
    forum: Option<String>,
    /// This state took part, as host, chair or participant (ISO 3166-1 alpha-3).
    state: Option<String>,
    /// ministerial, senior_officials, technical, workshop, training, global_rcp_meeting,
    /// gfmd_summit, gfmd_roundtable, civil_society_days or other.
    kind: Option<String>,
    /// Held (in part) in this year.
    year: Option<i32>,
    /// `upcoming` (earliest first) or `past`; both, latest first, without it.
    when: Option<String>,
    /// A `next_cursor` from a previous page.
    cursor: Option<String>,
    /// Page size, 1-500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<u32>,
}

/// A state, organisation or forum taking part in a meeting, and how.
#[derive(Debug, Serialize, ToSchema)]
pub struct ParticipantOut {
    pub party: MemberRef,
    /// participant, observer, guest or speaker.
    pub role: &'static str,
}

/// Who chaired a meeting, as the sources say it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChairOut {
    pub name: String,
    pub party: Option<MemberRef>,
}

/// A meeting, shaped like a Popolo Event.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingOut {
    #[schema(example = "global-rcp-meeting-2009-bangkok")]
    pub id: String,
    /// The English title.
    pub name: String,
    /// Titles keyed by ISO 639 language code.
    pub titles: BTreeMap<String, String>,
    /// The fora that held it (ids).
    pub organization_ids: Vec<String>,
    /// ministerial, senior_officials, technical, workshop, training, global_rcp_meeting,
    /// gfmd_summit, gfmd_roundtable, civil_society_days or other.
    pub classification: &'static str,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    /// Its opening time on its first day, HH:MM, in `time_zone`.
    #[schema(example = "09:00")]
    pub start_time: Option<String>,
    /// Its closing time on its last day, HH:MM, in `time_zone`.
    pub end_time: Option<String>,
    /// The IANA time zone of its times.
    #[schema(example = "Asia/Bangkok")]
    pub time_zone: Option<String>,
    /// scheduled, held, postponed or cancelled.
    pub status: &'static str,
    pub status_since: Option<String>,
    pub city: Option<String>,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    pub venue: Option<String>,
    /// The host as the sources say it.
    pub host: Option<String>,
    pub hosts: Vec<MemberRef>,
    pub chairs: Vec<ChairOut>,
    pub participants: Vec<ParticipantOut>,
    pub theme: Option<String>,
    pub agenda: Vec<String>,
    pub summary: Option<String>,
    /// The outcome documents the caller may see (ids in the library).
    pub documents: Vec<String>,
    /// The meeting it is part of.
    pub parent_id: Option<String>,
    pub sources: Vec<SourceOut>,
    /// `verified` or `unverified`.
    pub verification: &'static str,
    pub note: Option<String>,
}

impl MeetingOut {
    /// A meeting, with the outcome documents the caller may see.
    pub fn new(
        m: &agora_core::meeting::Meeting,
        r: &Registry,
        documents: Vec<String>,
    ) -> MeetingOut {
        let refs = |v: &[Member]| v.iter().map(|p| MemberRef::new(p, r)).collect();
        MeetingOut {
            id: m.id.to_string(),
            name: m.title_in("en").to_owned(),
            titles: names(&m.titles),
            organization_ids: m.fora.iter().map(ToString::to_string).collect(),
            classification: m.kind.as_str(),
            start_date: m.start_date.map(|d| d.to_string()),
            end_date: m.end_date.map(|d| d.to_string()),
            start_time: m.start_time.map(|t| t.to_string()),
            end_time: m.end_time.map(|t| t.to_string()),
            time_zone: m.time_zone.clone(),
            status: m.status.as_str(),
            status_since: m.status_since.map(|d| d.to_string()),
            city: m.city.clone(),
            country: m.country.as_ref().map(ToString::to_string),
            venue: m.venue.clone(),
            host: m.host.clone(),
            hosts: refs(&m.hosts),
            chairs: m
                .chairs
                .iter()
                .map(|c| ChairOut {
                    name: c.name.clone(),
                    party: c.party.as_ref().map(|p| MemberRef::new(p, r)),
                })
                .collect(),
            participants: m
                .participants
                .iter()
                .map(|p| ParticipantOut {
                    party: MemberRef::new(&p.party, r),
                    role: p.role.as_str(),
                })
                .collect(),
            theme: m.theme.clone(),
            agenda: m.agenda.clone(),
            summary: m.summary.clone(),
            documents,
            parent_id: m.part_of.as_ref().map(ToString::to_string),
            sources: sources(&m.sources),
            verification: m.verification.as_str(),
            note: m.note.clone(),
        }
    }
}

/// A page of meetings.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingsPage {
    pub results: Vec<MeetingOut>,
    /// How many meetings match, on every page.
    pub total: usize,
    pub next_cursor: Option<String>,
}

/// A membership (Popolo field names, plus `verification`).
#[derive(Debug, Serialize, ToSchema)]
pub struct MembershipOut {
    #[schema(example = "soderkoping-process:member:SWE")]
    pub id: String,
    /// The forum's id.
    #[schema(example = "soderkoping-process")]
    pub organization_id: String,
    pub member: MemberRef,
    /// member, observer, partner, associate, chair, co_chair, secretariat or steering_group.
    #[schema(example = "member")]
    pub role: &'static str,
    /// YYYY, YYYY-MM or YYYY-MM-DD; a partial start counts from the first day of its period.
    #[schema(example = "2010")]
    pub start_date: Option<String>,
    /// YYYY, YYYY-MM or YYYY-MM-DD; a partial end counts through the last day of its period.
    pub end_date: Option<String>,
    /// A note on the membership.
    pub label: Option<String>,
    pub sources: Vec<SourceOut>,
    /// `verified` or `unverified`.
    pub verification: &'static str,
    pub last_checked: Option<String>,
    /// `active` or `suspended` on the `as_of` day (today without one): a suspended member is
    /// still a member.
    #[schema(example = "active")]
    pub status: &'static str,
    /// The periods of its suspensions, oldest first.
    pub suspensions: Vec<SuspensionOut>,
}

/// A period during which a member's rights were suspended.
#[derive(Debug, Serialize, ToSchema)]
pub struct SuspensionOut {
    #[schema(example = "2009-03")]
    pub start_date: String,
    /// None while it lasts.
    pub end_date: Option<String>,
    pub note: Option<String>,
    pub sources: Vec<SourceOut>,
}

impl MembershipOut {
    pub fn new(m: &Membership, r: &Registry, day: agora_core::Day) -> MembershipOut {
        MembershipOut {
            id: m.id.to_string(),
            organization_id: m.forum_id.to_string(),
            member: MemberRef::new(&m.member, r),
            role: m.role.as_str(),
            start_date: m.start_date.map(|d| d.to_string()),
            end_date: m.end_date.map(|d| d.to_string()),
            label: m.note.clone(),
            sources: sources(&m.sources),
            verification: m.verification.as_str(),
            last_checked: m.last_checked.map(|d| d.to_string()),
            status: m.status_on(day).as_str(),
            suspensions: m
                .suspensions
                .iter()
                .map(|x| SuspensionOut {
                    start_date: x.start_date.to_string(),
                    end_date: x.end_date.map(|d| d.to_string()),
                    note: x.note.clone(),
                    sources: sources(&x.sources),
                })
                .collect(),
        }
    }
}

/// A forum in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ForumSummary {
    #[schema(example = "rcm")]
    pub id: String,
    #[schema(example = "Regional Conference on Migration")]
    pub name: String,
    /// In a search (`q`), the forum's name, acronym or alias that matched best, when it is not
    /// `name`.
    #[schema(example = "Puebla Process")]
    pub matched_name: Option<String>,
    pub acronyms: Vec<String>,
    /// rcp, interregional_forum, regional_organisation, migration_body or global_process.
    #[schema(example = "rcp")]
    pub category: Option<&'static str>,
    pub established: Option<String>,
    pub dissolved: Option<String>,
    /// priority, ad_hoc, not_addressed or unknown.
    pub md_status: &'static str,
    /// Members (role `member`) on the `as_of` day; states taking part through a member regional
    /// organisation count as states. Rows whose dates are not recorded are never in it.
    pub member_count: usize,
    /// Members whose dates are not recorded, if the forum existed on the `as_of` day, with the
    /// states a member regional organisation lists without dates: counted apart, never in
    /// `member_count`.
    pub members_undated: usize,
    /// Of `member_count`, the members suspended on the `as_of` day.
    pub members_suspended: usize,
    /// Who may take part, in words, when the forum is open rather than a list of members (the
    /// GFMD); `member_count` is then 0 by design.
    pub participation: Option<String>,
    pub verification: &'static str,
}

impl ForumSummary {
    pub fn new(f: &Forum, r: &Registry, day: agora_core::Day) -> ForumSummary {
        ForumSummary {
            id: f.id.to_string(),
            name: f.name().to_owned(),
            matched_name: None,
            acronyms: f.acronyms.clone(),
            category: f.category().map(|c| c.as_str()),
            established: f.established.map(|d| d.to_string()),
            dissolved: f.dissolved.map(|d| d.to_string()),
            md_status: f.md_status.as_str(),
            member_count: r.member_count(&f.id, day),
            members_undated: r.undated_member_count(&f.id, day),
            members_suspended: r.suspended_count(&f.id, day),
            participation: f.participation.clone(),
            verification: f.verification.as_str(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AliasOut {
    pub name: String,
    pub lang: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CategorySpanOut {
    pub category: &'static str,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub note: Option<String>,
}

/// A forum's summary and objectives in one language besides English.
#[derive(Debug, Serialize, ToSchema)]
pub struct TranslationOut {
    pub summary: Option<String>,
    pub objectives: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LinkOut {
    pub url: String,
    pub note: Option<String>,
}

/// A state taking part in a forum through a member forum (its regional organisation).
#[derive(Debug, Serialize, ToSchema)]
pub struct ThroughOut {
    /// The state's code.
    #[schema(example = "HRV")]
    pub area: String,
    /// The member forum it takes part through.
    #[schema(example = "eu")]
    pub through: String,
}

/// A forum's whole profile.
#[derive(Debug, Serialize, ToSchema)]
pub struct ForumOut {
    pub id: String,
    pub name: String,
    /// Names keyed by language code.
    pub names: BTreeMap<String, String>,
    pub acronyms: Vec<String>,
    pub aliases: Vec<AliasOut>,
    /// The current category.
    pub category: Option<&'static str>,
    /// The category history, oldest first.
    pub categories: Vec<CategorySpanOut>,
    pub parent_id: Option<String>,
    pub children: Vec<String>,
    /// For a dissolved forum, the forum that carried on its work.
    pub successor_id: Option<String>,
    pub established: Option<String>,
    pub dissolved: Option<String>,
    /// M49 codes of the regions served (1 = world).
    pub regions: Vec<u16>,
    pub themes: Vec<String>,
    /// Thematic priorities in the words of the sources.
    pub topics: Vec<String>,
    pub objectives: Vec<String>,
    pub md_status: &'static str,
    pub operational: Option<bool>,
    pub meeting_level: Option<&'static str>,
    pub links: Vec<LinkOut>,
    /// What the forum is, in a paragraph, in English.
    pub summary: Option<String>,
    /// The summary and objectives in languages besides English, by language code (`fr`).
    pub translations: BTreeMap<String, TranslationOut>,
    pub sources: Vec<SourceOut>,
    pub verification: &'static str,
    pub last_checked: Option<String>,
    /// Members on the `as_of` day; states taking part through a member regional organisation
    /// count as states. Rows whose dates are not recorded are never in it.
    pub member_count: usize,
    /// Members whose dates are not recorded, if the forum existed on the `as_of` day, with the
    /// states in `members_through_undated`.
    pub members_undated: usize,
    /// Of `member_count`, the members suspended on the `as_of` day.
    pub members_suspended: usize,
    /// Who may take part, in words, when the forum is open rather than a list of members.
    pub participation: Option<String>,
    /// The states taking part through a member regional organisation on the `as_of` day.
    pub members_through: Vec<ThroughOut>,
    /// The states a member regional organisation lists without dates: they take part through
    /// it, since when is not recorded, so they are not in `member_count`.
    pub members_through_undated: Vec<ThroughOut>,
    /// The day the counts refer to.
    pub as_of: String,
}

impl ForumOut {
    pub fn new(f: &Forum, r: &Registry, day: agora_core::Day) -> ForumOut {
        ForumOut {
            id: f.id.to_string(),
            name: f.name().to_owned(),
            names: names(&f.names),
            acronyms: f.acronyms.clone(),
            aliases: f
                .aliases
                .iter()
                .map(|a| AliasOut {
                    name: a.name.clone(),
                    lang: a.lang.as_ref().map(ToString::to_string),
                    start_date: a.start_date.map(|d| d.to_string()),
                    end_date: a.end_date.map(|d| d.to_string()),
                    note: a.note.clone(),
                })
                .collect(),
            category: f.category().map(|c| c.as_str()),
            categories: f
                .categories
                .iter()
                .map(|c| CategorySpanOut {
                    category: c.category.as_str(),
                    start_date: c.start_date.map(|d| d.to_string()),
                    end_date: c.end_date.map(|d| d.to_string()),
                    note: c.note.clone(),
                })
                .collect(),
            parent_id: f.parent_id.as_ref().map(ToString::to_string),
            children: r.children(&f.id).iter().map(ToString::to_string).collect(),
            successor_id: f.successor_id.as_ref().map(ToString::to_string),
            established: f.established.map(|d| d.to_string()),
            dissolved: f.dissolved.map(|d| d.to_string()),
            regions: f.regions.clone(),
            themes: f.themes.iter().map(ToString::to_string).collect(),
            topics: f.topics.clone(),
            objectives: f.objectives.clone(),
            md_status: f.md_status.as_str(),
            operational: f.operational,
            meeting_level: f.meeting_level.map(|l| l.as_str()),
            links: f
                .links
                .iter()
                .map(|l| LinkOut {
                    url: l.url.clone(),
                    note: l.note.clone(),
                })
                .collect(),
            summary: f.summary.clone(),
            translations: f
                .translations
                .iter()
                .map(|(l, t)| {
                    (
                        l.to_string(),
                        TranslationOut {
                            summary: t.summary.clone(),
                            objectives: t.objectives.clone(),
                        },
                    )
                })
                .collect(),
            sources: sources(&f.sources),
            verification: f.verification.as_str(),
            last_checked: f.last_checked.map(|d| d.to_string()),
            member_count: r.member_count(&f.id, day),
            members_undated: r.undated_member_count(&f.id, day),
            members_suspended: r.suspended_count(&f.id, day),
            participation: f.participation.clone(),
            members_through: through(r.states_through(&f.id, day)),
            members_through_undated: through(r.undated_states_through(&f.id, day)),
            as_of: day.to_string(),
        }
    }
}

fn through(states: Vec<(&agora_core::AreaCode, &agora_core::ForumId)>) -> Vec<ThroughOut> {
    states
        .into_iter()
        .map(|(state, via)| ThroughOut {
            area: state.to_string(),
            through: via.to_string(),
        })
        .collect()
}

/// One level of the M49 hierarchy.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegionOut {
    pub code: u16,
    pub name: String,
}

/// A state or territory.
#[derive(Debug, Serialize, ToSchema)]
pub struct AreaSummary {
    /// ISO 3166-1 alpha-3 (or user-assigned, e.g. XKX).
    #[schema(example = "SWE")]
    pub code: String,
    pub name: String,
    /// Names in the six UN languages where known.
    pub names: BTreeMap<String, String>,
    pub m49: Option<u16>,
    pub region: Option<RegionOut>,
    pub sub_region: Option<RegionOut>,
    pub intermediate_region: Option<RegionOut>,
    /// Fora the area takes part in on the `as_of` day.
    pub fora_count: usize,
}

fn region(r: &Option<agora_core::M49Region>) -> Option<RegionOut> {
    r.as_ref().map(|r| RegionOut {
        code: r.code,
        name: r.name.clone(),
    })
}

impl AreaSummary {
    pub fn new(a: &Area, r: &Registry, day: agora_core::Day) -> AreaSummary {
        AreaSummary {
            code: a.code.to_string(),
            name: agora_core::name_of(&a.names).to_owned(),
            names: names(&a.names),
            m49: a.m49,
            region: region(&a.region),
            sub_region: region(&a.sub_region),
            intermediate_region: region(&a.intermediate_region),
            fora_count: r.fora_count(&a.code, day),
        }
    }
}

/// A state or territory with its memberships.
#[derive(Debug, Serialize, ToSchema)]
pub struct AreaOut {
    #[serde(flatten)]
    pub area: AreaSummary,
    /// The day the counts (and, if `as_of` was given, the memberships) refer to.
    pub as_of: String,
    pub memberships: Vec<MembershipOut>,
}

/// An international or regional organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationSummary {
    #[schema(example = "iom")]
    pub id: String,
    pub name: String,
    pub names: BTreeMap<String, String>,
    pub acronyms: Vec<String>,
    /// un, intergovernmental, eu, national_agency or other.
    pub kind: &'static str,
    pub website: Option<String>,
}

impl OrganisationSummary {
    pub fn new(o: &Organisation) -> OrganisationSummary {
        OrganisationSummary {
            id: o.id.to_string(),
            name: agora_core::name_of(&o.names).to_owned(),
            names: names(&o.names),
            acronyms: o.acronyms.clone(),
            kind: o.kind.as_str(),
            website: o.website.clone(),
        }
    }
}

/// An organisation with the fora where it is secretariat, observer or partner.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationOut {
    #[serde(flatten)]
    pub organisation: OrganisationSummary,
    pub as_of: Option<String>,
    pub memberships: Vec<MembershipOut>,
}

macro_rules! page_type {
    ($name:ident, $item:ty, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug, Serialize, ToSchema)]
        pub struct $name {
            pub results: Vec<$item>,
            /// Pass as `cursor` to get the next page; null on the last page.
            pub next_cursor: Option<String>,
        }
    };
}
page_type!(ForaPage, ForumSummary, "A page of fora.");
page_type!(AreasPage, AreaSummary, "A page of areas.");
page_type!(
    OrganisationsPage,
    OrganisationSummary,
    "A page of organisations."
);
page_type!(MembershipsPage, MembershipOut, "A page of memberships.");
