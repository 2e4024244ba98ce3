//! Reporting cycles: a forum's secretariat (or an editor) opens a cycle for a set of
//! recommendations and a set of the forum's member states, with a deadline; each state's focal
//! point reports where the state stands on each; the secretariat validates or queries each
//! report; the dashboard shows what was reported against what was validated, where they
//! disagree, and after the deadline which states still owe reports (reminded by mail when an
//! SMTP server is set up, in the log otherwise). A cycle and its reports are for the forum's
//! participants: whoever may not see them is answered as if there were none.

use agora_core::account::Account;
use agora_core::policy::Visibility;
use agora_core::recommendation::FollowUpStatus;
use agora_core::{AreaCode, Day, ForumId, Said};
use agora_store::{NewCycle, NewReport, StoredCycle, StoredReport};

use crate::registry::Registry;
use crate::{App, Caller, Error, Result};

/// The most recommendations or states one cycle asks about.
pub const MOST: usize = 300;

/// A cycle as it is asked to be opened.
#[derive(Debug, Clone)]
pub struct Opening {
    pub forum: String,
    pub title: String,
    pub recommendations: Vec<String>,
    pub states: Vec<String>,
    pub deadline: String,
}

/// A report as a focal point makes it.
#[derive(Debug, Clone)]
pub struct Reporting {
    pub state: String,
    pub recommendation: String,
    pub status: String,
    /// As typed: a whole number from 0 to 100.
    pub progress: String,
    pub note: String,
}

/// Whether the caller keeps some forum's cycles (its secretariat, or an editor): asked before
/// a request to open or review is read.
pub fn may_keep_some(who: &Caller<'_>) -> Result<()> {
    who.account()?;
    match who.viewer.contributes_somewhere() {
        true => Ok(()),
        false => Err(Error::forbidden("cycle-not-keeper")),
    }
}

/// Whether the caller reports for some state (its focal point): asked before a report is read.
pub fn may_report_some(who: &Caller<'_>) -> Result<()> {
    who.account()?;
    match who.viewer.reports_somewhere() {
        true => Ok(()),
        false => Err(Error::forbidden("cycle-not-reporter")),
    }
}

/// Who sees a cycle: its forum's participants.
fn visibility(c: &StoredCycle) -> Option<Visibility> {
    Some(Visibility::Participants {
        forum: c.forum.parse().ok()?,
        public_from: None,
    })
}

fn sees(app: &App, who: &Caller<'_>, r: &Registry, c: &StoredCycle) -> bool {
    visibility(c).is_some_and(|v| who.viewer.may_see(&v, app.today(), r))
}

/// A cycle the caller may see, or not found.
async fn visible(app: &App, who: &Caller<'_>, r: &Registry, id: i64) -> Result<StoredCycle> {
    match app.store.cycle(id).await? {
        Some(c) if sees(app, who, r, &c) => Ok(c),
        _ => Err(Error::not_found("reporting_cycle", &id.to_string())),
    }
}

/// Open a cycle: its id. Refused unless the caller keeps the forum's cycles; every
/// recommendation must exist and every state be a member of the forum today; the deadline is
/// today or later.
pub async fn open(app: &App, who: &Caller<'_>, o: &Opening) -> Result<i64> {
    let account = who.account()?;
    let r = app.registry().await?;
    let forum: ForumId = r.forum(&o.forum).map(|f| f.id.clone()).ok_or_else(|| {
        Error::bad(
            "forum",
            Said::new("no-such-forum").with("id", o.forum.as_str()),
        )
    })?;
    if !who.viewer.may_keep_cycles_of(&forum) {
        app.audit(&who.actor(), "cycle.open", forum.as_str(), "refused")
            .await;
        return Err(Error::forbidden("cycle-not-keeper"));
    }
    let title = o.title.trim();
    if title.is_empty() || title.chars().count() > 300 {
        return Err(Error::bad("title", Said::new("cycle-title")));
    }
    let recommendations = distinct(&o.recommendations, "recommendations")?;
    for (i, id) in recommendations.iter().enumerate() {
        if r.recommendations.get(id).is_none() {
            return Err(Error::bad(
                &format!("recommendations[{i}]"),
                Said::new("check-unknown-recommendation").with("id", id.as_str()),
            ));
        }
    }
    let today = app.today();
    let states = distinct(&o.states, "states")?;
    for (i, code) in states.iter().enumerate() {
        let member = code.parse::<AreaCode>().is_ok_and(|a| {
            agora_core::policy::Participation::is_member(r.as_ref(), &a, &forum, today)
        });
        if !member {
            return Err(Error::bad(
                &format!("states[{i}]"),
                Said::new("cycle-state-not-member")
                    .with("state", code.as_str())
                    .with("forum", forum.as_str()),
            ));
        }
    }
    let deadline: Day = o.deadline.trim().parse().map_err(|_| {
        Error::bad(
            "deadline",
            Said::new("cycle-deadline").with("typed", Said::as_given(o.deadline.trim())),
        )
    })?;
    if deadline < today {
        return Err(Error::bad(
            "deadline",
            Said::new("cycle-deadline-past").with("today", today.to_string()),
        ));
    }
    let id = app
        .store
        .open_cycle(&NewCycle {
            forum: forum.to_string(),
            title: title.to_owned(),
            recommendations,
            states,
            deadline: deadline.to_string(),
            opened_by: account.id,
        })
        .await?;
    app.audit(&who.actor(), "cycle.open", &format!("cycle:{id}"), "opened")
        .await;
    Ok(id)
}

