//! The registry's records: areas, organisations, themes, fora and memberships.
//!
//! These are also the wire shape of Agora's own JSON export (`agora export --format json`), so
//! field names are part of the format: change them only with a new format version.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::date::{Day, PartialDate, Period};
use crate::ids::{AreaCode, ForumId, Lang, MembershipId, OrganisationId, ThemeId};
use crate::words::word_enum;

/// Names of one thing in several languages, keyed by language code (sorted, so output is stable).
pub type Names = BTreeMap<Lang, String>;

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: String,
    #[serde(default)]
    pub note: Option<String>,
}

word_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Verification {
        Verified => "verified",
        Unverified => "unverified",
    }
}

/// How an area's code was assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeStatus {
    /// A current ISO 3166-1 alpha-3 code.
    Iso,
    /// A code that no longer designates a current area (e.g. ANT).
    Former,
    /// A user-assigned code such as XKX (Kosovo).
    UserAssigned,
}

/// One level of the M49 geographic hierarchy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct M49Region {
    pub code: u16,
    pub name: String,
}

/// A state or territory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub code: AreaCode,
    pub code_status: CodeStatus,
    #[serde(default)]
    pub m49: Option<u16>,
    #[serde(default)]
    pub iso2: Option<String>,
    pub names: Names,
    #[serde(default)]
    pub independent: bool,
    #[serde(default)]
    pub region: Option<M49Region>,
    #[serde(default)]
    pub sub_region: Option<M49Region>,
    #[serde(default)]
    pub intermediate_region: Option<M49Region>,
    #[serde(default)]
    pub valid_from: Option<PartialDate>,
    #[serde(default)]
    pub valid_until: Option<PartialDate>,
}

impl Area {
    /// The M49 codes of every level this area belongs to (region, sub-region, intermediate).
    pub fn m49_regions(&self) -> impl Iterator<Item = u16> + '_ {
        [&self.region, &self.sub_region, &self.intermediate_region]
            .into_iter()
            .flatten()
            .map(|r| r.code)
    }
}

word_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum OrganisationKind {
        Un => "un",
        Intergovernmental => "intergovernmental",
        Eu => "eu",
        NationalAgency => "national_agency",
        Other => "other",
    }
}

/// An international or regional organisation acting as secretariat, observer or partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: OrganisationId,
    pub names: Names,
    #[serde(default)]
    pub acronyms: Vec<String>,
    pub kind: OrganisationKind,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// A theme of the vocabulary, mapped to the Global Compact for Migration objectives it serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: ThemeId,
    pub labels: Names,
    #[serde(default)]
    pub gcm_objectives: Vec<u8>,
}

word_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Category {
        Rcp => "rcp",
        InterregionalForum => "interregional_forum",
        RegionalOrganisation => "regional_organisation",
        MigrationBody => "migration_body",
        GlobalProcess => "global_process",
    }
}

word_enum! {
    /// Whether a forum treats migration and development as a priority (the paper's three cases).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum MdStatus {
        Priority => "priority",
        AdHoc => "ad_hoc",
        NotAddressed => "not_addressed",
        Unknown => "unknown",
    }
}

word_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum MeetingLevel {
        Ministerial => "ministerial",
        ViceMinisterial => "vice_ministerial",
        SeniorOfficials => "senior_officials",
        Technical => "technical",
        Mixed => "mixed",
    }
}

