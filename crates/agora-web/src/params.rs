//! Query parameters, read strictly: an unknown parameter, a repeated one or a malformed value is
//! a 400 that names the parameter (never a silent default).

use agora_core::Day;

use agora_core::Said;

use crate::error::AppError;
use agora_app::fora::{ForaQuery, ForaSort};
use agora_app::meetings::{MeetingFilter, When};
use agora_app::registry::{ForaFilter, ForumStatus, Registry};
use agora_core::meeting::MeetingType;
use agora_core::{Category, MdStatus};

pub struct Params {
    pairs: Vec<(String, String)>,
    /// Pages: an empty value means "not given" (HTML forms send every field). The API: an
    /// empty value is a malformed value, except for free text.
    empty_is_absent: bool,
}

impl Params {
    /// Parameters of an API request.
    pub fn api(raw: Option<&str>, allowed: &[&str]) -> Result<Params, AppError> {
        Self::read(raw, allowed, false)
    }

    /// Parameters of a page request (from links and GET forms).
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, AppError> {
        Self::read(raw, allowed, true)
    }

    fn read(
        raw: Option<&str>,
        allowed: &[&str],
        empty_is_absent: bool,
    ) -> Result<Params, AppError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
            .map_err(|_| AppError::bad_key("query", "param-not-form-encoding"))?;
        for (i, (k, _)) in pairs.iter().enumerate() {
            if !allowed.contains(&k.as_str()) {
                return Err(AppError::bad(
                    k,
                    Said::new("param-unknown").with("allowed", allowed.join(", ")),
                ));
            }
            if pairs[..i].iter().any(|(k2, _)| k2 == k) {
                return Err(AppError::bad_key(k, "param-twice"));
            }
        }
        Ok(Params {
            pairs,
            empty_is_absent,
        })
    }

    /// The value of a parameter. On pages an empty value counts as absent; in the API it is
    /// returned as it is, so that parsing it fails with a message naming the parameter.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !(self.empty_is_absent && v.is_empty()))
    }

    /// Free text: empty means "not given" everywhere.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.get(name).filter(|v| !v.is_empty())
    }

    pub fn parse_with<T>(
        &self,
        name: &str,
        f: impl FnOnce(&str) -> Result<T, Said>,
    ) -> Result<Option<T>, AppError> {
        self.get(name)
            .map(|v| f(v).map_err(|m| AppError::bad(name, m)))
            .transpose()
    }

    /// `as_of=YYYY-MM-DD` if given; a year or a month (`2010`, `2010-06`) means its last day.
    pub fn optional_as_of(&self) -> Result<Option<Day>, AppError> {
        self.day_named("as_of")
    }

    /// A date parameter read as `as_of` is: a day, or a year or month meaning its last day.
    pub fn day_named(&self, name: &str) -> Result<Option<Day>, AppError> {
        self.parse_with(name, |v| {
            v.parse::<agora_core::PartialDate>()
                .map(agora_core::PartialDate::last_day)
                .map_err(|e| Said::new("param-date").with("said", e.said()))
        })
    }

    /// The year or month `as_of` named, when it named one rather than a day (the day is then
    /// its last).
    pub fn as_of_period(&self) -> Option<&str> {
        self.get("as_of").filter(|v| {
            v.parse::<agora_core::PartialDate>()
                .is_ok_and(|p| !matches!(p, agora_core::PartialDate::Day(_)))
        })
    }

    /// `as_of=YYYY-MM-DD`, defaulting to `today`.
    pub fn as_of(&self, today: Day) -> Result<Day, AppError> {
        Ok(self.optional_as_of()?.unwrap_or(today))
    }

    /// `limit`, 1 to 500, default 50.
    pub fn limit(&self) -> Result<usize, AppError> {
        Ok(self
            .parse_with("limit", |v| match v.parse::<usize>() {
                Ok(n) if (1..=500).contains(&n) => Ok(n),
                _ => Err(not_between(v, 1, 500)),
            })?
            .unwrap_or(50))
    }

    /// A year between 1800 and 2200.
    pub fn year(&self, name: &str) -> Result<Option<i32>, AppError> {
        self.parse_with(name, |v| match v.parse::<i32>() {
            Ok(y) if (1800..=2200).contains(&y) => Ok(y),
            _ => Err(Said::new("param-not-year").with("value", v)),
        })
    }

    /// One of a fixed set of values.
    pub fn choice<T: Copy>(
        &self,
        name: &str,
        all: &[T],
        label: fn(T) -> &'static str,
    ) -> Result<Option<T>, AppError> {
        self.parse_with(name, |v| {
            all.iter()
                .copied()
                .find(|x| label(*x) == v)
                .ok_or_else(|| not_one_of(v, all.iter().map(|x| label(*x))))
        })
    }
}

