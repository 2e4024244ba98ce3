//! The steps that write an assessment: an editor assigns researchers and publishes; assigned
//! researchers record objectives, outputs, impacts, ratings, method and limits, interviews,
//! extracts and codes, and withdraw an interview when its interviewee withdraws consent; the
//! forum's secretariat replies to the draft. Every step checks its input field by field and
//! changes nothing when it refuses; every step lands in the history (never the notes).

use agora_core::account::Email;
use agora_core::assessment::{
    self, Body, Code, Consent, Dimension, Extract, Interview, LONGEST, LONGEST_NOTES, Passage,
    Stance,
};
use agora_core::policy::AccessRole;
use agora_core::practice::Evidence;
use agora_core::{Day, Said};
use agora_store::Step as Logged;

use super::body::change_body;
use super::checks::{known_state, objectives_exist, text, word, words};
use super::{body_of, readable};
use crate::{App, Caller, Error, Result};

/// One step, as an interface hands it over (words as typed: they are checked here).
#[derive(Debug, Clone)]
pub enum Step {
    Assign {
        email: String,
    },
    Objective {
        text: String,
        document: String,
        /// The language of the text the paragraph is counted in (English, or the first text
        /// that has the paragraph, when not given).
        lang: Option<String>,
        paragraph: u32,
    },
    Output {
        kind: String,
        title: String,
        date: Option<String>,
        meeting: Option<String>,
        document: Option<String>,
        objectives: Vec<u32>,
    },
    Impact {
        state: String,
        change: String,
        description: String,
        objective: u32,
        evidence: Vec<Evidence>,
        attribution: String,
        judged_by: String,
    },
    Rate {
        dimension: String,
        rating: String,
        evidence: String,
        confidence: String,
    },
    Method {
        method: String,
        limits: String,
    },
    Interview {
        role: String,
        state: Option<String>,
        held_on: String,
        consent: String,
        notes: String,
        themes: Vec<String>,
    },
    Extract {
        interview: i64,
        start: usize,
        end: usize,
        approved: bool,
    },
    Release {
        interview: i64,
        extract: u32,
    },
    Code {
        interview: Option<i64>,
        document: Option<String>,
        lang: Option<String>,
        start: usize,
        end: usize,
        dimensions: Vec<String>,
        objectives: Vec<u32>,
        stance: String,
    },
    Withdraw {
        interview: i64,
    },
    Reply {
        text: String,
    },
    Publish,
}

impl Step {
    /// Its name, as the history and the audit log write it.
    pub fn name(&self) -> &'static str {
        match self {
            Step::Assign { .. } => "assigned",
            Step::Objective { .. } => "objective",
            Step::Output { .. } => "output",
            Step::Impact { .. } => "impact",
            Step::Rate { .. } => "rating",
            Step::Method { .. } => "method",
            Step::Interview { .. } => "interview",
            Step::Extract { .. } => "extract",
            Step::Release { .. } => "released",
            Step::Code { .. } => "coded",
            Step::Withdraw { .. } => "withdrawn",
            Step::Reply { .. } => "reply",
            Step::Publish => "published",
        }
    }
}