/// Another name of a forum, possibly former (with the dates it was in use).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    pub name: String,
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub start_date: Option<PartialDate>,
    #[serde(default)]
    pub end_date: Option<PartialDate>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A category a forum had during a period (IOM later reclassified several RCPs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategorySpan {
    pub category: Category,
    #[serde(default)]
    pub start_date: Option<PartialDate>,
    #[serde(default)]
    pub end_date: Option<PartialDate>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A link to a forum's own website or another page about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub url: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// An RCP, inter-regional forum, regional organisation, migration body or global process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Forum {
    pub id: ForumId,
    pub names: Names,
    #[serde(default)]
    pub acronyms: Vec<String>,
    #[serde(default)]
    pub aliases: Vec<Alias>,
    /// The category history, oldest first; the last span is the current category.
    pub categories: Vec<CategorySpan>,
    #[serde(default)]
    pub parent_id: Option<ForumId>,
    #[serde(default)]
    pub established: Option<PartialDate>,
    #[serde(default)]
    pub dissolved: Option<PartialDate>,
    /// The forum that carried on its work, for a dissolved forum (the Söderköping Process's is
    /// the Eastern Partnership panel on migration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor_id: Option<ForumId>,
    /// M49 codes of the regions served (001 = the world).
    #[serde(default)]
    pub regions: Vec<u16>,
    #[serde(default)]
    pub themes: Vec<ThemeId>,
    /// The thematic priorities in the words of the sources.
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub objectives: Vec<String>,
    pub md_status: MdStatus,
    #[serde(default)]
    pub operational: Option<bool>,
    #[serde(default)]
    pub meeting_level: Option<MeetingLevel>,
    #[serde(default)]
    pub links: Vec<Link>,
    /// What the forum is, in a paragraph, in English (its other languages are in `translations`).
    #[serde(default)]
    pub summary: Option<String>,
    /// The summary and objectives in languages besides English, by language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<Lang, Translation>,
    /// Who may take part, in words, when the forum keeps no list of members because it is open
    /// (the GFMD is open to all States Members and Observers of the United Nations): shown, and
    /// given by the API, instead of a count of 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participation: Option<String>,
    pub sources: Vec<Source>,
    pub verification: Verification,
    #[serde(default)]
    pub last_checked: Option<Day>,
}

/// A forum's summary and objectives in one language besides English.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<String>,
}

impl Translation {
    pub fn is_empty(&self) -> bool {
        self.summary.is_none() && self.objectives.is_empty()
    }
}

impl Forum {
    /// The summary in the first language of `chain` the forum has one in (English is the
    /// `summary` itself), with that language's code; else in any language it has.
    pub fn summary_in<'a>(&'a self, chain: &[&str]) -> Option<(&'a str, &'a str)> {
        self.text_in(chain, self.summary.as_deref(), |t| t.summary.as_deref())
    }

    /// The objectives likewise (English is `objectives` itself).
    pub fn objectives_in<'a>(&'a self, chain: &[&str]) -> Option<(&'a [String], &'a str)> {
        let some = |o: &'a [String]| (!o.is_empty()).then_some(o);
        self.text_in(chain, some(&self.objectives), |t| some(&t.objectives))
    }

    /// A text of the forum in the first language of `chain` it has it in, then English, then
    /// any language: `english` is the forum's own, `of` finds it in a translation.
    fn text_in<'a, T>(
        &'a self,
        chain: &[&str],
        english: Option<T>,
        of: impl Fn(&'a Translation) -> Option<T>,
    ) -> Option<(T, &'a str)>
    where
        T: Copy,
    {
        let in_lang = |want: &str| -> Option<(T, &'a str)> {
            if want == "en" {
                return english.map(|t| (t, "en"));
            }
            self.translations
                .iter()
                .find(|(l, _)| l.as_str() == want)
                .and_then(|(l, t)| of(t).map(|x| (x, l.as_str())))
        };
        chain
            .iter()
            .find_map(|l| in_lang(l))
            .or_else(|| in_lang("en"))
            .or_else(|| {
                self.translations
                    .iter()
                    .find_map(|(l, t)| of(t).map(|x| (x, l.as_str())))
            })
    }

    /// The category the forum has now (the last of its history).
    pub fn category(&self) -> Option<Category> {
        self.categories.last().map(|c| c.category)
    }

    /// The category the forum had on a day, by the as-of rule.
    pub fn category_on(&self, day: Day) -> Option<Category> {
        self.categories
            .iter()
            .rev()
            .find(|c| Period::new(c.start_date, c.end_date).contains(day))
            .map(|c| c.category)
    }

    /// The English name, or any name if there is none in English.
    pub fn name(&self) -> &str {
        name_of(&self.names)
    }

    /// Whether the forum existed on a day (established no later, not yet dissolved).
    pub fn exists_on(&self, day: Day) -> bool {
        Period::new(self.established, self.dissolved).contains(day)
    }

    /// The as-of rule for one of this forum's memberships: it counts on a day inside both the
    /// forum's life and its own dates.
    pub fn counts_on(&self, m: &Membership, day: Day) -> bool {
        self.exists_on(day) && m.active_on(day)
    }

    /// Whether the fora that are members of this forum take part for their member states (a
    /// regional organisation in an inter-regional summit: the EU side of the EU-Africa Summit is
    /// the EU's member states on the day), rather than as fora in their own right (the RCPs that
    /// meet in the global meeting of RCPs). True unless the forum is an RCP or a global process.
    pub fn resolves_member_fora(&self, day: Day) -> bool {
        !matches!(
            self.category_on(day).or(self.category()),
            Some(Category::Rcp | Category::GlobalProcess)
        )
    }

    /// One of this forum's memberships whose dates are not recorded, on a day the forum
    /// existed: listed apart, and counted apart.
    pub fn undated_on(&self, m: &Membership, day: Day) -> bool {
        self.exists_on(day) && !m.is_dated()
    }
}

