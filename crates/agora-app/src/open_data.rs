//! The open data: the whole public dataset as the CSV bundle (one file per kind of record and
//! its `datapackage.json`) and as a Popolo JSON bundle (organizations, memberships, areas,
//! events), for everything recorded or as it stood on a day. Only what the public may see: a
//! document for participants only or confidential is in no file, nor named by a meeting.
//! Files are written from the read model a chunk at a time, so a large export is streamed.

use std::sync::Arc;

use agora_core::policy::Viewer;
use agora_core::{Day, Member};
use agora_ingest::bundle::{self, About, CsvChunks, Licence, Table};
use agora_ingest::popolo::{self, JsonChunks};
use serde_json::Value;

use crate::registry::Registry;
use crate::{App, Error};

/// The licence of the open data: Creative Commons Attribution 4.0.
pub fn licence() -> Licence {
    Licence {
        name: "CC-BY-4.0".to_owned(),
        title: "Creative Commons Attribution 4.0 International".to_owned(),
        path: "https://creativecommons.org/licenses/by/4.0/".to_owned(),
    }
}

/// Rows of one file, owned (they hold the read model they come from).
pub type Rows = Box<dyn Iterator<Item = Vec<String>> + Send>;

/// The public dataset at one version of the registry, whole or as of a day.
#[derive(Clone)]
pub struct Export {
    registry: Arc<Registry>,
    /// Only what held on this day (None: everything recorded).
    pub as_of: Option<Day>,
    today: Day,
}

impl Export {
    /// The dataset as the read model holds it now.
    pub async fn new(app: &App, as_of: Option<Day>) -> Result<Export, Error> {
        Ok(Export {
            registry: app.registry().await?,
            as_of,
            today: app.today(),
        })
    }

    /// The change-log position the export stands for (a release's, an ETag's).
    pub fn seq(&self) -> i64 {
        self.registry.seq
    }

    /// Whether the public may see a document today (and it is dated by the day asked for).
    fn public_document(&self, d: &agora_core::document::Document) -> bool {
        let dated = match (self.as_of, d.date) {
            (Some(day), Some(date)) => date.first_day() <= day,
            (Some(_), None) => false,
            (None, _) => true,
        };
        dated && Viewer::anonymous().may_see(&d.visibility, self.today, self.registry.as_ref())
    }