/// The ids of a list, trimmed, each once, at least one and at most [`MOST`].
fn distinct(items: &[String], field: &str) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        let i = i.trim();
        if !i.is_empty() && !out.iter().any(|o| o == i) {
            out.push(i.to_owned());
        }
    }
    if out.is_empty() || out.len() > MOST {
        return Err(Error::bad(
            field,
            Said::new("cycle-list-size").with("most", MOST),
        ));
    }
    Ok(out)
}

/// The cycles the caller may see, newest first.
pub async fn list(app: &App, who: &Caller<'_>) -> Result<Vec<StoredCycle>> {
    let r = app.registry().await?;
    Ok(app
        .store
        .cycles()
        .await?
        .into_iter()
        .filter(|c| sees(app, who, &r, c))
        .collect())
}

/// The cycles the caller may see whose deadline has passed with reports still owed: each with
/// the states that owe them and how many.
pub async fn overdue(
    app: &App,
    who: &Caller<'_>,
) -> Result<Vec<(StoredCycle, Vec<(String, usize)>)>> {
    let mut out = Vec::new();
    for c in list(app, who).await? {
        if c.deadline.parse::<Day>().is_ok_and(|d| app.today() <= d) {
            continue;
        }
        let reports = app.store.cycle_reports(c.id).await?;
        let reminded = app.store.reminders(c.id).await?;
        let d = tally(app, who, c, reports, reminded);
        if !d.overdue.is_empty() {
            out.push((d.cycle, d.overdue));
        }
    }
    Ok(out)
}

/// Where one state stands on one recommendation of a cycle.
#[derive(Debug, Clone)]
pub struct Cell {
    pub state: String,
    pub recommendation: String,
    pub report: Option<StoredReport>,
}

/// A cycle with its reports, counted.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub cycle: StoredCycle,
    /// Every state × recommendation the cycle asks about, by state then recommendation.
    pub cells: Vec<Cell>,
    pub expected: usize,
    pub reported: usize,
    pub validated: usize,
    /// Reports the secretariat queried: where the state and the secretariat disagree.
    pub queried: usize,
    /// Whether the deadline has passed.
    pub closed: bool,
    /// After the deadline: the states that still owe reports, with how many.
    pub overdue: Vec<(String, usize)>,
    /// The states reminded, with when.
    pub reminded: Vec<(String, String)>,
    /// Whether the caller keeps this cycle (may validate and query).
    pub keeper: bool,
    /// The states the caller may report for.
    pub reporter_for: Vec<String>,
}

/// A cycle's dashboard, for a caller who may see it.
pub async fn dashboard(app: &App, who: &Caller<'_>, id: i64) -> Result<Dashboard> {
    let r = app.registry().await?;
    let cycle = visible(app, who, &r, id).await?;
    let reports = app.store.cycle_reports(id).await?;
    Ok(tally(
        app,
        who,
        cycle,
        reports,
        app.store.reminders(id).await?,
    ))
}

