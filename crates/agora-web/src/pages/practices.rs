//! Good practices as pages: the published ones (`/practices`, filtered by forum, state and
//! theme) and one practice (`/practices/{id}`: what was done, its results and evidence, its
//! lessons, how to do it again, that it was peer-reviewed with the rubric's summary, its
//! sources, how to cite it, and the people to contact for readers signed in, removable by the
//! person who gave them). The calls and the review are `practice_calls` and `practice_review`.

use agora_app::registry::Registry;
use agora_core::practice::Practice;
use agora_core::practice::review::Criterion;
use agora_core::{Member, Said};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::fora::{forum_name, member_name};
use super::{PageError, Posted, html};
use crate::lang::{Localised, filters, text};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

/// A practice as a list shows it.
pub struct PracticeRow {
    pub id: String,
    pub title: Localised,
    pub summary: Localised,
    pub fora: Vec<(String, Localised)>,
    pub states: Vec<(String, Localised)>,
    pub peer_reviewed: bool,
}

impl PracticeRow {
    pub fn of(r: &Registry, p: &Practice) -> PracticeRow {
        PracticeRow {
            id: p.id.to_string(),
            title: Localised::name(&p.titles),
            summary: Localised::name(&p.summaries),
            fora: p
                .fora
                .iter()
                .map(|f| (f.to_string(), forum_name(r, f)))
                .collect(),
            states: p
                .states
                .iter()
                .map(|a| (a.to_string(), member_name(r, &Member::Area(a.clone()))))
                .collect(),
            peer_reviewed: p.review.is_some(),
        }
    }
}

/// A choice of a filter: (value, label, chosen).
pub type Choice = (String, Localised, bool);

#[derive(Template)]
#[template(path = "practices.html")]
pub struct PracticesPage {
    pub rows: Vec<PracticeRow>,
    pub fora: Vec<Choice>,
    pub states: Vec<Choice>,
    pub themes: Vec<Choice>,
    pub filtered: bool,
}

/// The fora, states and themes the published practices name, as choices of the filters.
fn choices(r: &Registry, f: &agora_app::practices::PracticeFilter) -> [Vec<Choice>; 3] {
    let all = r.practices.all();
    let mut fora: Vec<Choice> = Vec::new();
    let mut states: Vec<Choice> = Vec::new();
    let mut themes: Vec<Choice> = Vec::new();
    for p in all {
        for x in &p.fora {
            if !fora.iter().any(|(id, _, _)| id == x.as_str()) {
                let chosen = f.forum.as_deref() == Some(x.as_str());
                fora.push((x.to_string(), forum_name(r, x), chosen));
            }
        }
        for x in &p.states {
            if !states.iter().any(|(id, _, _)| id == x.as_str()) {
                let chosen = f.state.as_deref() == Some(x.as_str());
                states.push((
                    x.to_string(),
                    member_name(r, &Member::Area(x.clone())),
                    chosen,
                ));
            }
        }
        for x in &p.themes {
            if !themes.iter().any(|(id, _, _)| id == x.as_str())
                && let Some(t) = r.theme(x.as_str())
            {
                let chosen = f.theme.as_deref() == Some(x.as_str());
                themes.push((x.to_string(), Localised::name(&t.labels), chosen));
            }
        }
    }
    for list in [&mut fora, &mut states, &mut themes] {
        list.sort_by_key(|a| agora_core::fold(&a.1.text));
    }
    [fora, states, themes]
}

pub async fn list(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["forum", "state", "theme"])?;
    let filter = agora_app::practices::PracticeFilter {
        forum: p.get("forum").map(str::to_owned),
        state: p.get("state").map(str::to_owned),
        theme: p.get("theme").map(str::to_owned),
    };
    let found = agora_app::practices::list(&state, &filter).await?;
    let r = state.registry().await?;
    let [fora, states, themes] = choices(&r, &filter);
    html(&PracticesPage {
        rows: found.iter().map(|p| PracticeRow::of(&r, p)).collect(),
        fora,
        states,
        themes,
        filtered: filter.forum.is_some() || filter.state.is_some() || filter.theme.is_some(),
    })
}

/// A criterion's name, in words.
pub fn criterion_label(c: Criterion) -> String {
    crate::lang::said(&Said::new("practice-criterion").with("criterion", c.as_str()))
}

