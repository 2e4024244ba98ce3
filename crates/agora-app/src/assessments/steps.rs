//! The steps that write an assessment: an editor assigns researchers and publishes; assigned
//! researchers record objectives, outputs, impacts, ratings, method and limits, interviews,
//! extracts and codes, and withdraw an interview when its interviewee withdraws consent; the
//! forum's secretariat replies to the draft. Every step checks its input field by field and
//! changes nothing when it refuses; every step lands in the history (never the notes).

use agora_core::account::Email;
use agora_core::assessment::{
    self, Attribution, Body, Change, Code, Confidence, Consent, Dimension, Extract, Impact,
    Interview, LONGEST, LONGEST_NOTES, Objective, Output, OutputKind, Passage, Rated, Rating,
    Stance,
};
use agora_core::policy::AccessRole;
use agora_core::practice::Evidence;
use agora_core::{AreaCode, Day, MeetingId, Said};
use agora_store::Step as Logged;

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

/// A word of a closed set, or a refusal naming the field and the words it may be.
fn word<T>(field: &str, typed: &str, parse: fn(&str) -> Option<T>, all: &[&str]) -> Result<T> {
    parse(typed.trim()).ok_or_else(|| {
        Error::bad(
            field,
            Said::new("assessment-not-one-of")
                .with("typed", Said::as_given(typed.trim()))
                .with("words", all.join(", ")),
        )
    })
}

macro_rules! words {
    ($t:ty) => {
        (
            <$t>::parse as fn(&str) -> Option<$t>,
            &<$t>::ALL.map(<$t>::as_str)[..],
        )
    };
}

/// A text that must be given, of at most `most` characters.
fn text(field: &str, s: &str, most: usize) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(Error::bad(field, Said::new("assessment-empty")));
    }
    if t.chars().count() > most {
        return Err(Error::bad(
            field,
            Said::new("at-most-characters").with("most", most),
        ));
    }
    Ok(t.to_owned())
}

