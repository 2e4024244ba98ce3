//! Cells of the CSV files Agora writes and reads: optional values, lists, and cells a
//! spreadsheet would run as formulas (CSV injection), neutralised when written and refused when
//! read.

/// An optional value as a cell (empty when absent).
pub(crate) fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// Several values as one cell, separated by ` ; `.
pub(crate) fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    items
        .into_iter()
        .map(|s| s.as_ref().to_owned())
        .collect::<Vec<_>>()
        .join(" ; ")
}

/// Whether a spreadsheet would run a cell as a formula: it starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return (CSV injection).
pub fn formula_like(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A cell as Agora writes it into a CSV file: one a spreadsheet would run as a formula goes
/// after an apostrophe, which spreadsheets read as "text" (names and notes come from
/// contributions). Reading takes the apostrophe off again ([`read_cell`]).
pub fn neutral(cell: &str) -> std::borrow::Cow<'_, str> {
    if formula_like(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A cell as read from a CSV file: written as [`neutral`] writes it, its apostrophe taken off;
/// None for a cell that would run as a formula (refused, never imported).
pub fn read_cell(cell: &str) -> Option<&str> {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => Some(rest),
        _ if formula_like(cell) => None,
        _ => Some(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_written_as_text_and_read_back_or_refused() {
        for cell in ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutral(cell), format!("'{cell}"));
            assert_eq!(read_cell(&neutral(cell)), Some(cell));
            assert_eq!(read_cell(cell), None, "{cell:?}");
        }
        for cell in ["Colombo Process", "", "'quoted", "2009-11"] {
            assert_eq!(neutral(cell), cell);
            assert_eq!(read_cell(cell), Some(cell));
        }
    }
}
