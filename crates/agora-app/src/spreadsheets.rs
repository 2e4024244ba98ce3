//! A spreadsheet proposed as one contribution: a secretariat keeps its forum's members (or its
//! follow-up of recommendations) in a spreadsheet, exports it as CSV in the columns `agora
//! export --format csv` (or the open data's `follow_ups.csv`) writes and reads, edits some rows
//! and uploads it. The rows that differ from the records as they are become one contribution
//! carrying every changed record, reviewed and published together.

use agora_core::contribution::Entity;
use agora_i18n::Said;
use serde_json::Value;

use crate::uploads::Upload;
use crate::{App, Caller, Error};

/// The fields a spreadsheet's upload may carry besides `file`: `forum`, when the spreadsheet is
/// one forum's (its members page's CSV), makes every row of another forum a mistake.
pub const FIELDS: &[&str] = &["csrf", "title", "comment", "submit", "forum"];

/// The most problems of a file named in one refusal (the others are counted).
const PROBLEMS_SHOWN: usize = 10;

/// Refused before the form is read: a spreadsheet is proposed by a forum's secretariat or an
/// editor, in person or with an API token that may contribute.
pub fn may_propose(who: &Caller<'_>) -> Result<(), Error> {
    who.account()?;
    if !who.viewer.contributes_somewhere() {
        return Err(Error::forbidden("only-contributors-propose"));
    }
    Ok(())
}

