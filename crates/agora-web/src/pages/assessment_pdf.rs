//! An assessment's report as a PDF (`/assessments/{id}/report.pdf`), made on the server from
//! the very page the reader is shown: the same report, the same words, in the same language
//! (Arabic right to left), for whoever may read the page — the draft for its readers, the
//! published report for everyone. Only the passages coded in interview notes, which the page
//! shows its assigned researchers among the quotations, never go into the PDF. `agora-typeset` lays it out; no word is written here but the
//! catalogues' and the record's.

use std::sync::LazyLock;

use agora_typeset::{Block, Doc};
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use tokio::sync::Semaphore;

use super::PageError;
use super::assessments::{AssessmentPage, Notes, page_of};
use crate::error::AppError;
use crate::lang::{Here, text, text_with};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

/// PDFs being made: one per core.
static RENDERING: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(1, |n| n.get())));

pub async fn pdf(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let page = page_of(&state, &who, &id, Notes::Left).await?;
    let doc = report(&page);
    // Shaping and writing take a few milliseconds a page: off the request threads, and one per
    // core at a time (a signed-in reader's PDF is not cached: it is made for each request).
    let _turn = RENDERING
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let bytes = tokio::task::spawn_blocking(move || agora_typeset::render(&doc))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{}.pdf\"", page.id),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The report part of the page (`<article id="report">` in `assessment.html`), block by block
/// in the template's order.
pub fn report(p: &AssessmentPage) -> Doc {
    let here = Here::current();
    let title = text_with(
        "assessment-title",
        &[
            ("forum", p.forum.text.as_str().into()),
            ("period", p.period.as_str().into()),
        ],
    );
    let none_yet = || Block::Para(text("assessment-none-yet"));
    let mut b = vec![
        Block::Title(title.clone()),
        Block::Para(if p.draft {
            text("assessment-draft-notice")
        } else {
            text_with(
                "assessment-published-on",
                &[("day", p.published.as_str().into())],
            )
        }),
        Block::Para(join(&[&text("assessment-own-objectives"), &p.forum.text])),
        Block::Heading(text("assessment-objectives")),
    ];
    if p.objectives.is_empty() {
        b.push(none_yet());
    } else {
        b.push(Block::Numbered(
            p.objectives
                .iter()
                .map(|o| join(&[&o.text, &bracketed(&o.source)]))
                .collect(),
        ));
    }
    b.push(Block::Heading(text("assessment-outputs")));
    if p.outputs.is_empty() {
        b.push(none_yet());
    } else {
        b.push(Block::Table {
            caption: text("assessment-outputs"),
            head: words(&[
                "assessment-kind-col",
                "assessment-output-col",
                "assessment-date-col",
                "assessment-serves-col",
            ]),
            rows: p
                .outputs
                .iter()
                .map(|o| {
                    vec![
                        o.kind.clone(),
                        o.title.clone(),
                        o.date.clone(),
                        o.serves.clone(),
                    ]
                })
                .collect(),
            widths: vec![1.3, 3.0, 1.4, 1.0],
        });
    }
    b.push(Block::Heading(text("assessment-impacts")));
    if p.impacts.is_empty() {
        b.push(none_yet());
    }
    for i in &p.impacts {
        b.push(Block::Subheading(text_with(
            "assessment-impact-heading",
            &[
                ("change", i.change.as_str().into()),
                ("state", i.state.text.as_str().into()),
            ],
        )));
        b.push(Block::Para(i.description.clone()));
        b.push(Block::Small(text("assessment-objective-col")));
        b.push(Block::Para(number(i.objective)));
        b.push(Block::Small(text("assessment-attribution")));
        b.push(Block::Para(i.attribution.clone()));
        b.push(Block::Small(text("assessment-judged-by")));
        b.push(Block::Para(i.judged_by.clone()));
        b.push(Block::Small(text("practice-evidence")));
        b.push(Block::Bullets(
            i.evidence.iter().map(|(_, w)| w.clone()).collect(),
        ));
    }
    b.push(Block::Heading(text("assessment-dimensions")));
    if p.dimensions.is_empty() {
        b.push(none_yet());
    } else {
        b.push(Block::Table {
            caption: text("assessment-dimensions"),
            head: words(&[
                "assessment-dimension-col",
                "assessment-rating-col",
                "assessment-confidence-col",
                "practice-evidence",
            ]),
            rows: p
                .dimensions
                .iter()
                .map(|d| {
                    vec![
                        d.dimension.clone(),
                        d.rating.clone(),
                        d.confidence.clone(),
                        d.evidence.clone(),
                    ]
                })
                .collect(),
            widths: vec![1.6, 1.1, 1.1, 3.0],
        });
    }
    if !p.by_objective.is_empty() || !p.by_dimension.is_empty() {
        b.push(Block::Heading(text("assessment-passages")));
        for g in p.by_objective.iter().chain(&p.by_dimension) {
            b.push(Block::Subheading(g.heading.clone()));
            for q in &g.quotes {
                let stance = text(if q.against {
                    "assessment-against"
                } else {
                    "assessment-for"
                });
                b.push(Block::Quote {
                    text: q.words.clone(),
                    caption: join(&[&stance, &q.place]),
                });
            }
        }
    }
    b.push(Block::Heading(text("assessment-extracts")));
    if p.extracts.is_empty() {
        b.push(Block::Para(text("assessment-no-extracts")));
    }
    for e in &p.extracts {
        b.push(Block::Quote {
            text: e.clone(),
            caption: text("assessment-an-interviewee"),
        });
    }
    b.push(Block::Heading(text("assessment-method")));
    if !p.method.is_empty() {
        b.push(Block::Para(p.method.clone()));
    }
    let held = text_with("assessment-interviews-held", &[("count", p.held.into())]);
    b.push(Block::Para(if p.withdrawn > 0 {
        let withdrawn = text_with(
            "assessment-interviews-withdrawn",
            &[("count", p.withdrawn.into())],
        );
        join(&[&held, &withdrawn])
    } else {
        held
    }));
    b.push(Block::Subheading(text("assessment-limits")));
    b.push(if p.limits.is_empty() {
        none_yet()
    } else {
        Block::Para(p.limits.clone())
    });
    b.push(Block::Para(text("assessment-no-ranking")));
    b.push(Block::Heading(text("assessment-replies")));
    if p.replies.is_empty() {
        b.push(Block::Para(text("assessment-no-replies")));
    }
    for (day, reply) in &p.replies {
        b.push(Block::Quote {
            text: reply.clone(),
            caption: text_with("assessment-reply-by", &[("day", day.as_str().into())]),
        });
    }
    Doc {
        title,
        lang: here.locale.code().to_owned(),
        rtl: here.locale.is_rtl(),
        blocks: b,
    }
}

fn words(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| text(k)).collect()
}

/// Two pieces of a sentence side by side, as the template writes them (a space between).
fn join(parts: &[&str]) -> String {
    parts.join(" ")
}

/// A source after what it is the source of, in brackets, as the template writes it.
fn bracketed(s: &str) -> String {
    ["(", s, ")"].concat()
}

fn number(n: u32) -> String {
    agora_i18n::format::number(Here::current().locale, i64::from(n))
}
