//! Contributions, shared by the pages and the API (and any interface to come): proposing a change to a forum's records,
//! taking steps, rebasing, and who may open which contribution. Every decision is the access
//! policy's (agora-core); this module turns its answers into store calls and errors.

use agora_core::ForumId;
use agora_core::contribution::{self, Contribution, Entity, FieldChange, RecordChange};
use agora_core::policy::{
    ContributionState, ContributorCap, ERROR_REPORT, Step, StepRefused, take_step,
};
use agora_i18n::Said;
use agora_store::{Actor, ContributionFilter, NewContribution};
use serde_json::Value;

use crate::{App, Caller, Error};

/// The longest title and comment accepted.
pub const MAX_TITLE: usize = 200;
pub const MAX_COMMENT: usize = 5000;
/// The most records one contribution carries (a spreadsheet of a forum's memberships is far
/// smaller; a bigger batch is split into several contributions).
pub const MAX_RECORDS: usize = 2000;

/// The role a viewer acts under for a forum, as the store records it (see
/// [`agora_core::policy::Viewer::acting_role`]).
pub fn acting_role(who: &Caller<'_>, forum: &ForumId) -> Option<String> {
    who.viewer.acting_role(forum).map(|r| r.to_string())
}

fn actor(who: &Caller<'_>, forum: &ForumId, comment: &str) -> Result<Actor, Error> {
    let account = who.account()?;
    Ok(Actor {
        account_id: account.id,
        role: acting_role(who, forum).unwrap_or_else(|| "none".into()),
        comment: comment.trim().to_owned(),
    })
}

pub fn check_text(field: &str, value: &str, max: usize) -> Result<(), Error> {
    if value.chars().count() > max {
        return Err(Error::bad(
            field,
            Said::new("at-most-characters").with("most", max),
        ));
    }
    Ok(())
}

/// A contribution the viewer may open; 404 (never 403) for one it may not, so that its existence
/// is not revealed.
pub async fn load(app: &App, who: &Caller<'_>, id: &str) -> Result<Contribution, Error> {
    let missing = || Error::not_found("contribution", id);
    let n: i64 = id.parse().map_err(|_| missing())?;
    let c = app.store.contribution(n).await?.ok_or_else(missing)?;
    let registry = app.registry().await?;
    if !who.viewer.may_open_contributions_of(&c.forum) || !may_see_proposal(app, &registry, who, &c)
    {
        return Err(missing());
    }
    Ok(c)
}

/// Why a viewer may not propose changes to a forum's records: its role, or its token's scopes.
pub fn not_contributor(who: &Caller<'_>, forum: &ForumId) -> Error {
    if who.viewer.may_open_contributions_of(forum) {
        Error::forbidden("token-reads-only")
    } else {
        Error::Forbidden(Said::new("only-secretariat-or-editor").with("forum", forum.to_string()))
    }
}

/// A contribution the viewer may act on (revise, rebase, step, comment): one it may open, with
/// a credential that may contribute. 403 for one it may only read (an API token made to read).
pub async fn load_to_act(app: &App, who: &Caller<'_>, id: &str) -> Result<Contribution, Error> {
    let c = load(app, who, id).await?;
    if who.viewer.as_contributor(&c.forum).is_none() {
        return Err(not_contributor(who, &c.forum));
    }
    Ok(c)
}

/// Whether the viewer may see what a contribution proposes: for a document, whether the access
/// policy lets them see a document of its visibility (an editor's confidential upload to a
/// forum is not its secretariat's to read); other records are the forum's contributors' to see.
pub(crate) fn may_see_proposal(
    app: &App,
    registry: &crate::registry::Registry,
    who: &Caller<'_>,
    c: &Contribution,
) -> bool {
    c.records().iter().all(|r| {
        let Ok(kind) = app.kind(&r.entity) else {
            return false;
        };
        serde_json::from_str::<Value>(&r.proposed).is_ok_and(|record| {
            who.viewer
                .may_see(&kind.visibility(&record), app.today(), registry)
        })
    })
}

