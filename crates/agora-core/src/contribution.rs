//! Contributions: proposed changes to one record or several, the field-by-field difference a reviewer sees,
//! and rebasing a proposal onto a record that changed since it was drafted. The state machine
//! and who may take each step are in [`crate::policy`].

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::ids::ForumId;
use crate::policy::ContributionState;

/// The kind of record a contribution changes, by the name its declaration gives it
/// ([`crate::kind::RecordKind::name`]): `forum`, `membership`, `document`, and any kind declared
/// later. The name is what contributions and the change log store; which names exist is the
/// application's list of declared kinds, not a closed list here or in the database.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Entity(std::borrow::Cow<'static, str>);

impl Entity {
    pub const FORUM: Entity = Entity::new("forum");
    pub const MEMBERSHIP: Entity = Entity::new("membership");
    /// A new document of the library, uploaded with its file.
    pub const DOCUMENT: Entity = Entity::new("document");

    /// The entity of a declared kind.
    pub const fn new(name: &'static str) -> Entity {
        Entity(std::borrow::Cow::Borrowed(name))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// A well-formed kind name (lower-case letters and `_`, 1-40 of them); whether a kind of
    /// that name is declared is the application's question.
    pub fn parse(s: &str) -> Option<Entity> {
        let ok =
            (1..=40).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        ok.then(|| Entity(std::borrow::Cow::Owned(s.to_owned())))
    }
}

impl std::fmt::Display for Entity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Entity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Entity {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Entity, D::Error> {
        let s = String::deserialize(d)?;
        Entity::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("'{s}' is not a kind of record")))
    }
}

impl ContributionState {
    pub fn as_str(self) -> &'static str {
        match self {
            ContributionState::Draft => "draft",
            ContributionState::Submitted => "submitted",
            ContributionState::InReview => "in_review",
            ContributionState::ChangesRequested => "changes_requested",
            ContributionState::Published => "published",
            ContributionState::Withdrawn => "withdrawn",
        }
    }
    pub fn parse(s: &str) -> Option<ContributionState> {
        ContributionState::ALL.into_iter().find(|c| c.as_str() == s)
    }
    /// The state in words, inside a sentence ("a contribution that is in review ...").
    pub fn said(self) -> agora_i18n::Said {
        agora_i18n::Said::new("contribution-state-word").with("state", self.as_str())
    }
}

/// One record a contribution changes: its kind and id, its body when the contribution was
/// drafted or last rebased (None for a new record), and its body as proposed (canonical JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordChange {
    pub entity: Entity,
    pub entity_id: String,
    pub base: Option<String>,
    pub proposed: String,
}

/// A proposed change to one record or to several (an uploaded spreadsheet, a batch of
/// updates), reviewed, published and withdrawn together, as stored. The first record is named
/// in the contribution itself (`entity`, `entity_id`, `base`, `proposed`); the others follow
/// in `also`.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    pub id: i64,
    /// The forum whose records it changes: its secretariat may author it.
    pub forum: ForumId,
    pub entity: Entity,
    pub entity_id: String,
    pub title: String,
    /// The record when the contribution was drafted or last rebased; None for a new record.
    pub base: Option<String>,
    /// The record as proposed (canonical JSON).
    pub proposed: String,
    pub state: ContributionState,
    pub author_id: crate::account::AccountId,
    /// The role the author acted under: shown in the public history instead of the person.
    pub author_role: String,
    pub created_at: String,
    pub updated_at: String,
    /// Every step, oldest first (empty in lists).
    pub events: Vec<Event>,
    /// The records after the first, in the order they were proposed.
    pub also: Vec<RecordChange>,
}

impl Contribution {
    /// The first record, the one the contribution is named after.
    pub fn first(&self) -> RecordChange {
        RecordChange {
            entity: self.entity.clone(),
            entity_id: self.entity_id.clone(),
            base: self.base.clone(),
            proposed: self.proposed.clone(),
        }
    }

    /// Every record it changes, the first first.
    pub fn records(&self) -> Vec<RecordChange> {
        let mut all = Vec::with_capacity(1 + self.also.len());
        all.push(self.first());
        all.extend(self.also.iter().cloned());
        all
    }
}

