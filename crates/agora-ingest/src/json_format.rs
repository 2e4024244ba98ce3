//! Agora's own JSON format, and the dispatch between it and Popolo for `.json` files.
//! Each record is read on its own, so that every bad record is reported, not only the first.

use agora_core::{DATASET_FORMAT, Dataset, Said};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::{FileProblem, Format, Parsed};

// What this reader says is the command line's (agora import): said as it is, in English.

pub fn to_string(d: &Dataset) -> String {
    let mut s = serde_json::to_string_pretty(d).expect("a dataset always serialises");
    s.push('\n');
    s
}

fn record<T: DeserializeOwned>(
    name: &str,
    list: &'static str,
    index: usize,
    value: Value,
    out: &mut Vec<FileProblem>,
) -> Option<T> {
    let id = value
        .get("id")
        .or_else(|| value.get("code"))
        .and_then(Value::as_str)
        .map(|s| format!(" (id {s})"))
        .unwrap_or_default();
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let path = e.path().to_string();
            out.push(FileProblem {
                file: name.to_owned(),
                location: Some(Said::as_given(format!("{list}[{index}]{id}"))),
                field: if path == "." { String::new() } else { path },
                message: Said::as_given(e.into_inner().to_string()),
            });
            None
        }
    }
}

pub fn parse(name: &str, text: &str, current: &Dataset) -> Result<Parsed, Vec<FileProblem>> {
    let whole = |message: String| {
        vec![FileProblem {
            file: name.to_owned(),
            location: None,
            field: String::new(),
            message: Said::as_given(message),
        }]
    };
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![FileProblem {
            file: name.to_owned(),
            location: Some(Said::as_given(format!(
                "line {}, column {}",
                e.line(),
                e.column()
            ))),
            field: String::new(),
            message: Said::as_given(format!("malformed JSON: {e}")),
        }]
    })?;
    let Value::Object(mut top) = value else {
        return Err(whole("expected a JSON object at the top level".into()));
    };
    match top.get("format") {
        Some(Value::String(f)) if f == DATASET_FORMAT => {}
        Some(other) => {
            return Err(vec![FileProblem {
                file: name.to_owned(),
                location: None,
                field: "format".into(),
                message: Said::as_given(format!("expected \"{DATASET_FORMAT}\", found {other}")),
            }]);
        }
        None if top.contains_key("organizations") || top.contains_key("memberships") => {
            return crate::popolo::parse(name, Value::Object(top), current);
        }
        None => {
            return Err(whole(format!(
                "not an Agora export (no \"format\": \"{DATASET_FORMAT}\") nor a Popolo bundle (no \"organizations\" or \"memberships\")"
            )));
        }
    }
    let mut problems = Vec::new();
    let mut d = Dataset::default();
    for key in top.keys() {
        if ![
            "format",
            "version",
            "areas",
            "organisations",
            "themes",
            "fora",
            "memberships",
        ]
        .contains(&key.as_str())
        {
            problems.push(FileProblem {
                file: name.to_owned(),
                location: None,
                field: key.clone(),
                message: Said::as_given("unknown field"),
            });
        }
    }
    match top.get("version").and_then(Value::as_u64) {
        Some(v) => d.version = v as u32,
        None => problems.push(FileProblem {
            file: name.to_owned(),
            location: None,
            field: "version".into(),
            message: Said::as_given("a whole number is required"),
        }),
    }
    macro_rules! list {
        ($key:literal, $field:ident) => {
            match top.remove($key) {
                None => {}
                Some(Value::Array(items)) => {
                    for (i, v) in items.into_iter().enumerate() {
                        if let Some(r) = record(name, $key, i, v, &mut problems) {
                            d.$field.push(r);
                        }
                    }
                }
                Some(_) => problems.push(FileProblem {
                    file: name.to_owned(),
                    location: None,
                    field: $key.into(),
                    message: Said::as_given("expected a list"),
                }),
            }
        };
    }
    list!("areas", areas);
    list!("organisations", organisations);
    list!("themes", themes);
    list!("fora", fora);
    list!("memberships", memberships);
    if problems.is_empty() {
        Ok(Parsed::new(d, Format::Json))
    } else {
        Err(problems)
    }
}
