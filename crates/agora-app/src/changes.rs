//! What changed, in words: the one place that words a change of the change log for every page,
//! feed and mail ("Bangladesh became chair of the Colombo Process", "New outcome document:
//! ..."), and the latest changes a viewer may see about a forum, a state, an organisation, a
//! theme or a kind of document.

use agora_core::document::Document;
use agora_core::meeting::{Meeting, MeetingStatus};
use agora_core::policy::Viewer;
use agora_core::recommendation::{FollowUp, Recommendation, headline};
use agora_core::{AreaCode, ForumId, Member, Membership, PartialDate};
use agora_i18n::{Locale, Part, Said};
use agora_store::Version;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::registry::Registry;
use crate::{App, Error};

/// The most change-log entries one list reads to fill itself: past them it lists what it found
/// (a bulk import must not make a feed read the whole log).
const MOST_SCANNED: i64 = 20_000;

/// Which changes to list: all of them, or those about one forum, state, organisation, theme,
/// kind of record or kind of document, or only what is new.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeFilter {
    pub forum: Option<String>,
    pub area: Option<String>,
    pub organisation: Option<String>,
    pub theme: Option<String>,
    /// A kind of record, by its declared name (`forum`, `membership`, `document`, `meeting`).
    pub what: Option<String>,
    /// A kind of document (`declaration`, `action_plan`, ...).
    pub document_kind: Option<String>,
    /// Only records added (not changed or removed).
    pub new_only: bool,
}

impl ChangeFilter {
    /// Whether the filter is about nothing in particular (the whole log).
    pub fn is_everything(&self) -> bool {
        *self == ChangeFilter::default()
    }
}

/// One change, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worded {
    /// Its position in the change log: a stable id.
    pub seq: i64,
    /// When it was made (RFC 3339, UTC).
    pub at: String,
    pub entity: String,
    pub entity_id: String,
    /// The sentence, to be written in the reader's language.
    pub said: Said,
    /// The address of the record's page (without a language prefix), while the record exists.
    pub link: Option<String>,
}

/// The latest changes `viewer` may see that the filter selects, newest first, at most `limit`,
/// worded for a reader of `locale` (names in their language where the record has one).
pub async fn latest(
    app: &App,
    viewer: &Viewer,
    locale: Locale,
    filter: &ChangeFilter,
    limit: usize,
) -> Result<Vec<Worded>, Error> {
    let registry = app.registry().await?;
    let today = app.today();
    let mut out = Vec::with_capacity(limit);
    let mut before = None;
    let mut scanned = 0;
    let batch = (limit as i64).clamp(1, 250) * 4;
    while out.len() < limit && scanned < MOST_SCANNED {
        let versions = app.store.recent_versions(before, batch).await?;
        let Some(last) = versions.last() else {
            break;
        };
        before = Some(last.change.seq);
        scanned += versions.len() as i64;
        let exhausted = (versions.len() as i64) < batch;
        for v in versions {
            if out.len() >= limit {
                break;
            }
            if filter.new_only && v.change.op != "create" {
                continue;
            }
            if filter.what.as_deref().is_some_and(|w| w != v.change.entity) {
                continue;
            }
            let visibility = crate::history::visibility_now(app, &registry, &v.change).await?;
            if !viewer.may_see_change(visibility.as_ref(), today, registry.as_ref()) {
                continue;
            }
            // A version of a record whose visibility changed since is worded only to who
            // could see that version too (a participants-only entry made public later keeps its
            // earlier versions to its participants).
            if let Some(kind) = app.kinds().get(&v.change.entity)
                && kind.restricted()
                && let Some(body) = v.body.as_deref()
            {
                let then = serde_json::from_str::<Value>(body)
                    .map(|b| kind.visibility(&b))
                    .unwrap_or(agora_core::policy::Visibility::Confidential);
                if !viewer.may_see(&then, today, registry.as_ref()) {
                    continue;
                }
            }
            // A removal words the record as it was before.
            let earlier = match v.body.is_none() || needs_before(&v) {
                true => {
                    app.store
                        .version_before(&v.change.entity, &v.change.entity_id, v.change.seq)
                        .await?
                }
                false => None,
            };
            let record = Record::read(&v, earlier.as_ref());
            if !record.is_about(filter, &registry) {
                continue;
            }
            out.push(word(&v, &record, &registry, locale, today));
        }
        if exhausted {
            break;
        }
    }
    Ok(out)
}

/// Whether wording an update needs the version before it (a membership that ended, a meeting
/// cancelled).
fn needs_before(v: &Version) -> bool {
    v.change.op == "update"
        && matches!(
            v.change.entity.as_str(),
            "membership" | "meeting" | "follow_up"
        )
}

