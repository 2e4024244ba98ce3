//! The follow-up spreadsheet read back: a forum's secretariat downloads its follow-up entries
//! as `follow_ups.csv` (the open data's columns, one row per entry, status and progress as of
//! the day in `as_of`), updates a hundred of them in a spreadsheet and uploads the file. Each
//! row is an entry by its stable id: a new status or progress becomes a new step of the entry's
//! timeline, dated by `as_of` (today when empty). Every problem of every row is said at once,
//! with its line; a file with any problem changes nothing.

use agora_core::recommendation::{Evidence, FollowUp, FollowUpStatus, FollowUpType, Update};
use agora_core::{Catalogue, Day, DocumentId, FollowUpId, ForumId, PartialDate, Said};

use crate::FileProblem;
use crate::bundle::{FOLLOW_UPS, read_party};
use crate::csv_format::{not_one_of, split};
use crate::csv_rows::{Row, read_table};

/// The columns a row must have.
const REQUIRED: [&str; 7] = [
    "id",
    "recommendation",
    "forum",
    "actor",
    "kind",
    "status",
    "progress",
];

/// Whether a CSV file's header is the follow-up spreadsheet's.
pub fn is_follow_ups(text: &str) -> bool {
    let header = text.lines().next().unwrap_or("");
    let cols: Vec<&str> = header
        .split(',')
        .map(|c| c.trim().trim_matches('"'))
        .collect();
    cols.contains(&"recommendation") && cols.contains(&"actor")
}

