//! `agora bench memberships`: fill an initialised data directory with many memberships (for
//! `scripts/bench-export`): synthetic fora (`bench-forum-N`, regional consultative processes
//! since 1990), each with every state of the built-in dataset as a member since a year between
//! 1990 and 2025, some of them ended, each with a source and a note; checked by the dataset's
//! rules and imported in one transaction, as a file would be.

use std::process::ExitCode;
use std::time::Instant;

use agora_core::{Dataset, Forum, Membership};
use agora_store::{DataDir, OpenMode};
use serde_json::json;

use crate::MembershipsArgs;

pub async fn seed(a: MembershipsArgs) -> anyhow::Result<ExitCode> {
    let data_dir = DataDir::new(&a.into);
    let store = agora_store::open(&data_dir, None, OpenMode::MustExist).await?;
    let known = store.catalogue().await?;
    let areas: Vec<String> = known.areas.iter().map(ToString::to_string).collect();
    anyhow::ensure!(
        !areas.is_empty(),
        "{} holds no states: run `agora init` first",
        a.into.display()
    );
    let started = Instant::now();
    let mut data = Dataset::default();
    let fora = a.count.div_ceil(areas.len());
    for f in 0..fora {
        let id = format!("bench-forum-{f:04}");
        let forum: Forum = serde_json::from_value(json!({
            "id": id,
            "names": {"en": format!("Benchmark consultative process {f}"), "fr": format!("Processus consultatif d'essai {f}")},
            "categories": [{"category": "rcp", "start_date": "1990"}],
            "established": "1990",
            "md_status": "not_addressed",
            "sources": [{"url": format!("https://example.org/bench/{f}")}],
            "verification": "unverified",
        }))?;
        data.fora.push(forum);
        for (i, area) in areas.iter().enumerate() {
            if data.memberships.len() == a.count {
                break;
            }
            let start = 1990 + (f * 7 + i * 3) % 36;
            let end = (i % 9 == 8).then(|| (start + 1 + i % 5).min(2026).to_string());
            let m: Membership = serde_json::from_value(json!({
                "id": format!("{id}:member:{area}"),
                "forum_id": id,
                "member": {"type": "area", "id": area},
                "role": "member",
                "start_date": start.to_string(),
                "end_date": end,
                "note": format!("Joined at the ministerial conference of {start}, \"as listed\"; row {i}"),
                "sources": [{"url": format!("https://example.org/bench/{f}/members")}],
                "verification": "unverified",
            }))?;
            data.memberships.push(m);
        }
    }
    let problems = agora_core::validate(&data, &{
        let mut k = known.clone();
        k.extend_from(&data);
        k
    });
    anyhow::ensure!(
        problems.is_empty(),
        "{} problems, e.g. {:?}",
        problems.len(),
        problems.first()
    );
    let summary = store.import(&data, "bench", &|_| {}).await?;
    println!(
        "wrote {} fora and {} memberships into {} in {:.1} s ({summary:?})",
        data.fora.len(),
        data.memberships.len(),
        a.into.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