/// The English name, or the first name in language order.
/// A record's name in the first language of `chain` it has one in, else its display name; with
/// the language it is in (empty when the record has no name at all).
pub fn name_in<'a>(names: &'a Names, chain: &[&str]) -> (&'a str, &'a str) {
    chain
        .iter()
        .find_map(|want| names.iter().find(|(l, _)| l.as_str() == *want))
        .or_else(|| names.iter().find(|(l, _)| l.as_str() == "en"))
        .or_else(|| names.iter().next())
        .map(|(l, n)| (n.as_str(), l.as_str()))
        .unwrap_or(("", ""))
}

pub fn name_of(names: &Names) -> &str {
    names
        .iter()
        .find(|(l, _)| l.as_str() == "en")
        .or_else(|| names.iter().next())
        .map(|(_, n)| n.as_str())
        .unwrap_or("")
}

word_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Role {
        Member => "member",
        Observer => "observer",
        Partner => "partner",
        Associate => "associate",
        Chair => "chair",
        CoChair => "co_chair",
        Secretariat => "secretariat",
        SteeringGroup => "steering_group",
    }
}

word_enum! {
    /// What kind of thing a member is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum MemberType {
        Area => "area",
        Organisation => "organisation",
        /// Another forum (e.g. an RCP taking part in the global meeting of RCPs, or ECOWAS as an
        /// observer of an RCP).
        Forum => "forum",
    }
}

/// Who the member is. The id is checked against its type by [`Member::new`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RawMember", into = "RawMember")]
pub enum Member {
    Area(AreaCode),
    Organisation(OrganisationId),
    Forum(ForumId),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMember {
    #[serde(rename = "type")]
    kind: MemberType,
    id: String,
}

impl Member {
    pub fn new(kind: MemberType, id: &str) -> Result<Member, crate::ids::IdError> {
        Ok(match kind {
            MemberType::Area => Member::Area(AreaCode::parse(id)?),
            MemberType::Organisation => Member::Organisation(OrganisationId::parse(id)?),
            MemberType::Forum => Member::Forum(ForumId::parse(id)?),
        })
    }
    pub fn kind(&self) -> MemberType {
        match self {
            Member::Area(_) => MemberType::Area,
            Member::Organisation(_) => MemberType::Organisation,
            Member::Forum(_) => MemberType::Forum,
        }
    }
    pub fn id(&self) -> &str {
        match self {
            Member::Area(c) => c.as_str(),
            Member::Organisation(o) => o.as_str(),
            Member::Forum(f) => f.as_str(),
        }
    }
}

impl TryFrom<RawMember> for Member {
    type Error = crate::ids::IdError;
    fn try_from(raw: RawMember) -> Result<Member, Self::Error> {
        Member::new(raw.kind, &raw.id)
    }
}

impl From<Member> for RawMember {
    fn from(m: Member) -> RawMember {
        RawMember {
            kind: m.kind(),
            id: m.id().to_owned(),
        }
    }
}

word_enum! {
    /// How a membership stands on a day: a suspended member is still a member (suspension is not
    /// withdrawal), shown with a mark and counted apart within the members.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum MembershipStatus {
        Active => "active",
        Suspended => "suspended",
    }
}

