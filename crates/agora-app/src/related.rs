//! Related recommendations across fora and meetings: Agora proposes likely repeats and
//! near-duplicates, an editor confirms or rejects each proposal, and a confirmed one becomes a
//! relation of the later recommendation ("as previously recommended by ..."), published like
//! every change.
//!
//! What a text is about, in any of the six languages, is found through what Agora already
//! knows in every language ([`Concepts`]): the names of states, fora and themes in the
//! registry, and the domain glossary kept as data (`data/glossary.json`). The ranking is the
//! search crate's (`agora_search::related`: BM25 over the analysed words and these concepts).

use std::collections::HashMap;
use std::sync::Arc;

use agora_core::recommendation::Recommendation;
use agora_search::related::{Item, RelatedIndex};

use crate::registry::Registry;

/// One pattern of the concept matcher: the words of a term (folded), whether each may be
/// followed by more letters (`remesa*`), and the concept it names.
struct Pattern {
    words: Vec<(String, bool)>,
    concept: usize,
}

/// Finds the concepts a text names, in any language: the glossary's terms and the names of
/// states, fora and themes. Words are compared folded (accents and case); a term's word ending
/// with `*` matches any word it begins; Chinese terms are found anywhere in the text.
pub struct Concepts {
    names: Vec<String>,
    /// Patterns by their first word (or the stem of a first word ending with `*`).
    by_first: HashMap<String, Vec<Pattern>>,
    /// Terms of scripts without spaces: (folded term, concept).
    anywhere: Vec<(String, usize)>,
    /// The shortest stem of a first word ending with `*`.
    shortest_stem: usize,
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff)
}

/// A folded text's words (runs of letters and digits).
fn words(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

impl Concepts {
    /// The glossary's concepts and the registry's names.
    pub fn new(glossary: &[agora_ingest::builtin::Concept], r: &Registry) -> Concepts {
        let mut c = Concepts {
            names: Vec::new(),
            by_first: HashMap::new(),
            anywhere: Vec::new(),
            shortest_stem: usize::MAX,
        };
        for concept in glossary {
            let n = c.name(format!("concept:{}", concept.id));
            for terms in concept.terms.values() {
                for t in terms {
                    c.add(t, n);
                }
            }
        }
        for a in &r.data.areas {
            let n = c.name(format!("area:{}", a.code));
            for name in a.names.values() {
                c.add(name, n);
            }
        }
        for f in &r.data.fora {
            let n = c.name(format!("forum:{}", f.id));
            for name in f.names.values().chain(&f.acronyms) {
                c.add(name, n);
            }
        }
        for t in &r.data.themes {
            let n = c.name(format!("theme:{}", t.id));
            for label in t.labels.values() {
                c.add(label, n);
            }
        }
        c
    }

    fn name(&mut self, name: String) -> usize {
        self.names.push(name);
        self.names.len() - 1
    }

    fn add(&mut self, term: &str, concept: usize) {
        let folded = agora_core::fold(term.trim());
        if folded.is_empty() {
            return;
        }
        if folded.chars().any(is_cjk) {
            self.anywhere.push((folded.replace('*', ""), concept));
            return;
        }
        let parts: Vec<(String, bool)> = folded
            .split_whitespace()
            .map(|w| {
                let star = w.ends_with('*');
                let w: String = w
                    .trim_end_matches('*')
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                (w, star)
            })
            .filter(|(w, _)| !w.is_empty())
            .collect();
        let Some((first, star)) = parts.first().cloned() else {
            return;
        };
        if star {
            self.shortest_stem = self.shortest_stem.min(first.chars().count());
        }
        self.by_first.entry(first).or_default().push(Pattern {
            words: parts,
            concept,
        });
    }

    /// The concepts a text names, each once, in the order first found.
    pub fn of(&self, text: &str) -> Vec<String> {
        let folded = agora_core::fold(text);
        let ws = words(&folded);
        let mut found: Vec<usize> = Vec::new();
        let mut note = |c: usize| {
            if !found.contains(&c) {
                found.push(c);
            }
        };
        for i in 0..ws.len() {
            let w = ws[i];
            // The word itself, and each of its beginnings a starred term may stand for.
            let mut keys: Vec<&str> = vec![w];
            if self.shortest_stem != usize::MAX {
                for (at, _) in w.char_indices().skip(self.shortest_stem.max(1)) {
                    keys.push(&w[..at]);
                }
            }
            for key in keys {
                for p in self.by_first.get(key).into_iter().flatten() {
                    if matches(&p.words, &ws[i..]) {
                        note(p.concept);
                    }
                }
            }
        }
        if folded.chars().any(is_cjk) {
            for (term, c) in &self.anywhere {
                if folded.contains(term.as_str()) {
                    note(*c);
                }
            }
        }
        found.into_iter().map(|c| self.names[c].clone()).collect()
    }
}

/// Whether the words at the start of `text` are the pattern's.
fn matches(pattern: &[(String, bool)], text: &[&str]) -> bool {
    pattern.len() <= text.len()
        && pattern.iter().zip(text).all(|((p, star), w)| {
            if *star {
                w.starts_with(p.as_str())
            } else {
                w == p
            }
        })
}

/// A recommendation as the proposer sees it: its words in every language, the concepts they
/// name and its themes.
pub fn item(concepts: &Concepts, r: &Recommendation) -> Item {
    let mut found: Vec<String> = Vec::new();
    for t in r.texts.values() {
        for c in concepts.of(t) {
            if !found.contains(&c) {
                found.push(c);
            }
        }
    }
    found.extend(r.themes.iter().map(|t| format!("theme:{t}")));
    Item {
        id: r.id.to_string(),
        texts: r
            .texts
            .iter()
            .map(|(l, t)| (l.to_string(), t.clone()))
            .collect(),
        concepts: found,
    }
}

/// The proposer over a registry's recommendations.
pub struct Proposer {
    pub concepts: Concepts,
    pub index: RelatedIndex,
}

impl Proposer {
    pub fn build(r: &Registry) -> Result<Proposer, crate::Error> {
        let concepts = Concepts::new(&agora_ingest::builtin::glossary(), r);
        let index =
            RelatedIndex::build(r.recommendations.all().iter().map(|x| item(&concepts, x)))?;
        Ok(Proposer { concepts, index })
    }
}

/// A proposal: a recommendation likely related to another, and how sure.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub id: String,
    pub score: f32,
}

