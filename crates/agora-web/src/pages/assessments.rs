//! Assessments as pages: the list (`/assessments`, by forum and period, with the form an
//! editor opens one by) and one assessment (`/assessments/{id}`): the report — objectives
//! with their sources, outputs, impacts with evidence, the five dimensions, coded passages as
//! quotations under each objective and dimension, released extracts without a name, method
//! and limits, the secretariat's replies, the history — with the forms of the reader's powers
//! (assign a researcher, reply, publish). The interviews and their notes are shown to the
//! assigned researchers alone. A report compares a forum with itself, never with other fora.

use agora_app::assessments::{self, CodeView, View};
use agora_core::Member;
use agora_core::assessment::{Dimension, Passage, Stance, Status};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::fora::{forum_name, member_name};
use super::{PageError, Posted, html};
use crate::lang::{Localised, filters};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

/// A word of the assessment's closed sets (a dimension, a rating, a status...) in the
/// reader's language.
fn word(w: &str) -> String {
    crate::lang::said(&agora_core::Said::new("assessment-word").with("word", w))
}

pub struct Row {
    pub id: String,
    pub forum: Localised,
    pub period: String,
    pub status: String,
    pub draft: bool,
}

#[derive(Template)]
#[template(path = "assessments.html")]
pub struct ListPage {
    pub rows: Vec<Row>,
    pub may_open: bool,
    /// For editors: the fora to open one of, by name.
    pub fora: Vec<(String, Localised)>,
    pub csrf: String,
}

fn period(from: i32, to: i32) -> String {
    if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
    }
}

pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let r = state.registry().await?;
    let found = assessments::list(&state, &who.caller()).await?;
    let may_open = who.viewer.may_run_assessments();
    let mut fora: Vec<(String, Localised)> = if may_open {
        r.data
            .fora
            .iter()
            .map(|f| (f.id.to_string(), forum_name(&r, &f.id)))
            .collect()
    } else {
        Vec::new()
    };
    fora.sort_by_key(|f| agora_core::fold(&f.1.text));
    html(&ListPage {
        rows: found
            .into_iter()
            .map(|a| Row {
                forum: forum_name(&r, &a.forum),
                period: period(a.from, a.to),
                status: word(a.status.as_str()),
                draft: a.status == Status::Draft,
                id: a.id,
            })
            .collect(),
        may_open,
        fora,
        csrf: who.csrf(),
    })
}

/// `POST /assessments`: an editor opens an assessment.
pub async fn open(
    State(state): State<AppState>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    if !who.viewer.may_run_assessments() {
        return Err(crate::error::AppError::forbidden("assessment-editors").into());
    }
    let year = |f: &str| {
        let typed = form.field(f).trim();
        typed.parse::<i32>().map_err(|_| {
            crate::error::AppError::bad(
                f,
                agora_core::Said::new("assessment-year")
                    .with("first", *agora_core::assessment::YEARS.start())
                    .with("last", *agora_core::assessment::YEARS.end()),
            )
        })
    };
    let id = assessments::open(
        &state,
        &who.caller(),
        &assessments::Opening {
            forum: form.field("forum").to_owned(),
            from: year("from")?,
            to: year("to")?,
        },
    )
    .await?;
    Ok(super::see_other(format!("/assessments/{id}")))
}

/// A quotation of a coded passage, linking back to its place.
pub struct Quote {
    pub words: String,
    pub href: Option<String>,
    pub place: String,
    pub against: bool,
    pub lang: Option<String>,
}

/// The quotations under one heading (an objective or a dimension).
pub struct Group {
    pub heading: String,
    pub quotes: Vec<Quote>,
}

pub struct ObjectiveRow {
    pub n: u32,
    pub text: String,
    pub href: String,
    pub source: String,
}

pub struct OutputRow {
    pub n: u32,
    pub kind: String,
    pub title: String,
    pub href: Option<String>,
    pub date: String,
    pub serves: String,
}

pub struct ImpactRow {
    pub n: u32,
    pub state: Localised,
    pub code: String,
    pub change: String,
    pub description: String,
    pub objective: u32,
    pub attribution: String,
    pub judged_by: String,
    pub evidence: Vec<(Option<String>, String)>,
}

pub struct RatedRow {
    pub dimension: String,
    pub rating: String,
    pub confidence: String,
    pub evidence: String,
}

pub struct InterviewRow {
    pub n: i64,
    pub withdrawn: bool,
    pub role: String,
    pub state: String,
    pub held_on: String,
    pub consent: String,
    pub notes: String,
    /// (number, words, approved, released).
    pub extracts: Vec<(u32, String, bool, bool)>,
}

