//! Agora's application layer. Interfaces (pages, the JSON API, the CLI, and later feeds,
//! calendars and analyses) call it; it calls the store, the search index and the domain
//! (agora-core), and never an interface. It holds:
//!
//! - [`App`]: the store, the files, the search index and the registry read model that follows
//!   the change log, shared by every interface of a process;
//! - [`registry`]: the read model itself;
//! - the use-cases more than one interface needs: [`contributions`] (propose, revise, step,
//!   rebase, who may open which), [`documents`] (which documents a viewer may see),
//!   [`history`] (a record's versions and who made them), [`fora`] (the fora list),
//!   [`search`] (what a viewer may find), [`ingest`] (files into the library, by the batch),
//!   [`uploads`] (a document proposed with its file), [`spreadsheets`] (a CSV of records
//!   proposed as one contribution);
//! - [`kinds`]: the kinds of record it knows, each declared once.
//!
//! Every access decision is the policy's (`agora_core::policy`); this layer asks it and turns
//! its answers into store calls and [`Error`]s.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use agora_core::Day;
use agora_core::account::Account;
use agora_core::policy::Viewer;
use agora_store::Store;
use tokio::sync::RwLock;

pub mod accounts;
pub mod analysis;
pub mod assessments;
mod builtin;
pub mod changes;
pub mod contributions;
pub mod cycles;
pub mod dcat;
pub mod documents;
mod error;
pub mod feeds;
pub mod fora;
mod grams;
pub mod history;
pub mod ingest;
pub mod kinds;
pub mod mail;
pub mod meetings;
pub mod news;
pub mod open_data;
pub mod practices;
pub mod provenance;
mod public_url;
pub mod recommendations;
pub mod registry;
pub mod related;
pub mod releases;
pub mod routes;
pub mod search;
pub mod spreadsheets;
pub mod upgrade;
pub mod uploads;

pub use error::{Error, Result};
pub use public_url::PublicUrl;
use registry::Registry;

/// How often the change log is asked whether another process (a CLI import, another node) has
/// written. Writes made through this process's store are seen on the very next request.
pub const POLL_INTERVAL: Duration = Duration::from_millis(250);

/// Who asks a use-case for something: the access policy's viewer, and the account behind it
/// (None for the public).
#[derive(Debug, Clone, Copy)]
pub struct Caller<'a> {
    pub account: Option<&'a Account>,
    pub viewer: &'a Viewer,
    /// The language the caller reads: what Agora writes because of what they do (a mail to an
    /// author when an editor moves their contribution) is in it.
    pub locale: agora_i18n::Locale,
}

impl Caller<'_> {
    /// The signed-in account, or [`Error::SignInRequired`].
    pub fn account(&self) -> Result<&Account> {
        self.account.ok_or(Error::SignInRequired)
    }

    /// The audit log's name for this caller.
    pub fn actor(&self) -> String {
        match self.account {
            Some(a) => actor(a),
            None => "anonymous".to_owned(),
        }
    }
}

/// The audit log's name for an account.
pub fn actor(account: &Account) -> String {
    format!("account:{}", account.id)
}

struct Cached {
    registry: Arc<Registry>,
    /// The store's in-process write counter when `registry` was known to be current.
    generation: u64,
    /// The installation's count of public writes without a change-log entry, then.
    public_writes: i64,
}

/// Whether a node is ready (see [`App::readiness`]), with the positions it compared.
#[derive(Debug, Clone, Copy)]
pub struct Readiness {
    pub ready: bool,
    /// The change-log position the search index has reached.
    pub indexed: i64,
    /// The change log's latest position.
    pub log: i64,
}

