//! The open-data bundle: one CSV file per kind of record (RFC 4180, UTF-8, a header row, CRLF),
//! each declared once here (its columns, their types and meaning, its keys), and the
//! `datapackage.json` (Frictionless Data Package) written from those declarations. The fora and
//! memberships files are the CSV Agora imports (`csv_format`), so a file from the bundle can be
//! edited and proposed back. Rows are written in chunks ([`CsvChunks`]): a large export is
//! streamed, never held whole in memory.

use agora_core::document::Document;
use agora_core::meeting::Meeting;
use agora_core::{Area, Lang, Names, Organisation, Theme};
use serde_json::{Value, json};

use crate::cells::{join, neutral, opt};
use crate::csv_format;

mod follow_up;
mod practice;
mod route;
pub use follow_up::{
    FOLLOW_UP_UPDATES, FOLLOW_UPS, RECOMMENDATIONS, follow_up_cells, read_party,
    recommendation_cells, update_on, update_rows,
};
pub use practice::{PRACTICES, practice_cells};
pub use route::{ROUTE_STOPS, ROUTES, route_cells, stop_rows};

/// The type of a column, as the Table Schema names it, with the constraints Agora adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Text,
    /// A date known to the year, the month or the day (`2009`, `2009-11`, `2009-11-04`).
    PartialDate,
    /// A day (`2026-12-01`).
    Day,
    /// A time of day to the minute (`09:30`).
    Time,
    Boolean,
    /// A UN M49 code of three digits.
    M49,
    /// Several values separated by ` ; `.
    List,
    /// An address.
    Url,
}

/// One column.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub kind: Type,
    pub required: bool,
    pub description: &'static str,
}

pub(crate) const fn f(name: &'static str, kind: Type, description: &'static str) -> Field {
    Field {
        name,
        kind,
        required: false,
        description,
    }
}

pub(crate) const fn key(name: &'static str, description: &'static str) -> Field {
    Field {
        name,
        kind: Type::Text,
        required: true,
        description,
    }
}

/// One file of the bundle.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// The resource's name; the file is `{name}.csv`.
    pub name: &'static str,
    pub title: &'static str,
    pub fields: &'static [Field],
    pub primary_key: &'static [&'static str],
    /// (column, table, column) of the references the file makes that always resolve.
    pub foreign_keys: &'static [(&'static str, &'static str, &'static str)],
}

/// `areas.csv`: states and territories (reference data, kept whole at any date).
pub const AREAS: Table = Table {
    name: "areas",
    title: "States and territories",
    fields: &[
        key(
            "code",
            "ISO 3166-1 alpha-3 code (or Agora's code for a former state)",
        ),
        f(
            "code_status",
            Type::Text,
            "official, former or user_assigned",
        ),
        f("m49", Type::M49, "UN M49 numeric code"),
        f("iso2", Type::Text, "ISO 3166-1 alpha-2 code"),
        f("name_en", Type::Text, "Its name in English"),
        f("name_fr", Type::Text, "Its name in French"),
        f("name_es", Type::Text, "Its name in Spanish"),
        f("name_ar", Type::Text, "Its name in Arabic"),
        f("name_ru", Type::Text, "Its name in Russian"),
        f("name_zh", Type::Text, "Its name in Chinese"),
        f(
            "independent",
            Type::Boolean,
            "Whether it is an independent state",
        ),
        f("region", Type::M49, "M49 region"),
        f("sub_region", Type::M49, "M49 sub-region"),
        f("intermediate_region", Type::M49, "M49 intermediate region"),
        f(
            "valid_from",
            Type::PartialDate,
            "First day the code names it",
        ),
        f(
            "valid_until",
            Type::PartialDate,
            "Last day the code named it",
        ),
    ],
    primary_key: &["code"],
    foreign_keys: &[],
};

