//! `/data`: the open data, to download: the CSV bundle with its `datapackage.json` and the
//! Popolo JSON bundle, for everything recorded or as of a day, and the feeds to follow.

use askama::Template;
use axum::extract::RawQuery;
use axum::response::Response;

use super::{PageError, html};
use crate::lang::filters;
use crate::params::Params;

#[derive(Template)]
#[template(path = "data.html")]
pub struct DataPage {
    /// The day asked for (`2009-06-04`), or None for everything recorded.
    pub as_of: Option<String>,
    /// `?as_of=...` for the files' links, or nothing.
    pub query: String,
    /// Each CSV file: its table's name, its file name and its address.
    pub files: Vec<(&'static str, String, String)>,
    pub licence_href: String,
}

pub async fn page(RawQuery(q): RawQuery) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["as_of"])?;
    let as_of = p.optional_as_of()?.map(|d| d.to_string());
    let query = as_of
        .as_ref()
        .map_or_else(String::new, |d| format!("?as_of={d}"));
    let files = agora_ingest::bundle::TABLES
        .iter()
        .map(|t| {
            let file = format!("{}.csv", t.name);
            let href = format!("/api/v1/data/{file}{query}");
            (t.name, file, href)
        })
        .collect();
    html(&DataPage {
        as_of,
        query,
        files,
        licence_href: agora_app::open_data::licence().path,
    })
}