/// The application: what every interface of one process shares. Cloning is cheap.
#[derive(Clone)]
pub struct App {
    pub store: Arc<dyn Store>,
    /// The files of documents.
    pub blobs: agora_store::Blobs,
    cache: Arc<RwLock<Cached>>,
    started: Instant,
    /// Milliseconds after `started` of the last look at the change log.
    polled_at: Arc<AtomicU64>,
    /// Fixed "today" for tests; None means the system clock.
    today: Option<Day>,
    /// The search index; this process is its one writer.
    search: Arc<agora_search::SearchIndex>,
    /// Held while the index catches up with the change log (one catch-up at a time).
    indexing: Arc<tokio::sync::Mutex<()>>,
    /// Whether the index has reached the change log's end once since this process started.
    caught_up: Arc<std::sync::atomic::AtomicBool>,
    /// How uploaded PDFs are read (a child process); without it they are refused.
    pdf: Option<agora_extract::PdfReader>,
    /// The kinds of record it knows.
    kinds: Arc<kinds::Kinds>,
    /// Where people reach it, for absolute links.
    pub public_url: PublicUrl,
    /// Where mail goes, when the operator named an SMTP server.
    pub mailer: Option<mail::Mailer>,
    /// The related-recommendation proposer of the current registry.
    related: Arc<related::Cache>,
}

/// The read model at change-log position `seq`: the registry's records, the documents and the
/// meetings.
async fn load(store: &dyn Store, seq: i64) -> Result<Registry> {
    let data = store.snapshot().await?;
    let documents = store.documents().await?;
    let mut registry = Registry::build(seq, data, documents);
    registry.meetings = meetings::Meetings::load(store).await?;
    registry.recommendations = recommendations::Recommendations::load(store).await?;
    registry.routes = routes::Routes::load(store).await?;
    registry.practices = practices::Practices::load(store).await?;
    Ok(registry)
}

impl App {
    pub async fn new(
        store: Arc<dyn Store>,
        blobs: agora_store::Blobs,
        search: Arc<agora_search::SearchIndex>,
        today: Option<Day>,
    ) -> Result<App> {
        let generation = store.generation();
        let (seq, public_writes) = store.data_version().await?;
        let registry = load(store.as_ref(), seq).await?;
        Ok(App {
            store,
            blobs,
            cache: Arc::new(RwLock::new(Cached {
                registry: Arc::new(registry),
                generation,
                public_writes,
            })),
            started: Instant::now(),
            polled_at: Arc::new(AtomicU64::new(0)),
            today,
            search,
            indexing: Arc::new(tokio::sync::Mutex::new(())),
            caught_up: Arc::new(std::sync::atomic::AtomicBool::new(false)),
            pdf: None,
            kinds: Arc::new(kinds::Kinds::default()),
            public_url: PublicUrl::default(),
            mailer: None,
            related: Arc::new(related::Cache::default()),
        })
    }

    /// Know one more kind of record (declared once: see `agora_core::kind`).
    pub fn with_kind(mut self, kind: Arc<dyn agora_core::kind::RecordKind>) -> App {
        Arc::make_mut(&mut self.kinds).add(kind);
        self
    }

    /// The kinds of record it knows.
    pub fn kinds(&self) -> &kinds::Kinds {
        &self.kinds
    }

    /// The declaration of a contribution's kind of record (a bad `entity` if none).
    pub fn kind(
        &self,
        entity: &agora_core::contribution::Entity,
    ) -> Result<Arc<dyn agora_core::kind::RecordKind>> {
        self.kinds.of(entity)
    }

    /// Read uploaded PDFs with `reader` (a child process with time and memory limits).
    pub fn with_pdf_reader(mut self, reader: agora_extract::PdfReader) -> App {
        self.pdf = Some(reader);
        self
    }

    /// Whether mail is sent (an SMTP server is set up).
    pub fn mail_configured(&self) -> bool {
        self.mailer.is_some()
    }

    pub fn pdf_reader(&self) -> Option<agora_extract::PdfReader> {
        self.pdf.clone()
    }

    /// Brings the search index up to the change log's end. Returns how many change-log entries
    /// it read.
    pub async fn catch_up_index(&self) -> Result<usize> {
        let _one_at_a_time = self.indexing.lock().await;
        Ok(
            agora_search::follow::catch_up(self.store.as_ref(), &self.search, self.kinds.list())
                .await?,
        )
    }