/// `organisations.csv`: intergovernmental organisations, UN bodies and other parties.
pub const ORGANISATIONS: Table = Table {
    name: "organisations",
    title: "Organisations",
    fields: &[
        key("id", "Agora's id of the organisation"),
        f("name_en", Type::Text, "Its name in English"),
        f("name_fr", Type::Text, "Its name in French"),
        f("name_es", Type::Text, "Its name in Spanish"),
        f("name_ar", Type::Text, "Its name in Arabic"),
        f("name_ru", Type::Text, "Its name in Russian"),
        f("name_zh", Type::Text, "Its name in Chinese"),
        f("acronyms", Type::List, "Its acronyms, separated by ' ; '"),
        f("kind", Type::Text, "What kind of organisation it is"),
        f("website", Type::Url, "Its website"),
        f(
            "sources",
            Type::List,
            "Addresses of the sources of the record, separated by ' ; '",
        ),
    ],
    primary_key: &["id"],
    foreign_keys: &[],
};

/// `themes.csv`: the themes fora and documents are about.
pub const THEMES: Table = Table {
    name: "themes",
    title: "Themes",
    fields: &[
        key("id", "Agora's id of the theme"),
        f("label_en", Type::Text, "Its label in English"),
        f("label_fr", Type::Text, "Its label in French"),
        f("label_es", Type::Text, "Its label in Spanish"),
        f("label_ar", Type::Text, "Its label in Arabic"),
        f("label_ru", Type::Text, "Its label in Russian"),
        f("label_zh", Type::Text, "Its label in Chinese"),
        f(
            "gcm_objectives",
            Type::List,
            "Objectives of the Global Compact for Migration it relates to, separated by ' ; '",
        ),
    ],
    primary_key: &["id"],
    foreign_keys: &[],
};

/// `fora.csv`: the fora, in the columns Agora imports (`csv_format::FORA_COLUMNS`).
pub const FORA: Table = Table {
    name: "fora",
    title: "Fora",
    fields: &[
        key("id", "Agora's id of the forum"),
        f("name_en", Type::Text, "Its name in English"),
        f("name_fr", Type::Text, "Its name in French"),
        f("name_es", Type::Text, "Its name in Spanish"),
        f("name_ar", Type::Text, "Its name in Arabic"),
        f("name_ru", Type::Text, "Its name in Russian"),
        f("name_zh", Type::Text, "Its name in Chinese"),
        f("acronyms", Type::List, "Its acronyms, separated by ' ; '"),
        key(
            "category",
            "rcp, interregional_forum, regional_organisation, regional_body or global_process",
        ),
        f("parent_id", Type::Text, "The forum it belongs to"),
        f("established", Type::PartialDate, "When it was established"),
        f("dissolved", Type::PartialDate, "When it was dissolved"),
        f(
            "regions",
            Type::List,
            "M49 codes of the regions it covers, separated by ' ; '",
        ),
        f(
            "themes",
            Type::List,
            "Ids of its themes (themes.csv), separated by ' ; '",
        ),
        f(
            "md_status",
            Type::Text,
            "Whether it addresses migration and development",
        ),
        f("operational", Type::Boolean, "Whether it still meets"),
        f("meeting_level", Type::Text, "The level at which it meets"),
        f("links", Type::List, "Its websites, separated by ' ; '"),
        f("summary", Type::Text, "What it is, in a few sentences"),
        f(
            "sources",
            Type::List,
            "Addresses of the sources of the record, separated by ' ; '",
        ),
        key(
            "verification",
            "verified (by a primary source) or unverified",
        ),
        f(
            "last_checked",
            Type::Day,
            "When the record was last checked against its sources",
        ),
    ],
    primary_key: &["id"],
    foreign_keys: &[("parent_id", "fora", "id")],
};

