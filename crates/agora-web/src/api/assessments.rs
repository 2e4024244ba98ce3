//! `/api/v1/assessments`: what each forum achieved against its own objectives — open one (an
//! editor), read one (published ones for everyone; a draft for its assigned researchers,
//! editors and the forum's secretariat; anyone else gets 404), take a step
//! (`/api/v1/assessments/{id}/steps`). Interviews' notes appear only in the answers to the
//! assigned researchers. Lists are by forum and period, never by what an assessment found.

use agora_app::assessments::steps::{self, Step};
use agora_app::assessments::{self, CodeView, View};
use agora_core::DocumentId;
use agora_core::assessment::Passage;
use agora_core::practice::Evidence;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::contributions::{read_json, token_only};
use crate::error::{ApiError, AppError, Problem};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

/// An assessment in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentRowOut {
    #[schema(example = "colombo-process-2003-2009")]
    pub id: String,
    pub forum: String,
    pub from: i32,
    pub to: i32,
    /// draft or published.
    pub status: &'static str,
    pub published_at: Option<String>,
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentsPage {
    pub results: Vec<AssessmentRowOut>,
}

/// Evidence of an impact: a library document (down to its paragraph), an address, a figure.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceIo {
    #[serde(default)]
    pub document: Option<String>,
    #[serde(default)]
    pub paragraph: Option<u32>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub figure: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ObjectiveOut {
    pub n: u32,
    pub text: String,
    pub document: String,
    pub lang: String,
    pub paragraph: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OutputOut {
    pub n: u32,
    /// meeting, document, training, tool or joint_project.
    pub kind: &'static str,
    pub title: String,
    pub date: Option<String>,
    pub meeting: Option<String>,
    pub document: Option<String>,
    pub objectives: Vec<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImpactOut {
    pub n: u32,
    pub state: String,
    /// law, policy or practice.
    pub change: &'static str,
    pub description: String,
    pub objective: u32,
    pub evidence: Vec<EvidenceIo>,
    /// claimed, plausible, documented or corroborated.
    pub attribution: &'static str,
    pub judged_by: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RatedOut {
    /// networks, trust, understanding, capacity or governance.
    pub dimension: &'static str,
    /// none, limited, moderate or substantial.
    pub rating: &'static str,
    pub evidence: String,
    /// low, medium or high.
    pub confidence: &'static str,
}

/// A coded passage, quoted.
#[derive(Debug, Serialize, ToSchema)]
pub struct CodeOut {
    pub n: i64,
    /// The document it is in (null: an interview's notes).
    pub document: Option<String>,
    pub lang: Option<String>,
    /// The interview it is in (for the assigned researchers only).
    pub interview: Option<u32>,
    /// The library paragraph holding it.
    pub paragraph: Option<u32>,
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub dimensions: Vec<&'static str>,
    pub objectives: Vec<u32>,
    /// for or against.
    pub stance: &'static str,
}

/// An extract of an interview, as its researchers read it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExtractOut {
    pub m: u32,
    pub start: usize,
    pub end: usize,
    pub words: String,
    pub approved: bool,
    pub released: bool,
}

/// An interview, for the assigned researchers only.
#[derive(Debug, Serialize, ToSchema)]
pub struct InterviewOut {
    pub n: i64,
    pub role: Option<String>,
    pub state: Option<String>,
    pub held_on: Option<String>,
    /// notes_only or quotable.
    pub consent: Option<&'static str>,
    pub notes: Option<String>,
    pub themes: Vec<String>,
    pub extracts: Vec<ExtractOut>,
    pub recorded_at: String,
    /// When the interviewee withdrew consent: nothing else is kept.
    pub withdrawn_at: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentStepOut {
    pub at: String,
    pub event: String,
    pub note: String,
    /// Who acted: for editors and the assigned researchers only.
    pub actor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReplyOut {
    pub at: String,
    pub text: String,
}

/// An assessment as the caller may read it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentOut {
    #[serde(flatten)]
    pub row: AssessmentRowOut,
    /// Changes with every step that changes the objectives, outputs, impacts or ratings.
    pub version: i64,
    pub objectives: Vec<ObjectiveOut>,
    pub outputs: Vec<OutputOut>,
    pub impacts: Vec<ImpactOut>,
    pub dimensions: Vec<RatedOut>,
    pub method: String,
    pub limits: String,
    pub interviews_held: usize,
    pub interviews_withdrawn: usize,
    /// The extracts released to the report, without a name.
    pub extracts: Vec<String>,
    /// Coded passages of library documents the caller may read.
    pub codes: Vec<CodeOut>,
    /// The forum secretariat's replies to the draft.
    pub replies: Vec<ReplyOut>,
    pub history: Vec<AssessmentStepOut>,
    /// For the assigned researchers only (null for anyone else).
    pub interviews: Option<Vec<InterviewOut>>,
    pub interview_codes: Option<Vec<CodeOut>>,
    /// For editors and the assigned researchers only.
    pub researchers: Option<Vec<String>>,
}

fn row_out(
    state: &AppState,
    id: String,
    forum: String,
    from: i32,
    to: i32,
    status: &'static str,
    published_at: Option<String>,
) -> AssessmentRowOut {
    AssessmentRowOut {
        url: state.public_url.link(&format!("/assessments/{id}")),
        id,
        forum,
        from,
        to,
        status,
        published_at,
    }
}

fn evidence_out(e: Evidence) -> EvidenceIo {
    EvidenceIo {
        document: e.document.map(|d| d.to_string()),
        paragraph: e.paragraph,
        url: e.url,
        figure: e.figure,
        note: e.note,
    }
}

fn code_out(c: CodeView) -> CodeOut {
    let (document, lang, interview) = match c.code.passage {
        Passage::Document { document, lang } => (Some(document.to_string()), Some(lang), None),
        Passage::Interview { interview } => (None, None, Some(interview)),
    };
    CodeOut {
        n: c.n,
        document,
        lang,
        interview,
        paragraph: c.code.paragraph,
        start: c.code.start,
        end: c.code.end,
        quote: c.code.quote,
        dimensions: c.code.dimensions.iter().map(|d| d.as_str()).collect(),
        objectives: c.code.objectives,
        stance: c.code.stance.as_str(),
    }
}

fn assessment_out(state: &AppState, v: View) -> AssessmentOut {
    AssessmentOut {
        row: row_out(
            state,
            v.id,
            v.forum.to_string(),
            v.from,
            v.to,
            v.status.as_str(),
            v.published_at,
        ),
        version: v.version,
        objectives: v
            .body
            .objectives
            .into_iter()
            .map(|o| ObjectiveOut {
                n: o.n,
                text: o.text,
                document: o.document.to_string(),
                lang: o.lang,
                paragraph: o.paragraph,
            })
            .collect(),
        outputs: v
            .body
            .outputs
            .into_iter()
            .map(|o| OutputOut {
                n: o.n,
                kind: o.kind.as_str(),
                title: o.title,
                date: o.date.map(|d| d.to_string()),
                meeting: o.meeting.map(|m| m.to_string()),
                document: o.document.map(|d| d.to_string()),
                objectives: o.objectives,
            })
            .collect(),
        impacts: v
            .body
            .impacts
            .into_iter()
            .map(|i| ImpactOut {
                n: i.n,
                state: i.state.to_string(),
                change: i.change.as_str(),
                description: i.description,
                objective: i.objective,
                evidence: i.evidence.into_iter().map(evidence_out).collect(),
                attribution: i.attribution.as_str(),
                judged_by: i.judged_by,
            })
            .collect(),
        dimensions: v
            .body
            .dimensions
            .into_iter()
            .map(|r| RatedOut {
                dimension: r.dimension.as_str(),
                rating: r.rating.as_str(),
                evidence: r.evidence,
                confidence: r.confidence.as_str(),
            })
            .collect(),
        method: v.body.method,
        limits: v.body.limits,
        interviews_held: v.interviews_held,
        interviews_withdrawn: v.interviews_withdrawn,
        extracts: v.released,
        codes: v.document_codes.into_iter().map(code_out).collect(),
        replies: v
            .replies
            .into_iter()
            .map(|(at, text)| ReplyOut { at, text })
            .collect(),
        history: v
            .history
            .into_iter()
            .map(|s| AssessmentStepOut {
                at: s.at,
                event: s.event,
                note: s.note,
                actor: s.actor,
            })
            .collect(),
        interviews: v.interviews.map(|all| {
            all.into_iter()
                .map(|i| InterviewOut {
                    n: i.n,
                    role: i.about.as_ref().map(|a| a.role.clone()),
                    state: i
                        .about
                        .as_ref()
                        .and_then(|a| a.state.as_ref().map(ToString::to_string)),
                    held_on: i.about.as_ref().map(|a| a.held_on.to_string()),
                    consent: i.about.as_ref().map(|a| a.consent.as_str()),
                    themes: i.about.map(|a| a.themes).unwrap_or_default(),
                    notes: i.notes,
                    extracts: i
                        .extracts
                        .into_iter()
                        .map(|(e, words)| ExtractOut {
                            m: e.m,
                            start: e.start,
                            end: e.end,
                            words,
                            approved: e.approved,
                            released: e.released,
                        })
                        .collect(),
                    recorded_at: i.recorded_at,
                    withdrawn_at: i.withdrawn_at,
                })
                .collect()
        }),
        interview_codes: v
            .interview_codes
            .map(|all| all.into_iter().map(code_out).collect()),
        researchers: v.researchers,
    }
}

#[utoipa::path(get, path = "/api/v1/assessments", operation_id = "list_assessments", tag = "assessments",
    responses((status = 200, description = "The assessments the caller may read, by forum and period", body = AssessmentsPage)))]
pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Json<AssessmentsPage>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let found = assessments::list(&state, &who.caller()).await?;
    Ok(Json(AssessmentsPage {
        results: found
            .into_iter()
            .map(|a| {
                row_out(
                    &state,
                    a.id,
                    a.forum.to_string(),
                    a.from,
                    a.to,
                    a.status.as_str(),
                    a.published_at,
                )
            })
            .collect(),
    }))
}

