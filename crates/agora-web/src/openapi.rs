//! The OpenAPI 3.1 description, generated from the handlers and wire types.

use utoipa::OpenApi;

use crate::api;
use crate::error::Problem;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Agora API",
        description = "The registry of Regional Consultative Processes on migration, inter-regional fora, \
                       regional organisations and the GFMD: fora, states and organisations, and who took part \
                       when. Memberships use Popolo field names. Lists return `{results, next_cursor}`; errors are \
                       RFC 9457 problems with a stable `code`.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        api::fora::list, api::fora::show, api::fora::memberships,
        api::areas::list, api::areas::show,
        api::organisations::list, api::organisations::show,
    ),
    components(schemas(Problem)),
    tags(
        (name = "fora", description = "RCPs, inter-regional fora, regional organisations, migration bodies, global processes"),
        (name = "areas", description = "States and territories"),
        (name = "organisations", description = "International and regional organisations"),
    )
)]
pub struct ApiDoc;

/// The document served at `/api/openapi.json`.
pub fn document() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .expect("the OpenAPI document serialises")
}