pub struct StepRow {
    pub at: String,
    pub event: String,
    pub note: String,
    pub actor: String,
}

/// What the researchers' forms offer: the words of each closed set with their labels, the
/// forum's library documents, the live interviews' numbers.
pub struct Workbench {
    pub documents: Vec<(String, String)>,
    pub interviews: Vec<i64>,
    pub output_kinds: Vec<(&'static str, String)>,
    pub changes: Vec<(&'static str, String)>,
    pub attributions: Vec<(&'static str, String)>,
    pub dimensions: Vec<(&'static str, String)>,
    pub ratings: Vec<(&'static str, String)>,
    pub confidences: Vec<(&'static str, String)>,
    pub consents: Vec<(&'static str, String)>,
}

fn labelled(words: &[&'static str]) -> Vec<(&'static str, String)> {
    words.iter().map(|w| (*w, word(w))).collect()
}

#[derive(Template)]
#[template(path = "assessment.html")]
pub struct AssessmentPage {
    pub id: String,
    pub forum_id: String,
    pub forum: Localised,
    pub period: String,
    pub draft: bool,
    pub published: String,
    pub objectives: Vec<ObjectiveRow>,
    pub outputs: Vec<OutputRow>,
    pub impacts: Vec<ImpactRow>,
    pub dimensions: Vec<RatedRow>,
    pub by_objective: Vec<Group>,
    pub by_dimension: Vec<Group>,
    pub extracts: Vec<String>,
    pub method: String,
    pub limits: String,
    pub held: usize,
    pub withdrawn: usize,
    pub replies: Vec<(String, String)>,
    pub history: Vec<StepRow>,
    pub interviews: Option<Vec<InterviewRow>>,
    pub researchers: Option<Vec<String>>,
    pub powers: assessments::Powers,
    /// For the assigned researchers while it is a draft.
    pub workbench: Option<Workbench>,
    pub csrf: String,
}

fn quote(c: &CodeView) -> Quote {
    let (href, place, lang) = match &c.code.passage {
        Passage::Document { document, lang } => (
            Some(match c.code.paragraph {
                Some(p) => format!("/library/{document}#p-{lang}-{p}"),
                None => format!("/library/{document}"),
            }),
            match c.code.paragraph {
                Some(p) => crate::lang::said(
                    &agora_core::Said::new("assessment-place-document")
                        .with("document", document.as_str())
                        .with("paragraph", p),
                ),
                None => document.to_string(),
            },
            Some(lang.clone()),
        ),
        Passage::Interview { interview } => (
            Some(format!("#interview-{interview}")),
            crate::lang::said(
                &agora_core::Said::new("assessment-place-interview")
                    .with("number", i64::from(*interview)),
            ),
            None,
        ),
    };
    Quote {
        words: c.code.quote.clone(),
        href,
        place,
        against: c.code.stance == Stance::Against,
        lang,
    }
}

pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    html(&page_of(&state, &who, &id, Notes::Shown).await?)
}

/// Whether the passages coded in interview notes stand among the report's quotations for the
/// assigned researchers who may read them: on the page, yes; in the PDF, which is printed and
/// sent, never.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Notes {
    Shown,
    Left,
}

/// The assessment as `who` may read it, in the request's language: the page, and the PDF made
/// from the page's report (`assessment_pdf`).
pub(super) async fn page_of(
    state: &AppState,
    who: &Who,
    id: &str,
    notes: Notes,
) -> Result<AssessmentPage, PageError> {
    let r = state.registry().await?;
    let v: View = assessments::view(state, &who.caller(), id).await?;
    let mut codes: Vec<&CodeView> = v.document_codes.iter().collect();
    if let Some(more) = v.interview_codes.as_ref().filter(|_| notes == Notes::Shown) {
        codes.extend(more.iter());
    }
    let by_objective = v
        .body
        .objectives
        .iter()
        .map(|o| Group {
            heading: crate::lang::said(
                &agora_core::Said::new("assessment-objective-n").with("number", i64::from(o.n)),
            ),
            quotes: codes
                .iter()
                .filter(|c| c.code.objectives.contains(&o.n))
                .map(|c| quote(c))
                .collect(),
        })
        .filter(|g| !g.quotes.is_empty())
        .collect();
    let by_dimension = Dimension::ALL
        .iter()
        .map(|d| Group {
            heading: word(d.as_str()),
            quotes: codes
                .iter()
                .filter(|c| c.code.dimensions.contains(d))
                .map(|c| quote(c))
                .collect(),
        })
        .filter(|g| !g.quotes.is_empty())
        .collect();
    let serves = |ns: &[u32]| {
        ns.iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let workbench = match v.powers.work {
        false => None,
        true => {
            use agora_core::assessment::{
                Attribution, Change, Confidence, Consent, OutputKind, Rating,
            };
            // The forum's own documents first (its founding and ministerial texts), then the
            // rest of the library.
            let mut docs = agora_app::documents::list(state, &who.caller(), None).await?;
            docs.sort_by_key(|d| !d.fora.contains(&v.forum));
            let documents = docs
                .into_iter()
                .map(|d| {
                    let title = d
                        .versions
                        .first()
                        .map(|x| x.title.clone())
                        .unwrap_or_default();
                    (d.id.to_string(), format!("{title} ({})", d.id))
                })
                .collect();
            Some(Workbench {
                documents,
                interviews: v
                    .interviews
                    .iter()
                    .flatten()
                    .filter(|i| i.withdrawn_at.is_none())
                    .map(|i| i.n)
                    .collect(),
                output_kinds: labelled(&OutputKind::ALL.map(OutputKind::as_str)),
                changes: labelled(&Change::ALL.map(Change::as_str)),
                attributions: labelled(&Attribution::ALL.map(Attribution::as_str)),
                dimensions: labelled(&Dimension::ALL.map(Dimension::as_str)),
                ratings: labelled(&Rating::ALL.map(Rating::as_str)),
                confidences: labelled(&Confidence::ALL.map(Confidence::as_str)),
                consents: labelled(&Consent::ALL.map(Consent::as_str)),
            })
        }
    };
    Ok(AssessmentPage {
        workbench,
        forum_id: v.forum.to_string(),
        forum: forum_name(&r, &v.forum),
        period: period(v.from, v.to),
        draft: v.status == Status::Draft,
        published: v
            .published_at
            .as_deref()
            .map(|t| crate::lang::date(&t[..10.min(t.len())]))
            .unwrap_or_default(),
        objectives: v
            .body
            .objectives
            .iter()
            .map(|o| ObjectiveRow {
                n: o.n,
                text: o.text.clone(),
                href: format!("/library/{}#p-{}-{}", o.document, o.lang, o.paragraph),
                source: crate::lang::said(
                    &agora_core::Said::new("assessment-place-document")
                        .with("document", o.document.as_str())
                        .with("paragraph", i64::from(o.paragraph)),
                ),
            })
            .collect(),
        outputs: v
            .body
            .outputs
            .iter()
            .map(|o| OutputRow {
                n: o.n,
                kind: word(o.kind.as_str()),
                title: o.title.clone(),
                href: o
                    .meeting
                    .as_ref()
                    .map(|m| format!("/meetings/{m}"))
                    .or_else(|| o.document.as_ref().map(|d| format!("/library/{d}"))),
                date: o.date.map(crate::lang::date).unwrap_or_default(),
                serves: serves(&o.objectives),
            })
            .collect(),
        impacts: v
            .body
            .impacts
            .iter()
            .map(|i| ImpactRow {
                n: i.n,
                state: member_name(&r, &Member::Area(i.state.clone())),
                code: i.state.to_string(),
                change: word(i.change.as_str()),
                description: i.description.clone(),
                objective: i.objective,
                attribution: word(i.attribution.as_str()),
                judged_by: i.judged_by.clone(),
                evidence: i
                    .evidence
                    .iter()
                    .map(|e| {
                        let href = e
                            .document
                            .as_ref()
                            .map(|d| match e.paragraph {
                                Some(p) => format!("/library/{d}#p-en-{p}"),
                                None => format!("/library/{d}"),
                            })
                            .or_else(|| e.url.clone());
                        let words = [
                            e.document.as_ref().map(ToString::to_string),
                            e.url.clone().filter(|_| e.document.is_none()),
                            e.figure.clone(),
                            e.note.clone(),
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(": ");
                        (href, words)
                    })
                    .collect(),
            })
            .collect(),
        dimensions: v
            .body
            .dimensions
            .iter()
            .map(|d| RatedRow {
                dimension: word(d.dimension.as_str()),
                rating: word(d.rating.as_str()),
                confidence: word(d.confidence.as_str()),
                evidence: d.evidence.clone(),
            })
            .collect(),
        by_objective,
        by_dimension,
        extracts: v.released.clone(),
        method: v.body.method.clone(),
        limits: v.body.limits.clone(),
        held: v.interviews_held,
        withdrawn: v.interviews_withdrawn,
        replies: v
            .replies
            .iter()
            .map(|(at, text)| (crate::lang::date(&at[..10.min(at.len())]), text.clone()))
            .collect(),
        history: v
            .history
            .iter()
            .map(|s| StepRow {
                at: crate::lang::date(&s.at[..10.min(s.at.len())]),
                event: word(&s.event),
                note: if s.event == "reply" {
                    String::new()
                } else {
                    s.note.clone()
                },
                actor: s.actor.clone().unwrap_or_default(),
            })
            .collect(),
        interviews: v.interviews.as_ref().map(|all| {
            all.iter()
                .map(|i| InterviewRow {
                    n: i.n,
                    withdrawn: i.withdrawn_at.is_some(),
                    role: i.about.as_ref().map(|a| a.role.clone()).unwrap_or_default(),
                    state: i
                        .about
                        .as_ref()
                        .and_then(|a| a.state.as_ref())
                        .map(|s| member_name(&r, &Member::Area(s.clone())).text)
                        .unwrap_or_default(),
                    held_on: i
                        .about
                        .as_ref()
                        .map(|a| crate::lang::date(a.held_on))
                        .unwrap_or_default(),
                    consent: i
                        .about
                        .as_ref()
                        .map(|a| word(a.consent.as_str()))
                        .unwrap_or_default(),
                    notes: i.notes.clone().unwrap_or_default(),
                    extracts: i
                        .extracts
                        .iter()
                        .map(|(e, w)| (e.m, w.clone(), e.approved, e.released))
                        .collect(),
                })
                .collect()
        }),
        researchers: v.researchers.clone(),
        powers: v.powers,
        id: v.id,
        csrf: who.csrf(),
    })
}

/// The characters a typed passage spans in a text (searched exactly, then with its white
/// space as the text has it), or a refusal naming the form's field.
fn span(text: &str, typed: &str) -> Result<(usize, usize), crate::error::AppError> {
    let typed = typed.trim();
    let found = (!typed.is_empty())
        .then(|| text.find(typed))
        .flatten()
        .map(|at| (at, typed.len()))
        .or_else(|| {
            // The form may have folded the text's line breaks into spaces, or the reverse.
            let words: Vec<&str> = typed.split_whitespace().collect();
            let first = *words.first()?;
            text.match_indices(first).find_map(|(at, _)| {
                let mut end = at;
                for w in &words {
                    let rest = &text[end..];
                    let skipped = rest.len() - rest.trim_start().len();
                    if !rest[skipped..].starts_with(w) {
                        return None;
                    }
                    end += skipped + w.len();
                }
                Some((at, end - at))
            })
        });
    let Some((at, len)) = found else {
        return Err(crate::error::AppError::bad(
            "passage",
            agora_core::Said::new("assessment-passage-not-found"),
        ));
    };
    let start = text[..at].chars().count();
    Ok((start, start + text[at..at + len].chars().count()))
}

/// A number typed in a form, or a refusal naming the field.
fn number<T: std::str::FromStr>(field: &str, typed: &str) -> Result<T, crate::error::AppError> {
    typed.trim().parse().map_err(|_| {
        crate::error::AppError::bad(
            field,
            agora_core::Said::new("assessment-not-a-number")
                .with("typed", agora_core::Said::as_given(typed.trim())),
        )
    })
}

fn given(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// `POST /assessments/{id}/steps`: the steps the page's forms take — an editor assigns a
/// researcher or publishes; the secretariat replies; the assigned researchers record
/// everything else. Passages are typed as they read in the text: their place is found here.
pub async fn step(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    use agora_app::assessments::steps::{self, Step};
    assessments::find(&state, &who.caller(), &id).await?;
    let f = |name: &str| form.field(name).to_owned();
    let numbers = |name: &str| -> Result<Vec<u32>, crate::error::AppError> {
        form.all(name).iter().map(|n| number(name, n)).collect()
    };
    let step = match form.field("step") {
        "assign" => Step::Assign { email: f("email") },
        "reply" => Step::Reply { text: f("text") },
        "publish" => Step::Publish,
        "objective" => Step::Objective {
            text: f("text"),
            document: f("document"),
            lang: None,
            paragraph: number("paragraph", form.field("paragraph"))?,
        },
        "output" => Step::Output {
            kind: f("kind"),
            title: f("title"),
            date: given(form.field("date")),
            meeting: given(form.field("meeting")),
            document: given(form.field("output_document")),
            objectives: numbers("objectives")?,
        },
        "impact" => {
            let document = match given(form.field("evidence_document")) {
                None => None,
                Some(d) => Some(agora_core::DocumentId::parse(&d).map_err(|_| {
                    crate::error::AppError::bad(
                        "evidence_document",
                        agora_core::Said::new("check-unknown-document").with("id", d.as_str()),
                    )
                })?),
            };
            let paragraph = match given(form.field("evidence_paragraph")) {
                None => None,
                Some(p) => Some(number("evidence_paragraph", &p)?),
            };
            Step::Impact {
                state: f("state"),
                change: f("change"),
                description: f("description"),
                objective: number("objective", form.field("objective"))?,
                evidence: vec![agora_core::practice::Evidence {
                    document,
                    paragraph,
                    url: given(form.field("evidence_url")),
                    figure: None,
                    note: given(form.field("evidence_note")),
                }],
                attribution: f("attribution"),
                judged_by: f("judged_by"),
            }
        }
        "rate" => Step::Rate {
            dimension: f("dimension"),
            rating: f("rating"),
            evidence: f("evidence"),
            confidence: f("confidence"),
        },
        "method" => Step::Method {
            method: f("method"),
            limits: f("limits"),
        },
        "interview" => Step::Interview {
            role: f("role"),
            state: given(form.field("state")),
            held_on: f("held_on"),
            consent: f("consent"),
            notes: f("notes"),
            themes: form
                .field("themes")
                .lines()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
        },
        "extract" => {
            let interview: i64 = number("interview", form.field("interview"))?;
            let notes = notes_of(&state, &who, &id, interview).await?;
            let (start, end) = span(&notes, form.field("passage"))?;
            Step::Extract {
                interview,
                start,
                end,
                approved: form.field("approved") == "yes",
            }
        }
        "release" => Step::Release {
            interview: number("interview", form.field("interview"))?,
            extract: number("extract", form.field("extract"))?,
        },
        "withdraw" => Step::Withdraw {
            interview: number("interview", form.field("interview"))?,
        },
        "code" => {
            let source = form.field("source");
            let (interview, document, lang, text) = match source.split_once(':') {
                Some(("interview", n)) => {
                    let n: i64 = number("source", n)?;
                    (Some(n), None, None, notes_of(&state, &who, &id, n).await?)
                }
                Some(("document", d)) => {
                    let (_, texts) =
                        agora_app::documents::visible_with_texts(&state, &who.caller(), d).await?;
                    // The passage is looked for in each of the document's texts.
                    let typed = form.field("passage");
                    let found = texts.into_iter().find(|(_, t)| span(t, typed).is_ok());
                    let Some((lang, text)) = found else {
                        return Err(crate::error::AppError::bad(
                            "passage",
                            agora_core::Said::new("assessment-passage-not-found"),
                        )
                        .into());
                    };
                    (None, Some(d.to_owned()), Some(lang), text)
                }
                _ => {
                    return Err(crate::error::AppError::bad(
                        "source",
                        agora_core::Said::new("assessment-code-source"),
                    )
                    .into());
                }
            };
            let (start, end) = span(&text, form.field("passage"))?;
            Step::Code {
                interview,
                document,
                lang,
                start,
                end,
                dimensions: form
                    .all("dimensions")
                    .iter()
                    .map(|d| d.to_string())
                    .collect(),
                objectives: numbers("objectives")?,
                stance: f("stance"),
            }
        }
        other => {
            return Err(crate::error::AppError::bad(
                "step",
                agora_core::Said::new("assessment-not-one-of")
                    .with("typed", agora_core::Said::as_given(other))
                    .with(
                        "words",
                        "assign, reply, publish, objective, output, impact, rate, method, \
                         interview, extract, release, withdraw, code",
                    ),
            )
            .into());
        }
    };
    steps::take(&state, &who.caller(), &id, step).await?;
    Ok(super::see_other(format!("/assessments/{id}#history")))
}

/// The notes of a live interview, for the assigned researchers (anyone else: not found).
async fn notes_of(
    state: &AppState,
    who: &Who,
    id: &str,
    n: i64,
) -> Result<String, crate::error::AppError> {
    let v = assessments::view(state, &who.caller(), id).await?;
    v.interviews
        .into_iter()
        .flatten()
        .find(|i| i.n == n)
        .and_then(|i| i.notes)
        .ok_or_else(|| {
            crate::error::AppError::bad(
                "interview",
                agora_core::Said::new("assessment-no-interview").with("number", n),
            )
        })
}