/// A change's record as it is after it (or, removed, as it was), and as it was before.
struct Record {
    now: Typed,
    before: Typed,
}

enum Typed {
    Forum(Box<agora_core::Forum>),
    Membership(Box<Membership>),
    Document(Box<Document>),
    Meeting(Box<Meeting>),
    Recommendation(Box<Recommendation>),
    FollowUp(Box<FollowUp>),
    Route(Box<agora_core::route::Route>),
    Practice(Box<agora_core::practice::Practice>),
    Other,
}

fn parse<T: DeserializeOwned>(body: Option<&str>) -> Option<T> {
    serde_json::from_str::<Value>(body?)
        .ok()
        .and_then(|v| serde_json::from_value(v).ok())
}

impl Typed {
    fn read(entity: &str, body: Option<&str>) -> Typed {
        let typed = match entity {
            "forum" => parse(body).map(|f| Typed::Forum(Box::new(f))),
            "membership" => parse(body).map(|m| Typed::Membership(Box::new(m))),
            "document" => parse(body).map(|d| Typed::Document(Box::new(d))),
            "meeting" => parse(body).map(|m| Typed::Meeting(Box::new(m))),
            "recommendation" => parse(body).map(|x| Typed::Recommendation(Box::new(x))),
            "follow_up" => parse(body).map(|x| Typed::FollowUp(Box::new(x))),
            "route" => parse(body).map(|x| Typed::Route(Box::new(x))),
            "practice" => parse(body).map(|x| Typed::Practice(Box::new(x))),
            _ => None,
        };
        typed.unwrap_or(Typed::Other)
    }
}

impl Record {
    fn read(v: &Version, earlier: Option<&Version>) -> Record {
        let entity = v.change.entity.as_str();
        let before_body = earlier.and_then(|e| e.body.as_deref());
        Record {
            now: Typed::read(entity, v.body.as_deref().or(before_body)),
            before: Typed::read(entity, before_body),
        }
    }

    /// Whether the change is about what the filter asks for. A record is about a forum it
    /// belongs to, the states and organisations it names, the themes of its fora.
    fn is_about(&self, f: &ChangeFilter, r: &Registry) -> bool {
        let fora: Vec<&ForumId> = match &self.now {
            Typed::Forum(x) => vec![&x.id],
            Typed::Membership(m) => match &m.member {
                Member::Forum(inner) => vec![&m.forum_id, inner],
                _ => vec![&m.forum_id],
            },
            Typed::Document(d) => d.fora.iter().collect(),
            Typed::Meeting(m) => m.fora.iter().collect(),
            Typed::Recommendation(x) => vec![&x.forum],
            Typed::FollowUp(x) => {
                let mut v: Vec<&ForumId> = std::iter::once(&x.forum).chain(&x.with).collect();
                if let Member::Forum(f) = &x.actor {
                    v.push(f);
                }
                v
            }
            Typed::Route(x) => x.fora.iter().collect(),
            Typed::Practice(x) => x.fora.iter().collect(),
            Typed::Other => vec![],
        };
        if let Some(forum) = &f.forum
            && !fora.iter().any(|x| x.as_str() == forum)
        {
            return false;
        }
        if let Some(theme) = &f.theme {
            let own = match &self.now {
                Typed::Forum(x) => x.themes.iter().any(|t| t.as_str() == theme),
                Typed::Document(d) => d.themes.iter().any(|t| t.as_str() == theme),
                Typed::Recommendation(x) => x.themes.iter().any(|t| t.as_str() == theme),
                Typed::Practice(x) => x.themes.iter().any(|t| t.as_str() == theme),
                Typed::FollowUp(x) => r
                    .recommendations
                    .get(x.recommendation.as_str())
                    .is_some_and(|rec| rec.themes.iter().any(|t| t.as_str() == theme)),
                _ => false,
            };
            let of_fora = fora.iter().any(|id| {
                r.forum(id.as_str())
                    .is_some_and(|x| x.themes.iter().any(|t| t.as_str() == theme))
            });
            if !own && !of_fora {
                return false;
            }
        }
        let names = |party: Member| match &self.now {
            Typed::Membership(m) => m.member == party,
            Typed::Meeting(m) => m.involves(&party),
            Typed::Recommendation(x) => x.addressees.contains(&party),
            Typed::FollowUp(x) => x.actor == party,
            Typed::Practice(x) => matches!(&party, Member::Area(a) if x.states.contains(a)),
            _ => false,
        };
        if let Some(area) = &f.area {
            let Ok(code) = area.parse::<AreaCode>() else {
                return false;
            };
            if !names(Member::Area(code)) {
                return false;
            }
        }
        if let Some(org) = &f.organisation {
            let Ok(id) = org.parse() else {
                return false;
            };
            if !names(Member::Organisation(id)) {
                return false;
            }
        }
        if let Some(kind) = &f.document_kind {
            match &self.now {
                Typed::Document(d) if d.kind.as_str() == kind => {}
                _ => return false,
            }
        }
        true
    }
}

