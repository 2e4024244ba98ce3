//! Migration routes (issue 19) as the application reads them: every published route, by id.
//! A route is a sourced record kind (`agora_core::route`); the analyses suggest exchanges
//! between fora along a common route.

use agora_core::AreaCode;
use agora_core::kind::RecordKind;
use agora_core::route::{Route, RouteKind};
use agora_store::Store;

use crate::Result;

/// Every published route, by id.
#[derive(Debug, Clone, Default)]
pub struct Routes {
    list: Vec<Route>,
}

impl Routes {
    pub fn new(mut list: Vec<Route>) -> Routes {
        list.sort_by(|a, b| a.id.cmp(&b.id));
        Routes { list }
    }

    /// Every published route in the store.
    pub async fn load(store: &dyn Store) -> Result<Routes> {
        let mut list = Vec::new();
        for (id, body) in store.record_bodies(RouteKind.table()).await? {
            let r: Route =
                serde_json::from_str(&body).map_err(|e| agora_store::StoreError::Corrupt {
                    entity: "route",
                    id,
                    reason: e.to_string(),
                })?;
            list.push(r);
        }
        Ok(Routes::new(list))
    }

    /// Every route, by id.
    pub fn all(&self) -> &[Route] {
        &self.list
    }

    pub fn get(&self, id: &str) -> Option<&Route> {
        self.list.iter().find(|r| r.id.as_str() == id)
    }

    /// The routes a state is a stop of.
    pub fn through(&self, area: &AreaCode) -> impl Iterator<Item = &Route> {
        self.list.iter().filter(move |r| r.role_of(area).is_some())
    }
}

/// The built-in routes (`data/routes.json`) into a store whose registry is loaded, checked like
/// contributions; one someone has changed since is kept as it is. How many were written.
pub async fn load_builtin(store: &dyn Store) -> Result<usize> {
    let known = store.catalogue().await?;
    let records = agora_ingest::builtin::routes().into_iter().map(|r| {
        let value = serde_json::to_value(&r).expect("routes serialise");
        (r.id.to_string(), value)
    });
    crate::builtin::write(store, &RouteKind, &known, records, "routes").await
}