fn tally(
    app: &App,
    who: &Caller<'_>,
    cycle: StoredCycle,
    reports: Vec<StoredReport>,
    reminded: Vec<(String, String)>,
) -> Dashboard {
    let mut cells = Vec::new();
    for s in &cycle.states {
        for rec in &cycle.recommendations {
            cells.push(Cell {
                state: s.clone(),
                recommendation: rec.clone(),
                report: reports
                    .iter()
                    .find(|x| &x.state == s && &x.recommendation == rec)
                    .cloned(),
            });
        }
    }
    let closed = cycle.deadline.parse::<Day>().is_ok_and(|d| app.today() > d);
    let overdue = if closed {
        cycle
            .states
            .iter()
            .map(|s| {
                let owed = cells
                    .iter()
                    .filter(|c| &c.state == s && c.report.is_none())
                    .count();
                (s.clone(), owed)
            })
            .filter(|(_, owed)| *owed > 0)
            .collect()
    } else {
        Vec::new()
    };
    let count = |review: &str| reports.iter().filter(|x| x.review == review).count();
    let keeper = cycle
        .forum
        .parse()
        .is_ok_and(|f| who.viewer.may_keep_cycles_of(&f));
    let reporter_for = cycle
        .states
        .iter()
        .filter(|s| s.parse().is_ok_and(|a| who.viewer.may_report_for(&a)))
        .cloned()
        .collect();
    Dashboard {
        expected: cells.len(),
        reported: reports.len(),
        validated: count("validated"),
        queried: count("queried"),
        cells,
        closed,
        overdue,
        reminded,
        keeper,
        reporter_for,
        cycle,
    }
}

/// A focal point reports where their state stands on one recommendation of a cycle: the
/// report's id. Late reports are taken (the dashboard still shows the deadline); a validated
/// report is not changed.
pub async fn report(app: &App, who: &Caller<'_>, id: i64, x: &Reporting) -> Result<i64> {
    let account = who.account()?;
    let r = app.registry().await?;
    let cycle = visible(app, who, &r, id).await?;
    let state: Option<AreaCode> = x.state.trim().parse().ok();
    let allowed = state.as_ref().is_some_and(|s| {
        who.viewer.may_report_for(s) && cycle.states.iter().any(|c| c == s.as_str())
    });
    if !allowed {
        app.audit(
            &who.actor(),
            "cycle.report",
            &format!("cycle:{id}"),
            "refused",
        )
        .await;
        return Err(Error::forbidden("cycle-not-reporter"));
    }
    let state = state.expect("checked above");
    if !cycle
        .recommendations
        .iter()
        .any(|c| c == x.recommendation.trim())
    {
        return Err(Error::bad(
            "recommendation",
            Said::new("cycle-recommendation-not-asked").with("id", x.recommendation.trim()),
        ));
    }
    let status = FollowUpStatus::parse(x.status.trim()).ok_or_else(|| {
        Error::bad(
            "status",
            Said::new("cycle-status").with("typed", Said::as_given(x.status.trim())),
        )
    })?;
    let progress = x
        .progress
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|p| (0..=100).contains(p))
        .ok_or_else(|| {
            Error::bad(
                "progress",
                Said::new("follow-up-progress-range")
                    .with("progress", Said::as_given(x.progress.trim())),
            )
        })?;
    if status == FollowUpStatus::Completed && progress != 100 {
        return Err(Error::bad(
            "progress",
            Said::new("follow-up-completed-is-100"),
        ));
    }
    let note = x.note.trim();
    if note.chars().count() > agora_core::meeting::MAX_TEXT {
        return Err(Error::bad(
            "note",
            Said::new("at-most-characters").with("most", agora_core::meeting::MAX_TEXT),
        ));
    }
    let done = app
        .store
        .put_report(&NewReport {
            cycle_id: id,
            state: state.to_string(),
            recommendation: x.recommendation.trim().to_owned(),
            status: status.as_str().to_owned(),
            progress,
            note: note.to_owned(),
            reported_by: account.id,
        })
        .await?;
    match done {
        Some(report) => {
            app.audit(
                &who.actor(),
                "cycle.report",
                &format!("cycle:{id}:report:{report}"),
                "reported",
            )
            .await;
            Ok(report)
        }
        None => Err(Error::conflict("cycle-report-validated")),
    }
}