/// For a document contribution: the documents of the library that already hold one of its
/// files and that the viewer may see (id, title), the contribution's own document excepted.
/// The uploader was answered as for any new file; the reviewer learns here what the library
/// has, as far as the access policy lets them.
pub async fn same_file(
    app: &App,
    registry: &crate::registry::Registry,
    who: &Caller<'_>,
    c: &Contribution,
) -> Result<Vec<(String, String)>, Error> {
    let Ok(proposed) = serde_json::from_str::<agora_core::document::Document>(&c.proposed) else {
        return Ok(Vec::new());
    };
    let mut out: Vec<(String, String)> = Vec::new();
    for file in proposed.versions.iter().flat_map(|v| &v.files) {
        for id in app.store.documents_with_blob(&file.sha256).await? {
            let Some(d) = registry.document(&id) else {
                continue;
            };
            let visible = who.viewer.may_see(&d.visibility, app.today(), registry);
            if id != c.entity_id && visible && !out.iter().any(|(seen, _)| *seen == id) {
                out.push((id, d.title().to_owned()));
            }
        }
    }
    Ok(out)
}

/// The viewer's capability to change a contribution's forum's records (404 without it, as for
/// a contribution it may not open).
fn contributor(who: &Caller<'_>, c: &Contribution) -> Result<ContributorCap, Error> {
    who.viewer
        .as_contributor(&c.forum)
        .ok_or_else(|| Error::not_found("contribution", &c.id.to_string()))
}

/// The contributions a viewer may open: for editors every one, for a secretariat its fora's.
pub async fn visible(
    app: &App,
    who: &Caller<'_>,
    mut filter: ContributionFilter,
) -> Result<Vec<Contribution>, Error> {
    who.account()?;
    filter.fora = who.viewer.contribution_fora(filter.fora.as_deref());
    let registry = app.registry().await?;
    let mut all = app.store.contributions(&filter).await?;
    all.retain(|c| may_see_proposal(app, &registry, who, c));
    Ok(all)
}

/// A document is proposed with its file, never as a bare record.
fn uploaded_only() -> Error {
    Error::bad("entity", Said::new("document-uploaded-only"))
}

/// Check a proposed record against the rules its kind declares and the ids that exist: the
/// forum it belongs to, its id, and its canonical body (as the store keeps records).
pub async fn check_record(
    app: &App,
    entity: &Entity,
    record: &Value,
) -> Result<(ForumId, String, String), Error> {
    check_record_in(app, entity, record, &app.store.catalogue().await?)
}

/// [`check_record`] against ids read once (a batch checks all its records against them).
fn check_record_in(
    app: &App,
    entity: &Entity,
    record: &Value,
    catalogue: &agora_core::Catalogue,
) -> Result<(ForumId, String, String), Error> {
    let kind = app.kind(entity)?;
    if !kind.proposed_as_record() {
        return Err(uploaded_only());
    }
    let checked = kind
        .check(record, catalogue)
        .map_err(|r| Error::bad(&r.field, r.message))?;
    let canonical: Value = serde_json::from_str(&checked.body)
        .map_err(|e| Error::Internal(format!("a canonical record does not read: {e}")))?;
    // Every mark of identity names one forum: the one the record belongs to.
    let owners = kind.owners(&canonical);
    match owners.as_slice() {
        [forum] => Ok((forum.clone(), checked.id, checked.body)),
        [forum, ..] if kind.joint() => Ok((forum.clone(), checked.id, checked.body)),
        [] => Err(Error::bad("record", Said::new("record-names-no-forum"))),
        _ => Err(Error::bad("record", Said::new("record-names-fora"))),
    }
}

/// Propose a change to one record: checked, then stored as a draft (and submitted at once if
/// asked). Refused unless the viewer may contribute to the record's forum.
pub async fn propose(
    app: &App,
    who: &Caller<'_>,
    entity: &Entity,
    record: &Value,
    title: &str,
    comment: &str,
    submit: bool,
) -> Result<i64, Error> {
    propose_records(
        app,
        who,
        entity,
        std::slice::from_ref(record),
        title,
        comment,
        submit,
    )
    .await
}