/// A period during which a member's rights in a forum were suspended (Madagascar in SADC,
/// 2009-2014), with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suspension {
    pub start_date: PartialDate,
    /// None: still suspended.
    #[serde(default)]
    pub end_date: Option<PartialDate>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

impl Suspension {
    pub fn period(&self) -> Period {
        Period::new(Some(self.start_date), self.end_date)
    }
}

/// A member's part in a forum during a period (Popolo's Membership).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub id: MembershipId,
    pub forum_id: ForumId,
    pub member: Member,
    pub role: Role,
    #[serde(default)]
    pub start_date: Option<PartialDate>,
    #[serde(default)]
    pub end_date: Option<PartialDate>,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<Source>,
    pub verification: Verification,
    #[serde(default)]
    pub last_checked: Option<Day>,
    /// The periods of its suspensions, oldest first (empty for almost every membership).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suspensions: Vec<Suspension>,
}

impl Membership {
    /// Its status on a day: suspended inside one of its suspensions, active otherwise.
    pub fn status_on(&self, day: Day) -> MembershipStatus {
        if self.suspensions.iter().any(|s| s.period().contains(day)) {
            MembershipStatus::Suspended
        } else {
            MembershipStatus::Active
        }
    }

    /// The id of a new entry, by the one rule every way of adding one follows (the proposal
    /// form, CSV rows without an id): `forum:role:member`, with the year of its start when it
    /// has one (`colombo-process:chair:BGD:2026`), and `-2`, `-3`... after it while `taken`
    /// says that id is in use.
    pub fn new_id(
        forum: &ForumId,
        role: Role,
        member: &Member,
        start: Option<PartialDate>,
        taken: impl Fn(&str) -> bool,
    ) -> Result<MembershipId, crate::ids::IdError> {
        let mut stem = format!("{forum}:{}:{}", role.as_str(), member.id());
        if let Some(s) = start {
            stem.push_str(&format!(":{}", s.first_day().year()));
        }
        let mut id = stem.clone();
        let mut n = 2;
        while taken(&id) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        MembershipId::parse(&id)
    }

    pub fn period(&self) -> Period {
        Period::new(self.start_date, self.end_date)
    }

    /// Whether the row records when it began or when it ended.
    pub fn is_dated(&self) -> bool {
        self.start_date.is_some() || self.end_date.is_some()
    }

    /// The as-of rule applied to this membership alone: a dated row counts on the days of its
    /// period; a row with no dates counts on no day (it is listed apart, "dates not recorded",
    /// never folded into the members on a date). See [`Forum::counts_on`] for the whole rule.
    pub fn active_on(&self, day: Day) -> bool {
        self.is_dated() && self.period().contains(day)
    }
}

/// The name and version of Agora's own export format.
pub const DATASET_FORMAT: &str = "agora-dataset";
pub const DATASET_VERSION: u32 = 1;

/// A whole registry, or part of one: the unit of import and export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub areas: Vec<Area>,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub themes: Vec<Theme>,
    #[serde(default)]
    pub fora: Vec<Forum>,
    #[serde(default)]
    pub memberships: Vec<Membership>,
}

impl Default for Dataset {
    fn default() -> Self {
        Dataset {
            format: DATASET_FORMAT.to_owned(),
            version: DATASET_VERSION,
            areas: vec![],
            organisations: vec![],
            themes: vec![],
            fora: vec![],
            memberships: vec![],
        }
    }
}

