//! A CSV file read as rows of named cells, each row with its line and its problems: the one
//! reading the spreadsheets Agora takes back share (`csv_format` for fora and memberships,
//! `follow_up_csv` for follow-up).

use std::collections::BTreeMap;

use agora_core::Said;

use crate::FileProblem;
use crate::cells::read_cell;

/// One CSV row, read field by field; every bad field is recorded.
pub(crate) struct Row<'a> {
    pub(crate) file: &'a str,
    pub(crate) line: u64,
    pub(crate) cells: BTreeMap<&'a str, &'a str>,
    pub(crate) problems: &'a mut Vec<FileProblem>,
}

impl Row<'_> {
    pub(crate) fn has(&self, col: &str) -> bool {
        self.cells.contains_key(col)
    }
    pub(crate) fn text(&self, col: &str) -> Option<&str> {
        self.cells.get(col).copied().map(str::trim)
    }
    pub(crate) fn bad(&mut self, col: &str, message: Said) {
        self.problems.push(FileProblem {
            file: self.file.to_owned(),
            location: Some(crate::at_line(self.line, "")),
            field: col.to_owned(),
            message,
        });
    }
    /// A column's value parsed, if the column is present: Some(None) for an empty cell.
    pub(crate) fn parse<T, E: Into<Said>>(
        &mut self,
        col: &str,
        f: impl Fn(&str) -> Result<T, E>,
    ) -> Option<Option<T>> {
        let cell = self.text(col)?;
        if cell.is_empty() {
            return Some(None);
        }
        match f(cell) {
            Ok(v) => Some(Some(v)),
            Err(e) => {
                self.bad(col, e.into());
                None
            }
        }
    }
    pub(crate) fn required<T, E: Into<Said>>(
        &mut self,
        col: &str,
        f: impl Fn(&str) -> Result<T, E>,
    ) -> Option<T> {
        match self.parse(col, f) {
            Some(Some(v)) => Some(v),
            Some(None) => {
                self.bad(col, Said::new("csv-value-required"));
                None
            }
            None => None,
        }
    }
}

/// The 1-based line of a record at a byte offset. The csv crate's own line count misses CRLF
/// line ends, and after a CRLF its offset points at the `\n`: counting through the offset's own
/// byte gives the right line for LF and CRLF alike.
pub(crate) fn line_at(text: &str, byte: u64) -> u64 {
    let end = (byte as usize + 1).min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count() as u64
        + 1
}

/// A file's columns, its rows, and the problems of the rows that did not read.
pub(crate) type Table = (Vec<String>, Vec<csv::StringRecord>, Vec<FileProblem>);

/// A CSV file's header (trimmed) and rows: refused whole when its header does not read, or
/// lacks a `required` column, or has one `columns` does not name, or one twice (`columns`
/// chooses the columns from the header); a row that does not read is a problem of its line.
pub(crate) fn read_table(
    name: &str,
    text: &str,
    columns: impl Fn(&[&str]) -> (Vec<&'static str>, Vec<&'static str>),
) -> Result<Table, Vec<FileProblem>> {
    let whole = |field: &str, message: Said| FileProblem {
        file: name.to_owned(),
        location: Some(Said::new("file-at-header")),
        field: field.to_owned(),
        message,
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| {
            vec![whole(
                "",
                Said::new("csv-unreadable-header").with("error", e.to_string()),
            )]
        })?
        .clone();
    let cols: Vec<&str> = headers.iter().map(str::trim).collect();
    let (known, required) = columns(&cols);
    let mut problems = Vec::new();
    for c in required {
        if !cols.contains(&c) {
            problems.push(whole(c, Said::new("csv-missing-column").with("column", c)));
        }
    }
    for (i, c) in cols.iter().enumerate() {
        if !known.contains(c) {
            problems.push(whole(c, Said::new("csv-unknown-column").with("column", *c)));
        }
        if cols[..i].contains(c) {
            problems.push(whole(c, Said::new("csv-column-twice").with("column", *c)));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut records = Vec::new();
    for result in reader.records() {
        match result {
            Ok(r) => records.push(r),
            Err(e) => {
                let line = e.position().map(|p| line_at(text, p.byte())).unwrap_or(0);
                problems.push(FileProblem {
                    file: name.to_owned(),
                    location: Some(crate::at_line(line, "")),
                    field: String::new(),
                    message: Said::new("csv-unreadable-row").with("error", e.to_string()),
                });
            }
        }
    }
    Ok((
        cols.into_iter().map(str::to_owned).collect(),
        records,
        problems,
    ))
}

impl<'a> Row<'a> {
    /// A row of a file, each cell kept (a cell that would run as a formula is a problem).
    pub(crate) fn read(
        file: &'a str,
        text: &str,
        cols: &'a [String],
        rec: &'a csv::StringRecord,
        problems: &'a mut Vec<FileProblem>,
    ) -> Row<'a> {
        let line = rec.position().map(|p| line_at(text, p.byte())).unwrap_or(0);
        let mut row = Row {
            file,
            line,
            cells: BTreeMap::new(),
            problems,
        };
        for (col, cell) in cols.iter().zip(rec.iter()) {
            match read_cell(cell) {
                Some(cell) => {
                    row.cells.insert(col.as_str(), cell);
                }
                None => row.bad(col, Said::new("csv-formula-cell")),
            }
        }
        row
    }
}
