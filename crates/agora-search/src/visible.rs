//! Relevance from what the viewer may see. BM25 weighs a word by how many documents hold it and
//! how long texts are on average; taken from the whole index, those figures move when a hidden
//! document is added, so watching a word's scores would reveal words of documents the viewer
//! may not read. Here every figure comes from the entries the viewer may see, and only from
//! them: the number of entries, the number holding a term, and the total length of a field
//! (summed from the same per-document lengths, so that a figure never depends on how the
//! hidden entries or deletions fall into segments).
//!
//! What a viewer may see is worked out once per index generation and [`Readable`] (the access
//! filter run over each segment) and kept; a field's total over all of a segment's entries is
//! kept per segment (segments never change).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::query::{Bm25StatisticsProvider, EnableScoring, Query};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{BitSet, DocId, DocSet, Searcher, SegmentReader, TERMINATED, Term};

use crate::query::Readable;

/// Entries of one segment the viewer may see.
struct SegmentView {
    /// Alive and visible, when that is not every entry of the segment.
    visible: Option<BitSet>,
    /// The entries that do not count (deleted, or hidden from the viewer), ascending, when they
    /// are at most a quarter of the segment: then figures are the segment's less theirs.
    excluded: Option<Vec<DocId>>,
}

/// What one viewer may see in one generation of the index.
pub(crate) struct Visible {
    generation: u64,
    readable: Readable,
    segments: Vec<SegmentView>,
    docs: u64,
    tokens: Mutex<HashMap<Field, u64>>,
}

/// A field's total length over every entry of a segment, deleted ones included, per segment:
/// kept as long as the segment is in use.
#[derive(Default)]
pub(crate) struct SegmentTotals(Mutex<HashMap<(tantivy::index::SegmentId, Field), u64>>);

/// The views kept: the few used last (the public, and the viewers of the moment).
#[derive(Default)]
pub(crate) struct Views(Mutex<Vec<Arc<Visible>>>);

const VIEWS_KEPT: usize = 16;

impl Views {
    /// The view of `readable` in the searcher's generation: kept, or made with `access`, the
    /// query that matches what `readable` allows.
    pub(crate) fn of(
        &self,
        searcher: &Searcher,
        readable: &Readable,
        access: &dyn Query,
        totals: &SegmentTotals,
    ) -> tantivy::Result<Arc<Visible>> {
        let generation = searcher.generation().generation_id();
        {
            // The latest used last: the public's view stays while viewers come and go.
            let mut kept = self.lock();
            let found = kept
                .iter()
                .position(|v| v.generation == generation && v.readable == *readable);
            if let Some(i) = found {
                let view = kept.remove(i);
                kept.push(view.clone());
                return Ok(view);
            }
        }
        let view = Arc::new(Visible::new(searcher, readable, access)?);
        let mut kept = self.lock();
        if kept.iter().any(|v| v.generation != generation) {
            totals.keep_only(searcher);
        }
        kept.retain(|v| v.generation == generation);
        if kept.len() >= VIEWS_KEPT {
            kept.remove(0);
        }
        kept.push(view.clone());
        Ok(view)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Arc<Visible>>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Visible {
    fn new(searcher: &Searcher, readable: &Readable, access: &dyn Query) -> tantivy::Result<Self> {
        let weight = access.weight(EnableScoring::disabled_from_searcher(searcher))?;
        let mut segments = Vec::new();
        let mut docs = 0;
        for reader in searcher.segment_readers() {
            let max = reader.max_doc();
            let mut visible = BitSet::with_max_value(max);
            let mut scorer = weight.scorer(reader, 1.0)?;
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if !reader.is_deleted(doc) {
                    visible.insert(doc);
                }
                doc = scorer.advance();
            }
            let count = visible.len() as u64;
            let hidden = u64::from(max) - count;
            let view = if hidden == 0 {
                SegmentView {
                    visible: None,
                    excluded: None,
                }
            } else {
                let excluded = (hidden <= u64::from(max) / 4)
                    .then(|| (0..max).filter(|d| !visible.contains(*d)).collect());
                SegmentView {
                    visible: Some(visible),
                    excluded,
                }
            };
            docs += count;
            segments.push(view);
        }
        Ok(Visible {
            generation: searcher.generation().generation_id(),
            readable: readable.clone(),
            segments,
            docs,
            tokens: Mutex::new(HashMap::new()),
        })
    }

    /// The statistics for scoring a query of this viewer in `searcher` (of this generation).
    pub(crate) fn stats<'a>(
        &'a self,
        searcher: &'a Searcher,
        totals: &'a SegmentTotals,
    ) -> ViewerStats<'a> {
        ViewerStats {
            visible: self,
            searcher,
            totals,
        }
    }
}