/// A value that is none of those a parameter takes.
pub fn not_one_of<'a>(value: &str, allowed: impl IntoIterator<Item = &'a str>) -> Said {
    Said::new("param-not-one-of").with("value", value).with(
        "allowed",
        allowed.into_iter().collect::<Vec<_>>().join(", "),
    )
}

/// A value that is not a whole number in a range.
pub fn not_between(value: &str, least: usize, most: usize) -> Said {
    Said::new("param-not-between")
        .with("value", value)
        .with("least", least.to_string())
        .with("most", most.to_string())
}

/// A value that is not the one a flag parameter takes ('yes', 'all', '1').
pub fn not_the_flag(value: &str, expected: &str) -> Said {
    Said::new("param-not-flag")
        .with("value", value)
        .with("expected", expected)
}

/// Cursors are opaque to clients: the sort order and the key of the last item returned, so that
/// paging is stable and has no depth limit.
pub fn encode_cursor(sort: &str, key: &str, id: &str) -> String {
    let raw = format!("v1\u{1f}{sort}\u{1f}{key}\u{1f}{id}");
    raw.bytes().map(|b| format!("{b:02x}")).collect()
}

pub struct Cursor {
    pub sort: String,
    pub key: String,
    pub id: String,
}

pub fn decode_cursor(s: &str) -> Result<Cursor, AppError> {
    let bad = || AppError::bad_key("cursor", "cursor-not-this-apis");
    if !s.len().is_multiple_of(2) || s.len() > 2000 {
        return Err(bad());
    }
    let bytes = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2).ok_or_else(bad)?, 16).map_err(|_| bad()))
        .collect::<Result<Vec<u8>, AppError>>()?;
    let text = String::from_utf8(bytes).map_err(|_| bad())?;
    let mut parts = text.split('\u{1f}');
    match (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) {
        (Some("v1"), Some(sort), Some(key), Some(id), None) => Ok(Cursor {
            sort: sort.to_owned(),
            key: key.to_owned(),
            id: id.to_owned(),
        }),
        _ => Err(bad()),
    }
}

/// One page of `items` (already sorted by `(key, id)`), after the cursor if any.
pub fn page<T>(
    items: Vec<T>,
    key_of: impl Fn(&T) -> (String, String),
    sort: &str,
    cursor: Option<&str>,
    limit: usize,
) -> Result<(Vec<T>, Option<String>), AppError> {
    let start = match cursor {
        None => 0,
        Some(c) => {
            let c = decode_cursor(c)?;
            if c.sort != sort {
                return Err(AppError::bad_key("cursor", "cursor-other-sort"));
            }
            let after = (c.key, c.id);
            items
                .iter()
                .position(|it| key_of(it) > after)
                .unwrap_or(items.len())
        }
    };
    let mut rest: Vec<T> = items.into_iter().skip(start).collect();
    let next = if rest.len() > limit {
        rest.truncate(limit);
        rest.last().map(|it| {
            let (k, id) = key_of(it);
            encode_cursor(sort, &k, &id)
        })
    } else {
        None
    };
    Ok((rest, next))
}