/// A partial date as an argument of a sentence.
fn date(d: PartialDate) -> Part {
    match d {
        PartialDate::Year(y) => Part::date(y, None, None),
        PartialDate::Month(y, m) => Part::date(y, Some(m), None),
        PartialDate::Day(d) => Part::date(d.year(), Some(d.month()), Some(d.day())),
    }
}

/// A period as the registry's pages word it ("since November 2025", "2011–2013").
fn period(start: Option<PartialDate>, end: Option<PartialDate>) -> Said {
    match (start, end) {
        (Some(s), Some(e)) if s == e => Said::new("change-period-on").with("day", date(s)),
        (Some(s), Some(e)) => Said::new("period-between")
            .with("start", date(s))
            .with("end", date(e)),
        (Some(s), None) => Said::new("period-since").with("start", date(s)),
        (None, Some(e)) => Said::new("period-until").with("end", date(e)),
        (None, None) => Said::new("period-not-recorded"),
    }
}

fn forum_name(r: &Registry, id: &ForumId, locale: Locale) -> String {
    r.forum_name_in(id, &locale.content_chain()).0.to_owned()
}

fn document_title(d: &Document, locale: Locale) -> String {
    locale
        .content_chain()
        .iter()
        .find_map(|l| d.versions.iter().find(|v| v.lang.as_str() == *l))
        .map_or_else(|| d.title().to_owned(), |v| v.title.clone())
}

/// The page of a record, while it exists.
fn page(entity: &str, id: &str, r: &Registry) -> Option<String> {
    let exists = match entity {
        "forum" => r.forum(id).is_some(),
        "area" => r.area(id).is_some(),
        "organisation" => r.organisation(id).is_some(),
        "document" => r.document(id).is_some(),
        "meeting" => r.meetings.get(id).is_some(),
        "recommendation" => r.recommendations.get(id).is_some(),
        "follow_up" => r.recommendations.follow_up(id).is_some(),
        _ => false,
    };
    let section = match entity {
        "forum" => "fora",
        "area" => "areas",
        "organisation" => "organisations",
        "document" => "documents",
        "meeting" => "meetings",
        "recommendation" => "recommendations",
        "follow_up" => "follow-ups",
        _ => return None,
    };
    exists.then(|| format!("/{section}/{id}"))
}

fn member_page(m: &Member) -> String {
    match m {
        Member::Area(a) => format!("/areas/{a}"),
        Member::Organisation(o) => format!("/organisations/{o}"),
        Member::Forum(f) => format!("/fora/{f}"),
    }
}

/// Whether a membership had ended by `today` (a past term is recorded, not begun).
fn ended(m: &Membership, today: agora_core::Day) -> bool {
    m.end_date.is_some_and(|e| e.last_day() < today)
}