/// Propose a change to several records of one kind and one forum at once (an uploaded
/// spreadsheet, a batch of updates): each is checked as [`propose`] checks one, and they are
/// reviewed, published and withdrawn together. A record that is refused refuses the whole,
/// with its place in the list named (`records[3]`).
pub async fn propose_records(
    app: &App,
    who: &Caller<'_>,
    entity: &Entity,
    records: &[Value],
    title: &str,
    comment: &str,
    submit: bool,
) -> Result<i64, Error> {
    let account = who.account()?;
    let kind = app.kind(entity)?;
    if !kind.proposed_as_record() {
        return Err(uploaded_only());
    }
    if entity.as_str() == ERROR_REPORT {
        return Err(Error::bad("entity", Said::new("report-not-a-record")));
    }
    if records.is_empty() {
        return Err(Error::bad("records", Said::new("records-none")));
    }
    if records.len() > MAX_RECORDS {
        return Err(Error::bad(
            "records",
            Said::new("records-too-many").with("most", MAX_RECORDS),
        ));
    }
    let mut changes: Vec<RecordChange> = Vec::with_capacity(records.len());
    let mut forum: Option<ForumId> = None;
    let catalogue = app.store.catalogue().await?;
    for (i, record) in records.iter().enumerate() {
        let (owner, change) = prepare(app, who, kind.as_ref(), entity, record, &catalogue)
            .await
            .map_err(|e| in_batch(e, i, records.len()))?;
        if forum.as_ref().is_some_and(|f| *f != owner) {
            return Err(in_batch(
                Error::bad("record", Said::new("records-one-forum")),
                i,
                records.len(),
            ));
        }
        if changes.iter().any(|c| c.entity_id == change.entity_id) {
            return Err(in_batch(
                Error::bad("record", Said::new("records-twice")),
                i,
                records.len(),
            ));
        }
        forum = Some(owner);
        changes.push(change);
    }
    let forum = forum.expect("at least one record");
    // The rules that compare records with each other (two rows of one member in one role must
    // not overlap) hold for the batch as a whole, beside what is stored.
    if entity == &Entity::MEMBERSHIP && changes.len() > 1 {
        let batch = agora_core::Dataset {
            memberships: changes
                .iter()
                .filter_map(|c| serde_json::from_str(&c.proposed).ok())
                .collect(),
            ..agora_core::Dataset::default()
        };
        if let Some(p) = agora_core::validate(&batch, &catalogue).into_iter().next() {
            let at = p.record.as_ref().map_or(0, |r| r.index);
            return Err(in_batch(Error::bad(&p.field, p.message), at, records.len()));
        }
    }
    let cap = who
        .viewer
        .as_contributor(&forum)
        .expect("checked for every owner of every record");
    check_text("title", title, MAX_TITLE)?;
    check_text("comment", comment, MAX_COMMENT)?;
    let mut changes = changes.into_iter();
    let first = changes.next().expect("at least one record");
    let title = match title.trim() {
        "" => format!("Change to {} {}", entity.as_str(), first.entity_id),
        t => t.to_owned(),
    };
    let role = acting_role(who, &forum).expect("a contributor acts under a role");
    let id = app
        .store
        .create_contribution(
            agora_core::policy::Proposer::Contributor(&cap),
            &NewContribution {
                entity: entity.clone(),
                entity_id: first.entity_id,
                title,
                base: first.base,
                proposed: first.proposed,
                author_id: account.id,
                author_role: role,
                comment: comment.trim().to_owned(),
                texts: Vec::new(),
                also: changes.collect(),
            },
        )
        .await?;
    app.audit(&who.actor(), "contribution.create", &id.to_string(), "ok")
        .await;
    if submit {
        step(app, who, &id.to_string(), "submit", "").await?;
    }
    Ok(id)
}