/// An assessment to open.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpeningIn {
    /// The forum's id.
    pub forum: String,
    /// The first and last year it covers.
    pub from: i32,
    pub to: i32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OpenedOut {
    pub id: String,
}

#[utoipa::path(post, path = "/api/v1/assessments", operation_id = "open_assessment", tag = "assessments",
    request_body = OpeningIn, security(("token" = [])),
    responses(
        (status = 201, description = "The assessment opened, as a draft", body = OpenedOut),
        (status = 400, description = "A malformed body, an unknown forum, a period out of order", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The forum has an assessment of that period already", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn open(
    State(state): State<AppState>,
    who: Who,
    body: Bytes,
) -> Result<(StatusCode, Json<OpenedOut>), ApiError> {
    token_only(&who)?;
    if !who.caller().viewer.may_run_assessments() {
        return Err(AppError::forbidden("assessment-editors").into());
    }
    let o: OpeningIn = read_json(&body)?;
    let id = assessments::open(
        &state,
        &who.caller(),
        &assessments::Opening {
            forum: o.forum,
            from: o.from,
            to: o.to,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(OpenedOut { id })))
}

#[utoipa::path(get, path = "/api/v1/assessments/{id}", operation_id = "show_assessment", tag = "assessments",
    params(("id" = String, Path, description = "The assessment's id")),
    responses(
        (status = 200, description = "The assessment as the caller may read it", body = AssessmentOut),
        (status = 404, description = "No assessment with that id that the caller may read", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<AssessmentOut>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    let v = assessments::view(&state, &who.caller(), &id).await?;
    Ok(Json(assessment_out(&state, v)))
}

/// A step on an assessment, named by `step`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(tag = "step", rename_all = "snake_case", deny_unknown_fields)]
pub enum AssessmentStepIn {
    /// An editor assigns an account holding the researcher role.
    Assign {
        email: String,
    },
    /// An objective the forum set itself, from a library document's paragraph.
    Objective {
        text: String,
        document: String,
        /// The language of the text its paragraph is counted in (default: English, else the
        /// first text that has the paragraph).
        #[serde(default)]
        lang: Option<String>,
        paragraph: u32,
    },
    /// Something the forum produced, serving objectives (by number).
    Output {
        kind: String,
        title: String,
        #[serde(default)]
        date: Option<String>,
        #[serde(default)]
        meeting: Option<String>,
        #[serde(default)]
        document: Option<String>,
        objectives: Vec<u32>,
    },
    /// A change in a state's law, policy or practice.
    Impact {
        state: String,
        change: String,
        description: String,
        objective: u32,
        evidence: Vec<EvidenceIo>,
        attribution: String,
        judged_by: String,
    },
    /// A dimension of contribution rated (again).
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
    /// An interview (its notes are read by the assigned researchers only).
    Interview {
        role: String,
        #[serde(default)]
        state: Option<String>,
        held_on: String,
        consent: String,
        notes: String,
        #[serde(default)]
        themes: Vec<String>,
    },
    /// An extract of an interview's notes: characters `start..end`.
    Extract {
        interview: i64,
        start: usize,
        end: usize,
        /// The interviewee approved quoting it.
        approved: bool,
    },
    /// Release an extract to the report (only when the consent covers it).
    Release {
        interview: i64,
        extract: u32,
    },
    /// Tag characters `start..end` of an interview's notes or a document's text.
    Code {
        #[serde(default)]
        interview: Option<i64>,
        #[serde(default)]
        document: Option<String>,
        #[serde(default)]
        lang: Option<String>,
        start: usize,
        end: usize,
        #[serde(default)]
        dimensions: Vec<String>,
        #[serde(default)]
        objectives: Vec<u32>,
        stance: String,
    },
    /// The interviewee withdrew consent: the notes, extracts and codes go.
    Withdraw {
        interview: i64,
    },
    /// The forum's secretariat replies to the draft.
    Reply {
        text: String,
    },
    /// An editor publishes the report.
    Publish,
}

fn step_of(s: AssessmentStepIn) -> Result<Step, AppError> {
    Ok(match s {
        AssessmentStepIn::Assign { email } => Step::Assign { email },
        AssessmentStepIn::Objective {
            text,
            document,
            lang,
            paragraph,
        } => Step::Objective {
            text,
            document,
            lang,
            paragraph,
        },
        AssessmentStepIn::Output {
            kind,
            title,
            date,
            meeting,
            document,
            objectives,
        } => Step::Output {
            kind,
            title,
            date,
            meeting,
            document,
            objectives,
        },
        AssessmentStepIn::Impact {
            state,
            change,
            description,
            objective,
            evidence,
            attribution,
            judged_by,
        } => Step::Impact {
            state,
            change,
            description,
            objective,
            evidence: evidence
                .into_iter()
                .enumerate()
                .map(|(i, e)| {
                    let document = match e.document {
                        None => None,
                        Some(d) => Some(DocumentId::parse(d.trim()).map_err(|_| {
                            AppError::bad(
                                &format!("evidence[{i}].document"),
                                agora_core::Said::new("check-unknown-document")
                                    .with("id", d.trim()),
                            )
                        })?),
                    };
                    Ok(Evidence {
                        document,
                        paragraph: e.paragraph,
                        url: e.url,
                        figure: e.figure,
                        note: e.note,
                    })
                })
                .collect::<Result<_, AppError>>()?,
            attribution,
            judged_by,
        },
        AssessmentStepIn::Rate {
            dimension,
            rating,
            evidence,
            confidence,
        } => Step::Rate {
            dimension,
            rating,
            evidence,
            confidence,
        },
        AssessmentStepIn::Method { method, limits } => Step::Method { method, limits },
        AssessmentStepIn::Interview {
            role,
            state,
            held_on,
            consent,
            notes,
            themes,
        } => Step::Interview {
            role,
            state,
            held_on,
            consent,
            notes,
            themes,
        },
        AssessmentStepIn::Extract {
            interview,
            start,
            end,
            approved,
        } => Step::Extract {
            interview,
            start,
            end,
            approved,
        },
        AssessmentStepIn::Release { interview, extract } => Step::Release { interview, extract },
        AssessmentStepIn::Code {
            interview,
            document,
            lang,
            start,
            end,
            dimensions,
            objectives,
            stance,
        } => Step::Code {
            interview,
            document,
            lang,
            start,
            end,
            dimensions,
            objectives,
            stance,
        },
        AssessmentStepIn::Withdraw { interview } => Step::Withdraw { interview },
        AssessmentStepIn::Reply { text } => Step::Reply { text },
        AssessmentStepIn::Publish => Step::Publish,
    })
}

/// What a step made: the number of an objective, output, impact, interview, extract or code
/// (0 for the other steps; an assigned account's id).
#[derive(Debug, Serialize, ToSchema)]
pub struct MadeOut {
    pub n: i64,
}

#[utoipa::path(post, path = "/api/v1/assessments/{id}/steps", operation_id = "take_assessment_step", tag = "assessments",
    params(("id" = String, Path, description = "The assessment's id")),
    request_body = AssessmentStepIn, security(("token" = [])),
    responses(
        (status = 200, description = "The step taken", body = MadeOut),
        (status = 400, description = "A malformed body, or a field that does not check (named)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The caller may read the assessment but not take this step", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No assessment with that id that the caller may read", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Published already, changed meanwhile, or the consent does not cover the extract", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn step(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<MadeOut>, ApiError> {
    token_only(&who)?;
    assessments::find(&state, &who.caller(), &id).await?;
    let s: AssessmentStepIn = read_json(&body)?;
    let n = steps::take(&state, &who.caller(), &id, step_of(s)?).await?;
    Ok(Json(MadeOut { n }))
}
