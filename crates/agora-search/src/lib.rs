//! Agora's search: a tantivy index derived from the store. [`SearchIndex`] holds the schema, the
//! per-language analyzers and the queries (facets, snippets, cursors and the access filter
//! inside the query); [`follow`] keeps it in step with the store's change log, rebuilds it and
//! checks that it agrees with the store.

use std::path::PathBuf;

pub mod analyzers;
pub mod entry;
pub mod follow;
pub mod highlight;
mod index;
pub mod query;
pub mod related;
pub mod spelling;
mod suggest;
mod visible;

pub use entry::{Entry, EntryAccess, What, day_key};
pub use index::{SCHEMA_VERSION, SearchIndex, Update};
pub use query::{Facets, Hit, Readable, Request, Results, Shown, Sort};

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// Another process writes this index.
    #[error(
        "the search index in {0} is in use by another process (a running `agora serve`?): it keeps the index up to date itself"
    )]
    Busy(PathBuf),
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index: {0}")]
    Corrupt(String),
    #[error("{path}: {error}", path = .0.display(), error = .1)]
    Io(PathBuf, std::io::Error),
    /// A query that cannot be run as asked (shown to the asker).
    #[error("{0}")]
    Query(String),
    /// A cursor that this search did not hand out.
    #[error("the cursor is not one this search handed out (start again without it)")]
    Cursor,
    #[error("store: {0}")]
    Store(#[from] agora_store::StoreError),
}