/// Report an error in a forum's records, with a source: anyone signed in may (the policy's
/// [`agora_core::policy::Viewer::as_reporter`]). The report becomes a contribution of the
/// forum, submitted at once to the editors' queue; the reporter acts as "account" unless they
/// hold a role for the forum. Its id.
pub async fn report_error(
    app: &App,
    who: &Caller<'_>,
    forum: &str,
    what: &str,
    source: &str,
) -> Result<i64, Error> {
    let account = who.account()?;
    let forum: ForumId = forum
        .parse()
        .map_err(|_| Error::not_found("forum", forum))?;
    let catalogue = app.store.catalogue().await?;
    if !catalogue.fora.contains(&forum) {
        return Err(Error::not_found("forum", forum.as_str()));
    }
    let cap = who
        .viewer
        .as_reporter(&forum, true)
        .ok_or_else(|| Error::forbidden("report-needs-contribute-scope"))?;
    let entity = Entity::new(ERROR_REPORT);
    // Nanoseconds and a random part: two reports never share an id.
    let id = format!(
        "{forum}:report:{}{:06}",
        agora_core::time::now().as_nanosecond(),
        rand_suffix()
    );
    let record = serde_json::json!({"id": id, "forum_id": forum, "what": what, "source": source});
    let (_, entity_id, proposed) = check_record_in(app, &entity, &record, &catalogue)?;
    // Counted once the report is known to be well formed: a refused one costs nothing.
    let key = [(
        format!("report:{}", account.id),
        agora_core::throttle::REPORTS_PER_ACCOUNT,
    )];
    if let Err(retry_after) = app
        .store
        .reserve_attempts(&key, agora_core::time::now_secs())
        .await?
    {
        return Err(Error::Throttled { retry_after });
    }
    let role = acting_role(who, &forum).unwrap_or_else(|| "account".into());
    let title: String = what.trim().chars().take(MAX_TITLE).collect();
    let contribution = app
        .store
        .create_contribution(
            agora_core::policy::Proposer::Reporter(&cap),
            &NewContribution {
                entity,
                entity_id,
                title,
                base: None,
                proposed,
                author_id: account.id,
                author_role: role.clone(),
                comment: String::new(),
                texts: Vec::new(),
                also: Vec::new(),
            },
        )
        .await?;
    let submit = agora_core::policy::submit_report(&cap, ContributionState::Draft)
        .expect("a new contribution is a draft");
    app.store
        .step_contribution(
            contribution,
            &submit,
            &Actor {
                account_id: account.id,
                role,
                comment: String::new(),
            },
            app.kinds().list(),
        )
        .await?;
    app.audit(
        &who.actor(),
        "contribution.report",
        &contribution.to_string(),
        "ok",
    )
    .await;
    Ok(contribution)
}

/// Six random decimal digits.
fn rand_suffix() -> u32 {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b).expect("the system's random source answers");
    u32::from_le_bytes(b) % 1_000_000
}

/// A refusal of one record of a batch, naming its place (`records[3].member`); a lone record's
/// refusal as it is.
fn in_batch(e: Error, i: usize, of: usize) -> Error {
    match e {
        Error::BadParameter { parameter, message } if of > 1 => Error::BadParameter {
            parameter: format!("records[{i}].{parameter}"),
            message,
        },
        e => e,
    }
}

