//! The bundle's files of migration routes: `routes.csv` (one row per route) and
//! `route_stops.csv` (its stops, in order).

use agora_core::route::Route;

use super::{Table, Type, f, key, six};
use crate::cells::join;

/// `routes.csv`: migration routes as their sources name them.
pub const ROUTES: Table = Table {
    name: "routes",
    title: "Migration routes",
    fields: &[
        key("id", "Agora's id of the route"),
        f("name_en", Type::Text, "Its name in English"),
        f("name_fr", Type::Text, "Its name in French"),
        f("name_es", Type::Text, "Its name in Spanish"),
        f("name_ar", Type::Text, "Its name in Arabic"),
        f("name_ru", Type::Text, "Its name in Russian"),
        f("name_zh", Type::Text, "Its name in Chinese"),
        f("description", Type::Text, "What it is, in English"),
        f(
            "fora",
            Type::List,
            "The fora the sources place along it (fora.csv), separated by ' ; '",
        ),
        f(
            "sources",
            Type::List,
            "Addresses of the sources of the record, separated by ' ; '",
        ),
        key(
            "verification",
            "verified (by a primary source) or unverified",
        ),
    ],
    primary_key: &["id"],
    foreign_keys: &[],
};

/// `route_stops.csv`: the states along each route, in order.
pub const ROUTE_STOPS: Table = Table {
    name: "route_stops",
    title: "Stops of migration routes",
    fields: &[
        key("route_id", "The route (routes.csv)"),
        key("position", "Its place along the route, from 1"),
        key("area", "The state (areas.csv)"),
        key("role", "origin, transit or destination"),
    ],
    primary_key: &["route_id", "area"],
    foreign_keys: &[("route_id", "routes", "id"), ("area", "areas", "code")],
};

/// A route's row of `routes.csv`.
pub fn route_cells(r: &Route) -> Vec<String> {
    let mut row = vec![r.id.to_string()];
    row.extend(six(&r.names));
    row.extend([
        r.description.clone().unwrap_or_default(),
        join(r.fora.iter().map(|x| x.as_str())),
        join(r.sources.iter().map(|s| s.url.as_str())),
        r.verification.as_str().to_owned(),
    ]);
    row
}

/// A route's rows of `route_stops.csv`.
pub fn stop_rows(r: &Route) -> impl Iterator<Item = Vec<String>> + '_ {
    r.stops.iter().enumerate().map(|(i, s)| {
        vec![
            r.id.to_string(),
            (i + 1).to_string(),
            s.area.to_string(),
            s.role.as_str().to_owned(),
        ]
    })
}