/// `memberships.csv`: who takes part in which forum, in what role, since and until when; the
/// columns Agora imports (`csv_format::MEMBERSHIP_COLUMNS`).
pub const MEMBERSHIPS: Table = Table {
    name: "memberships",
    title: "Memberships",
    fields: &[
        key(
            "id",
            "Agora's id of the membership: forum:role:member[:start]",
        ),
        key("forum_id", "The forum (fora.csv)"),
        key("member_type", "area, organisation or forum"),
        key(
            "member_id",
            "The member: a code of areas.csv, an id of organisations.csv or of fora.csv",
        ),
        key(
            "role",
            "member, observer, partner, associate, chair, co_chair, steering_group or secretariat",
        ),
        f("start_date", Type::PartialDate, "When it began"),
        f(
            "end_date",
            Type::PartialDate,
            "When it ended (empty while it lasts)",
        ),
        key(
            "verification",
            "verified (by a primary source) or unverified",
        ),
        f(
            "last_checked",
            Type::Day,
            "When the record was last checked against its sources",
        ),
        f("note", Type::Text, "A note on the record"),
        f(
            "sources",
            Type::List,
            "Addresses of the sources of the record, separated by ' ; '",
        ),
        f(
            "suspensions",
            Type::List,
            "Periods of suspension, START/END, separated by ' ; '",
        ),
    ],
    primary_key: &["id"],
    foreign_keys: &[("forum_id", "fora", "id")],
};

/// `meetings.csv`: the meetings of the fora.
pub const MEETINGS: Table = Table {
    name: "meetings",
    title: "Meetings",
    fields: &[
        key("id", "Agora's id of the meeting"),
        key(
            "fora",
            "Ids of the fora that held it (fora.csv), separated by ' ; '",
        ),
        f("title_en", Type::Text, "Its title in English"),
        f("title_fr", Type::Text, "Its title in French"),
        f("title_es", Type::Text, "Its title in Spanish"),
        f("title_ar", Type::Text, "Its title in Arabic"),
        f("title_ru", Type::Text, "Its title in Russian"),
        f("title_zh", Type::Text, "Its title in Chinese"),
        key("kind", "What kind of meeting it was"),
        key("status", "scheduled, held, postponed or cancelled"),
        f(
            "status_since",
            Type::PartialDate,
            "Since when it has had that status",
        ),
        f("start_date", Type::PartialDate, "Its first day"),
        f("end_date", Type::PartialDate, "Its last day"),
        f("start_time", Type::Time, "When it opened, in its time zone"),
        f("end_time", Type::Time, "When it closed, in its time zone"),
        f("time_zone", Type::Text, "The IANA time zone of its times"),
        f("city", Type::Text, "Where it was held"),
        f(
            "country",
            Type::Text,
            "The code of the state where it was held (areas.csv)",
        ),
        f("venue", Type::Text, "The venue"),
        f("host", Type::Text, "Who hosted it, in words"),
        f(
            "hosts",
            Type::List,
            "Who hosted it, as records (type:id), separated by ' ; '",
        ),
        f("theme", Type::Text, "Its theme"),
        f("summary", Type::Text, "What it did"),
        f("part_of", Type::Text, "The meeting it was part of"),
        f(
            "documents",
            Type::List,
            "Its public outcome documents (documents.csv), separated by ' ; '",
        ),
        f(
            "sources",
            Type::List,
            "Addresses of the sources of the record, separated by ' ; '",
        ),
        key(
            "verification",
            "verified (by a primary source) or unverified",
        ),
        f("note", Type::Text, "A note on the record"),
    ],
    primary_key: &["id"],
    foreign_keys: &[("country", "areas", "code"), ("part_of", "meetings", "id")],
};

/// `meeting_participants.csv`: who took part in each meeting, and how.
pub const MEETING_PARTICIPANTS: Table = Table {
    name: "meeting_participants",
    title: "Participants in meetings",
    fields: &[
        key("meeting_id", "The meeting (meetings.csv)"),
        key("party_type", "area, organisation or forum"),
        key(
            "party_id",
            "The party: a code of areas.csv, an id of organisations.csv or of fora.csv",
        ),
        key("role", "participant, observer, guest or speaker"),
    ],
    primary_key: &["meeting_id", "party_type", "party_id", "role"],
    foreign_keys: &[("meeting_id", "meetings", "id")],
};

