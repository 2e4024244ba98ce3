//! Built-in records of a declared kind (meetings, recommendations, routes) into a store whose
//! registry and library are loaded: each is checked against the store's ids like a
//! contribution, then written from `builtin`. On an installation that exists, a record someone
//! has changed since (its latest change is not the built-in one) is kept as it is.

use agora_core::Catalogue;
use agora_core::kind::RecordKind;
use agora_store::Store;

use crate::Result;

/// Write `records` (id, record) of `kind`, checked against `known`; `what` names the file they
/// come from in an error. How many were written.
pub async fn write(
    store: &dyn Store,
    kind: &dyn RecordKind,
    known: &Catalogue,
    records: impl IntoIterator<Item = (String, serde_json::Value)>,
    what: &'static str,
) -> Result<usize> {
    let origins = store.latest_origins().await?;
    let mut checked = Vec::new();
    for (id, value) in records {
        if origins
            .get(&(kind.name().to_owned(), id.clone()))
            .is_some_and(|(origin, _)| origin != "builtin")
        {
            continue;
        }
        let c = kind.check(&value, known).map_err(|r| {
            crate::Error::bad(
                what,
                agora_i18n::Said::new("check-at-field")
                    .with("field", format!("{id}: {}", r.field))
                    .with("said", r.message),
            )
        })?;
        checked.push((c.id, c.body));
    }
    Ok(store.write_records(kind, &checked, "builtin").await?)
}