/// A change in words, for a reader of `locale`.
fn word(
    v: &Version,
    record: &Record,
    r: &Registry,
    locale: Locale,
    today: agora_core::Day,
) -> Worded {
    let c = &v.change;
    let op = c.op.as_str();
    let mut link = page(&c.entity, &c.entity_id, r);
    let said = match (&record.now, &record.before) {
        (Typed::Membership(m), before) => {
            let member = r.member_name_in(&m.member, &locale.content_chain()).0;
            let forum = forum_name(r, &m.forum_id, locale);
            let still = r.data.memberships.iter().any(|x| x.id == m.id);
            link = Some(if still {
                member_page(&m.member)
            } else {
                format!("/fora/{}", m.forum_id)
            });
            let key = match (op, before) {
                ("create", _) if ended(m, today) => "change-membership-recorded",
                ("create", _) => "change-membership-began",
                ("delete", _) => "change-membership-removed",
                (_, Typed::Membership(b)) if b.end_date.is_none() && m.end_date.is_some() => {
                    "change-membership-ended"
                }
                _ => "change-membership-corrected",
            };
            Said::new(key)
                .with("member", member)
                .with("role", m.role.as_str())
                .with("forum", forum)
                .with("period", period(m.start_date, m.end_date))
        }
        (Typed::Forum(f), _) => {
            let name = forum_name(r, &f.id, locale);
            Said::new(match op {
                "create" => "change-forum-added",
                "delete" => "change-forum-removed",
                _ => "change-forum-updated",
            })
            .with("name", name)
        }
        (Typed::Document(d), _) => {
            let fora: Vec<String> = d.fora.iter().map(|f| forum_name(r, f, locale)).collect();
            Said::new(match op {
                "create" => "change-document-added",
                "delete" => "change-document-removed",
                _ => "change-document-updated",
            })
            .with("title", document_title(d, locale))
            .with("kind", d.kind.as_str())
            .with("fora", agora_i18n::format::and_list(locale, &fora))
        }
        (Typed::Meeting(m), before) => {
            let lang = locale.content_chain()[0];
            let was = match before {
                Typed::Meeting(b) => Some(b.status),
                _ => None,
            };
            let key = match (op, m.status) {
                ("create", _) => "change-meeting-added",
                ("delete", _) => "change-meeting-removed",
                (_, MeetingStatus::Cancelled) if was != Some(MeetingStatus::Cancelled) => {
                    "change-meeting-cancelled"
                }
                (_, MeetingStatus::Postponed) if was != Some(MeetingStatus::Postponed) => {
                    "change-meeting-postponed"
                }
                _ => "change-meeting-updated",
            };
            let when = period(m.start_date, m.end_date);
            let when = match &m.city {
                Some(city) => Said::new("change-meeting-place")
                    .with("city", city.as_str())
                    .with("when", when),
                None => when,
            };
            Said::new(key)
                .with("title", m.title_in(lang).to_owned())
                .with("when", when)
        }
        (Typed::Recommendation(x), _) => {
            let (words, _) = agora_core::name_in(&x.texts, &locale.content_chain());
            let by = forum_name(r, &x.forum, locale);
            Said::new(match op {
                "create" => "change-recommendation-added",
                "delete" => "change-recommendation-removed",
                _ => "change-recommendation-updated",
            })
            .with("forum", by)
            .with("words", headline(words, 120))
        }
        (Typed::FollowUp(x), before) => {
            let actor = r.member_name_in(&x.actor, &locale.content_chain()).0;
            let was = match before {
                Typed::FollowUp(b) => Some(b.status),
                _ => None,
            };
            let key = match op {
                "create" => "change-follow-up-added",
                "delete" => "change-follow-up-removed",
                _ if was.is_some_and(|w| w != x.status) => "change-follow-up-status",
                _ => "change-follow-up-updated",
            };
            Said::new(key)
                .with("actor", actor)
                .with("recommendation", x.recommendation.as_str())
                .with(
                    "status",
                    Said::new(agora_core::recommendation::status_key(x.status)),
                )
                .with("progress", i64::from(x.progress))
        }
        (Typed::Route(x), _) => {
            let (name, _) = agora_core::name_in(&x.names, &locale.content_chain());
            Said::new(match op {
                "create" => "change-route-added",
                "delete" => "change-route-removed",
                _ => "change-route-updated",
            })
            .with("name", name.to_owned())
            .with("stops", x.stops.len() as i64)
        }
        (Typed::Practice(x), _) => {
            let (title, _) = agora_core::name_in(&x.titles, &locale.content_chain());
            Said::new(match op {
                "create" => "change-practice-added",
                "delete" => "change-practice-removed",
                _ => "change-practice-updated",
            })
            .with("title", title.to_owned())
        }
        (Typed::Other, _) => match c.entity.as_str() {
            "release" => {
                link = Some(format!("/data#release-{}", c.entity_id));
                Said::new("change-release-added").with("name", c.entity_id.as_str())
            }
            "area" | "organisation" => {
                let member = match c.entity.as_str() {
                    "area" => c.entity_id.parse().ok().map(Member::Area),
                    _ => c.entity_id.parse().ok().map(Member::Organisation),
                };
                let name = member.map_or_else(
                    || c.entity_id.clone(),
                    |m| r.member_name_in(&m, &locale.content_chain()).0,
                );
                Said::new("change-party-updated")
                    .with("op", op)
                    .with("name", name)
            }
            _ => Said::new("change-other").with("op", op),
        },
    };
    Worded {
        seq: c.seq,
        at: c.at.clone(),
        entity: c.entity.clone(),
        entity_id: c.entity_id.clone(),
        said,
        link,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use agora_core::Role;

    #[test]
    fn a_role_and_a_period_make_the_sentence() {
        let said = Said::new("change-membership-began")
            .with("member", "Bangladesh")
            .with("role", Role::Chair.as_str())
            .with("forum", "Colombo Process")
            .with("period", period(Some(PartialDate::Month(2025, 11)), None));
        assert_eq!(
            said.text(Locale::En),
            "Bangladesh became chair of Colombo Process (since November 2025)."
        );
    }
}