/// The query parameters of the fora list (API and page alike): its filters and day first, then
/// its order and page.
pub const FORA_PARAMS: &[&str] = &[
    "q",
    "category",
    "region",
    "theme",
    "md_status",
    "status",
    "as_of",
    "sort",
    "cursor",
    "limit",
];

/// The fora list's filters and day, which the landscape analyses take too.
pub const FORA_FILTER_PARAMS: &[&str] = FORA_PARAMS.split_at(7).0;

/// A fora query as the API and the fora page read it from a query string.
pub struct ForaRequest {
    pub query: ForaQuery,
    pub cursor: Option<String>,
    pub limit: usize,
}

impl ForaRequest {
    pub fn parse(p: &Params, r: &Registry, today: Day) -> Result<ForaRequest, AppError> {
        let theme = p.parse_with("theme", |t| match r.theme(t) {
            Some(_) => Ok(t.to_owned()),
            None => Err(Said::new("check-unknown-theme").with("id", t)),
        })?;
        Ok(ForaRequest {
            query: ForaQuery {
                filter: ForaFilter {
                    q: p.text("q").map(|q| q.chars().take(200).collect()),
                    category: p.choice("category", &Category::ALL, Category::as_str)?,
                    region: p.parse_with("region", |v| {
                        v.parse::<u16>()
                            .ok()
                            .filter(|c| r.regions().contains_key(c))
                            .ok_or_else(|| Said::new("param-not-region").with("value", v))
                    })?,
                    theme,
                    md_status: p.choice("md_status", &MdStatus::ALL, MdStatus::as_str)?,
                    status: p.choice(
                        "status",
                        &[ForumStatus::Active, ForumStatus::Dissolved],
                        |s| match s {
                            ForumStatus::Active => "active",
                            ForumStatus::Dissolved => "dissolved",
                        },
                    )?,
                },
                day: p.as_of(today)?,
                sort: p
                    .choice("sort", &ForaSort::ALL, ForaSort::as_str)?
                    .unwrap_or(if p.get("q").is_some_and(|q| !q.trim().is_empty()) {
                        ForaSort::Relevance
                    } else {
                        ForaSort::Name
                    }),
            },
            cursor: p.get("cursor").map(str::to_owned),
            limit: p.limit()?,
        })
    }
}

/// The query parameters of the calendar (API and page alike).
pub const MEETINGS_PARAMS: &[&str] = &[
    "q", "forum", "state", "kind", "year", "when", "cursor", "limit",
];

/// A calendar query as the API and the calendar page read it from a query string.
pub struct MeetingsRequest {
    pub filter: MeetingFilter,
    pub cursor: Option<String>,
    pub limit: usize,
}

impl MeetingsRequest {
    pub fn parse(p: &Params, r: &Registry) -> Result<MeetingsRequest, AppError> {
        Ok(MeetingsRequest {
            filter: MeetingFilter {
                q: p.text("q").map(|q| q.chars().take(200).collect()),
                forum: p.parse_with("forum", |f| match r.forum(f) {
                    Some(forum) => Ok(forum.id.clone()),
                    None => Err(Said::new("no-such-forum").with("id", f)),
                })?,
                state: p.parse_with("state", |c| match r.area(c) {
                    Some(a) => Ok(a.code.clone()),
                    None => Err(Said::new("check-unknown-area").with("id", c)),
                })?,
                kind: p.choice("kind", &MeetingType::ALL, MeetingType::as_str)?,
                year: p.year("year")?,
                when: p.choice("when", &[When::Upcoming, When::Past], |w| match w {
                    When::Upcoming => "upcoming",
                    When::Past => "past",
                })?,
            },
            cursor: p.get("cursor").map(str::to_owned),
            limit: p.limit()?,
        })
    }
}

pub const RECOMMENDATIONS_PARAMS: &[&str] = &[
    "q",
    "forum",
    "meeting",
    "theme",
    "addressee",
    "status",
    "kind",
    "year",
    "cursor",
    "limit",
];

/// The register's filters, read strictly: a forum, meeting, theme or addressee that does not
/// exist is refused by name.
pub struct RecommendationsRequest {
    pub filter: agora_app::recommendations::RecommendationFilter,
    pub cursor: Option<String>,
    pub limit: usize,
}

