//! `agora bench meetings`: fill an initialised data directory with many meetings (for
//! `scripts/bench-http`'s calendar lines). Each is a real record, checked by its kind's rules and
//! written through the store's generic path in one transaction, as a built-in set is: the fora,
//! states and organisations of the built-in dataset, days from 1990 to 2027, one to four days
//! long, a few participants, every twentieth cancelled.

use std::process::ExitCode;
use std::time::Instant;

use agora_core::kind::RecordKind;
use agora_core::meeting::{MeetingKind, MeetingType};
use agora_store::{DataDir, OpenMode};
use serde_json::json;

use crate::MeetingsArgs;

const CITIES: [(&str, &str); 8] = [
    ("Geneva", "CHE"),
    ("Bangkok", "THA"),
    ("Dakar", "SEN"),
    ("Panama City", "PAN"),
    ("Amman", "JOR"),
    ("Almaty", "KAZ"),
    ("Colombo", "LKA"),
    ("Brussels", "BEL"),
];

pub async fn seed(a: MeetingsArgs) -> anyhow::Result<ExitCode> {
    let data_dir = DataDir::new(&a.into);
    let store = agora_store::open(&data_dir, None, OpenMode::MustExist).await?;
    let mut known = store.catalogue().await?;
    let fora: Vec<String> = known.fora.iter().map(ToString::to_string).collect();
    let areas: Vec<String> = known.areas.iter().map(ToString::to_string).collect();
    anyhow::ensure!(
        !fora.is_empty(),
        "{} holds no fora: run `agora init` first",
        a.into.display()
    );
    let ids: Vec<String> = (0..a.count).map(|i| format!("bench-meeting-{i}")).collect();
    for id in &ids {
        known.meetings.insert(id.parse()?);
    }
    let started = Instant::now();
    let mut records = Vec::with_capacity(a.count);
    for (i, id) in ids.iter().enumerate() {
        let (city, country) = CITIES[i % CITIES.len()];
        let year = 1990 + (i * 7 % 38);
        let month = 1 + i % 12;
        let day = 1 + i * 3 % 25;
        let forum = &fora[i * 13 % fora.len()];
        let kind = MeetingType::ALL[i % MeetingType::ALL.len()];
        let participants: Vec<_> = (0..(i % 5))
            .map(|k| json!({"party": {"type": "area", "id": areas[(i * 31 + k * 17) % areas.len()]}, "role": "participant"}))
            .collect();
        let record = json!({
            "id": id,
            "fora": [forum],
            "titles": {"en": format!("Meeting {i} of {forum}"), "fr": format!("Réunion {i} de {forum}")},
            "kind": kind.as_str(),
            "start_date": format!("{year}-{month:02}-{day:02}"),
            "end_date": format!("{year}-{month:02}-{:02}", day + i % 4),
            "city": city,
            "country": country,
            "hosts": [{"type": "area", "id": country}],
            "participants": participants,
            "theme": format!("Theme {} of the regional consultations on migration", i % 97),
            "status": if i % 20 == 19 { "cancelled" } else { "held" },
            "sources": [{"url": format!("https://example.org/meetings/{i}")}],
            "verification": "unverified",
        });
        let c = MeetingKind
            .check(&record, &known)
            .map_err(|r| anyhow::anyhow!("{id}: {}: {}", r.field, r.message))?;
        records.push((c.id, c.body));
    }
    let written = store.write_records(&MeetingKind, &records, "bench").await?;
    println!(
        "wrote {written} meetings into {} in {:.1} s",
        a.into.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
