//! The landscape analyses' reasons in words, in the language of the request (issue 19): why two
//! fora are flagged as possibly duplicating each other, why a forum is suggested to another.
//! Shared by the API and the pages, which never import each other.

use agora_app::analysis::{Flag, Landscape, Suggestion, Why};
use agora_app::registry::Registry;
use agora_core::route::StopRole;
use agora_core::{ForumId, ThemeId};
use agora_i18n::catalogue::Arg;

use crate::lang::{Localised, text, text_with};

fn forum(r: &Registry, id: &ForumId) -> String {
    r.forum(id.as_str())
        .map_or_else(|| id.to_string(), |f| Localised::name(&f.names).text)
}

/// Theme labels in the request's language, as a list.
pub fn themes(r: &Registry, ids: &[&ThemeId]) -> String {
    let labels: Vec<String> = ids
        .iter()
        .map(|t| {
            r.theme(t.as_str())
                .map_or_else(|| t.to_string(), |x| Localised::name(&x.labels).text)
        })
        .collect();
    labels.join(&text("analysis-list-separator"))
}

fn percent(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

/// Why two fora are flagged: "14 of the 16 members of X are members of Y too; both prioritise
/// …".
pub fn flag(r: &Registry, l: &Landscape, f: &Flag<'_>) -> String {
    let p = &f.members;
    let (smaller, other) = if p.a_size <= p.b_size {
        (p.a, p.b)
    } else {
        (p.b, p.a)
    };
    text_with(
        "analysis-flag-why",
        &[
            ("shared", Arg::from(p.shared)),
            ("of", Arg::from(f.of_smaller())),
            ("smaller", forum(r, &l.fora[smaller].forum).into()),
            ("other", forum(r, &l.fora[other].forum).into()),
            ("themes", themes(r, &f.themes.shared).into()),
        ],
    )
}

/// A forum's states along a route, by kind of stop: "11 states of origin, 7 of destination".
fn along(a: &agora_app::analysis::Along) -> String {
    let parts: Vec<String> = [
        (StopRole::Origin, "analysis-along-origin"),
        (StopRole::Transit, "analysis-along-transit"),
        (StopRole::Destination, "analysis-along-destination"),
    ]
    .into_iter()
    .filter(|(role, _)| a.at(*role) > 0)
    .map(|(role, key)| text_with(key, &[("count", a.at(role).into())]))
    .collect();
    parts.join(&text("analysis-list-separator"))
}

/// Why forum `of` is suggested `s`.
pub fn suggestion(r: &Registry, l: &Landscape, of: usize, s: &Suggestion<'_>) -> String {
    let me = forum(r, &l.fora[of].forum);
    let other = forum(r, &l.fora[s.forum].forum);
    match &s.why {
        Why::Route {
            route,
            ours,
            theirs,
            ..
        } => text_with(
            "analysis-why-route",
            &[
                ("route", Localised::name(&route.names).text.into()),
                ("forum", me.into()),
                ("ours", along(ours).into()),
                ("other", other.into()),
                ("theirs", along(theirs).into()),
            ],
        ),
        Why::Topics { shared, similarity } => text_with(
            "analysis-why-topics",
            &[
                ("themes", themes(r, shared).into()),
                ("count", shared.len().into()),
                ("percent", Arg::Number(percent(*similarity))),
            ],
        ),
        Why::Bridge { shared } => text_with(
            "analysis-why-bridge",
            &[
                ("forum", me.into()),
                ("other", other.into()),
                ("themes", themes(r, shared).into()),
            ],
        ),
    }
}