/// Check one proposed record: the viewer may contribute to every forum it belongs to, as
/// proposed and as it stands now; the rules its kind declares; an id as its kind writes it; a
/// real change. The forum it belongs to, and the change with its base (the record as it stood
/// when its owners were checked: publishing applies the proposal only while it is still that).
async fn prepare(
    app: &App,
    who: &Caller<'_>,
    kind: &dyn agora_core::kind::RecordKind,
    entity: &Entity,
    record: &Value,
    catalogue: &agora_core::Catalogue,
) -> Result<(ForumId, RecordChange), Error> {
    // Who may propose this is decided before anything is checked or stored, for every forum
    // the record belongs to as proposed and as it stands now (see `RecordKind::owners`).
    let mut owners = kind.owners(record);
    let Some(forum) = owners.first().cloned() else {
        return Err(Error::bad("record", Said::new("record-names-no-forum")));
    };
    let current = match record.get("id").and_then(Value::as_str) {
        Some(id) => app.store.record_body(kind.table(), id).await?,
        None => None,
    };
    let stored: Option<Value> = match &current {
        Some(body) => Some(
            serde_json::from_str(body)
                .map_err(|e| Error::Internal(format!("a stored record does not read: {e}")))?,
        ),
        None => None,
    };
    if let Some(stored) = &stored {
        owners.extend(kind.owners(stored));
    }
    if let Some(other) = owners
        .iter()
        .find(|f| who.viewer.as_contributor(f).is_none())
    {
        app.audit(
            &who.actor(),
            "contribution.create",
            &format!("{}:{}", entity.as_str(), other),
            "refused: not a contributor of this forum",
        )
        .await;
        return Err(not_contributor(who, other));
    }
    if !kind.joint() && owners.iter().any(|f| *f != forum) {
        return Err(Error::bad("record", Said::new("record-stays-with-forum")));
    }
    let (checked_forum, entity_id, proposed) = check_record_in(app, entity, record, catalogue)?;
    // A document it names or stops naming is one the proposer may see: one they may not is
    // answered as one that does not exist.
    let before = stored
        .as_ref()
        .map(|s| kind.documents(s))
        .unwrap_or_default();
    let after = kind.documents(record);
    let changed = after
        .iter()
        .enumerate()
        .filter(|(_, d)| !before.contains(d))
        .map(|(i, d)| (format!("documents[{i}]"), d))
        .chain(
            before
                .iter()
                .filter(|d| !after.contains(d))
                .map(|d| ("documents".to_owned(), d)),
        );
    let registry = app.registry().await?;
    let today = app.today();
    for (field, id) in changed {
        let seen = registry
            .document(id)
            .is_some_and(|d| who.viewer.may_see(&d.visibility, today, registry.as_ref()));
        if !seen {
            return Err(Error::bad(
                &field,
                Said::new("check-unknown-document").with("id", id.as_str()),
            ));
        }
    }
    // Its owners were checked as the record stands under the id it gave: that must be its id.
    if record.get("id").and_then(Value::as_str) != Some(entity_id.as_str()) {
        return Err(Error::bad(
            "record",
            Said::new("record-id-as-written").with("id", entity_id.as_str()),
        ));
    }
    if current.is_none() && !kind.creatable() {
        return Err(Error::bad(
            "record",
            Said::new("record-not-created").with("kind", kind.name()),
        ));
    }
    if checked_forum != forum {
        return Err(Error::bad(
            "record",
            Said::new("record-names-another-forum"),
        ));
    }
    let base = current;
    if base.as_deref() == Some(proposed.as_str()) {
        return Err(Error::bad("record", Said::new("record-changes-nothing")));
    }
    Ok((
        forum,
        RecordChange {
            entity: entity.clone(),
            entity_id,
            base,
            proposed,
        },
    ))
}

/// Replace a draft's proposal for its first record (only its author's forum may; only in draft
/// or changes requested); the others it carries stay as they are.
pub async fn revise(
    app: &App,
    who: &Caller<'_>,
    c: &Contribution,
    record: &Value,
    comment: &str,
) -> Result<(), Error> {
    if !matches!(
        c.state,
        ContributionState::Draft | ContributionState::ChangesRequested
    ) {
        return Err(Error::Conflict(
            Said::new("contribution-not-editable").with("state", c.state.said()),
        ));
    }
    check_text("comment", comment, MAX_COMMENT)?;
    let (forum, entity_id, proposed) = check_record(app, &c.entity, record).await?;
    if forum != c.forum || entity_id != c.entity_id {
        return Err(Error::bad("record", Said::new("contribution-same-record")));
    }
    let mut records = c.records();
    records[0].proposed = proposed;
    app.store
        .revise_contribution(
            &contributor(who, c)?,
            c.id,
            c.state,
            &records,
            "edit",
            &actor(who, &c.forum, comment)?,
        )
        .await?;
    app.audit(&who.actor(), "contribution.edit", &c.id.to_string(), "ok")
        .await;
    Ok(())
}

