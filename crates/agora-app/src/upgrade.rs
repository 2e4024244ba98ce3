//! Corrections of the built-in dataset reaching an installation that already runs: a new
//! version of the built-in data is applied to every record nobody else has changed since it was
//! loaded; a record an editor (a contribution, an import) changed is kept as it is and listed.
//! Rows the built-in data loaded and no longer has are removed, unless someone changed them
//! since. One transaction, recorded in the change log as the built-in dataset's, so the version
//! history of each record says where its new version came from.

use std::collections::{BTreeSet, HashMap};

use agora_core::{Catalogue, Dataset, MembershipId};
use agora_store::{ImportSummary, Store};
use serde::Serialize;

use crate::{Error, Result};

/// The change-log origin of the built-in dataset.
pub const BUILTIN: &str = "builtin";

/// A record the upgrade left as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// forum, membership, area, organisation or theme.
    pub entity: &'static str,
    pub id: String,
    /// Why: who changed it since it was loaded, or the rule the new version would break.
    pub why: String,
}

/// What an upgrade did.
#[derive(Debug, Default)]
pub struct Upgrade {
    pub summary: ImportSummary,
    pub kept: Vec<Kept>,
}

/// Records changed since by someone else: (entity, id) → the origin of that change.
type Origins = HashMap<(String, String), (String, bool)>;

/// Keep the records of one list that nobody else changed since the built-in data loaded them
/// (or that do not exist); list the others whose new version differs from what is stored.
fn filter<T: Serialize + PartialEq>(
    entity: &'static str,
    new: Vec<T>,
    stored: &[T],
    id: impl Fn(&T) -> String,
    origins: &Origins,
    kept: &mut Vec<Kept>,
) -> Vec<T> {
    let stored: HashMap<String, &T> = stored.iter().map(|r| (id(r), r)).collect();
    new.into_iter()
        .filter(|r| {
            let key = (entity.to_owned(), id(r));
            match origins.get(&key) {
                None => true,
                Some((origin, _)) if origin == BUILTIN => true,
                Some((origin, deleted)) => {
                    if stored.get(&key.1).is_none_or(|s| *s != r) {
                        kept.push(Kept {
                            entity,
                            id: key.1,
                            why: format!(
                                "{} since it was loaded, by {origin}",
                                if *deleted { "removed" } else { "changed" }
                            ),
                        });
                    }
                    false
                }
            }
        })
        .collect()
}

/// Apply a new version of the built-in dataset (see the module's documentation). A new record
/// that would break a rule against what is kept (a membership now outside an edited forum's
/// dates) is not applied and is listed too; nothing is written if the rest would still break
/// one.
pub async fn apply(store: &dyn Store, new: Dataset) -> Result<Upgrade> {
    let origins = store.latest_origins().await?;
    let stored = store.snapshot().await?;
    let mut kept = Vec::new();
    let mut d = Dataset {
        areas: filter(
            "area",
            new.areas,
            &stored.areas,
            |a| a.code.to_string(),
            &origins,
            &mut kept,
        ),
        organisations: filter(
            "organisation",
            new.organisations,
            &stored.organisations,
            |o| o.id.to_string(),
            &origins,
            &mut kept,
        ),
        themes: filter(
            "theme",
            new.themes,
            &stored.themes,
            |t| t.id.to_string(),
            &origins,
            &mut kept,
        ),
        fora: filter(
            "forum",
            new.fora,
            &stored.fora,
            |f| f.id.to_string(),
            &origins,
            &mut kept,
        ),
        memberships: Vec::new(),
        ..Dataset::default()
    };
    let new_ids: BTreeSet<&MembershipId> = new.memberships.iter().map(|m| &m.id).collect();
    // Rows the built-in data loaded, nobody changed since, and the new version no longer has.
    let remove: Vec<MembershipId> = stored
        .memberships
        .iter()
        .filter(|m| !new_ids.contains(&m.id))
        .filter(|m| {
            origins
                .get(&("membership".to_owned(), m.id.to_string()))
                .is_some_and(|(origin, _)| origin == BUILTIN)
        })
        .map(|m| m.id.clone())
        .collect();
    d.memberships = filter(
        "membership",
        new.memberships,
        &stored.memberships,
        |m| m.id.to_string(),
        &origins,
        &mut kept,
    );
    // Check what would be applied against what stays: the store's records without those
    // removed, with the new versions over them.
    let catalogue = |d: &Dataset| -> Catalogue {
        let mut c = Catalogue::default();
        let mut rest = stored.clone();
        rest.memberships.retain(|m| !remove.contains(&m.id));
        c.extend_from(&rest);
        c.extend_from(d);
        c
    };
    // Keep out every new record that would break a rule beside what stays, and check again
    // (keeping one out can make another wrong: a forum's old dates against its new rows).
    for _ in 0..4 {
        let problems = agora_core::validate(&d, &catalogue(&d));
        if problems.is_empty() {
            break;
        }
        let mut now: BTreeSet<(&'static str, usize)> = BTreeSet::new();
        for p in &problems {
            let Some(r) = &p.record else {
                // The command line's words, in English.
                return Err(Error::Conflict(agora_i18n::Said::as_given(format!(
                    "the built-in data cannot be applied: {p}"
                ))));
            };
            if now.insert((r.list, r.index)) {
                kept.push(Kept {
                    entity: entity_of(r.list),
                    id: r.id.clone(),
                    why: format!("not applied: {}: {}", p.field, p.message),
                });
            }
        }
        fn without<T>(rows: Vec<T>, list: &str, out: &BTreeSet<(&str, usize)>) -> Vec<T> {
            rows.into_iter()
                .enumerate()
                .filter(|(i, _)| !out.contains(&(list, *i)))
                .map(|(_, r)| r)
                .collect()
        }
        d.areas = without(d.areas, "areas", &now);
        d.organisations = without(d.organisations, "organisations", &now);
        d.themes = without(d.themes, "themes", &now);
        d.fora = without(d.fora, "fora", &now);
        d.memberships = without(d.memberships, "memberships", &now);
    }
    if let Some(p) = agora_core::validate(&d, &catalogue(&d)).first() {
        return Err(Error::Conflict(agora_i18n::Said::as_given(format!(
            "the built-in data cannot be applied beside the records edited since: {p}"
        ))));
    }
    let summary = store.import_removing(&d, &remove, BUILTIN, &|_| {}).await?;
    Ok(Upgrade { summary, kept })
}

fn entity_of(list: &str) -> &'static str {
    match list {
        "areas" => "area",
        "organisations" => "organisation",
        "themes" => "theme",
        "fora" => "forum",
        _ => "membership",
    }
}
