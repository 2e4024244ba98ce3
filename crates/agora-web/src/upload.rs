//! Reading an upload (a document's or a spreadsheet's, from a page's form or the API): a
//! multipart body read within limits into the application's [`Upload`]; what becomes of it is
//! `agora_app::uploads` or `agora_app::spreadsheets`.

use agora_app::uploads::Upload;
use agora_ingest::documents::MAX_BYTES;
use axum::extract::Multipart;
use axum::extract::multipart::MultipartRejection;

use crate::error::AppError;

/// The request body limit of the upload routes: the largest file and room for the fields.
pub const UPLOAD_LIMIT: usize = MAX_BYTES + 256 * 1024;

/// The longest value of a field other than the file.
const MAX_FIELD: usize = 10_000;

/// Read a multipart upload: exactly one `file` with a name, and each of `fields` (the others
/// it may carry) at most once.
pub async fn read(
    multipart: Result<Multipart, MultipartRejection>,
    fields_known: &[&str],
) -> Result<Upload, AppError> {
    let mut multipart = multipart.map_err(|e| {
        AppError::bad(
            "body",
            format!("send the upload as multipart/form-data: {}", e.body_text()),
        )
    })?;
    let broken = |e: axum::extract::multipart::MultipartError| {
        AppError::bad(
            "body",
            format!("the multipart body cannot be read: {}", e.body_text()),
        )
    };
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut fields: Vec<(String, String)> = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(broken)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            if file.is_some() {
                return Err(AppError::bad("file", "send one file per upload"));
            }
            let file_name = field
                .file_name()
                .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).trim().to_owned())
                .filter(|n| !n.is_empty())
                .ok_or_else(|| AppError::bad("file", "the file has no name"))?;
            let bytes = field.bytes().await.map_err(broken)?;
            if bytes.len() > MAX_BYTES {
                return Err(AppError::bad(
                    "file",
                    format!("the file is larger than {} MB", MAX_BYTES / 1024 / 1024),
                ));
            }
            file = Some((file_name, bytes.to_vec()));
            continue;
        }
        if !fields_known.contains(&name.as_str()) {
            let named: Vec<&str> = fields_known
                .iter()
                .copied()
                .filter(|f| *f != "csrf")
                .collect();
            return Err(AppError::bad(
                &name,
                format!(
                    "unknown field; this upload has file and {}",
                    named.join(", ")
                ),
            ));
        }
        if fields.iter().any(|(k, _)| *k == name) {
            return Err(AppError::bad(&name, "given twice"));
        }
        let bytes = field.bytes().await.map_err(broken)?;
        if bytes.len() > MAX_FIELD {
            return Err(AppError::bad(&name, format!("at most {MAX_FIELD} bytes")));
        }
        let value = String::from_utf8(bytes.to_vec())
            .map_err(|_| AppError::bad(&name, "not UTF-8 text"))?;
        fields.push((name, value));
    }
    let (file_name, bytes) =
        file.ok_or_else(|| AppError::bad("file", "choose a file to upload"))?;
    Ok(Upload {
        file_name,
        bytes,
        fields,
    })
}
