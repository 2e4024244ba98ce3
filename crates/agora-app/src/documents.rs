//! The document library as a viewer sees it. Whether a viewer sees a document is the access
//! policy's `may_see` on the document's visibility, on the day of reading; a document the viewer
//! may not see answers exactly like one that does not exist.

use agora_core::ForumId;
use agora_core::document::Document;

use crate::{App, Caller, Error};

/// The documents the viewer may see today, newest first (from the read model: no query).
pub async fn visible_documents(app: &App, who: &Caller<'_>) -> Result<Vec<Document>, Error> {
    let registry = app.registry().await?;
    let today = app.today();
    Ok(registry
        .documents
        .iter()
        .filter(|d| who.viewer.may_see(&d.visibility, today, registry.as_ref()))
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
        .may_see(&d.visibility, app.today(), registry.as_ref())
    {
        return Err(missing());
    }
    Ok(d.clone())
}

/// A document the viewer may see, with the text of each version as `(lang, text)` (or not
/// found).
pub async fn visible_with_texts(
    app: &App,
    who: &Caller<'_>,
    id: &str,
) -> Result<(Document, Vec<(String, String)>), Error> {
    let d = visible_document(app, who, id).await?;
    let texts = app
        .store
        .documents_with_texts(&[d.id.to_string()])
        .await?
        .into_iter()
        .next()
        .map(|(_, texts)| texts)
        .unwrap_or_default();
    Ok((d, texts))
}

/// The documents the viewer may see today, of one forum or of all, newest first: the library
/// list every interface pages through (by [`newest_first_key`], then id).
pub async fn list(
    app: &App,
    who: &Caller<'_>,
    forum: Option<&ForumId>,
) -> Result<Vec<Document>, Error> {
    let mut all = visible_documents(app, who).await?;
    all.retain(|d| forum.is_none_or(|f| d.fora.contains(f)));
    Ok(all)
}

/// A key that sorts documents as the library lists them, newest first: ascending keys for
/// descending dates (each digit of the first day inverted), undated documents last. With the
/// id it makes a cursor that stays put when documents are added before it.
pub fn newest_first_key(d: &Document) -> String {
    newest_first(d.date)
}

/// The sort key that puts dates newest first ([`newest_first_key`]'s), for any dated record.
pub fn newest_first(date: Option<agora_core::PartialDate>) -> String {
    match date {
        Some(date) => {
            let day = date.first_day().to_string();
            let inverted: String = day
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(n) => char::from_digit(9 - n, 10).unwrap_or(c),
                    None => c,
                })
                .collect();
            format!("0{inverted}")
        }
        None => "1".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(date: Option<&str>) -> Document {
        let mut d: Document = serde_json::from_value(serde_json::json!({
            "id": "d", "kind": "study", "fora": ["gfmd"], "visibility": {"level": "public"},
            "versions": [{"lang": "en", "title": "T", "files": []}]
        }))
        .unwrap();
        d.date = date.map(|x| x.parse().unwrap());
        d
    }

    #[test]
    fn newer_documents_have_smaller_keys_and_undated_ones_come_last() {
        let keys: Vec<String> = [
            Some("2009-11-04"),
            Some("2009-06"),
            Some("2009"),
            Some("2008-12-31"),
            Some("1996"),
            None,
        ]
        .into_iter()
        .map(|d| newest_first_key(&dated(d)))
        .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "{keys:?}");
    }
}