/// The recommendations likely related to `x` that are not already linked to it (either way),
/// nor parts of the same plan, nor rejected before: at most `k`, best first.
pub fn proposals(
    p: &Proposer,
    r: &Registry,
    x: &Recommendation,
    rejected: &[String],
    k: usize,
) -> Result<Vec<Proposal>, crate::Error> {
    let recs = &r.recommendations;
    let mut except: Vec<String> = x.related.iter().map(|l| l.to.to_string()).collect();
    except.extend(
        recs.later(x.id.as_str())
            .into_iter()
            .map(|(l, _)| l.id.to_string()),
    );
    // Nothing of its own plan: the plan and every part of it.
    let root = recs
        .ancestors(x)
        .first()
        .map_or(x.id.as_str(), |a| a.id.as_str());
    except.push(root.to_owned());
    except.extend(recs.descendants(root).into_iter().map(|a| a.id.to_string()));
    except.extend(rejected.iter().cloned());
    let except: Vec<&str> = except.iter().map(String::as_str).collect();
    Ok(p.index
        .propose(&item(&p.concepts, x), k, &except)?
        .into_iter()
        .map(|(id, score)| Proposal { id, score })
        .collect())
}

/// What an editor decides of a proposal: how the later recommendation stands to the earlier,
/// or that they are not related.
pub const DECISIONS: [&str; 4] = ["repeats", "builds_on", "replaces", "unrelated"];

