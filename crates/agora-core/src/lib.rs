//! Agora's domain: identifiers, partial dates and the as-of rule, the registry's records
//! (areas, organisations, themes, fora, memberships) and the rules a dataset must satisfy.
//! No IO happens here; storage, ingest and the web build on these types.

pub mod account;
pub mod assessment;
pub mod contribution;
pub mod date;
pub mod document;
pub mod ids;
pub mod kind;
pub mod meeting;
pub mod model;
pub mod policy;
pub mod practice;
pub mod provenance;
pub mod recommendation;
pub mod route;
pub mod text;
pub mod throttle;
pub mod time;
pub mod validate;
mod words;

/// What is said to a person, written in their language when shown (see `agora_i18n::said`).
pub use agora_i18n::{Part, Said};
pub use date::{Day, PartialDate, Period};
pub use ids::{
    AreaCode, DocumentId, FollowUpId, ForumId, Lang, MeetingId, MembershipId, OrganisationId,
    PracticeId, RecommendationId, RouteId, ThemeId,
};
pub use model::*;
pub use text::fold;
pub use validate::{Catalogue, Problem, RecordRef, review, validate};