/// `documents.csv`: the public outcome documents of the library (what they are; their files are
/// on their pages).
pub const DOCUMENTS: Table = Table {
    name: "documents",
    title: "Outcome documents",
    fields: &[
        key("id", "Agora's id of the document"),
        key("kind", "What kind of document it is"),
        f("date", Type::PartialDate, "Its date"),
        f(
            "fora",
            Type::List,
            "Ids of its fora (fora.csv), separated by ' ; '",
        ),
        f(
            "themes",
            Type::List,
            "Ids of its themes (themes.csv), separated by ' ; '",
        ),
        f("title_en", Type::Text, "Its title in English"),
        f("title_fr", Type::Text, "Its title in French"),
        f("title_es", Type::Text, "Its title in Spanish"),
        f("title_ar", Type::Text, "Its title in Arabic"),
        f("title_ru", Type::Text, "Its title in Russian"),
        f("title_zh", Type::Text, "Its title in Chinese"),
        f(
            "languages",
            Type::List,
            "The languages it is in, separated by ' ; '",
        ),
        f("meeting", Type::Text, "The meeting it comes from, in words"),
        f("authors", Type::List, "Who wrote it, separated by ' ; '"),
        f("publisher", Type::Text, "Who published it"),
        f("source_url", Type::Url, "Where it was published"),
        f("licence", Type::Text, "Its licence"),
    ],
    primary_key: &["id"],
    foreign_keys: &[],
};

/// Every file of the bundle, in the order the data package lists them.
pub const TABLES: [&Table; 14] = [
    &AREAS,
    &ORGANISATIONS,
    &THEMES,
    &FORA,
    &MEMBERSHIPS,
    &MEETINGS,
    &MEETING_PARTICIPANTS,
    &DOCUMENTS,
    &RECOMMENDATIONS,
    &FOLLOW_UPS,
    &FOLLOW_UP_UPDATES,
    &ROUTES,
    &ROUTE_STOPS,
    &PRACTICES,
];

/// A table of the bundle by its name.
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.into_iter().find(|t| t.name == name)
}

impl Table {
    /// Its column names, in order.
    pub fn columns(&self) -> Vec<&'static str> {
        self.fields.iter().map(|f| f.name).collect()
    }
}

/// The licence the bundle is published under.
#[derive(Debug, Clone)]
pub struct Licence {
    /// Its SPDX id (`CC-BY-4.0`).
    pub name: String,
    pub title: String,
    pub path: String,
}

/// What the data package says of itself besides its files.
#[derive(Debug, Clone)]
pub struct About {
    /// `agora-registry`, or a release's name.
    pub name: String,
    pub title: String,
    pub description: String,
    /// The home page of the installation.
    pub homepage: String,
    /// The version (a release's date), if any.
    pub version: Option<String>,
    /// The day the data stand for, when not everything recorded.
    pub as_of: Option<String>,
    /// When it was made (RFC 3339).
    pub created: String,
    pub licence: Licence,
}

fn field_schema(f: &Field) -> Value {
    let (kind, pattern) = match f.kind {
        // Addresses as they were recorded (not all carry a scheme): text.
        Type::Text | Type::List | Type::Url => ("string", None),
        Type::PartialDate => (
            "string",
            Some("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"),
        ),
        Type::Day => ("date", None),
        Type::Time => ("string", Some("^([01][0-9]|2[0-3]):[0-5][0-9]$")),
        Type::Boolean => ("boolean", None),
        Type::M49 => ("string", Some("^[0-9]{3}$")),
    };
    let mut v = json!({"name": f.name, "type": kind, "description": f.description});
    let mut constraints = serde_json::Map::new();
    if f.required {
        constraints.insert("required".into(), json!(true));
    }
    if let Some(p) = pattern {
        constraints.insert("pattern".into(), json!(p));
    }
    if !constraints.is_empty() {
        v["constraints"] = Value::Object(constraints);
    }
    v
}

