//! A record's public history: its versions from the change log, each with what it changed and
//! who made it (by role, never by person).

use agora_core::contribution::FieldChange;
use agora_core::policy::{Viewer, Visibility};
use agora_store::Change;
use serde_json::Value;

use crate::registry::Registry;
use crate::{App, Error};

/// Who may see a record of this change as it is now, if it still exists: documents from the read
/// model, other restricted kinds from the store; every other kind is public.
pub(crate) async fn visibility_now(
    app: &App,
    registry: &Registry,
    c: &Change,
) -> Result<Option<Visibility>, Error> {
    if c.entity == "document" {
        return Ok(registry
            .document(&c.entity_id)
            .map(|d| d.visibility.clone()));
    }
    let Some(kind) = app.kinds().get(&c.entity).filter(|k| k.restricted()) else {
        return Ok(Some(Visibility::Public));
    };
    let body = app.store.record_body(kind.table(), &c.entity_id).await?;
    Ok(body
        .and_then(|b| serde_json::from_str::<Value>(&b).ok())
        .map(|record| kind.visibility(&record)))
}

/// Versions of the records under a scope (a forum and its memberships, a state, an
/// organisation), newest first, each with what it changed against the version before it.
pub async fn versions(
    app: &App,
    scope: &str,
    viewer: &Viewer,
) -> Result<Vec<(agora_store::Version, Vec<FieldChange>)>, Error> {
    let registry = app.registry().await?;
    let today = app.today();
    let list = app.store.history(scope, 1000).await?;
    let parse = |s: &Option<String>| {
        s.as_deref()
            .and_then(|b| serde_json::from_str::<Value>(b).ok())
    };
    let mut out = Vec::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        let kind = app.kinds().get(&v.change.entity);
        // A version of a restricted kind shows as the viewer may see that version.
        if let Some(k) = kind.filter(|k| k.restricted()) {
            let visibility = parse(&v.body).map(|record| k.visibility(&record));
            if !viewer.may_see_change(visibility.as_ref(), today, registry.as_ref()) {
                continue;
            }
        }
        let diff = |before: Option<&Value>, after: &Value| match kind {
            Some(k) => k.diff(before, after),
            None => agora_core::contribution::diff(before, after),
        };
        let older = list[i + 1..].iter().find(|o| {
            o.change.entity == v.change.entity && o.change.entity_id == v.change.entity_id
        });
        let before = older.and_then(|o| parse(&o.body));
        let changes = match parse(&v.body) {
            Some(after) => diff(before.as_ref(), &after),
            None => before
                .map(|b| diff(None, &b))
                .unwrap_or_default()
                .into_iter()
                .map(|c| FieldChange {
                    path: c.path,
                    before: c.after,
                    after: None,
                })
                .collect(),
        };
        out.push((v.clone(), changes));
    }
    Ok(out)
}

/// Who made a version, by role: never by person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Maker {
    /// A role (`editor`, `admin`, `secretariat:{forum}`, `focal_point:{area}`), directly or
    /// through a contribution an editor published.
    Role { role: String, published: bool },
    /// The built-in dataset.
    Builtin,
    /// A data import.
    Import,
}

/// Who made a version, from the role recorded with it and its origin.
pub fn made_by(role: Option<&str>, origin: &str) -> Maker {
    match role {
        Some(r) => Maker::Role {
            role: r.to_owned(),
            published: origin.starts_with("contribution:"),
        },
        None if origin == "builtin" => Maker::Builtin,
        None => Maker::Import,
    }
}

/// The API's words (in English; the pages take theirs from the message catalogues).
impl std::fmt::Display for Maker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Maker::Role { role, published } => {
                f.write_str(&role_words(role))?;
                if *published {
                    f.write_str(" (published by an editor)")?;
                }
                Ok(())
            }
            Maker::Builtin => f.write_str("the built-in dataset"),
            Maker::Import => f.write_str("a data import"),
        }
    }
}

fn role_words(r: &str) -> String {
    match r.split_once(':') {
        Some(("secretariat", f)) => format!("the secretariat of {f}"),
        Some(("focal_point", a)) => format!("the focal point of {a}"),
        _ => match r {
            "editor" => "an editor".into(),
            "admin" => "an administrator".into(),
            other => other.to_owned(),
        },
    }
}