/// The proposals for one recommendation, for an editor (nobody else is shown any): at most
/// five, each with the recommendation proposed.
pub async fn for_editor(
    app: &crate::App,
    who: &crate::Caller<'_>,
    id: &str,
) -> Result<Vec<(Recommendation, f32)>, crate::Error> {
    if who.viewer.as_editor().is_none() {
        return Ok(Vec::new());
    }
    let r = app.registry().await?;
    let Some(x) = r.recommendations.get(id) else {
        return Err(crate::Error::not_found("recommendation", id));
    };
    let p = app.related.get(&r).await?;
    let rejected = app.store.rejected_for(id).await?;
    Ok(proposals(&p, &r, x, &rejected, 5)?
        .into_iter()
        .filter_map(|p| Some((r.recommendations.get(&p.id)?.clone(), p.score)))
        .collect())
}

/// An editor confirms a proposal (the later of the two, by date, names the earlier as what it
/// repeats, builds on or replaces: a change published at once, in the history like any) or
/// rejects it (never proposed again). The contribution's number when one was published.
pub async fn decide(
    app: &crate::App,
    who: &crate::Caller<'_>,
    id: &str,
    other: &str,
    decision: &str,
) -> Result<Option<i64>, crate::Error> {
    use agora_i18n::Said;
    let account = who.account()?;
    if who.viewer.as_editor().is_none() {
        return Err(crate::Error::forbidden("related-editors-only"));
    }
    let r = app.registry().await?;
    let (Some(x), Some(y)) = (r.recommendations.get(id), r.recommendations.get(other)) else {
        return Err(crate::Error::bad(
            "other",
            Said::new("check-unknown-recommendation").with("id", other),
        ));
    };
    if x.id == y.id {
        return Err(crate::Error::bad(
            "other",
            Said::new("recommendation-related-to-itself"),
        ));
    }
    let kind = match decision {
        "unrelated" => {
            app.store.reject_pair(id, other, account.id).await?;
            app.audit(
                &who.actor(),
                "related.reject",
                &format!("{id}~{other}"),
                "rejected",
            )
            .await;
            return Ok(None);
        }
        d => agora_core::recommendation::RelationType::parse(d).ok_or_else(|| {
            crate::Error::bad(
                "decision",
                Said::new("param-not-one-of")
                    .with("value", d)
                    .with("allowed", DECISIONS.join(", ")),
            )
        })?,
    };
    let day = |r: &Recommendation| r.date.map(|d| d.first_day());
    let (later, earlier) = if day(y) > day(x) { (y, x) } else { (x, y) };
    if later.related.iter().any(|l| l.to == earlier.id)
        || earlier.related.iter().any(|l| l.to == later.id)
    {
        return Err(crate::Error::conflict("related-already"));
    }
    let mut record = later.clone();
    record.related.push(agora_core::recommendation::Relation {
        kind,
        to: earlier.id.clone(),
    });
    let value = serde_json::to_value(&record)
        .map_err(|e| crate::Error::Internal(format!("a recommendation does not serialise: {e}")))?;
    let entity = agora_core::contribution::Entity::new("recommendation");
    let how = match kind {
        agora_core::recommendation::RelationType::Repeats => "rec-relation-repeats",
        agora_core::recommendation::RelationType::BuildsOn => "rec-relation-builds-on",
        agora_core::recommendation::RelationType::Replaces => "rec-relation-replaces",
    };
    let title = Said::new("related-confirmed-title")
        .with("later", later.id.as_str())
        .with("how", Said::new(how))
        .with("earlier", earlier.id.as_str())
        .text(who.locale);
    let n = crate::contributions::propose(app, who, &entity, &value, &title, "", true).await?;
    for step in ["start_review", "publish"] {
        crate::contributions::step(app, who, &n.to_string(), step, "").await?;
    }
    Ok(Some(n))
}

/// The proposer of a registry, kept while the registry stands.
#[derive(Default)]
pub struct Cache {
    slot: tokio::sync::Mutex<Option<(i64, Arc<Proposer>)>>,
}

impl Cache {
    /// The proposer over `r`'s recommendations, built once per version of the registry.
    pub async fn get(&self, r: &Registry) -> Result<Arc<Proposer>, crate::Error> {
        let mut slot = self.slot.lock().await;
        if let Some((seq, p)) = slot.as_ref()
            && *seq == r.seq
        {
            return Ok(p.clone());
        }
        let p = Arc::new(Proposer::build(r)?);
        *slot = Some((r.seq, p.clone()));
        Ok(p)
    }
}