/// The `datapackage.json` of a bundle whose files are at `{path_prefix}{name}.csv`.
pub fn datapackage(about: &About, path_prefix: &str) -> Value {
    let resources: Vec<Value> = TABLES
        .iter()
        .map(|t| {
            let foreign: Vec<Value> = t
                .foreign_keys
                .iter()
                .map(|(field, table, column)| {
                    // A reference within the same file names no resource (Table Schema).
                    let resource = if *table == t.name { "" } else { table };
                    json!({"fields": field, "reference": {"resource": resource, "fields": column}})
                })
                .collect();
            let mut schema = json!({
                "fields": t.fields.iter().map(field_schema).collect::<Vec<_>>(),
                "primaryKey": t.primary_key,
                "missingValues": [""],
            });
            if !foreign.is_empty() {
                schema["foreignKeys"] = Value::Array(foreign);
            }
            json!({
                "name": t.name,
                "title": t.title,
                "path": format!("{path_prefix}{}.csv", t.name),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true},
                "schema": schema,
            })
        })
        .collect();
    let mut v = json!({
        "profile": "tabular-data-package",
        "name": about.name,
        "title": about.title,
        "description": about.description,
        "homepage": about.homepage,
        "created": about.created,
        "licenses": [{"name": about.licence.name, "title": about.licence.title, "path": about.licence.path}],
        "resources": resources,
    });
    if let Some(version) = &about.version {
        v["version"] = json!(version);
    }
    if let Some(day) = &about.as_of {
        v["agora_as_of"] = json!(day);
    }
    v
}

/// About how many bytes a chunk of [`CsvChunks`] holds.
pub const CHUNK: usize = 64 * 1024;

/// Rows written as CSV, a chunk of about [`CHUNK`] bytes at a time: the header first, then
/// rows, each cell kept from running as a formula ([`neutral`]).
pub struct CsvChunks<I> {
    header: Option<Vec<&'static str>>,
    rows: I,
    done: bool,
}

impl<I: Iterator<Item = Vec<String>>> CsvChunks<I> {
    pub fn new(table: &Table, rows: I) -> CsvChunks<I> {
        CsvChunks {
            header: Some(table.columns()),
            rows,
            done: false,
        }
    }
}

impl<I: Iterator<Item = Vec<String>>> Iterator for CsvChunks<I> {
    type Item = Vec<u8>;

    fn next(&mut self) -> Option<Vec<u8>> {
        if self.done {
            return None;
        }
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::with_capacity(CHUNK + 4096));
        if let Some(header) = self.header.take() {
            w.write_record(header).expect("writing to memory");
        }
        loop {
            match self.rows.next() {
                Some(row) => {
                    for cell in &row {
                        w.write_field(neutral(cell).as_bytes())
                            .expect("writing to memory");
                    }
                    w.write_record(None::<&[u8]>).expect("writing to memory");
                }
                None => {
                    self.done = true;
                    break;
                }
            }
            if w.get_ref().len() >= CHUNK {
                break;
            }
        }
        let bytes = w.into_inner().expect("writing to memory");
        (!bytes.is_empty()).then_some(bytes)
    }
}

const LANGS: [&str; 6] = ["en", "fr", "es", "ar", "ru", "zh"];

pub(crate) fn six(names: &Names) -> impl Iterator<Item = String> + '_ {
    LANGS.iter().map(|l| {
        names
            .iter()
            .find(|(lang, _)| lang.as_str() == *l)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    })
}

