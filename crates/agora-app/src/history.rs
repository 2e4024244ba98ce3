//! A record's public history: its versions from the change log, each with what it changed and
//! who made it (by role, never by person).

use agora_core::contribution::FieldChange;
use serde_json::Value;

use crate::{App, Error};

/// Versions of the records under a scope (a forum and its memberships, a state, an
/// organisation), newest first, each with what it changed against the version before it.
pub async fn versions(
    app: &App,
    scope: &str,
) -> Result<Vec<(agora_store::Version, Vec<FieldChange>)>, Error> {
    let list = app.store.history(scope, 1000).await?;
    let parse = |s: &Option<String>| {
        s.as_deref()
            .and_then(|b| serde_json::from_str::<Value>(b).ok())
    };
    let mut out = Vec::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        let older = list[i + 1..].iter().find(|o| {
            o.change.entity == v.change.entity && o.change.entity_id == v.change.entity_id
        });
        let before = older.and_then(|o| parse(&o.body));
        let changes = match parse(&v.body) {
            Some(after) => agora_core::contribution::diff(before.as_ref(), &after),
            None => before
                .map(|b| agora_core::contribution::diff(None, &b))
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

/// Who made a version, by role: never by person. The one wording shared by every interface
/// (until the message catalogues take it over).
pub fn made_by(role: Option<&str>, origin: &str) -> String {
    match role {
        Some(r) if origin.starts_with("contribution:") => {
            format!("{} (published by an editor)", role_words(r))
        }
        Some(r) => role_words(r),
        None if origin == "builtin" => "the built-in dataset".into(),
        None => "a data import".into(),
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
