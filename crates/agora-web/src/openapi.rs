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
        api::analysis::overlap,
        api::analysis::duplication,
        api::analysis::suggestions,
        api::analysis::network,
        api::analysis::changes,
        api::meetings::list, api::meetings::show,
        api::recommendations::list, api::recommendations::show,
        api::recommendations::follow_ups, api::recommendations::follow_up,
        api::cycles::list, api::cycles::open, api::cycles::show, api::cycles::report,
        api::cycles::review,
        api::practices::list, api::practices::show, api::practices::remove_contacts,
        api::practices::list_calls, api::practices::open_call, api::practices::show_call,
        api::practices::invite, api::practices::accept, api::practices::submit,
        api::practices::show_submission, api::practices::resubmit, api::practices::declare,
        api::practices::review, api::practices::override_conflict, api::practices::decide,
        api::practices::release,
        api::assessments::list, api::assessments::open, api::assessments::show,
        api::assessments::step,
        api::provenance::show,
        api::data::file,
        api::contributions::history,
        api::documents::list, api::documents::show, api::documents::create,
        api::search::search,
        api::contributions::me,
        api::contributions::list, api::contributions::create,
        api::contributions::create_from_spreadsheet, api::contributions::show,
        api::contributions::revise,
        api::contributions::step,
    ),
    components(schemas(Problem)),
    modifiers(&BearerToken),
    tags(
        (name = "fora", description = "RCPs, inter-regional fora, regional organisations, migration bodies, global processes"),
        (name = "areas", description = "States and territories"),
        (name = "organisations", description = "International and regional organisations"),
        (name = "analysis", description = "The landscape of fora on a day, with the fora list's filters: what their memberships and priorities share, which may duplicate each other, whom each might exchange with"),
        (name = "meetings", description = "Meetings of the fora: who held, hosted, chaired and attended them, and their outcome documents"),
        (name = "recommendations", description = "Recommendations and agreed outcomes of the fora, action plans as trees, and the follow-up entries the caller may see, with progress computed from them"),
        (name = "practices", description = "Good practices and lessons learned, published after a call's peer review; calls for practices, submissions, conflict declarations, reviews and an editor's decision (a submission is read only by its submitter, the call's reviewers and editors)"),
        (name = "assessments", description = "What each forum achieved against its own objectives, for a period: objectives, outputs, impacts with evidence and attribution, the five dimensions of contribution, released interview extracts (never a name), coded passages. Never a ranking: a forum is compared only with itself. Drafts are read by their assigned researchers, editors and the forum's secretariat; interview notes by the assigned researchers alone"),
        (name = "data", description = "The open data: the public dataset as a CSV bundle with its datapackage.json, and as Popolo JSON, for everything recorded or as of a day"),
        (name = "documents", description = "Outcome documents of the fora, as far as the caller may see them"),
        (name = "search", description = "Documents and fora by words and phrases in any language, with facet counts, as far as the caller may see them"),
        (name = "contributions", description = "Proposed changes to a forum's records, reviewed and published by editors (API token needed)"),
    )
)]
pub struct ApiDoc;

/// API tokens, made on the account page and sent as `Authorization: Bearer TOKEN`.
struct BearerToken;

impl utoipa::Modify for BearerToken {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The document served at `/api/openapi.json`.
pub fn document() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .expect("the OpenAPI document serialises")
}
