//! `/api/v1/data/{file}`: the open data, for everything recorded or `as_of` a day. The CSV
//! bundle (one file per kind of record and its `datapackage.json`) and the Popolo JSON bundle;
//! only what the public may see, streamed a chunk at a time.

use agora_app::open_data::Export;
use agora_ingest::bundle;
use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::params::Params;
use crate::state::AppState;

#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `Params`; this struct only describes it for OpenAPI
pub struct DataQuery {
    /// The dataset as it stood on this day (YYYY-MM-DD; a month or a year means its last day):
    /// memberships active then, fora that existed, meetings and documents dated by then; without
    /// it, everything recorded.
    #[param(value_type = Option<String>, pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    as_of: Option<String>,
}

/// A file of the open data: `datapackage.json` (Frictionless Data Package describing every
/// column), `popolo.json` (organizations, memberships, areas, events), or a CSV file of the
/// bundle (`areas.csv`, `organisations.csv`, `themes.csv`, `fora.csv`, `memberships.csv`,
/// `meetings.csv`, `meeting_participants.csv`, `documents.csv`).
#[utoipa::path(get, path = "/api/v1/data/{file}", operation_id = "open_data_file", tag = "data",
    params(("file" = String, Path, description = "`datapackage.json`, `popolo.json` or a CSV file of the bundle, e.g. `memberships.csv`"), DataQuery),
    responses(
        (status = 200, description = "The file", content(
            (String = "text/csv"),
            (Object = "application/json"),
        )),
        (status = 400, description = "A malformed parameter", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such file", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn file(
    State(state): State<AppState>,
    Path(file): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::api(q.as_deref(), &["as_of"])?;
    let as_of = p.optional_as_of()?;
    let export = Export::new(&state, as_of).await?;
    let public = &state.public_url;
    if file == "datapackage.json" {
        // Files beside it for everything recorded; with their date when as of a day.
        let prefix = match as_of {
            None => String::new(),
            Some(_) => public.link("/api/v1/data/"),
        };
        let mut package =
            export.datapackage(public.as_str(), &prefix, &agora_core::time::now_text());
        if let Some(day) = as_of
            && let Some(list) = package["resources"].as_array_mut()
        {
            for r in list {
                let path = format!("{}?as_of={day}", r["path"].as_str().unwrap_or(""));
                r["path"] = path.into();
            }
        }
        return Ok(axum::Json(package).into_response());
    }
    let (media, chunks): (&str, Box<dyn Iterator<Item = Vec<u8>> + Send>) = if file == "popolo.json"
    {
        ("application/json", Box::new(export.popolo()))
    } else {
        let table = file
            .strip_suffix(".csv")
            .and_then(bundle::table)
            .ok_or_else(|| ApiError::from(agora_app::Error::not_found("file", &file)))?;
        ("text/csv; charset=utf-8", Box::new(export.csv(table)))
    };
    let stream = futures_util::stream::iter(chunks.map(Ok::<_, std::convert::Infallible>));
    let mut res = Response::new(Body::from_stream(stream));
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
    // Streamed, so tagged by what it stands for (the log's position, the day, the file)
    // rather than by its bytes.
    let tag = format!(
        "data/{}/{}/{file}/{}",
        export.seq(),
        state.today(),
        as_of.map(|d| d.to_string()).unwrap_or_default()
    );
    headers.insert(header::ETAG, crate::middleware::etag_of(tag.as_bytes()));
    let name = match as_of {
        Some(day) => format!("agora-{day}-{file}"),
        None => format!("agora-{file}"),
    };
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
