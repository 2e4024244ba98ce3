//! Reading an upload (a document's or a spreadsheet's, from a page's form or the API): a
//! multipart body read within limits into the application's [`Upload`]; what becomes of it is
//! `agora_app::uploads` or `agora_app::spreadsheets`.

use agora_app::uploads::Upload;
use agora_core::Said;
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
            Said::new("upload-not-multipart").with("error", e.body_text()),
        )
    })?;
    let broken = |e: axum::extract::multipart::MultipartError| {
        AppError::bad(
            "body",
            Said::new("upload-multipart-unread").with("error", e.body_text()),
        )
    };
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut fields: Vec<(String, String)> = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(broken)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            if file.is_some() {
                return Err(AppError::bad_key("file", "upload-one-file"));
            }
            let file_name = field
                .file_name()
                .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).trim().to_owned())
                .filter(|n| !n.is_empty())
                .ok_or_else(|| AppError::bad_key("file", "upload-no-name"))?;
            let bytes = field.bytes().await.map_err(broken)?;
            if bytes.len() > MAX_BYTES {
                return Err(AppError::bad(
                    "file",
                    Said::new("extract-too-large").with("most", MAX_BYTES / 1024 / 1024),
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
                Said::new("upload-unknown-field").with("fields", named.join(", ")),
            ));
        }
        if fields.iter().any(|(k, _)| *k == name) {
            return Err(AppError::bad_key(&name, "param-twice"));
        }
        let bytes = field.bytes().await.map_err(broken)?;
        if bytes.len() > MAX_FIELD {
            return Err(AppError::bad(
                &name,
                Said::new("upload-field-too-long").with("most", MAX_FIELD),
            ));
        }
        let value = String::from_utf8(bytes.to_vec())
            .map_err(|_| AppError::bad_key(&name, "upload-not-utf8"))?;
        fields.push((name, value));
    }
    let (file_name, bytes) = file.ok_or_else(|| AppError::bad_key("file", "upload-choose-file"))?;
    Ok(Upload {
        file_name,
        bytes,
        fields,
    })
}
