//! Where cities are: the gazetteer prepared once from GeoNames (`data/gazetteer.json`, see
//! `scripts/prepare-gazetteer.py`), read when first asked. A meeting's city is found by its name
//! (accents and case folded; the part before a comma too, "Nusa Dua, Bali") within its country.
//! No geocoding service is ever asked.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

const GAZETTEER: &str = include_str!("../../../data/gazetteer.json");

#[derive(Deserialize)]
struct Gazetteer {
    cities: Vec<City>,
}

#[derive(Deserialize)]
struct City {
    name: String,
    /// The meetings' spellings that differ from GeoNames' name ("Marrakech").
    #[serde(default)]
    aliases: Vec<String>,
    country: String,
    lat: f64,
    lon: f64,
}

/// (folded name, country) → (longitude, latitude); the first of a name in a country is the
/// largest (the file lists them so).
fn index() -> &'static HashMap<(String, String), (f64, f64)> {
    static INDEX: OnceLock<HashMap<(String, String), (f64, f64)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let g: Gazetteer = serde_json::from_str(GAZETTEER).expect("data/gazetteer.json is valid");
        let mut index = HashMap::with_capacity(g.cities.len());
        for c in g.cities {
            for name in std::iter::once(&c.name).chain(&c.aliases) {
                index
                    .entry((agora_core::fold(name), c.country.clone()))
                    .or_insert((c.lon, c.lat));
            }
        }
        index
    })
}

/// Where a city of a country is: (longitude, latitude), if the gazetteer has it.
pub fn locate(city: &str, country: &str) -> Option<(f64, f64)> {
    let index = index();
    let find = |name: &str| {
        index
            .get(&(agora_core::fold(name.trim()), country.to_owned()))
            .copied()
    };
    find(city).or_else(|| find(city.split(',').next()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cities_of_the_meetings_are_found_in_their_countries() {
        let (lon, lat) = locate("Bangkok", "THA").unwrap();
        assert!((lon - 100.5).abs() < 0.5 && (lat - 13.75).abs() < 0.5);
        assert!(locate("athens", "GRC").is_some(), "case");
        assert!(locate("Bangkok", "FRA").is_none(), "within its country");
        assert!(
            locate("Marrakech", "MAR").is_some(),
            "a meeting's own spelling"
        );
        // Every meeting's city is found, or the preparation said it was not (never guessed).
        let note = GAZETTEER
            .split("\"note\":")
            .nth(1)
            .and_then(|n| n.split('\n').next())
            .unwrap_or_default();
        for m in agora_ingest::builtin::meetings() {
            if let (Some(city), Some(country)) = (&m.city, &m.country) {
                assert!(
                    locate(city, country.as_str()).is_some()
                        || note.contains(&format!("{city} ({country})")),
                    "{} ({city}, {country}) is not in data/gazetteer.json: run scripts/prepare-gazetteer.py",
                    m.id
                );
            }
        }
    }
}
