//! Searches as feeds: any search of the library or the registry can be followed as an Atom feed
//! of what it finds, newest first; the public's at the search's own address, and a signed-in
//! person's saved searches, over what they may read, in their private feed at an address only
//! they know (its secret kept as a hash; a new one, or ending it, makes the old address answer
//! 404).

use agora_core::account::Account;
use agora_core::policy::Viewer;
use agora_search::{Request, Sort};
use agora_store::SavedSearch;

use crate::accounts::{is_token, new_token, token_hash};
use crate::registry::Registry;
use crate::{App, Caller, Error};

/// The entries a search's feed holds at most.
pub const ENTRIES: usize = 50;

/// The longest name of a saved search, in characters, and the longest query.
pub const NAME_CHARS: usize = 200;
pub const QUERY_CHARS: usize = 2000;

/// One record a search found, for a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Its kind (`document`, `forum`, ...) and id.
    pub what: String,
    pub id: String,
    /// Its title in the reader's language where it has one.
    pub title: String,
    /// Its date as written (`2009-11`), if any.
    pub date: Option<String>,
    /// When it last changed in Agora (RFC 3339): the entry's `updated`.
    pub updated: String,
    /// The saved search that found it (in a private feed).
    pub search: Option<String>,
}

/// What a search finds that `who` may see, newest first (by the record's date), at most
/// [`ENTRIES`], each with the time it last changed.
pub async fn found(
    app: &App,
    who: &Caller<'_>,
    registry: &Registry,
    mut req: Request,
) -> Result<Vec<Found>, Error> {
    req.sort = Sort::Date;
    req.limit = ENTRIES;
    req.cursor = None;
    let outcome = crate::search::run(app, who, registry, req).await?;
    let chain = who.locale.content_chain();
    let mut out = Vec::with_capacity(outcome.results.hits.len());
    for hit in outcome.results.hits {
        let s = hit.shown;
        let title = chain
            .iter()
            .find_map(|l| s.titles.iter().find(|(lang, _)| lang == l))
            .or_else(|| s.titles.first())
            .map(|(_, t)| t.clone())
            .unwrap_or_else(|| s.id.clone());
        let updated = app
            .store
            .version_before(s.what.as_str(), &s.id, i64::MAX)
            .await?
            .map_or_else(|| EPOCH.to_owned(), |v| v.change.at);
        out.push(Found {
            what: s.what.as_str().to_owned(),
            id: s.id,
            title,
            date: s.date,
            updated,
            search: None,
        });
    }
    Ok(out)
}

/// The time of a record the change log does not know (loaded before it kept versions).
pub const EPOCH: &str = "1970-01-01T00:00:00Z";

/// Save a search (its name, and its query string as the search page takes it, already read
/// and found good by the interface) for the signed-in caller.
pub async fn save(app: &App, who: &Caller<'_>, name: &str, query: &str) -> Result<i64, Error> {
    let account = who.account()?;
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::bad(
            "name",
            agora_i18n::Said::new("saved-search-name-empty"),
        ));
    }
    if name.chars().count() > NAME_CHARS || query.chars().count() > QUERY_CHARS {
        return Err(Error::bad(
            "name",
            agora_i18n::Said::new("saved-search-too-long"),
        ));
    }
    app.store
        .save_search(account.id, name, query)
        .await?
        .ok_or_else(|| Error::conflict("saved-search-too-many"))
}

/// The caller's saved searches.
pub async fn saved(app: &App, who: &Caller<'_>) -> Result<Vec<SavedSearch>, Error> {
    Ok(app.store.saved_searches(who.account()?.id).await?)
}

/// Forget one of the caller's saved searches.
pub async fn forget(app: &App, who: &Caller<'_>, id: i64) -> Result<(), Error> {
    match app.store.delete_saved_search(who.account()?.id, id).await? {
        true => Ok(()),
        false => Err(Error::not_found("saved-search", &id.to_string())),
    }
}

/// A new secret for the caller's private feed address (the old one ends): shown once.
pub async fn new_key(app: &App, who: &Caller<'_>) -> Result<String, Error> {
    let account = who.account()?;
    let (key, hash) = new_token();
    app.store.set_feed_key(account.id, &hash).await?;
    Ok(key)
}

/// End the caller's private feed address; false if there was none.
pub async fn end_key(app: &App, who: &Caller<'_>) -> Result<bool, Error> {
    Ok(app.store.revoke_feed_key(who.account()?.id).await?)
}

/// When the caller's private feed address was made, if it exists.
pub async fn key_made(app: &App, who: &Caller<'_>) -> Result<Option<String>, Error> {
    Ok(app.store.feed_key_made(who.account()?.id).await?)
}

/// The account a private feed's secret opens, and what it may see; an unknown, ended or
/// malformed secret is not found (the same answer for each).
pub async fn open_key(app: &App, key: &str) -> Result<(Account, Viewer), Error> {
    let not_found = || Error::not_found("feed", "");
    if !is_token(key) {
        return Err(not_found());
    }
    let account = app
        .store
        .account_for_feed_key(&token_hash(key))
        .await?
        .ok_or_else(not_found)?;
    // The feed reads with the person's roles: what they may read signed in.
    let viewer = Viewer::with_roles(account.roles.iter().cloned());
    Ok((account, viewer))
}
