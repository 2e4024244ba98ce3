//! Good practices and lessons learned (issue 20) as the application reads them: every
//! published practice, by id, and the ones a forum, a state or a theme concerns; the built-in
//! ones from the background paper; the people to contact about one (for people signed in, and
//! removed on request). How a practice comes to be published — calls, peer review, an
//! editor's decision — is [`calls`].

use agora_core::kind::RecordKind;
use agora_core::practice::{Contact, Practice, PracticeKind};
use agora_core::{AreaCode, ForumId};
use agora_store::Store;

use crate::{App, Caller, Error, Result};

pub mod calls;

/// Every published practice, by id.
#[derive(Debug, Clone, Default)]
pub struct Practices {
    list: Vec<Practice>,
}

impl Practices {
    pub fn new(mut list: Vec<Practice>) -> Practices {
        list.sort_by(|a, b| a.id.cmp(&b.id));
        Practices { list }
    }

    /// Every published practice in the store.
    pub async fn load(store: &dyn Store) -> Result<Practices> {
        let mut list = Vec::new();
        for (id, body) in store.record_bodies(PracticeKind.table()).await? {
            let p: Practice =
                serde_json::from_str(&body).map_err(|e| agora_store::StoreError::Corrupt {
                    entity: "practice",
                    id,
                    reason: e.to_string(),
                })?;
            list.push(p);
        }
        Ok(Practices::new(list))
    }

    pub fn all(&self) -> &[Practice] {
        &self.list
    }

    pub fn get(&self, id: &str) -> Option<&Practice> {
        self.list
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.list[i])
    }

    /// The practices a forum applied.
    pub fn of_forum<'a>(&'a self, forum: &'a ForumId) -> impl Iterator<Item = &'a Practice> {
        self.list.iter().filter(move |p| p.fora.contains(forum))
    }

    /// The practices applied in a state.
    pub fn of_state<'a>(&'a self, state: &'a AreaCode) -> impl Iterator<Item = &'a Practice> {
        self.list.iter().filter(move |p| p.states.contains(state))
    }

    /// The practices on a theme.
    pub fn on_theme<'a>(&'a self, theme: &'a str) -> impl Iterator<Item = &'a Practice> {
        self.list
            .iter()
            .filter(move |p| p.themes.iter().any(|t| t.as_str() == theme))
    }
}

/// Which published practices to list.
#[derive(Debug, Clone, Default)]
pub struct PracticeFilter {
    pub forum: Option<String>,
    pub state: Option<String>,
    pub theme: Option<String>,
}

/// The published practices a filter asks for, by id. Every filter names something that
/// exists, or it is a bad parameter.
pub async fn list(app: &App, f: &PracticeFilter) -> Result<Vec<Practice>> {
    let r = app.registry().await?;
    if let Some(forum) = &f.forum
        && r.forum(forum).is_none()
    {
        return Err(Error::bad(
            "forum",
            agora_core::Said::new("no-such-forum").with("id", forum.as_str()),
        ));
    }
    if let Some(state) = &f.state
        && r.area(state).is_none()
    {
        return Err(Error::bad(
            "state",
            agora_core::Said::new("check-unknown-area").with("id", state.as_str()),
        ));
    }
    if let Some(theme) = &f.theme
        && r.theme(theme).is_none()
    {
        return Err(Error::bad(
            "theme",
            agora_core::Said::new("check-unknown-theme").with("id", theme.as_str()),
        ));
    }
    Ok(r.practices
        .all()
        .iter()
        .filter(|p| {
            f.forum
                .as_ref()
                .is_none_or(|x| p.fora.iter().any(|y| y.as_str() == x))
        })
        .filter(|p| {
            f.state
                .as_ref()
                .is_none_or(|x| p.states.iter().any(|y| y.as_str() == x))
        })
        .filter(|p| {
            f.theme
                .as_ref()
                .is_none_or(|x| p.themes.iter().any(|y| y.as_str() == x))
        })
        .cloned()
        .collect())
}

/// A published practice, or not found.
pub async fn get(app: &App, id: &str) -> Result<Practice> {
    let r = app.registry().await?;
    r.practices
        .get(id)
        .cloned()
        .ok_or_else(|| Error::not_found("practice", id))
}

/// The people to contact about a published practice: for people signed in (None for anyone
/// else), empty when none are kept.
pub async fn contacts(app: &App, who: &Caller<'_>, id: &str) -> Result<Option<Vec<Contact>>> {
    get(app, id).await?;
    if !who.viewer.may_see_contacts(who.account.is_some()) {
        return Ok(None);
    }
    Ok(Some(read_contacts(app, id).await?))
}

pub(crate) async fn read_contacts(app: &App, id: &str) -> Result<Vec<Contact>> {
    Ok(match app.store.practice_contacts(id).await? {
        Some(text) => serde_json::from_str(&text)
            .map_err(|e| Error::Internal(format!("the contacts of practice {id}: {e}")))?,
        None => Vec::new(),
    })
}

/// Whether the caller may remove the contact details of a practice (its submitter, an editor).
pub async fn may_remove_contacts(app: &App, who: &Caller<'_>, id: &str) -> Result<bool> {
    let submitter = match who.account {
        Some(a) => app
            .store
            .submissions(None)
            .await?
            .iter()
            .any(|s| s.practice_id == id && s.submitted_by == a.id.get()),
        None => false,
    };
    Ok(who.viewer.may_remove_contacts(submitter))
}

/// Remove for good the contact details kept for a practice, published or not: asked by the
/// person who submitted it (who gave them) or an editor. Anyone else is answered as if the
/// practice did not exist, unless it is published (then refused). Logged in the submission's
/// history and the audit log. Whether there were any to remove.
pub async fn remove_contacts(app: &App, who: &Caller<'_>, id: &str) -> Result<bool> {
    let account = who.account()?;
    let submission = app
        .store
        .submissions(None)
        .await?
        .into_iter()
        .find(|s| s.practice_id == id);
    let published = app.registry().await?.practices.get(id).is_some();
    let submitter = submission
        .as_ref()
        .is_some_and(|s| s.submitted_by == account.id.get());
    if !who.viewer.may_remove_contacts(submitter) {
        let readable = submission
            .as_ref()
            .is_some_and(|s| who.viewer.may_read_submission(false, s.call_id));
        return Err(match published || readable {
            true => Error::forbidden("practice-contacts-not-yours"),
            false => Error::not_found("practice", id),
        });
    }
    if submission.is_none() && !published {
        return Err(Error::not_found("practice", id));
    }
    let removed = app.store.remove_practice_contacts(id).await?;
    if let Some(s) = &submission
        && removed
    {
        app.store
            .practice_event(s.id, account.id, "contacts_removed", "")
            .await?;
    }
    app.audit(
        &who.actor(),
        "practice.contacts.remove",
        &format!("practice:{id}"),
        if removed { "removed" } else { "none" },
    )
    .await;
    Ok(removed)
}

/// The built-in practices (`data/practices.json`) into a store whose registry and library are
/// loaded, checked like any record; one someone has changed since is kept as it is. How many
/// were written.
pub async fn load_builtin(store: &dyn Store) -> Result<usize> {
    let known = store.catalogue().await?;
    let records = agora_ingest::builtin::practices().into_iter().map(|p| {
        let value = serde_json::to_value(&p).expect("practices serialise");
        (p.id.to_string(), value)
    });
    crate::builtin::write(store, &PracticeKind, &known, records, "practices").await
}
