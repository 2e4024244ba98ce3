//! The steps that change an assessment's body — objectives, outputs, impacts, ratings, method
//! and limits — each checked field by field before anything is written.

use agora_core::assessment::{
    self, Attribution, Body, Change, Confidence, Dimension, Impact, LONGEST, Objective, Output,
    OutputKind, Rated, Rating,
};
use agora_core::{Day, MeetingId, Said};

use super::checks::{known_state, objectives_exist, public_document, text, word, words};
use super::steps::Step;
use crate::{App, Caller, Error, Result};

/// Apply a step to the body: what it made, and the history's note.
pub(super) async fn change_body(
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
