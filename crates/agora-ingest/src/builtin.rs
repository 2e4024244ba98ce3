//! The built-in dataset: the landscape of fora the 2009 GFMD background paper describes, with
//! memberships, observers, secretariats and chairs over time. Prepared once by the committed
//! scripts `scripts/prepare-areas.py` and `scripts/prepare-dataset.py` into `data/`, and compiled
//! into the binary so a fresh install needs no download.

use agora_core::{Area, Dataset};
use serde::Deserialize;

const AREAS: &str = include_str!("../../../data/areas.json");
const REGISTRY: &str = include_str!("../../../data/builtin.json");

#[derive(Deserialize)]
struct AreasFile {
    #[allow(dead_code)]
    source: String,
    #[allow(dead_code)]
    prepared_by: String,
    areas: Vec<Area>,
}

/// The built-in dataset, every list sorted by id. Panics only if the committed data files are
/// broken, which the tests of this crate rule out.
pub fn dataset() -> Dataset {
    let areas: AreasFile = serde_json::from_str(AREAS).expect("data/areas.json is valid");
    let mut d: Dataset = serde_json::from_str(REGISTRY).expect("data/builtin.json is valid");
    d.areas = areas.areas;
    d.sort();
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use agora_core::{Catalogue, Member, Role, Verification};

    #[test]
    fn the_builtin_dataset_is_valid_and_complete() {
        let d = dataset();
        let mut known = Catalogue::default();
        known.extend_from(&d);
        let problems = agora_core::validate(&d, &known);
        assert!(
            problems.is_empty(),
            "{:#?}",
            &problems[..problems.len().min(10)]
        );
        assert!(d.fora.len() >= 45, "{} fora", d.fora.len());
        assert!(d.areas.len() >= 240, "{} areas", d.areas.len());
        assert!(
            d.memberships.len() >= 900,
            "{} memberships",
            d.memberships.len()
        );
    }

    #[test]
    fn uncertain_facts_load_as_unverified() {
        // Estonia's Söderköping membership is marked uncertain in the research file.
        let d = dataset();
        let est = d
            .memberships
            .iter()
            .find(|m| m.id.as_str() == "soderkoping-process:member:EST")
            .unwrap();
        assert_eq!(est.verification, Verification::Unverified);
        let swe = d
            .memberships
            .iter()
            .find(|m| m.id.as_str() == "soderkoping-process:member:SWE")
            .unwrap();
        assert_eq!(swe.start_date.unwrap().to_string(), "2010");
    }

    #[test]
    fn every_forum_the_paper_names_is_there() {
        let d = dataset();
        let ids: Vec<&str> = d.fora.iter().map(|f| f.id.as_str()).collect();
        for id in [
            // Annex I and footnote 11
            "soderkoping-process",
            "budapest-process",
            "rcm",
            "sacm",
            "mtm-dialogue",
            "midwa",
            "midsa",
            "igad-rcp",
            "apc",
            "colombo-process",
            "abu-dhabi-dialogue",
            "bali-process",
            "igc",
            "five-plus-five-dialogue",
            // footnote 3
            "rabat-process",
            "fibemyd",
            "africa-eu-summit",
            "acp-group",
            "acp-eu-partnership",
            "asem",
            "asem-dg-migration",
            "asean-eu-summit",
            "eu-lac-summit",
            "cplp",
            // footnote 4
            "eu",
            "cis",
            "mercosur",
            "can",
            "oas",
            "sica",
            "caricom",
            "apec",
            "asean",
            "saarc",
            "au",
            "cen-sad",
            "comesa",
            "eac",
            "eccas",
            "ecowas",
            "igad",
            "sadc",
            "uma",
            "las",
            // footnote 5
            "cis-migration-council",
            "ocam",
            "sica-tourism-migration-commission",
            "pidc",
            "pif",
            // global
            "gfmd",
            "global-rcp-meeting",
        ] {
            assert!(ids.contains(&id), "{id} is missing");
        }
        let grcp: Vec<_> = d
            .memberships
            .iter()
            .filter(|m| m.forum_id.as_str() == "global-rcp-meeting" && m.role == Role::Member)
            .collect();
        assert_eq!(grcp.len(), 13, "the 13 RCPs represented in Bangkok");
        assert!(grcp.iter().all(|m| matches!(m.member, Member::Forum(_))));
    }
}
