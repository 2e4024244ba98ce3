//! The related-recommendation proposer's benchmark: precision and recall at 5 on the labelled
//! set of real repeated recommendations (`data/related/*.json`, each pair with its sources),
//! beside a plain word-overlap baseline (Jaccard of the lower-cased words) ranked over the same
//! recommendations in the same run; then the proposer's time for one recommendation against
//! 100,000 stored, beside the baseline's scan of them.

use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;
use std::time::Instant;

use agora_app::registry::Registry;
use agora_app::related::{Concepts, item};
use agora_core::recommendation::{Recommendation, RecommendationType};
use agora_core::{Source, Verification};
use agora_search::related::RelatedIndex;
use serde::Deserialize;

/// The labelled set, compiled in.
const LABELLED: [&str; 3] = [
    include_str!("../../../data/related/pairs-gfmd.json"),
    include_str!("../../../data/related/pairs-euro-african.json"),
    include_str!("../../../data/related/pairs-asia-americas-africa.json"),
];

#[derive(Debug, Clone, Deserialize)]
pub struct Side {
    pub text: String,
    pub lang: String,
    pub url: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Pair {
    pub id: String,
    pub earlier: Side,
    pub later: Side,
}

#[derive(Deserialize)]
struct File {
    pairs: Vec<Pair>,
}

/// Every labelled pair.
pub fn pairs() -> Vec<Pair> {
    LABELLED
        .iter()
        .flat_map(|f| {
            serde_json::from_str::<File>(f)
                .expect("data/related/*.json reads")
                .pairs
        })
        .collect()
}

/// A recommendation made of a text (for the index: only its words and language count).
pub fn recommendation(id: &str, lang: &str, text: &str) -> Recommendation {
    Recommendation {
        id: id.parse().expect("a well-formed id"),
        kind: RecommendationType::Recommendation,
        texts: [(lang.parse().expect("a language"), text.to_owned())]
            .into_iter()
            .collect(),
        forum: "gfmd".parse().expect("a forum id"),
        meeting: None,
        document: None,
        locator: None,
        paragraph: None,
        date: None,
        themes: Vec::new(),
        addressees: Vec::new(),
        all_participating_states: false,
        related: Vec::new(),
        part_of: None,
        weight: 1,
        sources: vec![Source {
            url: "https://example.org/synthetic".into(),
            note: None,
        }],
        verification: Verification::Unverified,
        note: None,
    }
}

/// The labelled set's distinct texts (by their words) as recommendations `l-N`, and which are
/// labelled related to which.
pub fn labelled() -> (Vec<Recommendation>, BTreeMap<String, BTreeSet<String>>) {
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let mut recs = Vec::new();
    let mut related: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut node = |s: &Side, recs: &mut Vec<Recommendation>| -> String {
        let key = s.text.trim().to_owned();
        if let Some(id) = ids.get(&key) {
            return id.clone();
        }
        let id = format!("l-{}", ids.len() + 1);
        ids.insert(key, id.clone());
        recs.push(recommendation(&id, &s.lang, &s.text));
        id
    };
    for p in pairs() {
        let a = node(&p.earlier, &mut recs);
        let b = node(&p.later, &mut recs);
        if a != b {
            related.entry(a.clone()).or_default().insert(b.clone());
            related.entry(b).or_default().insert(a);
        }
    }
    (recs, related)
}

/// A recommendation's words (its first language's).
fn text_of(x: &Recommendation) -> &str {
    x.texts.values().next().map_or("", String::as_str)
}

/// The baseline: lower-cased words (runs of letters and digits), each once.
fn words(text: &str) -> BTreeSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The baseline's top `k` by Jaccard word overlap (ties by id), never the query itself.
fn overlap_top(
    q: &BTreeSet<String>,
    qid: &str,
    all: &[(String, BTreeSet<String>)],
    k: usize,
) -> Vec<String> {
    let mut scored: Vec<(f64, &str)> = all
        .iter()
        .filter(|(id, _)| id != qid)
        .map(|(id, w)| {
            let shared = q.intersection(w).count() as f64;
            let union = (q.len() + w.len()) as f64 - shared;
            (if union > 0.0 { shared / union } else { 0.0 }, id.as_str())
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(k)
        .map(|(_, id)| id.to_owned())
        .collect()
}

/// Precision and recall at `k`, averaged over the queries.
fn at_k(
    found: &[(String, Vec<String>)],
    related: &BTreeMap<String, BTreeSet<String>>,
    k: usize,
) -> (f64, f64) {
    let (mut p, mut r) = (0.0, 0.0);
    for (q, top) in found {
        let want = &related[q];
        let hits = top.iter().take(k).filter(|id| want.contains(*id)).count() as f64;
        p += hits / k as f64;
        r += hits / want.len() as f64;
    }
    let n = found.len().max(1) as f64;
    (p / n, r / n)
}

/// Synthetic recommendations unrelated to any in particular: sentences of the field built from
/// templates and the registry's themes, states and fora (in English, French and Spanish), the
/// same for a seed.
pub fn unrelated(r: &Registry, n: usize, seed: u64) -> Vec<Recommendation> {
    const EN: [&str; 12] = [
        "States should strengthen {theme} in cooperation with {forum}.",
        "{forum} will hold a technical workshop on {theme} for officials of {state}.",
        "Participants encouraged {state} to share its experience of {theme} with other members.",
        "The secretariat of {forum} should prepare a study on {theme} for the next ministerial conference.",
        "Ministers agreed to review progress on {theme} at their next meeting in {state}.",
        "Member states are invited to designate focal points for {theme}.",
        "Promote the exchange of data on {theme} between {state} and its neighbours.",
        "Support {state} in developing national legislation on {theme}.",
        "Consider a regional action plan on {theme} with the support of international organisations.",
        "The chair of {forum} will report on {theme} to the plenary.",
        "Establish a working group on {theme} open to all members of {forum}.",
        "Encourage civil society and the private sector to contribute to {theme} in {state}.",
    ];
    const FR: [&str; 6] = [
        "Les États devraient renforcer {theme} avec l'appui du {forum}.",
        "Le {forum} organisera un atelier sur {theme} à l'intention des fonctionnaires de {state}.",
        "Les participants ont invité {state} à partager son expérience en matière de {theme}.",
        "Élaborer un plan d'action régional sur {theme}.",
        "Le secrétariat préparera une étude sur {theme} pour la prochaine conférence.",
        "Soutenir {state} dans l'élaboration d'une législation nationale sur {theme}.",
    ];
    const ES: [&str; 6] = [
        "Los Estados deberían fortalecer {theme} con el apoyo del {forum}.",
        "Se recomienda a {state} compartir su experiencia en materia de {theme}.",
        "Elaborar un plan de acción regional sobre {theme}.",
        "La secretaría preparará un estudio sobre {theme} para la próxima conferencia.",
        "Apoyar a {state} en la elaboración de una legislación nacional sobre {theme}.",
        "Establecer un grupo de trabajo sobre {theme} abierto a todos los miembros.",
    ];
    let themes = &r.data.themes;
    let areas = &r.data.areas;
    let fora = &r.data.fora;
    let name = |names: &agora_core::Names, lang: &str| {
        agora_core::name_in(names, &[lang, "en", "fr"]).0.to_owned()
    };
    let mut state = seed | 1;
    let mut next = move |m: usize| {
        // xorshift64*: enough to spread the choices, the same for a seed.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % m.max(1)
    };
    (0..n)
        .map(|i| {
            let (lang, templates): (&str, &[&str]) = match next(4) {
                0 => ("fr", &FR),
                1 => ("es", &ES),
                _ => ("en", &EN),
            };
            let t = templates[next(templates.len())];
            let theme = name(&themes[next(themes.len())].labels, lang).to_lowercase();
            let text = t
                .replace("{theme}", &theme)
                .replace("{state}", &name(&areas[next(areas.len())].names, lang))
                .replace("{forum}", &name(&fora[next(fora.len())].names, lang));
            recommendation(&format!("u-{i}"), lang, &text)
        })
        .collect()
}

/// The registry the proposer's concepts come from: the built-in dataset.
pub fn registry() -> Registry {
    Registry::build(0, agora_ingest::builtin::dataset(), Vec::new())
}

pub async fn related(a: crate::RelatedArgs) -> anyhow::Result<ExitCode> {
    let r = registry();
    let concepts = Concepts::new(&agora_ingest::builtin::glossary(), &r);
    let (labelled, links) = labelled();
    let builtin = agora_ingest::builtin::recommendations();
    let pool: Vec<&Recommendation> = labelled.iter().chain(&builtin).collect();
    println!(
        "labelled set: {} pairs, {} distinct recommendations ({} with a labelled partner); {} built-in recommendations beside them",
        pairs().len(),
        labelled.len(),
        links.len(),
        builtin.len()
    );
    // Quality: every labelled recommendation asks for its 5 likeliest among the pool.
    let index = RelatedIndex::build(pool.iter().map(|x| item(&concepts, x)))?;
    let bags: Vec<(String, BTreeSet<String>)> = pool
        .iter()
        .map(|x| (x.id.to_string(), words(text_of(x))))
        .collect();
    let mut proposed = Vec::new();
    let mut baseline = Vec::new();
    for x in labelled
        .iter()
        .filter(|x| links.contains_key(x.id.as_str()))
    {
        let id = x.id.to_string();
        let top: Vec<String> = index
            .propose(&item(&concepts, x), 5, &[])?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        proposed.push((id.clone(), top));
        let q = words(text_of(x));
        baseline.push((id.clone(), overlap_top(&q, &id, &bags, 5)));
    }
    let (p, rc) = at_k(&proposed, &links, 5);
    let (bp, brc) = at_k(&baseline, &links, 5);
    println!("quality at 5 over {} queries:", proposed.len());
    println!("  proposer (stemmed words + concepts, BM25): precision {p:.3}, recall {rc:.3}");
    println!("  baseline (word overlap, Jaccard):          precision {bp:.3}, recall {brc:.3}");
    println!(
        "  difference: precision {:+.3}, recall {:+.3} ({:+.0} % of the baseline's recall)",
        p - bp,
        rc - brc,
        if brc > 0.0 {
            (rc - brc) / brc * 100.0
        } else {
            0.0
        }
    );
    // Speed: one recommendation against `stored` ones.
    let mut stored: Vec<Recommendation> = labelled.clone();
    stored.extend(unrelated(&r, a.stored.saturating_sub(labelled.len()), 7));
    let started = Instant::now();
    let index = RelatedIndex::build(stored.iter().map(|x| item(&concepts, x)))?;
    println!(
        "{} recommendations stored: index built in {:.1} s",
        index.len(),
        started.elapsed().as_secs_f64()
    );
    let bags: Vec<(String, BTreeSet<String>)> = stored
        .iter()
        .map(|x| (x.id.to_string(), words(text_of(x))))
        .collect();
    let queries: Vec<&Recommendation> = labelled.iter().take(a.queries).collect();
    let mut times = Vec::new();
    let mut base_times = Vec::new();
    for x in &queries {
        let t = Instant::now();
        let it = item(&concepts, x);
        index.propose(&it, 5, &[])?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        overlap_top(&words(text_of(x)), x.id.as_str(), &bags, 5);
        base_times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let (m, p95) = median_p95(&mut times);
    let (bm, bp95) = median_p95(&mut base_times);
    println!(
        "one recommendation against {} stored ({} queries): proposer median {m:.2} ms, p95 {p95:.2} ms (target under 50 ms); baseline scan median {bm:.2} ms, p95 {bp95:.2} ms",
        index.len(),
        queries.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn median_p95(v: &mut [f64]) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return (0.0, 0.0);
    }
    (v[v.len() / 2], v[(v.len() * 95 / 100).min(v.len() - 1)])
}

#[cfg(test)]
mod tests;