impl RecommendationsRequest {
    pub fn parse(p: &Params, r: &Registry) -> Result<RecommendationsRequest, AppError> {
        use agora_core::recommendation::{FollowUpStatus, RecommendationType};
        Ok(RecommendationsRequest {
            filter: agora_app::recommendations::RecommendationFilter {
                q: p.text("q").map(|q| q.chars().take(200).collect()),
                forum: p.parse_with("forum", |f| match r.forum(f) {
                    Some(forum) => Ok(forum.id.to_string()),
                    None => Err(Said::new("no-such-forum").with("id", f)),
                })?,
                meeting: p.parse_with("meeting", |m| match r.meetings.get(m) {
                    Some(x) => Ok(x.id.to_string()),
                    None => Err(Said::new("check-unknown-meeting").with("id", m)),
                })?,
                theme: p.parse_with("theme", |t| match r.theme(t) {
                    Some(x) => Ok(x.id.to_string()),
                    None => Err(Said::new("check-unknown-theme").with("id", t)),
                })?,
                addressee: p.parse_with("addressee", |a| party(r, a))?,
                status: p.choice("status", &FollowUpStatus::ALL, FollowUpStatus::as_str)?,
                kind: p.choice("kind", &RecommendationType::ALL, RecommendationType::as_str)?,
                year: p.year("year")?,
            },
            cursor: p.get("cursor").map(str::to_owned),
            limit: p.limit()?,
        })
    }
}

/// A state (by its code), forum or organisation (by id) that exists.
pub fn party(r: &Registry, id: &str) -> Result<agora_core::Member, Said> {
    use agora_core::Member;
    if let Some(a) = r.area(id) {
        return Ok(Member::Area(a.code.clone()));
    }
    if let Some(f) = r.forum(id) {
        return Ok(Member::Forum(f.id.clone()));
    }
    if let Some(o) = r.organisation(id) {
        return Ok(Member::Organisation(o.id.clone()));
    }
    Err(Said::new("no-such-party").with("id", id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_refuse_forgeries() {
        let c = encode_cursor("name", "soderkoping", "soderkoping-process");
        let d = decode_cursor(&c).unwrap();
        assert_eq!(
            (d.sort.as_str(), d.key.as_str(), d.id.as_str()),
            ("name", "soderkoping", "soderkoping-process")
        );
        for bad in ["zz", "abc", "7631", &"00".repeat(3)] {
            assert!(decode_cursor(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn paging_visits_every_item_once() {
        let items: Vec<u32> = (0..23).collect();
        let key = |i: &u32| (format!("{:03}", i % 5), format!("{i:03}"));
        let mut sorted = items.clone();
        sorted.sort_by_key(key);
        let mut seen = vec![];
        let mut cursor: Option<String> = None;
        loop {
            let (got, next) = page(sorted.clone(), key, "k", cursor.as_deref(), 4).unwrap();
            seen.extend(got);
            match next {
                Some(n) => cursor = Some(n),
                None => break,
            }
        }
        assert_eq!(seen, sorted);
    }

    #[test]
    fn parameters_are_strict() {
        assert!(Params::parse(Some("as_of=2009-06-04&limit=5"), &["as_of", "limit"]).is_ok());
        let e = Params::parse(Some("foo=1"), &["as_of"]).err().unwrap();
        assert!(e.to_string().contains("'foo'"));
        let e = Params::parse(Some("limit=1&limit=2"), &["limit"])
            .err()
            .unwrap();
        assert!(e.to_string().contains("more than once"));
        let p = Params::parse(Some("as_of=2009-13-01&limit=0"), &["as_of", "limit"]).unwrap();
        assert!(
            p.as_of("2026-01-01".parse().unwrap())
                .err()
                .unwrap()
                .to_string()
                .contains("'as_of'")
        );
        assert!(p.limit().err().unwrap().to_string().contains("'limit'"));
    }
}
