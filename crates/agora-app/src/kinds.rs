//! The kinds of record this application knows: the registry's own (forum, membership,
//! document) and any other declared with [`crate::App::with_kind`]. Contributions, the version
//! history and the lists of changes take a kind's rules, table, owners, words and visibility
//! from its declaration here (see `agora_core::kind`).

use std::sync::Arc;

use agora_core::contribution::Entity;
use agora_core::kind::RecordKind;

use crate::Error;

/// The declared kinds, by name.
#[derive(Clone)]
pub struct Kinds {
    list: Vec<Arc<dyn RecordKind>>,
}

impl Default for Kinds {
    fn default() -> Kinds {
        Kinds {
            list: agora_core::kind::builtin(),
        }
    }
}

impl Kinds {
    /// Declare one more kind (replacing one of the same name).
    pub fn add(&mut self, kind: Arc<dyn RecordKind>) {
        self.list.retain(|k| k.name() != kind.name());
        self.list.push(kind);
    }

    /// The declaration of a kind, if it is declared.
    pub fn get(&self, name: &str) -> Option<&Arc<dyn RecordKind>> {
        self.list.iter().find(|k| k.name() == name)
    }

    /// Every declared kind, in the order they were declared, as the store takes them.
    pub fn list(&self) -> &[Arc<dyn RecordKind>] {
        &self.list
    }

    /// Every declared kind, in the order they were declared.
    pub fn all(&self) -> impl Iterator<Item = &Arc<dyn RecordKind>> {
        self.list.iter()
    }

    /// The declaration of a contribution's kind; when it is not declared, a bad `entity`
    /// parameter naming the kinds a contribution may propose as records (documents are
    /// uploaded with their files instead).
    pub fn of(&self, entity: &Entity) -> Result<Arc<dyn RecordKind>, Error> {
        self.get(entity.as_str()).cloned().ok_or_else(|| {
            let names: Vec<&str> = self
                .list
                .iter()
                .filter(|k| k.proposed_as_record())
                .map(|k| k.name())
                .collect();
            Error::bad(
                "entity",
                agora_i18n::Said::new("entity-unknown")
                    .with("entity", entity.as_str())
                    .with("kinds", names.join(", ")),
            )
        })
    }
}
