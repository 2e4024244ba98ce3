//! Migration routes (issue 19): an ordered list of the states people leave, cross and go to,
//! as the sources name it — the Asia–Gulf labour corridor of the Colombo Process and the Abu
//! Dhabi Dialogue, the West African route of the Rabat Process. A route is a sourced record,
//! declared once as a kind ([`RouteKind`]): editors and the secretariats of the fora it names
//! contribute to it like to any record. The analyses suggest exchanges between fora along a
//! common route.

use std::collections::BTreeSet;

use agora_i18n::Said;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::ids::{AreaCode, ForumId, RouteId};
use crate::kind::{Checked, RecordKind, Refused, Table, read};
use crate::meeting::{line, long};
use crate::model::{Names, Source, Verification};
use crate::validate::Catalogue;
use crate::words::word_enum;

word_enum! {
    /// What a state is to a route: where people leave from, pass through, or go to. The stops
    /// of a route are in this order.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum StopRole {
        Origin => "origin",
        Transit => "transit",
        Destination => "destination",
    }
}

/// A state along a route, and what it is to the route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stop {
    pub area: AreaCode,
    pub role: StopRole,
}

/// A migration route, as its sources name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: RouteId,
    /// Its names, by language (English required).
    pub names: Names,
    /// What it is, in English, in the sources' words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// States of origin, then of transit, then of destination.
    pub stops: Vec<Stop>,
    /// The fora the sources place along it.
    #[serde(default)]
    pub fora: Vec<ForumId>,
    pub sources: Vec<Source>,
    pub verification: Verification,
}

impl Route {
    /// Its name in `lang`, else in English.
    pub fn name(&self, lang: &str) -> &str {
        self.names
            .iter()
            .find(|(l, _)| l.as_str() == lang)
            .or_else(|| self.names.iter().find(|(l, _)| l.as_str() == "en"))
            .map_or(self.id.as_str(), |(_, n)| n.as_str())
    }

    /// The role of a state along it, if it is a stop.
    pub fn role_of(&self, area: &AreaCode) -> Option<StopRole> {
        self.stops.iter().find(|s| &s.area == area).map(|s| s.role)
    }

    /// Everything wrong with it, by field, against the ids that exist.
    pub fn problems(&self, known: &Catalogue) -> Vec<Refused> {
        let mut out = Vec::new();
        let mut no = |field: String, said: Said| out.push(Refused::new(field, said));
        if !self.names.keys().any(|l| l.as_str() == "en") {
            no("names".into(), Said::new("check-english-name"));
        }
        for (lang, n) in &self.names {
            line(&mut no, format!("names.{lang}"), n);
        }
        if let Some(d) = &self.description {
            long(&mut no, "description".into(), d);
        }
        if self.stops.len() < 2 {
            no("stops".into(), Said::new("route-stops-few"));
        }
        let mut seen = BTreeSet::new();
        for (i, s) in self.stops.iter().enumerate() {
            if !known.areas.contains(&s.area) {
                no(
                    format!("stops[{i}].area"),
                    Said::new("check-unknown-area").with("id", s.area.as_str()),
                );
            }
            if !seen.insert(&s.area) {
                no(
                    format!("stops[{i}].area"),
                    Said::new("route-stop-twice").with("id", s.area.as_str()),
                );
            }
        }
        if self.stops.windows(2).any(|w| w[0].role > w[1].role) {
            no("stops".into(), Said::new("route-stops-order"));
        }
        let has = |role| self.stops.iter().any(|s| s.role == role);
        if self.stops.len() >= 2 && !(has(StopRole::Origin) && has(StopRole::Destination)) {
            no("stops".into(), Said::new("route-ends"));
        }
        let mut named = BTreeSet::new();
        for (i, f) in self.fora.iter().enumerate() {
            if !known.fora.contains(f) {
                no(
                    format!("fora[{i}]"),
                    Said::new("check-unknown-forum").with("id", f.as_str()),
                );
            }
            if !named.insert(f) {
                no(
                    format!("fora[{i}]"),
                    Said::new("route-forum-twice").with("id", f.as_str()),
                );
            }
        }
        crate::recommendation::sources(&mut no, &self.sources, self.verification);
        out
    }
}

/// Migration routes, declared once. A route belongs to the fora it names (their secretariats
/// may contribute to it, jointly); one naming none is the editors'.
pub struct RouteKind;

impl RecordKind for RouteKind {
    fn name(&self) -> &'static str {
        "route"
    }
    fn table(&self) -> Table {
        Table {
            name: "routes",
            key: "id",
        }
    }
    fn check(&self, record: &Value, known: &Catalogue) -> Result<Checked, Refused> {
        let mut r: Route = read(record, "record-not-route")?;
        if let Some(p) = r.problems(known).into_iter().next() {
            return Err(p);
        }
        for n in r.names.values_mut() {
            *n = n.trim().to_owned();
        }
        if let Some(d) = &mut r.description {
            *d = d.trim().to_owned();
        }
        Ok(Checked {
            id: r.id.to_string(),
            body: serde_json::to_string(&r).expect("routes serialise"),
        })
    }
    /// The fora it names.
    fn owners(&self, record: &Value) -> Vec<ForumId> {
        let mut v: Vec<ForumId> = record
            .get("fora")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|f| f.as_str().and_then(|s| s.parse().ok()))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v.dedup();
        v
    }
    fn joint(&self) -> bool {
        true
    }
    fn label(&self) -> &'static str {
        "history-what-route"
    }
}

#[cfg(test)]
mod tests;