/// Take a step: what it made (the number of an objective, output, impact, interview, extract
/// or code), or 0.
pub async fn take(app: &App, who: &Caller<'_>, id: &str, step: Step) -> Result<i64> {
    let account = who.account()?;
    let (a, forum, status, assigned) = readable(app, who, id).await?;
    let draft = status == assessment::Status::Draft;
    let name = step.name();
    let allowed = match &step {
        Step::Assign { .. } | Step::Publish => who.viewer.may_run_assessments(),
        Step::Reply { .. } => who.viewer.may_reply_to_assessment(&forum),
        _ => who.viewer.may_work_on_assessment(assigned),
    };
    if !allowed {
        app.audit(
            &who.actor(),
            &format!("assessment.{name}"),
            &format!("assessment:{id}"),
            "refused",
        )
        .await;
        return Err(Error::forbidden(match &step {
            Step::Assign { .. } | Step::Publish => "assessment-editors",
            Step::Reply { .. } => "assessment-secretariat",
            _ => "assessment-researchers-only",
        }));
    }
    // An interviewee may withdraw consent after publication too: their words leave the report.
    if !draft && !matches!(step, Step::Withdraw { .. }) {
        return Err(Error::conflict("assessment-published"));
    }
    let logged = |note: &'static str| Logged {
        actor: account.id,
        event: name,
        note,
    };
    let made = match step {
        Step::Assign { email } => {
            let email = Email::parse(email.trim()).map_err(|e| Error::bad("email", e.said()))?;
            let Some(researcher) = app.store.account_by_email(&email).await? else {
                return Err(Error::bad(
                    "email",
                    Said::new("practice-no-such-account").with("email", email.as_str()),
                ));
            };
            if !researcher.roles.contains(&AccessRole::Researcher) {
                return Err(Error::bad(
                    "email",
                    Said::new("assessment-not-a-researcher").with("email", email.as_str()),
                ));
            }
            if !app
                .store
                .assign_researcher(id, researcher.id, account.id)
                .await?
            {
                return Err(Error::conflict("assessment-assigned-already"));
            }
            researcher.id.get()
        }
        Step::Reply { text: t } => {
            let t = text("text", &t, LONGEST)?;
            if !app
                .store
                .add_assessment_step(
                    id,
                    Logged {
                        actor: account.id,
                        event: name,
                        note: &t,
                    },
                )
                .await?
            {
                return Err(Error::conflict("assessment-published"));
            }
            0
        }
        Step::Publish => {
            let body = body_of(&a)?;
            if body.objectives.is_empty() {
                return Err(Error::conflict("assessment-needs-objectives"));
            }
            if !app.store.publish_assessment(id, logged("")).await? {
                return Err(Error::conflict("assessment-published"));
            }
            0
        }
        Step::Interview {
            role,
            state,
            held_on,
            consent,
            notes,
            themes,
        } => {
            let about = interview(app, role, state, held_on, consent, themes).await?;
            let notes = notes.trim();
            if notes.is_empty() {
                return Err(Error::bad("notes", Said::new("assessment-empty")));
            }
            if notes.chars().count() > LONGEST_NOTES {
                return Err(Error::bad(
                    "notes",
                    Said::new("at-most-characters").with("most", LONGEST_NOTES),
                ));
            }
            let about = serde_json::to_string(&about).expect("an interview serialises");
            app.store
                .record_interview(id, &about, notes, logged(""))
                .await?
        }
        Step::Extract {
            interview,
            start,
            end,
            approved,
        } => {
            let (mut about, notes, was) = live_interview(app, id, interview).await?;
            if assessment::passage(&notes, start, end).is_none() {
                return Err(Error::bad(
                    "end",
                    Said::new("assessment-range")
                        .with("length", notes.chars().count())
                        .with("start", start)
                        .with("end", end),
                ));
            }
            let m = Body::next(about.extracts.iter().map(|e| e.m));
            about.extracts.push(Extract {
                m,
                start,
                end,
                approved,
                released: false,
            });
            let note = format!("interview {interview}, extract {m}");
            update(app, id, interview, &was, &about, account.id, name, &note).await?;
            i64::from(m)
        }
        Step::Release { interview, extract } => {
            let (mut about, _, was) = live_interview(app, id, interview).await?;
            let consent = about.consent;
            let Some(e) = about.extracts.iter_mut().find(|e| e.m == extract) else {
                return Err(Error::bad(
                    "extract",
                    Said::new("assessment-no-extract").with("number", extract),
                ));
            };
            if consent != Consent::Quotable || !e.approved {
                return Err(Error::conflict("assessment-consent"));
            }
            if e.released {
                return Err(Error::conflict("assessment-released-already"));
            }
            e.released = true;
            let note = format!("interview {interview}, extract {extract}");
            update(app, id, interview, &was, &about, account.id, name, &note).await?;
            i64::from(extract)
        }
        Step::Withdraw { interview } => {
            let known = app.store.interviews(id).await?;
            match known.iter().find(|i| i.n == interview) {
                None => {
                    return Err(Error::bad(
                        "interview",
                        Said::new("assessment-no-interview").with("number", interview),
                    ));
                }
                Some(i) if i.withdrawn_at.is_some() => {
                    return Err(Error::conflict("assessment-withdrawn-already"));
                }
                Some(_) => {}
            }
            let note = format!("interview {interview}");
            if !app
                .store
                .withdraw_interview(
                    id,
                    interview,
                    Logged {
                        actor: account.id,
                        event: name,
                        note: &note,
                    },
                )
                .await?
            {
                return Err(Error::conflict("assessment-withdrawn-already"));
            }
            app.audit(
                &who.actor(),
                "assessment.withdrawn",
                &format!("assessment:{id}"),
                &note,
            )
            .await;
            interview
        }
        Step::Code {
            interview,
            document,
            lang,
            start,
            end,
            dimensions,
            objectives,
            stance,
        } => {
            let body = body_of(&a)?;
            let (ws, all) = words!(Stance);
            let stance = word("stance", &stance, ws, all)?;
            let (wd, all) = words!(Dimension);
            let dimensions = dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| word(&format!("dimensions[{i}]"), d, wd, all))
                .collect::<Result<Vec<_>>>()?;
            objectives_exist("objectives", &body, &objectives)?;
            if dimensions.is_empty() && objectives.is_empty() {
                return Err(Error::bad("dimensions", Said::new("assessment-code-empty")));
            }
            let (passage, source) = match (interview, document) {
                (Some(n), None) => {
                    let (_, notes, _) = live_interview(app, id, n).await?;
                    (
                        Passage::Interview {
                            interview: n as u32,
                        },
                        notes,
                    )
                }
                (None, Some(d)) => {
                    let (doc, texts) = crate::documents::visible_with_texts(app, who, d.trim())
                        .await
                        .map_err(|_| {
                            Error::bad(
                                "document",
                                Said::new("check-unknown-document").with("id", d.trim()),
                            )
                        })?;
                    let lang = lang.unwrap_or_else(|| "en".to_owned());
                    let Some((_, text)) = texts.into_iter().find(|(l, _)| *l == lang) else {
                        return Err(Error::bad(
                            "lang",
                            Said::new("assessment-no-text").with("lang", lang.as_str()),
                        ));
                    };
                    (
                        Passage::Document {
                            document: doc.id.clone(),
                            lang,
                        },
                        text,
                    )
                }
                _ => return Err(Error::bad("interview", Said::new("assessment-code-source"))),
            };
            let Some(quote) = assessment::passage(&source, start, end) else {
                return Err(Error::bad(
                    "end",
                    Said::new("assessment-range")
                        .with("length", source.chars().count())
                        .with("start", start)
                        .with("end", end),
                ));
            };
            let paragraph = match passage {
                Passage::Document { .. } => assessment::paragraph_at(&source, start),
                Passage::Interview { .. } => None,
            };
            let code = Code {
                passage,
                start,
                end,
                quote,
                paragraph,
                dimensions,
                objectives,
                stance,
            };
            let body = serde_json::to_string(&code).expect("a code serialises");
            app.store
                .add_code(id, interview, &body, logged(""))
                .await?
                .ok_or_else(|| match interview {
                    // Withdrawn meanwhile, or the report published meanwhile.
                    Some(n) => Error::bad(
                        "interview",
                        Said::new("assessment-no-interview").with("number", n),
                    ),
                    None => Error::conflict("assessment-published"),
                })?
        }
        step => {
            let mut body = body_of(&a)?;
            let (made, note) = change_body(app, who, &mut body, step).await?;
            let json = serde_json::to_string(&body).expect("a body serialises");
            if !app
                .store
                .write_assessment_body(
                    id,
                    a.version,
                    &json,
                    Logged {
                        actor: account.id,
                        event: name,
                        note: &note,
                    },
                )
                .await?
            {
                return Err(Error::conflict("assessment-changed"));
            }
            made
        }
    };
    app.audit(
        &who.actor(),
        &format!("assessment.{name}"),
        &format!("assessment:{id}"),
        "ok",
    )
    .await;
    Ok(made)
}