pub fn area_cells(a: &Area) -> Vec<String> {
    let mut row = vec![
        a.code.to_string(),
        serde_json::to_value(a.code_status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        a.m49.map(|m| format!("{m:03}")).unwrap_or_default(),
        a.iso2.clone().unwrap_or_default(),
    ];
    row.extend(six(&a.names));
    let region = |r: &Option<agora_core::model::M49Region>| {
        r.as_ref()
            .map(|r| format!("{:03}", r.code))
            .unwrap_or_default()
    };
    row.extend([
        a.independent.to_string(),
        region(&a.region),
        region(&a.sub_region),
        region(&a.intermediate_region),
        opt(&a.valid_from),
        opt(&a.valid_until),
    ]);
    row
}

pub fn organisation_cells(o: &Organisation) -> Vec<String> {
    let mut row = vec![o.id.to_string()];
    row.extend(six(&o.names));
    row.extend([
        join(&o.acronyms),
        o.kind.as_str().to_owned(),
        o.website.clone().unwrap_or_default(),
        join(o.sources.iter().map(|s| &s.url)),
    ]);
    row
}

pub fn theme_cells(t: &Theme) -> Vec<String> {
    let mut row = vec![t.id.to_string()];
    row.extend(six(&t.labels));
    row.push(join(t.gcm_objectives.iter().map(ToString::to_string)));
    row
}

pub fn forum_cells(f: &agora_core::Forum) -> Vec<String> {
    csv_format::forum_cells(f)
}

pub fn membership_cells(m: &agora_core::Membership) -> Vec<String> {
    csv_format::membership_cells(m).to_vec()
}

pub(crate) fn party(m: &agora_core::Member) -> String {
    format!("{}:{}", m.kind().as_str(), m.id())
}

/// A meeting's cells; `documents` are the outcome documents the public may see.
pub fn meeting_cells(m: &Meeting, documents: &[&str]) -> Vec<String> {
    let titles: Names = m.titles.clone();
    let mut row = vec![m.id.to_string(), join(m.fora.iter().map(|f| f.as_str()))];
    row.extend(six(&titles));
    row.extend([
        m.kind.as_str().to_owned(),
        m.status.as_str().to_owned(),
        opt(&m.status_since),
        opt(&m.start_date),
        opt(&m.end_date),
        opt(&m.start_time),
        opt(&m.end_time),
        m.time_zone.clone().unwrap_or_default(),
        m.city.clone().unwrap_or_default(),
        opt(&m.country),
        m.venue.clone().unwrap_or_default(),
        m.host.clone().unwrap_or_default(),
        join(m.hosts.iter().map(party)),
        m.theme.clone().unwrap_or_default(),
        m.summary.clone().unwrap_or_default(),
        opt(&m.part_of),
        join(documents),
        join(m.sources.iter().map(|s| &s.url)),
        m.verification.as_str().to_owned(),
        m.note.clone().unwrap_or_default(),
    ]);
    row
}

/// The rows of `meeting_participants.csv` of one meeting.
pub fn participant_rows(m: &Meeting) -> impl Iterator<Item = Vec<String>> + '_ {
    m.participants.iter().map(|p| {
        vec![
            m.id.to_string(),
            p.party.kind().as_str().to_owned(),
            p.party.id().to_owned(),
            p.role.as_str().to_owned(),
        ]
    })
}

/// A public document's cells.
pub fn document_cells(d: &Document) -> Vec<String> {
    let titles: Names = d
        .versions
        .iter()
        .map(|v| (v.lang.clone(), v.title.clone()))
        .collect();
    let mut row = vec![
        d.id.to_string(),
        d.kind.as_str().to_owned(),
        opt(&d.date),
        join(d.fora.iter().map(|f| f.as_str())),
        join(d.themes.iter().map(|t| t.as_str())),
    ];
    row.extend(six(&titles));
    row.extend([
        join(d.versions.iter().map(|v| Lang::as_str(&v.lang))),
        d.meeting.clone().unwrap_or_default(),
        join(&d.about.authors),
        d.about.publisher.clone().unwrap_or_default(),
        d.source_url.clone().unwrap_or_default(),
        d.licence.clone().unwrap_or_default(),
    ]);
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fora_and_memberships_files_are_the_import_format() {
        assert_eq!(FORA.columns(), csv_format::FORA_COLUMNS);
        assert_eq!(MEMBERSHIPS.columns(), csv_format::MEMBERSHIP_COLUMNS);
    }

    #[test]
    fn chunks_hold_the_header_then_every_row_and_neutralise_formulas() {
        let rows = (0..5000).map(|i| vec![format!("id-{i}"), "=1+1".to_owned()]);
        const FIELDS: [Field; 2] = [key("id", "id"), f("x", Type::Text, "x")];
        let table = Table {
            name: "t",
            title: "t",
            fields: &FIELDS,
            primary_key: &["id"],
            foreign_keys: &[],
        };
        let chunks: Vec<Vec<u8>> = CsvChunks::new(&table, rows).collect();
        assert!(chunks.len() > 1, "{} chunks", chunks.len());
        let text = String::from_utf8(chunks.concat()).unwrap();
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], "id,x");
        assert_eq!(lines[1], "id-0,'=1+1");
        assert_eq!(lines.len(), 5002, "header, rows and the last line's end");
    }
}