/// Propose the rows of a CSV file (`fora.csv` or `memberships.csv` columns) that differ from the
/// records as they are, as one contribution (see [`crate::contributions::propose_records`]).
/// A row without an id is a new membership, named by the one rule for membership ids.
pub async fn propose(app: &App, who: &Caller<'_>, up: Upload) -> Result<i64, Error> {
    may_propose(who)?;
    let submit = up.submit()?;
    if !up.file_name.to_ascii_lowercase().ends_with(".csv") {
        return Err(Error::bad("file", Said::new("spreadsheet-csv-only")));
    }
    let forum = match up.field("forum") {
        "" => None,
        id => {
            let registry = app.registry().await?;
            let f = registry
                .forum(id)
                .ok_or_else(|| Error::bad("forum", Said::new("no-such-forum").with("id", id)))?;
            if who.viewer.as_contributor(&f.id).is_none() {
                return Err(Error::forbidden("only-contributors-propose"));
            }
            Some(f.id.clone())
        }
    };
    if let Some(text) = std::str::from_utf8(&up.bytes)
        .ok()
        .map(|t| t.trim_start_matches('\u{feff}'))
        .filter(|t| agora_ingest::follow_up_csv::is_follow_ups(t))
    {
        return follow_ups(app, who, &up, text, forum.as_ref(), submit).await;
    }
    let current = app.store.snapshot().await?;
    let parsed = agora_ingest::parse_file(&up.file_name, &up.bytes, &current)
        .map_err(|problems| refused(&problems))?;
    // Every problem of every row at once, each with its line: the rules of the records (ids
    // that exist, dates inside their forum's life), and rows of another forum than the one
    // whose spreadsheet this is.
    let catalogue = app.store.catalogue().await?;
    let mut problems = agora_ingest::problems(&up.file_name, &parsed, &catalogue);
    if let Some(forum) = &forum {
        let lists = [
            (
                "memberships",
                parsed
                    .dataset
                    .memberships
                    .iter()
                    .map(|m| &m.forum_id)
                    .collect::<Vec<_>>(),
            ),
            ("fora", parsed.dataset.fora.iter().map(|f| &f.id).collect()),
        ];
        for (list, owners) in lists {
            for (i, owner) in owners.into_iter().enumerate() {
                if owner != forum {
                    problems.push(agora_ingest::FileProblem {
                        file: up.file_name.clone(),
                        location: parsed.line(list, i).map(|l| agora_ingest::at_line(l, "")),
                        field: if list == "fora" { "id" } else { "forum_id" }.to_owned(),
                        message: Said::new("spreadsheet-other-forum")
                            .with("other", owner.as_str())
                            .with("forum", forum.as_str()),
                    });
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(refused(&problems));
    }
    let data = parsed.dataset;
    // A file holds fora or memberships (its columns say which); only the rows that differ
    // from the stored records are proposed.
    let (entity, records): (Entity, Vec<Value>) = if data.memberships.is_empty() {
        let changed = data.fora.iter().filter(|f| !current.fora.contains(f));
        (
            Entity::FORUM,
            changed.map(to_value).collect::<Result<_, _>>()?,
        )
    } else {
        let changed = data
            .memberships
            .iter()
            .filter(|m| !current.memberships.contains(m));
        (
            Entity::MEMBERSHIP,
            changed.map(to_value).collect::<Result<_, _>>()?,
        )
    };
    if records.is_empty() {
        return Err(Error::bad("file", Said::new("spreadsheet-nothing-new")));
    }
    let (title, comment) = (up.field("title"), up.field("comment"));
    crate::contributions::propose_records(app, who, &entity, &records, title, comment, submit).await
}

/// A follow-up spreadsheet (`follow_ups.csv`'s columns): the entries whose row changes them,
/// as one contribution; a new status or progress is a new step of an entry's timeline.
async fn follow_ups(
    app: &App,
    who: &Caller<'_>,
    up: &Upload,
    text: &str,
    forum: Option<&agora_core::ForumId>,
    submit: bool,
) -> Result<i64, Error> {
    let registry = app.registry().await?;
    let recs = &registry.recommendations;
    let sight = crate::recommendations::Sight::new(who.viewer, app.today(), &registry);
    let catalogue = app.store.catalogue().await?;
    // Only the entries the uploader may see are read back; an id of one they may not see is
    // refused without a word about it.
    let mut rows = agora_ingest::follow_up_csv::parse(
        &up.file_name,
        text,
        &|id| recs.follow_up(id).filter(|f| sight.sees(f)).cloned(),
        &|id| recs.follow_up(id).is_some_and(|f| !sight.sees(f)),
        &catalogue,
        app.today(),
    )
    .map_err(|problems| refused(&problems))?;
    // The evidence the uploader could not see was not in their file: it stays.
    for (_, f) in &mut rows {
        if let Some(stored) = recs.follow_up(f.id.as_str()) {
            let seen = recs.evidence(stored, &sight);
            for e in &stored.evidence {
                if !seen.contains(&e) && !f.evidence.contains(e) {
                    f.evidence.push(e.clone());
                }
            }
        }
    }
    if let Some(forum) = forum {
        let problems: Vec<agora_ingest::FileProblem> = rows
            .iter()
            .filter(|(_, f)| &f.forum != forum)
            .map(|(line, f)| agora_ingest::FileProblem {
                file: up.file_name.clone(),
                location: Some(agora_ingest::at_line(line, "")),
                field: "forum".to_owned(),
                message: Said::new("spreadsheet-other-forum")
                    .with("other", f.forum.as_str())
                    .with("forum", forum.as_str()),
            })
            .collect();
        if !problems.is_empty() {
            return Err(refused(&problems));
        }
    }
    let records = rows
        .iter()
        .filter(|(_, f)| recs.follow_up(f.id.as_str()) != Some(f))
        .map(|(_, f)| to_value(f))
        .collect::<Result<Vec<_>, _>>()?;
    if records.is_empty() {
        return Err(Error::bad("file", Said::new("spreadsheet-nothing-new")));
    }
    let (title, comment) = (up.field("title"), up.field("comment"));
    crate::contributions::propose_records(
        app,
        who,
        &Entity::new("follow_up"),
        &records,
        title,
        comment,
        submit,
    )
    .await
}

/// A file refused for its problems, the first [`PROBLEMS_SHOWN`] of them said, each with its
/// line (the others counted).
fn refused(problems: &[agora_ingest::FileProblem]) -> Error {
    let shown = problems
        .iter()
        .take(PROBLEMS_SHOWN)
        .map(agora_ingest::FileProblem::said);
    let more = problems.len().saturating_sub(PROBLEMS_SHOWN);
    Error::bad(
        "file",
        Said::new("spreadsheet-problems")
            .with(
                "problems",
                Said::joined(shown).unwrap_or_else(|| Said::new("upload-unread")),
            )
            .with("more", more),
    )
}

/// A record as the JSON a contribution proposes.
fn to_value<T: serde::Serialize>(record: T) -> Result<Value, Error> {
    serde_json::to_value(record)
        .map_err(|e| Error::Internal(format!("a record does not serialise: {e}")))
}