/// The entries of a follow-up spreadsheet as they would stand (each with its line), from the
/// entries the uploader may see (`stored` finds one by id; `hidden` says whether an id is an
/// entry they may not see: its row is refused, saying no more) and the ids that exist;
/// `today` dates a step whose `as_of` is empty.
pub fn parse(
    name: &str,
    text: &str,
    stored: &dyn Fn(&str) -> Option<FollowUp>,
    hidden: &dyn Fn(&str) -> bool,
    known: &Catalogue,
    today: Day,
) -> Result<Vec<(u64, FollowUp)>, Vec<FileProblem>> {
    let (cols, records, mut problems) =
        read_table(name, text, |_| (FOLLOW_UPS.columns(), REQUIRED.to_vec()))?;
    // The entries of the file as the rules know entries (one may be part of another).
    let mut known = known.clone();
    let cell = |rec: &csv::StringRecord, col: &str| {
        cols.iter()
            .position(|c| c == col)
            .and_then(|i| rec.get(i))
            .map(str::trim)
            .unwrap_or("")
            .to_owned()
    };
    for rec in &records {
        let (Ok(id), Ok(recommendation), Ok(forum)) = (
            cell(rec, "id").parse::<FollowUpId>(),
            cell(rec, "recommendation").parse(),
            cell(rec, "forum").parse(),
        ) else {
            continue;
        };
        let part_of = cell(rec, "part_of").parse().ok();
        known.follow_ups.insert(
            id,
            agora_core::recommendation::KnownFollowUp {
                recommendation,
                forum,
                part_of,
            },
        );
    }
    let mut out = Vec::new();
    for rec in &records {
        let mut row = Row::read(name, text, &cols, rec, &mut problems);
        let line = row.line;
        if row.text("id").is_some_and(hidden) {
            row.bad("id", Said::new("follow-up-id-taken"));
            continue;
        }
        if let Some(f) = entry(&mut row, stored, today) {
            for p in f.problems(&known) {
                row.bad(column_of(&p.field), p.message);
            }
            out.push((line, f));
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The column of the spreadsheet a field of an entry comes from (a step of the timeline is
/// the row's `as_of`, `status` and `progress`).
fn column_of(field: &str) -> &str {
    match field {
        f if f.starts_with("updates[") && f.ends_with(".date") => "as_of",
        f if f.starts_with("updates[") && f.ends_with(".status") => "status",
        f if f.starts_with("updates[") && f.ends_with(".progress") => "progress",
        f if f.starts_with("updates[") => "as_of",
        f if f.starts_with("evidence") => "evidence",
        f if f.starts_with("with") => "with",
        f if f.starts_with("visibility") => "forum",
        f => f,
    }
}

/// One row as an entry: the stored one changed by the row, or a new one.
fn entry(
    row: &mut Row<'_>,
    stored: &dyn Fn(&str) -> Option<FollowUp>,
    today: Day,
) -> Option<FollowUp> {
    let id: FollowUpId = row.required("id", FollowUpId::parse)?;
    let recommendation = row.required("recommendation", |s| {
        s.parse::<agora_core::RecommendationId>()
    });
    let forum = row.required("forum", ForumId::parse);
    let actor = row.required("actor", |s| {
        read_party(s).ok_or_else(|| Said::new("csv-party").with("typed", Said::as_given(s)))
    });
    let kind = row.required("kind", |s| {
        FollowUpType::parse(s)
            .ok_or_else(|| not_one_of(s, FollowUpType::ALL.map(FollowUpType::as_str)))
    });
    let status = row.required("status", |s| {
        FollowUpStatus::parse(s)
            .ok_or_else(|| not_one_of(s, FollowUpStatus::ALL.map(FollowUpStatus::as_str)))
    });
    let progress = row.required("progress", |s| {
        s.parse::<u8>().ok().filter(|p| *p <= 100).ok_or_else(|| {
            Said::new("follow-up-progress-range").with("progress", Said::as_given(s))
        })
    });
    let as_of = row.parse("as_of", |s| s.parse::<PartialDate>()).flatten();
    let with = row
        .parse("with", |s| {
            split(s)
                .iter()
                .map(|f| ForumId::parse(f).map_err(Said::from))
                .collect::<Result<Vec<_>, _>>()
        })
        .flatten();
    let dates = [
        row.parse("start_date", |s| s.parse::<PartialDate>()),
        row.parse("end_date", |s| s.parse::<PartialDate>()),
    ];
    let evidence = row
        .parse("evidence", |s| {
            split(s)
                .iter()
                .map(|e| {
                    if e.starts_with("http://") || e.starts_with("https://") {
                        Ok(Evidence {
                            document: None,
                            url: Some(e.clone()),
                            note: None,
                        })
                    } else {
                        DocumentId::parse(e).map(|d| Evidence {
                            document: Some(d),
                            url: None,
                            note: None,
                        })
                    }
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .flatten();
    let part_of = row.parse("part_of", FollowUpId::parse);
    let weight = row
        .parse("weight", |s| {
            s.parse::<u32>()
                .map_err(|_| Said::new("csv-whole-number").with("typed", Said::as_given(s)))
        })
        .flatten();
    let description = row.text("description").map(str::to_owned);
    let (recommendation, forum, actor, kind, status, progress) =
        (recommendation?, forum?, actor?, kind?, status?, progress?);
    let mut f = stored(id.as_str()).unwrap_or_else(|| FollowUp {
        id: id.clone(),
        recommendation: recommendation.clone(),
        forum: forum.clone(),
        actor: actor.clone(),
        with: Vec::new(),
        kind,
        status,
        progress,
        start_date: None,
        end_date: None,
        description: None,
        evidence: Vec::new(),
        updates: Vec::new(),
        part_of: None,
        weight: 1,
        visibility: agora_core::policy::Visibility::Public,
    });
    if f.updates.is_empty() || f.status != status || f.progress != progress {
        // The day of the new step: the row's, unless it is the day of the step before (the
        // column as it was downloaded) or empty: then today's.
        let last = f.updates.last().map(|u| u.date);
        let date = match as_of {
            Some(d) if Some(d) != last => d,
            _ => PartialDate::Day(today),
        };
        f.updates.push(Update {
            date,
            status,
            progress,
            note: None,
        });
    }
    f.recommendation = recommendation;
    f.forum = forum;
    f.actor = actor;
    f.kind = kind;
    f.status = status;
    f.progress = progress;
    if let Some(with) = with.or_else(|| row.has("with").then(Vec::new)) {
        f.with = with;
    }
    let [start, end] = dates;
    if let Some(d) = start {
        f.start_date = d;
    }
    if let Some(d) = end {
        f.end_date = d;
    }
    if let Some(d) = description {
        f.description = (!d.is_empty()).then_some(d);
    }
    if let Some(e) = evidence.or_else(|| row.has("evidence").then(Vec::new)) {
        // The notes of evidence already kept stay with it.
        f.evidence = e
            .into_iter()
            .map(|new| {
                f.evidence
                    .iter()
                    .find(|old| old.document == new.document && old.url == new.url)
                    .cloned()
                    .unwrap_or(new)
            })
            .collect();
    }
    if let Some(p) = part_of {
        f.part_of = p;
    }
    if let Some(w) = weight {
        f.weight = w;
    }
    Some(f)
}

#[cfg(test)]
mod tests;