/// One step on a contribution: who (account id and role), when, what, and a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub at: String,
    pub actor_id: crate::account::AccountId,
    pub actor_role: String,
    /// `create`, `edit`, `rebase`, `comment`, or a step (`submit`, `start_review`, ...).
    pub action: String,
    /// The state after the event.
    pub state: ContributionState,
    pub comment: String,
}

/// One field that differs between two versions of a record. `path` names it (`names.en`,
/// `start_date`); lists are compared whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub path: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&path, v, out);
            }
        }
        // Absent and empty say the same: nothing recorded.
        Value::Null => {}
        Value::Array(a) if a.is_empty() => {}
        Value::Object(_) => {}
        _ => out.push((prefix.to_owned(), v.clone())),
    }
}

/// The fields that differ from `before` (None: the record is new) to `after`, by path.
pub fn diff(before: Option<&Value>, after: &Value) -> Vec<FieldChange> {
    let mut a = Vec::new();
    if let Some(b) = before {
        flatten("", b, &mut a);
    }
    let mut b = Vec::new();
    flatten("", after, &mut b);
    let old: std::collections::BTreeMap<_, _> = a.into_iter().collect();
    let new: std::collections::BTreeMap<_, _> = b.into_iter().collect();
    let mut paths: Vec<&String> = old.keys().chain(new.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter(|p| old.get(*p) != new.get(*p))
        .map(|p| FieldChange {
            path: p.clone(),
            before: old.get(p).cloned(),
            after: new.get(p).cloned(),
        })
        .collect()
}

/// Carry a proposal over to the record as it is now: every top-level field the author changed
/// (from `base` to `proposed`) takes the author's value; every other field takes the current
/// one. For a new record (no base) the proposal stands as it is.
pub fn rebase(base: Option<&Value>, proposed: &Value, current: Option<&Value>) -> Value {
    let (Some(Value::Object(base)), Value::Object(proposed), Some(Value::Object(current))) =
        (base, proposed, current)
    else {
        return proposed.clone();
    };
    let mut out = current.clone();
    let keys: std::collections::BTreeSet<&String> = base.keys().chain(proposed.keys()).collect();
    for k in keys {
        if base.get(k) != proposed.get(k) {
            match proposed.get(k) {
                Some(v) => {
                    out.insert(k.clone(), v.clone());
                }
                None => {
                    out.remove(k);
                }
            }
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_diff_names_each_changed_field() {
        let before = json!({"id": "x", "names": {"en": "Old", "fr": "Ancien"}, "topics": ["a"], "note": null});
        let after = json!({"id": "x", "names": {"en": "New", "fr": "Ancien"}, "topics": ["a", "b"], "note": "n"});
        let d = diff(Some(&before), &after);
        let paths: Vec<&str> = d.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths, ["names.en", "note", "topics"]);
        assert_eq!(d[0].before, Some(json!("Old")));
        assert_eq!(d[1].before, None);
        assert!(diff(Some(&after), &after).is_empty());
        assert_eq!(diff(None, &json!({"id": "x"})).len(), 1);
    }

    #[test]
    fn a_rebase_keeps_the_authors_changes_and_takes_everything_else_from_now() {
        let base = json!({"a": 1, "b": 1, "c": 1});
        let proposed = json!({"a": 2, "b": 1, "c": 1});
        let current = json!({"a": 1, "b": 5, "c": 1, "d": 7});
        assert_eq!(
            rebase(Some(&base), &proposed, Some(&current)),
            json!({"a": 2, "b": 5, "c": 1, "d": 7})
        );
        let removed = json!({"b": 1, "c": 1});
        assert_eq!(
            rebase(Some(&base), &removed, Some(&current)),
            json!({"b": 5, "c": 1, "d": 7})
        );
        assert_eq!(rebase(None, &proposed, None), proposed);
    }

    #[test]
    fn states_read_and_print_the_same() {
        for s in ContributionState::ALL {
            assert_eq!(ContributionState::parse(s.as_str()), Some(s));
        }
        assert_eq!(ContributionState::parse("done"), None);
    }
}
