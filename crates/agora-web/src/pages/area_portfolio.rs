//! A state's portfolio as a picture (issue 19): the world map of the states that share fora
//! with it on a day, each shaded by how many (`/areas/{code}/map.svg`), with the same figures as
//! a table on the state's page and as CSV (`/areas/{code}/neighbours.csv`).

use agora_app::registry::{ForaFilter, Registry};
use agora_core::{AreaCode, Day};
use axum::extract::Path;
use axum::response::Response;

use super::fora::map_names;
use super::{Dated, PageError, csv};
use crate::error::OrNotFound;
use crate::lang::{Localised, date, text_with};
use crate::map;

/// A state sharing fora with the page's state.
pub struct Neighbour {
    pub code: String,
    pub name: Localised,
    pub href: String,
    pub fora: usize,
}

/// The states sharing (measured) fora with `code` on `day`, most shared first, the state
/// itself left out.
pub fn neighbours(r: &Registry, code: &AreaCode, day: Day) -> Vec<Neighbour> {
    let l = agora_app::analysis::landscape(r, &ForaFilter::default(), day);
    let mut out: Vec<Neighbour> = l
        .neighbours(code)
        .into_iter()
        .filter(|(s, _)| *s != code)
        .map(|(s, n)| Neighbour {
            code: s.to_string(),
            name: r.area(s.as_str()).map_or_else(
                || Localised::new(s.to_string(), "en"),
                |a| Localised::name(&a.names),
            ),
            href: format!("/areas/{s}?as_of={day}"),
            fora: n,
        })
        .collect();
    out.sort_by(|a, b| b.fora.cmp(&a.fora).then_with(|| a.code.cmp(&b.code)));
    out
}

/// The map's title: the states sharing fora with the state on the day.
pub fn title(name: &str, day: Day) -> String {
    text_with(
        "area-portfolio-map",
        &[("name", name.into()), ("day", date(day).into())],
    )
}

/// `/areas/{code}/map.svg`: the states sharing fora with the state on a day.
pub async fn map_svg(dated: Dated, Path(code): Path<String>) -> Result<Response, PageError> {
    let dated = dated.without_compare()?;
    let (day, r) = (dated.day, &dated.registry);
    let a = r.area(&code).or_not_found("area", &code)?;
    let names = map_names(r);
    let counts = neighbours(r, &a.code, day)
        .into_iter()
        .filter_map(|n| {
            let m49 = r.area(&n.code)?.m49?;
            Some((
                m49,
                map::Counted {
                    name: names.get(&m49).cloned().unwrap_or(n.name.text),
                    count: n.fora,
                    href: n.href,
                },
            ))
        })
        .collect();
    super::svg(&super::home::MapSvg {
        map: map::choropleth(&counts),
        title: title(&Localised::name(&a.names).text, day),
    })
}

/// `/areas/{code}/neighbours.csv`: the same figures.
pub async fn neighbours_csv(dated: Dated, Path(code): Path<String>) -> Result<Response, PageError> {
    let dated = dated.without_compare()?;
    let (day, r) = (dated.day, &dated.registry);
    let a = r.area(&code).or_not_found("area", &code)?;
    let rows = neighbours(r, &a.code, day)
        .into_iter()
        .map(|n| vec![n.code, n.name.text, n.fora.to_string(), day.to_string()])
        .collect();
    csv(
        &format!("{}-neighbours", a.code),
        &["code", "name", "fora_shared", "as_of"],
        rows,
    )
}