    /// Whether a forum is in the export.
    fn has_forum(r: &Registry, day: Option<Day>, id: &str) -> bool {
        match (day, r.forum(id)) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(day), Some(f)) => f.exists_on(day),
        }
    }

    /// The rows of a file of the bundle.
    pub fn rows(&self, table: &Table) -> Rows {
        let r = self.registry.clone();
        let day = self.as_of;
        match table.name {
            "areas" => {
                let n = r.data.areas.len();
                Box::new((0..n).map(move |i| bundle::area_cells(&r.data.areas[i])))
            }
            "organisations" => {
                let n = r.data.organisations.len();
                Box::new((0..n).map(move |i| bundle::organisation_cells(&r.data.organisations[i])))
            }
            "themes" => {
                let n = r.data.themes.len();
                Box::new((0..n).map(move |i| bundle::theme_cells(&r.data.themes[i])))
            }
            "fora" => {
                let n = r.data.fora.len();
                Box::new((0..n).filter_map(move |i| {
                    let f = &r.data.fora[i];
                    Export::has_forum(&r, day, f.id.as_str()).then(|| bundle::forum_cells(f))
                }))
            }
            "memberships" => {
                let n = r.data.memberships.len();
                Box::new((0..n).filter_map(move |i| {
                    let m = &r.data.memberships[i];
                    Export::keeps_membership(&r, day, m).then(|| bundle::membership_cells(m))
                }))
            }
            "meetings" => {
                let this = self.clone();
                let n = r.meetings.all().len();
                Box::new((0..n).filter_map(move |i| {
                    let m = &this.registry.meetings.all()[i];
                    this.keeps_meeting(m).then(|| {
                        let docs: Vec<&str> = m
                            .documents
                            .iter()
                            .filter(|d| {
                                this.registry
                                    .document(d.as_str())
                                    .is_some_and(|d| this.public_document(d))
                            })
                            .map(|d| d.as_str())
                            .collect();
                        bundle::meeting_cells(m, &docs)
                    })
                }))
            }
            "meeting_participants" => {
                let this = self.clone();
                let n = r.meetings.all().len();
                Box::new((0..n).flat_map(move |i| {
                    let m = &this.registry.meetings.all()[i];
                    let rows: Vec<Vec<String>> = match this.keeps_meeting(m) {
                        true => bundle::participant_rows(m).collect(),
                        false => Vec::new(),
                    };
                    rows
                }))
            }
            "documents" => {
                let this = self.clone();
                let n = r.documents.len();
                Box::new((0..n).filter_map(move |i| {
                    let d = &this.registry.documents[i];
                    this.public_document(d).then(|| bundle::document_cells(d))
                }))
            }
            "recommendations" => {
                let this = self.clone();
                let n = r.recommendations.all().len();
                Box::new((0..n).filter_map(move |i| {
                    let x = &this.registry.recommendations.all()[i];
                    this.keeps_recommendation(x).then(|| {
                        let public = x.document.as_ref().is_some_and(|d| {
                            this.registry
                                .document(d.as_str())
                                .is_some_and(|d| this.public_document(d))
                        });
                        bundle::recommendation_cells(x, public)
                    })
                }))
            }
            "follow_ups" => {
                let this = self.clone();
                let n = r.recommendations.follow_ups().len();
                Box::new((0..n).filter_map(move |i| {
                    let f = &this.registry.recommendations.follow_ups()[i];
                    this.keeps_follow_up(f).then(|| {
                        let evidence: Vec<&str> = f
                            .evidence
                            .iter()
                            .filter_map(|e| match (&e.document, &e.url) {
                                (Some(d), _) => this
                                    .registry
                                    .document(d.as_str())
                                    .filter(|d| this.public_document(d))
                                    .map(|_| d.as_str()),
                                (None, Some(u)) => Some(u.as_str()),
                                (None, None) => None,
                            })
                            .collect();
                        bundle::follow_up_cells(f, this.as_of, &evidence)
                    })
                }))
            }
            "follow_up_updates" => {
                let this = self.clone();
                let n = r.recommendations.follow_ups().len();
                Box::new((0..n).flat_map(move |i| {
                    let f = &this.registry.recommendations.follow_ups()[i];
                    let rows: Vec<Vec<String>> = match this.keeps_follow_up(f) {
                        true => bundle::update_rows(f, this.as_of).collect(),
                        false => Vec::new(),
                    };
                    rows
                }))
            }
            // Routes are not dated: every published route is in every export.
            "routes" => {
                let this = self.clone();
                let n = r.routes.all().len();
                Box::new((0..n).map(move |i| bundle::route_cells(&this.registry.routes.all()[i])))
            }
            "route_stops" => {
                let this = self.clone();
                let n = r.routes.all().len();
                Box::new((0..n).flat_map(move |i| {
                    bundle::stop_rows(&this.registry.routes.all()[i]).collect::<Vec<_>>()
                }))
            }
            // A practice is in an export as of a day when it had begun by then (one that gives
            // no beginning, always).
            "practices" => {
                let this = self.clone();
                let n = r.practices.all().len();
                Box::new((0..n).filter_map(move |i| {
                    let p = &this.registry.practices.all()[i];
                    let begun = match (this.as_of, p.from) {
                        (Some(day), Some(from)) => from.first_day() <= day,
                        _ => true,
                    };
                    begun.then(|| bundle::practice_cells(p))
                }))
            }
            _ => Box::new(std::iter::empty()),
        }
    }

    /// Whether a recommendation is in the export: made by the day asked for, as is every
    /// whole it is part of (an export's parts always find their plan).
    fn keeps_recommendation(&self, x: &agora_core::recommendation::Recommendation) -> bool {
        let recs = &self.registry.recommendations;
        let ancestors = recs.ancestors(x);
        // A part whose whole is gone (removed since) is not exported: its reference would not
        // resolve.
        let whole = ancestors.first().map_or(x, |a| *a);
        if whole.part_of.is_some() {
            return false;
        }
        let Some(day) = self.as_of else {
            return true;
        };
        let made = |x: &agora_core::recommendation::Recommendation| {
            x.date.is_some_and(|d| d.first_day() <= day)
        };
        made(x) && ancestors.into_iter().all(made)
    }

    /// Whether a follow-up entry is in the export: public, of a recommendation in it, begun by
    /// the day asked for, and every entry it is part of too.
    fn keeps_follow_up(&self, f: &agora_core::recommendation::FollowUp) -> bool {
        let recs = &self.registry.recommendations;
        let mut at = Some(f);
        let mut depth = 0;
        while let Some(e) = at {
            let public =
                Viewer::anonymous().may_see(&e.visibility, self.today, self.registry.as_ref());
            // As of a day, an entry is there once a step of its timeline is: what it was
            // then is known only from those.
            let begun = match self.as_of {
                None => true,
                Some(day) => bundle::update_on(e, Some(day)).is_some(),
            };
            let of_kept = recs
                .get(e.recommendation.as_str())
                .is_some_and(|x| self.keeps_recommendation(x));
            if !(public && begun && of_kept) || depth > 16 {
                return false;
            }
            at = match &e.part_of {
                Some(p) => match recs.follow_up(p.as_str()) {
                    Some(parent) => Some(parent),
                    None => return false,
                },
                None => None,
            };
            depth += 1;
        }
        true
    }

    fn keeps_membership(r: &Registry, day: Option<Day>, m: &agora_core::Membership) -> bool {
        let Some(day) = day else {
            return true;
        };
        m.active_on(day)
            && Export::has_forum(r, Some(day), m.forum_id.as_str())
            && match &m.member {
                Member::Forum(f) => Export::has_forum(r, Some(day), f.as_str()),
                _ => true,
            }
    }

    fn keeps_meeting(&self, m: &agora_core::meeting::Meeting) -> bool {
        match (self.as_of, m.start_date) {
            (None, _) => true,
            (Some(day), Some(start)) => start.first_day() <= day,
            (Some(_), None) => false,
        }
    }

    /// A file of the bundle as CSV chunks.
    pub fn csv(&self, table: &Table) -> CsvChunks<Rows> {
        CsvChunks::new(table, self.rows(table))
    }

    /// The Popolo bundle as JSON chunks: organizations (fora and organisations), memberships,
    /// areas, events (meetings).
    pub fn popolo(&self) -> JsonChunks {
        let day = self.as_of;
        let r = self.registry.clone();
        let mut organizations: Vec<Value> = popolo::organizations(&r.data)
            .into_iter()
            .filter(|o| {
                let id = o["id"].as_str().unwrap_or("");
                r.forum(id).is_none() || Export::has_forum(&r, day, id)
            })
            .collect();
        organizations.shrink_to_fit();
        let memberships = {
            let r = r.clone();
            let n = r.data.memberships.len();
            (0..n).filter_map(move |i| {
                let m = &r.data.memberships[i];
                Export::keeps_membership(&r, day, m).then(|| popolo::membership_json(m))
            })
        };
        let areas = {
            let r = r.clone();
            let n = r.data.areas.len();
            (0..n).map(move |i| popolo::area_json(&r.data.areas[i]))
        };
        let events = {
            let this = self.clone();
            let n = r.meetings.all().len();
            (0..n).filter_map(move |i| {
                let m = &this.registry.meetings.all()[i];
                this.keeps_meeting(m).then(|| popolo::event_json(m))
            })
        };
        JsonChunks::new(vec![
            ("organizations", Box::new(organizations.into_iter())),
            ("memberships", Box::new(memberships)),
            ("areas", Box::new(areas)),
            ("events", Box::new(events)),
        ])
    }

    /// The `datapackage.json` of the bundle, its files at `{path_prefix}{name}.csv`.
    pub fn datapackage(&self, homepage: &str, path_prefix: &str, created: &str) -> Value {
        bundle::datapackage(
            &About {
                name: "agora-dataset".to_owned(),
                title: "Agora: inter-state dialogue on migration".to_owned(),
                description: "Regional consultative processes on migration, inter-regional fora, regional organisations and the Global Forum on Migration and Development: who takes part and since when, their meetings and outcome documents, with the sources of every fact.".to_owned(),
                homepage: homepage.to_owned(),
                version: None,
                as_of: self.as_of.map(|d| d.to_string()),
                created: created.to_owned(),
                licence: licence(),
            },
            path_prefix,
        )
    }
}
