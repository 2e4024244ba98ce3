//! Searching as a viewer: what the viewer may find is generated from the access policy for the
//! day of the search, and the index applies it inside the query (so counts, facets, snippets
//! and scores know nothing of what the viewer may not see).

use agora_core::Day;
use agora_core::policy::{Viewer, Visibility};
use agora_search::{Readable, Request, Results};

use crate::registry::Registry;
use crate::{App, Caller, Error};

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

/// Runs a search as `who`, on an index that reflects every write the registry reflects.
pub async fn run(
    app: &App,
    who: &Caller<'_>,
    registry: &Registry,
    req: Request,
) -> Result<Results, Error> {
    let index = app.search_index(registry.seq).await?;
    let readable = readable(who.viewer, app.today(), registry);
    tokio::task::spawn_blocking(move || index.search(&req, &readable))
        .await
        .map_err(|e| {
            Error::Search(agora_search::SearchError::Corrupt(format!(
                "the search stopped: {e}"
            )))
        })?
        .map_err(Error::from)
}