/// Check what is known of an interview.
async fn interview(
    app: &App,
    role: String,
    state: Option<String>,
    held_on: String,
    consent: String,
    themes: Vec<String>,
) -> Result<Interview> {
    let role = text("role", &role, 300)?;
    let state = match state.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(known_state(app, "state", s).await?),
    };
    let held_on: Day = held_on.trim().parse().map_err(|_| {
        Error::bad(
            "held_on",
            Said::new("cycle-deadline").with("typed", Said::as_given(held_on.trim())),
        )
    })?;
    if held_on > app.today() {
        return Err(Error::bad("held_on", Said::new("assessment-future")));
    }
    let (wc, all) = words!(Consent);
    let consent = word("consent", &consent, wc, all)?;
    let themes = themes
        .iter()
        .enumerate()
        .map(|(i, t)| text(&format!("themes[{i}]"), t, 100))
        .collect::<Result<Vec<_>>>()?;
    Ok(Interview {
        role,
        state,
        held_on,
        consent,
        themes,
        extracts: Vec::new(),
    })
}

/// A live interview: what is known of it, its notes, and what is known as stored (to update
/// it only if nobody changed it meanwhile).
async fn live_interview(app: &App, id: &str, n: i64) -> Result<(Interview, String, String)> {
    let missing = || {
        Error::bad(
            "interview",
            Said::new("assessment-no-interview").with("number", n),
        )
    };
    let stored = app
        .store
        .interviews(id)
        .await?
        .into_iter()
        .find(|i| i.n == n)
        .ok_or_else(missing)?;
    let (Some(was), Some(notes)) = (stored.about, stored.notes) else {
        return Err(missing());
    };
    let about: Interview = serde_json::from_str(&was)
        .map_err(|e| Error::Internal(format!("interview {n} of {id} does not read: {e}")))?;
    Ok((about, notes, was))
}

#[allow(clippy::too_many_arguments)]
async fn update(
    app: &App,
    id: &str,
    n: i64,
    was: &str,
    about: &Interview,
    actor: agora_core::account::AccountId,
    event: &str,
    note: &str,
) -> Result<()> {
    let json = serde_json::to_string(about).expect("an interview serialises");
    if !app
        .store
        .update_interview(id, n, was, &json, Logged { actor, event, note })
        .await?
    {
        return Err(Error::conflict("assessment-changed"));
    }
    Ok(())
}
