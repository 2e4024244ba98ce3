//! The releases of the open data as a DCAT catalogue (W3C DCAT 3, with the properties DCAT-AP
//! asks for), in JSON-LD: the catalogue, one dataset per release, one distribution per file with
//! its download address, media type, size, SHA-256 checksum (SPDX) and licence. Open-data portals
//! harvest it.

use serde_json::{Value, json};

use crate::PublicUrl;
use crate::releases::Release;

const IANA: &str = "http://www.iana.org/assignments/media-types/";

/// The catalogue of `releases` (newest first) served under `public`.
pub fn catalog(public: &PublicUrl, releases: &[Release]) -> Value {
    let licence = crate::open_data::licence().path;
    let publisher = json!({"@type": "foaf:Agent", "foaf:name": "Agora"});
    let datasets: Vec<Value> = releases
        .iter()
        .map(|r| {
            let base = public.link(&format!("/data/releases/{}/", r.name));
            let distributions: Vec<Value> = r
                .files
                .iter()
                .map(|f| {
                    let url = format!("{base}{}", f.name);
                    json!({
                        "@id": url,
                        "@type": "dcat:Distribution",
                        "dct:title": f.name,
                        "dcat:accessURL": {"@id": url},
                        "dcat:downloadURL": {"@id": url},
                        "dcat:mediaType": {"@id": format!("{IANA}{}", f.media_type)},
                        "dct:format": {"@id": format!("{IANA}{}", f.media_type)},
                        "dcat:byteSize": {"@value": f.size.to_string(), "@type": "xsd:nonNegativeInteger"},
                        "spdx:checksum": {
                            "@type": "spdx:Checksum",
                            "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                            "spdx:checksumValue": {"@value": f.sha256, "@type": "xsd:hexBinary"},
                        },
                        "dct:license": {"@id": licence},
                    })
                })
                .collect();
            json!({
                "@id": base,
                "@type": "dcat:Dataset",
                "dct:identifier": r.name,
                "dct:title": {"@value": format!("Agora dataset, release {}", r.name), "@language": "en"},
                "dct:description": {"@value": "Regional consultative processes on migration, inter-regional fora, regional organisations and the Global Forum on Migration and Development: who takes part and since when, their meetings and public outcome documents, with the sources of every fact.", "@language": "en"},
                "dct:issued": {"@value": r.made_at, "@type": "xsd:dateTime"},
                "dcat:version": r.name,
                "dct:publisher": publisher,
                "dct:license": {"@id": licence},
                "dcat:landingPage": {"@id": public.link(&format!("/data#release-{}", r.name))},
                "dcat:keyword": ["migration", "regional consultative processes", "GFMD", "inter-state dialogue"],
                "dcat:distribution": distributions,
            })
        })
        .collect();
    json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "spdx": "http://spdx.org/rdf/terms#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": public.link("/data/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": {"@value": "Agora: open data on inter-state dialogue on migration", "@language": "en"},
        "dct:description": {"@value": "Dated, immutable releases of the Agora dataset, as CSV files described by a Frictionless Data Package and as Popolo JSON.", "@language": "en"},
        "dct:publisher": publisher,
        "dct:license": {"@id": licence},
        "foaf:homepage": {"@id": public.link("/data")},
        "dcat:dataset": datasets,
    })
}