/// What a practice page and a submission page both show of a practice.
pub struct Body {
    pub title: Localised,
    pub summary: Localised,
    pub fora: Vec<(String, Localised)>,
    pub states: Vec<(String, Localised)>,
    pub themes: Vec<(String, Localised)>,
    pub period: String,
    pub cost: String,
    pub licence: (&'static str, &'static str),
    pub partners: String,
    /// (field's heading key, text).
    pub texts: Vec<(&'static str, String)>,
    /// (link, words, a figure beside a link, note).
    pub evidence: Vec<(Option<String>, String, String, String)>,
    pub sources: Vec<(String, String)>,
    pub verified: bool,
}

impl Body {
    pub fn of(r: &Registry, p: &Practice) -> Body {
        let row = PracticeRow::of(r, p);
        let period = match (p.from, p.to) {
            (Some(f), Some(t)) => crate::lang::text_with(
                "practice-period-from-to",
                &[
                    ("from", crate::lang::date(f).into()),
                    ("to", crate::lang::date(t).into()),
                ],
            ),
            (Some(f), None) => crate::lang::text_with(
                "practice-period-from",
                &[("from", crate::lang::date(f).into())],
            ),
            (None, Some(t)) => {
                crate::lang::text_with("practice-period-to", &[("to", crate::lang::date(t).into())])
            }
            (None, None) => String::new(),
        };
        let evidence = p
            .evidence
            .iter()
            .map(|e| {
                let (link, words) = match (&e.document, &e.url) {
                    (Some(d), _) => {
                        let title = r
                            .document(d.as_str())
                            .map(|x| x.title().to_owned())
                            .unwrap_or_else(|| d.to_string());
                        let anchor = e
                            .paragraph
                            .map(|n| format!("#p-en-{n}"))
                            .unwrap_or_default();
                        let words = match e.paragraph {
                            Some(n) => crate::lang::text_with(
                                "practice-evidence-paragraph",
                                &[
                                    ("title", title.as_str().into()),
                                    ("paragraph", i64::from(n).into()),
                                ],
                            ),
                            None => title,
                        };
                        (Some(format!("/documents/{d}{anchor}")), words)
                    }
                    (None, Some(u)) => (Some(u.clone()), u.clone()),
                    (None, None) => (None, e.figure.clone().unwrap_or_default()),
                };
                let figure = match link.is_some() {
                    true => e.figure.clone().unwrap_or_default(),
                    false => String::new(),
                };
                (link, words, figure, e.note.clone().unwrap_or_default())
            })
            .collect();
        Body {
            title: row.title,
            summary: row.summary,
            fora: row.fora,
            states: row.states,
            themes: p
                .themes
                .iter()
                .filter_map(|t| {
                    r.theme(t.as_str())
                        .map(|x| (t.to_string(), Localised::name(&x.labels)))
                })
                .collect(),
            period,
            cost: crate::lang::said(&Said::new("practice-cost").with("band", p.cost.as_str())),
            licence: (p.licence.as_str(), p.licence.url()),
            partners: p.partners.join(", "),
            texts: p
                .texts()
                .iter()
                .map(|(field, t)| (*field, (*t).to_owned()))
                .collect(),
            evidence,
            sources: p
                .sources
                .iter()
                .map(|s| (s.url.clone(), s.note.clone().unwrap_or_default()))
                .collect(),
            verified: p.verification == agora_core::Verification::Verified,
        }
    }
}

/// A review's public summary: how many reviewed it, the call, the day it was published, each
/// criterion's mean (its name, the mean in the reader's digits).
pub struct Reviewed {
    pub reviews: u32,
    pub call: i64,
    pub day: String,
    pub means: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "practice.html")]
pub struct PracticePage {
    pub id: String,
    pub b: Body,
    pub review: Option<Reviewed>,
    /// The people to contact: None when the reader is not signed in.
    pub contacts: Option<Vec<agora_core::practice::Contact>>,
    pub may_remove_contacts: bool,
    pub csrf: String,
    pub cite: crate::cite::Citation,
}

pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let p = agora_app::practices::get(&state, &id).await?;
    let r = state.registry().await?;
    let caller = who.caller();
    let contacts = agora_app::practices::contacts(&state, &caller, &id).await?;
    let may_remove = agora_app::practices::may_remove_contacts(&state, &caller, &id).await?;
    let review = p.review.as_ref().map(|s| Reviewed {
        reviews: s.reviews,
        call: s.call,
        day: crate::lang::date(&s.decided),
        means: s
            .means
            .iter()
            .map(|(c, tenths)| {
                (
                    criterion_label(*c),
                    agora_i18n::format::tenths(
                        crate::lang::Here::current().locale,
                        i64::from(*tenths),
                    ),
                )
            })
            .collect(),
    });
    let cite = crate::cite::Citation {
        key: p.id.to_string(),
        title: p.title("en").to_owned(),
        authors: Vec::new(),
        publisher: Some(text("practice-cite-publisher")),
        // When it was published after its review; a built-in one, when it began.
        date: p
            .review
            .as_ref()
            .and_then(|r| r.decided.parse::<agora_core::PartialDate>().ok())
            .or(p.from),
        report: false,
        url: state.public_url.link(&format!("/practices/{}", p.id)),
        accessed: state.today(),
    };
    html(&PracticePage {
        id: p.id.to_string(),
        b: Body::of(&r, &p),
        review,
        may_remove_contacts: contacts.as_ref().is_some_and(|c| !c.is_empty()) && may_remove,
        contacts,
        csrf: who.csrf(),
        cite,
    })
}

/// `POST /practices/{id}/contacts/removal`: its submitter or an editor removes the contacts.
pub async fn remove_contacts(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    agora_app::practices::remove_contacts(&state, &who.caller(), &id).await?;
    // Back where it was asked: the practice's page, or its submission's while unpublished.
    if agora_app::practices::get(&state, &id).await.is_ok() {
        return Ok(super::see_other(format!("/practices/{id}")));
    }
    let back = form.field("back").parse::<i64>().ok().filter(|n| *n > 0);
    Ok(super::see_other(match back {
        Some(n) => format!("/practice-submissions/{n}"),
        None => "/practice-calls".to_owned(),
    }))
}
