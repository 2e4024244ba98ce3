//! Searching as a viewer: what the viewer may find is generated from the access policy for the
//! day of the search, and the index applies it inside the query (so counts, facets, snippets
//! and scores know nothing of what the viewer may not see).

use agora_core::Day;
use agora_core::policy::{Viewer, Visibility};
use agora_search::{Readable, Request, Results};

use crate::registry::{NameMatch, Named, Registry};
use crate::{App, Caller, Error};

/// States and organisations shown beside a search's results at most.
pub const MOST_NAMED: usize = 8;
/// Records offered by their names when a search finds nothing, at most.
pub const MOST_CLOSE: usize = 3;

/// A search's answer: the index's results; the states and organisations the query names (they
/// are not in the index: the registry knows them by their names in every language); and, when
/// nothing was found, what might have been meant.
pub struct Outcome<'r> {
    pub results: Results,
    /// States and organisations whose names match the query (first page of a search of every
    /// type only), the best first.
    pub named: Vec<(Named<'r>, NameMatch<'r>)>,
    /// When nothing was found: a query that finds something the viewer may see ...
    pub suggestion: Option<String>,
    /// ... and the records whose names are closest to the query.
    pub close: Vec<Named<'r>>,
}

/// What `viewer` may find on `day`: the policy's `may_see` asked for each forum's
/// participants-only material and for confidential material.
pub fn readable(viewer: &Viewer, day: Day, registry: &Registry) -> Readable {
    let participants_of = registry
        .data
        .fora
        .iter()
        .filter(|f| {
            viewer.may_see(
                &Visibility::Participants {
                    forum: f.id.clone(),
                    public_from: None,
                },
                day,
                registry,
            )
        })
        .map(|f| f.id.to_string())
        .collect();
    Readable {
        participants_of,
        confidential: viewer.may_see(&Visibility::Confidential, day, registry),
        today: agora_search::day_key(day),
    }
}

/// Runs a search as `who`, on an index that reflects every write the registry reflects; names
/// states and organisations the query matches, and says what might have been meant when nothing
/// was found.
pub async fn run<'r>(
    app: &App,
    who: &Caller<'_>,
    registry: &'r Registry,
    req: Request,
) -> Result<Outcome<'r>, Error> {
    let index = app.search_index(registry.seq).await?;
    let readable = readable(who.viewer, app.today(), registry);
    let q = req.q.clone();
    let first_of_all = req.cursor.is_none() && req.what.is_none();
    let (results, suggestion) = tokio::task::spawn_blocking(move || {
        let results = index.search(&req, &readable)?;
        let suggestion = if results.total == 0 && !req.q.trim().is_empty() {
            index.suggest(&req.q, &readable)?
        } else {
            None
        };
        Ok::<_, agora_search::SearchError>((results, suggestion))
    })
    .await
    .map_err(|e| {
        Error::Search(agora_search::SearchError::Corrupt(format!(
            "the search stopped: {e}"
        )))
    })??;
    let named = if first_of_all && !q.trim().is_empty() {
        registry.find_by_name(&q, MOST_NAMED)
    } else {
        Vec::new()
    };
    let close = if results.total == 0 && named.is_empty() && !q.trim().is_empty() {
        registry.closest_names(&q, MOST_CLOSE)
    } else {
        Vec::new()
    };
    Ok(Outcome {
        results,
        named,
        suggestion,
        close,
    })
}
