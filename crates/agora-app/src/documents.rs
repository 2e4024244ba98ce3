//! The document library as a viewer sees it. Whether a viewer sees a document is the access
//! policy's `may_see` on the document's visibility, on the day of reading; a document the viewer
//! may not see answers exactly like one that does not exist.

use agora_core::document::Document;

use crate::{App, Caller, Error};

/// The documents the viewer may see today, newest first (from the read model: no query).
pub async fn visible_documents(app: &App, who: &Caller<'_>) -> Result<Vec<Document>, Error> {
    let registry = app.registry().await?;
    let today = app.today();
    Ok(registry
        .documents
        .iter()
        .filter(|d| {
            who.viewer
                .may_see(&d.visibility.policy(), today, registry.as_ref())
        })
        .cloned()
        .collect())
}

/// A document the viewer may see, or not found.
pub async fn visible_document(app: &App, who: &Caller<'_>, id: &str) -> Result<Document, Error> {
    let missing = || Error::not_found("document", id);
    let registry = app.registry().await?;
    let d = registry.document(id).ok_or_else(missing)?;
    if !who
        .viewer
        .may_see(&d.visibility.policy(), app.today(), registry.as_ref())
    {
        return Err(missing());
    }
    Ok(d.clone())
}
