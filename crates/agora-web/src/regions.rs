//! The names of the M49 regions in the reader's language. English is the registry's (the OCHA
//! taxonomy's, with the areas); the other UN languages are CLDR's (`data/m49-region-names.json`,
//! prepared by `scripts/prepare-region-names.py`). A region CLDR does not name as M49 does is
//! shown in English, marked as English.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::lang::{Here, Localised};

const NAMES: &str = include_str!("../../../data/m49-region-names.json");

/// Region code → language code → name.
static BY_CODE: LazyLock<BTreeMap<u16, BTreeMap<String, String>>> = LazyLock::new(|| {
    #[derive(serde::Deserialize)]
    struct File {
        names: BTreeMap<String, BTreeMap<String, String>>,
    }
    let file: File = serde_json::from_str(NAMES).expect("data/m49-region-names.json is valid");
    file.names
        .into_iter()
        .filter_map(|(code, names)| Some((code.parse().ok()?, names)))
        .collect()
});

/// A region's name in the language of the request being answered, given its English one.
pub fn name(code: u16, english: &str) -> Localised {
    let locale = Here::current().locale;
    match BY_CODE.get(&code).and_then(|n| n.get(locale.code())) {
        Some(n) => Localised::new(n.clone(), locale.code()),
        None => Localised::new(english, "en"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_of_the_areas_is_named_in_each_language_or_listed_as_english() {
        // The file holds the five other languages for each region it names.
        assert!(BY_CODE.len() > 25);
        for (code, names) in BY_CODE.iter() {
            for lang in ["ar", "zh", "fr", "ru", "es"] {
                assert!(
                    names.get(lang).is_some_and(|n| !n.is_empty()),
                    "{code} {lang}"
                );
            }
        }
        // Outside a request the page is English: the registry's own name.
        assert_eq!(name(2, "Africa"), Localised::new("Africa", "en"));
    }
}