    /// The change-log position this node's search index has reached.
    pub fn search_position(&self) -> i64 {
        self.search.seq()
    }

    /// Whether this node may take traffic: the store answers, and the search index has reached
    /// the change log's end once since the process started (a node that starts with an empty
    /// or old index catches up first). Once ready it stays ready while the store answers: the
    /// index follows the log every second, and a search catches it up before answering.
    pub async fn readiness(&self) -> Result<Readiness> {
        let log = self.store.latest_change().await?;
        let indexed = self.search.seq();
        if indexed >= log {
            self.caught_up.store(true, Ordering::Release);
        }
        Ok(Readiness {
            ready: self.caught_up.load(Ordering::Acquire),
            indexed,
            log,
        })
    }

    /// The search index, caught up with the change log at least to `seq` (the registry's
    /// position), so that a search reflects every write the registry does: a document
    /// reclassified or removed is never found by its old visibility.
    pub async fn search_index(&self, seq: i64) -> Result<Arc<agora_search::SearchIndex>> {
        if self.search.seq() < seq {
            let _one_at_a_time = self.indexing.lock().await;
            if self.search.seq() < seq {
                agora_search::follow::catch_up(
                    self.store.as_ref(),
                    &self.search,
                    self.kinds.list(),
                )
                .await?;
            }
        }
        Ok(self.search.clone())
    }

    /// The current registry. Free when nothing was written here and the change log was looked
    /// at less than [`POLL_INTERVAL`] ago; otherwise one query, and a rebuild only if the log
    /// moved on.
    pub async fn registry(&self) -> Result<Arc<Registry>> {
        Ok(self.data_version().await?.0)
    }

    /// The current registry, and the installation's count of public writes that leave no
    /// change-log entry (see `ChangeLogStore::data_version`): together, the version of what
    /// the public sees, the same on every node within [`POLL_INTERVAL`].
    pub async fn data_version(&self) -> Result<(Arc<Registry>, i64)> {
        let generation = self.store.generation();
        let now = self.started.elapsed().as_millis() as u64;
        {
            let cached = self.cache.read().await;
            let fresh = now.saturating_sub(self.polled_at.load(Ordering::Acquire))
                < POLL_INTERVAL.as_millis() as u64;
            if cached.generation == generation && fresh {
                return Ok((cached.registry.clone(), cached.public_writes));
            }
        }
        let mut slot = self.cache.write().await;
        // The position is read before the snapshot: the data is at least that new, never older
        // than its label (a write in between is picked up by the next look).
        let (seq, public_writes) = self.store.data_version().await?;
        self.polled_at.store(now, Ordering::Release);
        if slot.registry.seq != seq {
            slot.registry = Arc::new(load(self.store.as_ref(), seq).await?);
        }
        slot.generation = generation;
        slot.public_writes = public_writes;
        Ok((slot.registry.clone(), slot.public_writes))
    }

    pub fn today(&self) -> Day {
        self.today.unwrap_or_else(agora_core::time::today)
    }

    /// Append an event to the audit log; a failure to write it is logged, never the caller's.
    pub async fn audit(&self, actor: &str, action: &str, target: &str, outcome: &str) {
        self.audit_from("", actor, action, target, outcome).await
    }

    /// [`App::audit`] of what an account did to itself, and did: it is the actor and the target.
    pub async fn audit_own(&self, account: &Account, action: &str) {
        self.audit(&actor(account), action, account.email.as_str(), "ok")
            .await
    }

    /// [`App::audit`] with the client's address: for what anonymous clients do (refused
    /// sign-ins, bad form tokens), whose refusals are counted per address.
    pub async fn audit_from(
        &self,
        client: &str,
        actor: &str,
        action: &str,
        target: &str,
        outcome: &str,
    ) {
        let event = agora_store::AuditEvent {
            actor,
            action,
            target,
            outcome,
            client,
        };
        if let Err(e) = self.store.audit(event).await {
            tracing::error!(error = %e, action, outcome, "could not write the audit log");
        }
    }
}
