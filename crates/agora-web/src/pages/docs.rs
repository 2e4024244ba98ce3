//! The API reference page (Swagger UI, vendored from the npm package swagger-ui-dist).

use askama::Template;
use axum::response::Response;

use super::{PageError, html};
use crate::lang::filters;

#[derive(Template)]
#[template(path = "api_docs.html")]
pub struct ApiDocsPage;

pub async fn page() -> Result<Response, PageError> {
    html(&ApiDocsPage)
}