/// BM25 statistics of what one viewer may see.
pub(crate) struct ViewerStats<'a> {
    visible: &'a Visible,
    searcher: &'a Searcher,
    totals: &'a SegmentTotals,
}

/// A field's total length over every entry of a segment (per-document lengths as tantivy keeps
/// them for scoring).
fn segment_total(
    totals: &SegmentTotals,
    reader: &SegmentReader,
    field: Field,
) -> tantivy::Result<u64> {
    let key = (reader.segment_id(), field);
    if let Some(t) = totals.0.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Ok(*t);
    }
    let norms = reader.get_fieldnorms_reader(field)?;
    let total = (0..reader.max_doc())
        .map(|d| u64::from(norms.fieldnorm(d)))
        .sum();
    totals
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(key, total);
    Ok(total)
}

impl ViewerStats<'_> {
    /// Each segment of the searcher with what the viewer may see of it.
    fn segments(&self) -> impl Iterator<Item = (&SegmentReader, &SegmentView)> {
        self.searcher
            .segment_readers()
            .iter()
            .zip(&self.visible.segments)
    }

    fn tokens(&self, field: Field) -> tantivy::Result<u64> {
        let mut sum = 0;
        for (reader, view) in self.segments() {
            sum += match (&view.visible, &view.excluded) {
                (None, _) => segment_total(self.totals, reader, field)?,
                (Some(_), Some(excluded)) => {
                    let norms = reader.get_fieldnorms_reader(field)?;
                    let hidden: u64 = excluded
                        .iter()
                        .map(|d| u64::from(norms.fieldnorm(*d)))
                        .sum();
                    segment_total(self.totals, reader, field)? - hidden
                }
                (Some(visible), None) => {
                    let norms = reader.get_fieldnorms_reader(field)?;
                    (0..reader.max_doc())
                        .filter(|d| visible.contains(*d))
                        .map(|d| u64::from(norms.fieldnorm(d)))
                        .sum()
                }
            };
        }
        // No visible entry has the field: any positive length keeps the average finite.
        Ok(sum.max(1))
    }

    /// Visible entries of one segment holding `term`.
    fn segment_doc_freq(
        reader: &SegmentReader,
        view: &SegmentView,
        term: &Term,
    ) -> tantivy::Result<u64> {
        let inverted = reader.inverted_index(term.field())?;
        let all = u64::from(inverted.doc_freq(term)?);
        if all == 0 || view.visible.is_none() {
            return Ok(all);
        }
        let Some(mut postings) = inverted.read_postings(term, IndexRecordOption::Basic)? else {
            return Ok(0);
        };
        match (&view.visible, &view.excluded) {
            (Some(_), Some(excluded)) if (excluded.len() as u64) < all => {
                // Few hidden: the segment's count less the hidden entries that hold the term.
                let mut hidden = 0;
                for &d in excluded {
                    if postings.doc() > d {
                        continue;
                    }
                    if postings.seek(d) == TERMINATED {
                        break;
                    }
                    if postings.doc() == d {
                        hidden += 1;
                    }
                }
                Ok(all - hidden)
            }
            (Some(visible), _) => {
                let mut n = 0;
                let mut doc = postings.doc();
                while doc != TERMINATED {
                    if visible.contains(doc) {
                        n += 1;
                    }
                    doc = postings.advance();
                }
                Ok(n)
            }
            (None, _) => Ok(all),
        }
    }
}

impl Bm25StatisticsProvider for ViewerStats<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        if let Some(t) = self
            .visible
            .tokens
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&field)
        {
            return Ok(*t);
        }
        let total = self.tokens(field)?;
        self.visible
            .tokens
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(field, total);
        Ok(total)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.visible.docs.max(1))
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        let mut n = 0;
        for (reader, view) in self.segments() {
            n += Self::segment_doc_freq(reader, view, term)?;
        }
        Ok(n)
    }
}

impl SegmentTotals {
    /// Forget the totals of segments no longer in use (once per generation is enough).
    pub(crate) fn keep_only(&self, searcher: &Searcher) {
        let live: std::collections::HashSet<_> = searcher
            .segment_readers()
            .iter()
            .map(SegmentReader::segment_id)
            .collect();
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|(segment, _), _| live.contains(segment));
    }
}
