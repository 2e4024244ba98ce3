//! Likely related recommendations: an index in memory of every recommendation's features, and
//! the ones whose features a given recommendation shares most, ranked by tantivy's BM25.
//!
//! A recommendation's features are the terms of its words under its language's analyzer (the
//! search index's own: stemmed, accents and case folded, so "remittances" and "remittance", or
//! "information" in English and in French, are one term), and the concepts the application found
//! in them (`concept:remittances`, `area:FRA`, `forum:gfmd`, `theme:diaspora`: what Agora knows
//! in every language, so that a French paraphrase meets its English original through them). A
//! recommendation with words in several languages is one document holding all of them. No model
//! is downloaded or run: the ranking is BM25 over these features.

use std::collections::BTreeSet;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument, Term, doc};

use crate::SearchError;
use crate::analyzers::{Analyzers, field_lang};

/// One recommendation as the proposer sees it.
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub id: String,
    /// Its words per language (`en`, `fr`, ...).
    pub texts: Vec<(String, String)>,
    /// The concepts found in it, and its themes, as features (`concept:x`, `theme:y`...).
    pub concepts: Vec<String>,
}

/// How much a shared concept counts beside a shared word (the BM25 score of its term is
/// multiplied by this): concepts are what carries a paraphrase across languages.
pub const CONCEPT_BOOST: f32 = 2.0;

/// The index of every recommendation's features, in memory.
pub struct RelatedIndex {
    reader: IndexReader,
    id: Field,
    features: Field,
    analyzers: Analyzers,
    len: usize,
}

impl RelatedIndex {
    /// Index every item.
    pub fn build(items: impl IntoIterator<Item = Item>) -> Result<RelatedIndex, SearchError> {
        let mut schema = Schema::builder();
        let id = schema.add_text_field("id", STRING | STORED);
        let features = schema.add_text_field(
            "features",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer("features")
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        );
        let index = Index::create_in_ram(schema.build());
        index.tokenizers().register(
            "features",
            TextAnalyzer::builder(WhitespaceTokenizer::default()).build(),
        );
        let analyzers = Analyzers::default();
        let mut writer = index.writer(64 * 1024 * 1024)?;
        let mut len = 0;
        for item in items {
            let f = features_of(&analyzers, &item).join(" ");
            writer.add_document(doc!(id => item.id, features => f))?;
            len += 1;
        }
        writer.commit()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(RelatedIndex {
            reader,
            id,
            features,
            analyzers,
            len,
        })
    }

    /// How many recommendations it holds.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The `k` recommendations most like `item` (never itself, nor any of `except`), best
    /// first, with their scores.
    pub fn propose(
        &self,
        item: &Item,
        k: usize,
        except: &[&str],
    ) -> Result<Vec<(String, f32)>, SearchError> {
        let wanted: BTreeSet<String> = features_of(&self.analyzers, item).into_iter().collect();
        if wanted.is_empty() || k == 0 {
            return Ok(Vec::new());
        }
        let clauses: Vec<(Occur, Box<dyn Query>)> = wanted
            .iter()
            .map(|f| {
                let term = TermQuery::new(
                    Term::from_field_text(self.features, f),
                    IndexRecordOption::WithFreqs,
                );
                let boost = if is_concept(f) { CONCEPT_BOOST } else { 1.0 };
                (
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(term), boost)) as Box<dyn Query>,
                )
            })
            .collect();
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let skip = except.len() + 1;
        let top = searcher.search(&query, &TopDocs::with_limit(k + skip).order_by_score())?;
        let mut out = Vec::with_capacity(k);
        for (score, address) in top {
            let d: TantivyDocument = searcher.doc(address)?;
            let id = d
                .get_first(self.id)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned();
            if id == item.id || except.contains(&id.as_str()) {
                continue;
            }
            out.push((id, score));
            if out.len() == k {
                break;
            }
        }
        Ok(out)
    }
}

fn is_concept(feature: &str) -> bool {
    feature.contains(':')
}

/// An item's features: its words' terms under their language's analyzer, each once, and its
/// concepts (which hold a `:`; a term never does).
pub fn features_of(analyzers: &Analyzers, item: &Item) -> Vec<String> {
    let mut out: BTreeSet<String> = BTreeSet::new();
    for (lang, text) in &item.texts {
        for (_, term) in analyzers.terms(field_lang(lang), text) {
            if !term.contains(':') && !term.is_empty() {
                out.insert(term);
            }
        }
    }
    out.extend(item.concepts.iter().filter(|c| is_concept(c)).cloned());
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, lang: &str, text: &str, concepts: &[&str]) -> Item {
        Item {
            id: id.into(),
            texts: vec![(lang.into(), text.into())],
            concepts: concepts.iter().map(|c| c.to_string()).collect(),
        }
    }

    #[test]
    fn a_restatement_ranks_above_what_shares_little() {
        let idx = RelatedIndex::build([
            item(
                "a",
                "en",
                "Reduce the transaction costs of remittances",
                &["concept:remittances"],
            ),
            item(
                "b",
                "en",
                "Strengthen border management cooperation",
                &["concept:border-management"],
            ),
            item(
                "c",
                "en",
                "Hold regular meetings of the chairs",
                &["concept:regular-meetings"],
            ),
        ])
        .unwrap();
        let q = item(
            "q",
            "fr",
            "Réduire les coûts de transaction des transferts de fonds",
            &["concept:remittances", "concept:transaction-costs"],
        );
        let found = idx.propose(&q, 2, &[]).unwrap();
        assert_eq!(found[0].0, "a", "{found:?}");
        // Never itself, nor what is excepted.
        let found = idx
            .propose(&item("a", "en", "remittances costs", &[]), 3, &["b"])
            .unwrap();
        assert!(
            found.iter().all(|(id, _)| id != "a" && id != "b"),
            "{found:?}"
        );
        assert_eq!(idx.len(), 3);
    }
}