/// The objectives named must exist in the body, once each.
fn objectives_exist(field: &str, body: &Body, ns: &[u32]) -> Result<()> {
    for (i, n) in ns.iter().enumerate() {
        if body.objective(*n).is_none() || ns[..i].contains(n) {
            return Err(Error::bad(
                &format!("{field}[{i}]"),
                Said::new("assessment-no-objective").with("number", *n),
            ));
        }
    }
    Ok(())
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
            let code = Code {
                passage,
                start,
                end,
                quote,
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

async fn known_state(app: &App, field: &str, s: &str) -> Result<AreaCode> {
    let r = app.registry().await?;
    r.area(s.trim())
        .map(|a| a.code.clone())
        .ok_or_else(|| Error::bad(field, Said::new("check-unknown-area").with("id", s.trim())))
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

/// Apply a step to the body: what it made, and the history's note.
async fn change_body(
    app: &App,
    who: &Caller<'_>,
    body: &mut Body,
    step: Step,
) -> Result<(i64, String)> {
    Ok(match step {
        Step::Objective {
            text: t,
            document,
            lang,
            paragraph,
        } => {
            let t = text("text", &t, LONGEST)?;
            let (doc, texts) = public_document(app, who, "document", &document).await?;
            // The paragraph in the language asked for; else in the English text if there is
            // one, else in the first that has it.
            let mut texts = texts;
            if let Some(l) = lang.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
                texts.retain(|(x, _)| x == l);
                if texts.is_empty() {
                    return Err(Error::bad(
                        "lang",
                        Said::new("assessment-no-text").with("lang", l),
                    ));
                }
            }
            texts.sort_by_key(|(l, _)| l != "en");
            let Some((lang, _)) = texts
                .iter()
                .find(|(_, text)| paragraph >= 1 && paragraph <= assessment::paragraphs(text))
            else {
                return Err(Error::bad(
                    "paragraph",
                    Said::new("assessment-no-paragraph").with("number", paragraph),
                ));
            };
            let n = Body::next(body.objectives.iter().map(|o| o.n));
            body.objectives.push(Objective {
                n,
                text: t,
                document: doc.id.clone(),
                lang: lang.clone(),
                paragraph,
            });
            (i64::from(n), format!("{n}"))
        }
        Step::Output {
            kind,
            title,
            date,
            meeting,
            document,
            objectives,
        } => {
            let (wk, all) = words!(OutputKind);
            let kind = word("kind", &kind, wk, all)?;
            let title = text("title", &title, 300)?;
            let date = match date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => None,
                Some(d) => Some(d.parse::<Day>().map_err(|_| {
                    Error::bad(
                        "date",
                        Said::new("cycle-deadline").with("typed", Said::as_given(d)),
                    )
                })?),
            };
            let known = app.store.catalogue().await?;
            let meeting = match meeting.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => None,
                Some(m) => Some(
                    MeetingId::parse(m)
                        .ok()
                        .filter(|m| known.meetings.contains(m))
                        .ok_or_else(|| {
                            Error::bad("meeting", Said::new("check-unknown-meeting").with("id", m))
                        })?,
                ),
            };
            let document = match document.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => None,
                Some(d) => Some(public_document(app, who, "document", d).await?.0.id),
            };
            objectives_exist("objectives", body, &objectives)?;
            if objectives.is_empty() {
                return Err(Error::bad(
                    "objectives",
                    Said::new("assessment-serves-none"),
                ));
            }
            let n = Body::next(body.outputs.iter().map(|o| o.n));
            body.outputs.push(Output {
                n,
                kind,
                title,
                date,
                meeting,
                document,
                objectives,
            });
            (i64::from(n), format!("{n}"))
        }
        Step::Impact {
            state,
            change,
            description,
            objective,
            evidence,
            attribution,
            judged_by,
        } => {
            let state = known_state(app, "state", &state).await?;
            let (wc, all) = words!(Change);
            let change = word("change", &change, wc, all)?;
            let description = text("description", &description, LONGEST)?;
            objectives_exist("objective", body, &[objective]).map_err(|_| {
                Error::bad(
                    "objective",
                    Said::new("assessment-no-objective").with("number", objective),
                )
            })?;
            if evidence.is_empty() {
                return Err(Error::bad("evidence", Said::new("assessment-no-evidence")));
            }
            let known = app.store.catalogue().await?;
            let mut first: Option<Error> = None;
            for (i, e) in evidence.iter().enumerate() {
                agora_core::practice::evidence(
                    &mut |field, said| {
                        first.get_or_insert(Error::bad(&field, said));
                    },
                    i,
                    e,
                    &known,
                );
            }
            if let Some(e) = first {
                return Err(e);
            }
            for (i, e) in evidence.iter().enumerate() {
                if let Some(d) = &e.document {
                    public_document(app, who, &format!("evidence[{i}].document"), d.as_str())
                        .await?;
                }
            }
            let (wa, all) = words!(Attribution);
            let attribution = word("attribution", &attribution, wa, all)?;
            let judged_by = text("judged_by", &judged_by, 300)?;
            let n = Body::next(body.impacts.iter().map(|o| o.n));
            body.impacts.push(Impact {
                n,
                state,
                change,
                description,
                objective,
                evidence,
                attribution,
                judged_by,
            });
            (i64::from(n), format!("{n}"))
        }
        Step::Rate {
            dimension,
            rating,
            evidence,
            confidence,
        } => {
            let (wd, all) = words!(Dimension);
            let dimension = word("dimension", &dimension, wd, all)?;
            let (wr, all) = words!(Rating);
            let rating = word("rating", &rating, wr, all)?;
            let evidence = text("evidence", &evidence, LONGEST)?;
            let (wc, all) = words!(Confidence);
            let confidence = word("confidence", &confidence, wc, all)?;
            body.rate(Rated {
                dimension,
                rating,
                evidence,
                confidence,
            });
            (0, dimension.as_str().to_owned())
        }
        Step::Method { method, limits } => {
            body.method = text("method", &method, LONGEST)?;
            body.limits = text("limits", &limits, LONGEST)?;
            (0, String::new())
        }
        other => {
            return Err(Error::Internal(format!(
                "the step {} does not change the body",
                other.name()
            )));
        }
    })
}

/// A document of the library that anyone may read, with its texts: what a public report cites.
async fn public_document(
    app: &App,
    who: &Caller<'_>,
    field: &str,
    id: &str,
) -> Result<(agora_core::document::Document, Vec<(String, String)>)> {
    let (doc, texts) = crate::documents::visible_with_texts(app, who, id.trim())
        .await
        .map_err(|_| {
            Error::bad(
                field,
                Said::new("check-unknown-document").with("id", id.trim()),
            )
        })?;
    if doc.visibility != agora_core::policy::Visibility::Public {
        return Err(Error::bad(
            field,
            Said::new("assessment-document-not-public").with("id", id.trim()),
        ));
    }
    Ok((doc, texts))
}