/// The secretariat validates or queries a pending report (a query says why).
pub async fn review(
    app: &App,
    who: &Caller<'_>,
    id: i64,
    report: i64,
    decision: &str,
    note: &str,
) -> Result<()> {
    let account = who.account()?;
    let r = app.registry().await?;
    let cycle = visible(app, who, &r, id).await?;
    let keeper = cycle
        .forum
        .parse()
        .is_ok_and(|f| who.viewer.may_keep_cycles_of(&f));
    if !keeper {
        app.audit(
            &who.actor(),
            "cycle.review",
            &format!("cycle:{id}"),
            "refused",
        )
        .await;
        return Err(Error::forbidden("cycle-not-keeper"));
    }
    let decision = match decision.trim() {
        d @ ("validated" | "queried") => d,
        other => {
            return Err(Error::bad(
                "decision",
                Said::new("cycle-decision").with("typed", Said::as_given(other)),
            ));
        }
    };
    let note = note.trim();
    if decision == "queried" && note.is_empty() {
        return Err(Error::bad("note", Said::new("cycle-query-needs-note")));
    }
    if note.chars().count() > agora_core::meeting::MAX_TEXT {
        return Err(Error::bad(
            "note",
            Said::new("at-most-characters").with("most", agora_core::meeting::MAX_TEXT),
        ));
    }
    if !app
        .store
        .review_report(id, report, decision, note, account.id)
        .await?
    {
        return Err(Error::conflict("cycle-report-not-pending"));
    }
    app.audit(
        &who.actor(),
        "cycle.review",
        &format!("cycle:{id}:report:{report}"),
        decision,
    )
    .await;
    Ok(())
}

/// One reminder sent (or written to the log): the cycle, the state, to how many focal points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub cycle: i64,
    pub state: String,
    pub mailed: usize,
}

/// Remind every state that owes reports of a cycle past its deadline, once: a mail to each of
/// its focal points when an SMTP server is set up, a line in the log otherwise.
pub async fn remind_overdue(app: &App) -> Result<Vec<Reminder>> {
    let accounts: Vec<Account> = app
        .store
        .accounts()
        .await?
        .into_iter()
        .filter(|a| !a.disabled)
        .collect();
    let today = app.today();
    let registry = app.registry().await?;
    let mut out = Vec::new();
    for cycle in app.store.cycles().await? {
        if cycle.deadline.parse::<Day>().is_ok_and(|d| today <= d) {
            continue;
        }
        let reports = app.store.cycle_reports(cycle.id).await?;
        let reminded = app.store.reminders(cycle.id).await?;
        for state in &cycle.states {
            let owed: Vec<&String> = cycle
                .recommendations
                .iter()
                .filter(|rec| {
                    !reports
                        .iter()
                        .any(|x| &x.state == state && &x.recommendation == *rec)
                })
                .collect();
            if owed.is_empty() || reminded.iter().any(|(s, _)| s == state) {
                continue;
            }
            // The state's focal points who may still see the cycle (the state may have left
            // the forum).
            let to: Vec<&Account> = accounts
                .iter()
                .filter(|a| {
                    a.roles.iter().any(|r| {
                        matches!(r, agora_core::policy::AccessRole::FocalPoint(s) if s.as_str() == state)
                    }) && visibility(&cycle).is_some_and(|v| {
                        agora_core::policy::Viewer::with_roles(a.roles.iter().cloned())
                            .may_see(&v, today, registry.as_ref())
                    })
                })
                .collect();
            if to.is_empty() {
                // Nobody to remind yet: looked at again at the next round.
                tracing::debug!(
                    cycle = cycle.id,
                    state = state.as_str(),
                    "overdue reports, and no focal point of the state to remind"
                );
                continue;
            }
            if !app.store.mark_reminded(cycle.id, state).await? {
                continue;
            }
            let mut mailed = 0;
            for a in &to {
                let locale = match app.store.account_language(a.id).await? {
                    Some(code) => {
                        agora_i18n::Locale::from_code(&code).unwrap_or(agora_i18n::Locale::En)
                    }
                    None => agora_i18n::Locale::En,
                };
                let (subject, body) = crate::mail::Overdue {
                    title: &cycle.title,
                    deadline: &cycle.deadline,
                    owed: owed.len(),
                    link: app.public_url.link(&format!(
                        "{}/reporting-cycles/{}",
                        locale.prefix(),
                        cycle.id
                    )),
                }
                .write(locale);
                match &app.mailer {
                    Some(m) => {
                        m.send_later(a.email.to_string(), subject, body);
                        mailed += 1;
                    }
                    None => tracing::info!(
                        cycle = cycle.id,
                        state = state.as_str(),
                        to = a.email.as_str(),
                        subject = subject.as_str(),
                        "overdue reports (no SMTP server set up: the reminder is written here)\n{body}"
                    ),
                }
            }
            out.push(Reminder {
                cycle: cycle.id,
                state: state.clone(),
                mailed,
            });
        }
    }
    Ok(out)
}