/// Take a step (`submit`, `start_review`, ...) or leave a `comment`.
pub async fn step(
    app: &App,
    who: &Caller<'_>,
    id: &str,
    step_name: &str,
    comment: &str,
) -> Result<ContributionState, Error> {
    let c = load_to_act(app, who, id).await?;
    check_text("comment", comment, MAX_COMMENT)?;
    if step_name == "comment" {
        if comment.trim().is_empty() {
            return Err(Error::bad("comment", Said::new("comment-empty")));
        }
        let t = agora_core::policy::comment(who.viewer, &c.forum, c.state)
            .ok_or_else(|| Error::not_found("contribution", id))?;
        app.store
            .step_contribution(
                c.id,
                &t,
                &actor(who, &c.forum, comment)?,
                app.kinds().list(),
            )
            .await?;
        return Ok(c.state);
    }
    let step =
        Step::parse(step_name).ok_or_else(|| Error::bad("step", Said::new("step-unknown")))?;
    let t = take_step(who.viewer, &c.forum, c.state, step).map_err(|e| match e {
        StepRefused::NotFromHere { .. } => Error::Conflict(e.said()),
        StepRefused::NotAllowed(_) => Error::Forbidden(e.said()),
    })?;
    if step == Step::RequestChanges && comment.trim().is_empty() {
        return Err(Error::bad("comment", Said::new("comment-what-to-change")));
    }
    let result = app
        .store
        .step_contribution(
            c.id,
            &t,
            &actor(who, &c.forum, comment)?,
            app.kinds().list(),
        )
        .await;
    let outcome = match &result {
        Ok(()) => "ok".to_owned(),
        Err(e) => format!("refused: {e}"),
    };
    app.audit(
        &who.actor(),
        &format!("contribution.{}", step.as_str()),
        &c.id.to_string(),
        &outcome,
    )
    .await;
    result?;
    crate::news::tell_author(app, who, &c, t.to(), comment).await;
    Ok(t.to())
}

/// Carry a stale contribution over to the record as it is now.
pub async fn rebase(app: &App, who: &Caller<'_>, id: &str) -> Result<(), Error> {
    let c = load_to_act(app, who, id).await?;
    if !matches!(
        c.state,
        ContributionState::Draft
            | ContributionState::ChangesRequested
            | ContributionState::Submitted
            | ContributionState::InReview
    ) {
        return Err(Error::Conflict(
            Said::new("contribution-not-rebasable").with("state", c.state.said()),
        ));
    }
    let mut records = c.records();
    let mut moved = false;
    for r in &mut records {
        let current = app
            .store
            .record_body(app.kind(&r.entity)?.table(), &r.entity_id)
            .await?;
        if current == r.base {
            continue;
        }
        let parse = |s: &str| serde_json::from_str::<Value>(s).ok();
        let base = r.base.as_deref().and_then(parse);
        let proposed = parse(&r.proposed).unwrap_or(Value::Null);
        let now = current.as_deref().and_then(parse);
        let merged = contribution::rebase(base.as_ref(), &proposed, now.as_ref());
        let (forum, _, merged) = check_record(app, &r.entity, &merged).await?;
        if forum != c.forum {
            return Err(Error::bad("record", Said::new("contribution-same-record")));
        }
        r.base = current;
        r.proposed = merged;
        moved = true;
    }
    if !moved {
        return Err(Error::conflict("contribution-up-to-date"));
    }
    app.store
        .revise_contribution(
            &contributor(who, &c)?,
            c.id,
            c.state,
            &records,
            "rebase",
            &actor(who, &c.forum, "")?,
        )
        .await?;
    Ok(())
}

/// What a contribution changes in one of its records, field by field, against its base, and
/// whether that record changed since (the contribution is then stale: rebase it first).
#[derive(Debug, Clone)]
pub struct RecordDiff {
    pub entity: Entity,
    pub entity_id: String,
    /// A record the contribution creates.
    pub is_new: bool,
    pub changes: Vec<FieldChange>,
    pub stale: bool,
    /// The record as proposed.
    pub proposed: Value,
}

/// What a contribution changes, record by record (the first first), each field by field
/// against its base; whether a record changed since is asked only while the contribution is
/// open (once published or withdrawn it is history).
pub async fn record_changes(app: &App, c: &Contribution) -> Result<Vec<RecordDiff>, Error> {
    let parse = |s: &str| serde_json::from_str::<Value>(s).ok();
    let settled = matches!(
        c.state,
        ContributionState::Published | ContributionState::Withdrawn
    );
    let mut out = Vec::with_capacity(1 + c.also.len());
    for r in c.records() {
        let kind = app.kind(&r.entity)?;
        let stale = !settled && app.store.record_body(kind.table(), &r.entity_id).await? != r.base;
        let before = r.base.as_deref().and_then(parse);
        let proposed = parse(&r.proposed).unwrap_or(Value::Null);
        out.push(RecordDiff {
            changes: kind.diff(before.as_ref(), &proposed),
            is_new: r.base.is_none(),
            stale,
            proposed,
            entity: r.entity,
            entity_id: r.entity_id,
        });
    }
    Ok(out)
}
