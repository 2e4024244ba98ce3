//! Getting data into and out of Agora: the built-in dataset, and the importers and exporters for
//! Agora's own JSON, CSV (fora and memberships) and Popolo JSON.
//!
//! Import is two steps so that nothing is written from a bad file: [`parse_file`] turns bytes into
//! complete records (merging partial CSV or Popolo rows onto the records already stored), then
//! [`problems`] validates them against what exists. Only a file with no problem reaches the store.

use std::fmt;

use agora_core::Said;

use agora_core::{Catalogue, Dataset, RecordRef};

pub mod builtin;
pub mod bundle;
mod cells;
pub mod csv_format;
mod csv_rows;
pub use cells::{formula_like, neutral, read_cell};
pub mod documents;
pub mod follow_up_csv;
mod json_format;
pub mod popolo;

/// One problem of an input file, with enough location to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub file: String,
    /// "line 12", "memberships[3] (id x)", or none for the whole file.
    pub location: Option<Said>,
    pub field: String,
    /// What is wrong, to be written in the reader's language (`Display`: in English).
    pub message: Said,
}

impl FileProblem {
    /// The whole problem, to be written in the reader's language.
    pub fn said(&self) -> Said {
        let said = match (&self.location, self.field.is_empty()) {
            (Some(at), true) => Said::new("file-problem-at").with("at", at.clone()),
            (Some(at), false) => Said::new("file-problem-at-field")
                .with("at", at.clone())
                .with("field", self.field.as_str()),
            (None, true) => Said::new("file-problem"),
            (None, false) => Said::new("file-problem-field").with("field", self.field.as_str()),
        };
        said.with("file", self.file.as_str())
            .with("said", self.message.clone())
    }
}

/// Where in a file: its line, with the record's id when it has one.
pub fn at_line(line: impl fmt::Display, id: &str) -> Said {
    let said = if id.is_empty() {
        Said::new("file-at-line")
    } else {
        Said::new("file-at-line-id").with("id", id)
    };
    said.with("line", line.to_string())
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(at) = &self.location {
            write!(f, ": {at}")?;
        }
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The formats Agora reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Agora's own JSON (`agora-dataset`, version 1).
    Json,
    /// CSV, one file for fora and one for memberships.
    Csv,
    /// A Popolo JSON bundle: organizations, memberships, areas.
    Popolo,
}

/// Records parsed from one file, and how to say where each came from.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub dataset: Dataset,
    pub format: Format,
    /// For CSV: the line of each record, by list and index.
    lines: Vec<(&'static str, usize, u64)>,
}

impl Parsed {
    fn new(dataset: Dataset, format: Format) -> Parsed {
        Parsed {
            dataset,
            format,
            lines: vec![],
        }
    }

    /// The line of a file a record was read from (CSV), by its list and index.
    pub fn line(&self, list: &str, index: usize) -> Option<u64> {
        self.lines
            .iter()
            .find(|(l, i, _)| *l == list && *i == index)
            .map(|(_, _, line)| *line)
    }

    fn locate(&self, r: &RecordRef) -> Said {
        match self
            .lines
            .iter()
            .find(|(list, index, _)| *list == r.list && *index == r.index)
        {
            Some((_, _, line)) => at_line(line, &r.id),
            None if r.id.is_empty() => Said::as_given(format!("{}[{}]", r.list, r.index)),
            None => Said::as_given(format!("{}[{}] (id {})", r.list, r.index, r.id)),
        }
    }
}

/// Read one file. `current` is what the store holds now: CSV and Popolo rows update those
/// records field by field. Errors list every problem found, each with its location.
pub fn parse_file(name: &str, bytes: &[u8], current: &Dataset) -> Result<Parsed, Vec<FileProblem>> {
    let problem = |location: Option<Said>, field: &str, message: Said| FileProblem {
        file: name.to_owned(),
        location,
        field: field.to_owned(),
        message,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            return Err(vec![problem(
                Some(at_line(line, "")),
                "",
                Said::new("file-not-utf8").with("offset", at.to_string()),
            )]);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".csv") {
        csv_format::parse(name, text, current)
    } else if lower.ends_with(".json") {
        json_format::parse(name, text, current)
    } else {
        Err(vec![problem(None, "", Said::new("file-unknown-type"))])
    }
}

/// Validate parsed records against the ids that exist in the store and in the file itself.
pub fn problems(name: &str, parsed: &Parsed, stored: &Catalogue) -> Vec<FileProblem> {
    let mut known = stored.clone();
    known.extend_from(&parsed.dataset);
    agora_core::validate(&parsed.dataset, &known)
        .into_iter()
        .map(|p| FileProblem {
            file: name.to_owned(),
            location: p.record.as_ref().map(|r| parsed.locate(r)),
            field: p.field,
            message: p.message,
        })
        .collect()
}

/// One output file of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub name: &'static str,
    pub contents: String,
}

/// Write a dataset in a format. Output is deterministic: the same data gives the same bytes.
pub fn export(dataset: &Dataset, format: Format) -> Vec<ExportFile> {
    match format {
        Format::Json => vec![ExportFile {
            name: "agora.json",
            contents: json_format::to_string(dataset),
        }],
        Format::Csv => csv_format::export(dataset),
        Format::Popolo => vec![ExportFile {
            name: "popolo.json",
            contents: popolo::to_string(dataset),
        }],
    }
}