impl Dataset {
    /// Sort every list by id, so that output is the same whatever order records arrived in.
    pub fn sort(&mut self) {
        self.areas.sort_by(|a, b| a.code.cmp(&b.code));
        self.organisations.sort_by(|a, b| a.id.cmp(&b.id));
        self.themes.sort_by(|a, b| a.id.cmp(&b.id));
        self.fora.sort_by(|a, b| a.id.cmp(&b.id));
        self.memberships.sort_by(|a, b| a.id.cmp(&b.id));
    }

    pub fn record_count(&self) -> usize {
        self.areas.len()
            + self.organisations.len()
            + self.themes.len()
            + self.fora.len()
            + self.memberships.len()
    }

    /// The part of the registry that holds on a day: memberships active then, fora that existed.
    /// Areas, organisations and themes are reference data and are kept whole.
    pub fn as_of(mut self, day: Day) -> Dataset {
        self.fora.retain(|f| f.exists_on(day));
        let fora: std::collections::BTreeSet<&ForumId> = self.fora.iter().map(|f| &f.id).collect();
        let memberships = std::mem::take(&mut self.memberships)
            .into_iter()
            .filter(|m| m.active_on(day) && fora.contains(&m.forum_id))
            .filter(|m| match &m.member {
                Member::Forum(f) => fora.contains(f),
                _ => true,
            })
            .collect();
        self.memberships = memberships;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_typed_and_checked() {
        let m: Member = serde_json::from_str(r#"{"type":"area","id":"SWE"}"#).unwrap();
        assert_eq!(m, Member::Area(AreaCode::parse("SWE").unwrap()));
        assert!(serde_json::from_str::<Member>(r#"{"type":"area","id":"iom"}"#).is_err());
        assert!(serde_json::from_str::<Member>(r#"{"type":"person","id":"x"}"#).is_err());
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"type":"area","id":"SWE"}"#
        );
    }

    #[test]
    fn category_history_answers_by_date() {
        let f: Forum = serde_json::from_value(serde_json::json!({
            "id": "bali-process", "names": {"en": "Bali Process"},
            "categories": [
                {"category": "rcp", "start_date": "2002", "end_date": "2010"},
                {"category": "interregional_forum", "start_date": "2011"}
            ],
            "md_status": "not_addressed", "sources": [], "verification": "verified"
        }))
        .unwrap();
        assert_eq!(f.category(), Some(Category::InterregionalForum));
        assert_eq!(
            f.category_on("2009-06-04".parse().unwrap()),
            Some(Category::Rcp)
        );
        assert_eq!(
            f.category_on("2015-01-01".parse().unwrap()),
            Some(Category::InterregionalForum)
        );
    }

    #[test]
    fn enum_strings_match_serde() {
        for r in Role::ALL {
            assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        for c in Category::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
        for s in MdStatus::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        for l in MeetingLevel::ALL {
            assert_eq!(serde_json::to_value(l).unwrap(), l.as_str());
        }
        for k in OrganisationKind::ALL {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
    }

    #[test]
    fn new_entries_get_their_ids_by_one_rule() {
        let colombo: ForumId = "colombo-process".parse().unwrap();
        let bgd = Member::Area("BGD".parse().unwrap());
        let start = Some("2026-03".parse().unwrap());
        let id = |start, taken: &[&str]| {
            Membership::new_id(&colombo, Role::Chair, &bgd, start, |i| taken.contains(&i))
                .unwrap()
                .to_string()
        };
        assert_eq!(id(start, &[]), "colombo-process:chair:BGD:2026");
        assert_eq!(id(None, &[]), "colombo-process:chair:BGD");
        assert_eq!(
            id(
                start,
                &[
                    "colombo-process:chair:BGD:2026",
                    "colombo-process:chair:BGD:2026-2"
                ]
            ),
            "colombo-process:chair:BGD:2026-3"
        );
    }
}
