use super::*;
use crate::bundle::{CsvChunks, FOLLOW_UPS, follow_up_cells};

fn known() -> Catalogue {
    let mut k = Catalogue::default();
    k.fora.insert("rabat-process".parse().unwrap());
    k.areas.insert("SEN".parse().unwrap());
    k.recommendations.insert(
        "euro-african-2008-tycp.2.1".parse().unwrap(),
        agora_core::recommendation::KnownRecommendation {
            date: Some("2008-11-25".parse().unwrap()),
            forum: "rabat-process".parse().unwrap(),
            part_of: None,
        },
    );
    k
}

fn stored() -> FollowUp {
    FollowUp {
        id: "rabat-process:tycp:2.1".parse().unwrap(),
        recommendation: "euro-african-2008-tycp.2.1".parse().unwrap(),
        forum: "rabat-process".parse().unwrap(),
        actor: agora_core::Member::Area("SEN".parse().unwrap()),
        with: Vec::new(),
        kind: FollowUpType::Activity,
        status: FollowUpStatus::UnderWay,
        progress: 40,
        start_date: Some("2009-03".parse().unwrap()),
        end_date: None,
        description: Some("A labour mobility scheme".into()),
        evidence: vec![Evidence {
            document: None,
            url: Some("https://www.rabat-process.org/en/".into()),
            note: Some("The process's site".into()),
        }],
        updates: vec![Update {
            date: "2010-06".parse().unwrap(),
            status: FollowUpStatus::UnderWay,
            progress: 40,
            note: None,
        }],
        part_of: None,
        weight: 1,
        visibility: agora_core::policy::Visibility::Public,
    }
}

/// The file Agora writes for one entry.
fn exported(f: &FollowUp) -> String {
    let rows = vec![follow_up_cells(
        f,
        None,
        &["https://www.rabat-process.org/en/"],
    )];
    let bytes: Vec<u8> = CsvChunks::new(&FOLLOW_UPS, rows.into_iter())
        .flatten()
        .collect();
    String::from_utf8(bytes).unwrap()
}

fn today() -> Day {
    "2026-11-27".parse().unwrap()
}

fn read(text: &str) -> Result<Vec<(u64, FollowUp)>, Vec<FileProblem>> {
    let s = stored();
    parse(
        "follow_ups.csv",
        text,
        &|id| (id == s.id.as_str()).then(|| s.clone()),
        &|id| id == "rabat-process:hidden",
        &known(),
        today(),
    )
}

#[test]
fn an_unchanged_file_reads_back_as_the_entries_it_came_from() {
    let text = exported(&stored());
    assert!(is_follow_ups(&text));
    let rows = read(&text).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, 2);
    assert_eq!(rows[0].1, stored());
}

#[test]
fn a_new_status_is_a_new_step_of_the_timeline_dated_by_as_of() {
    let text = exported(&stored()).replace(",under_way,40,2010-06,", ",completed,100,2011-12,");
    let rows = read(&text).unwrap();
    let f = &rows[0].1;
    assert_eq!((f.status, f.progress), (FollowUpStatus::Completed, 100));
    assert_eq!(f.updates.len(), 2);
    assert_eq!(f.updates[1].date.to_string(), "2011-12");
    // The evidence keeps its note.
    assert_eq!(f.evidence[0].note.as_deref(), Some("The process's site"));
    // Without a day, or with the day of the step before (the column as downloaded), today's.
    for day in ["", "2010-06"] {
        let text =
            exported(&stored()).replace(",under_way,40,2010-06,", &format!(",stalled,40,{day},"));
        let rows = read(&text).unwrap();
        assert_eq!(rows[0].1.updates[1].date.to_string(), "2026-11-27");
    }
}

/// Every bad row is said with its line and column, all at once, and nothing is read.
#[test]
fn bad_rows_are_refused_each_at_its_line() {
    let good = exported(&stored());
    let header = good.lines().next().unwrap();
    let row = good.lines().nth(1).unwrap();
    let text = [
        header.to_owned(),
        row.replace("euro-african-2008-tycp.2.1", "euro-african-2008-tycp.9.9"),
        row.replace(",under_way,40,2010-06,", ",under_way,140,2010-06,"),
        row.replace(",under_way,40,2010-06,", ",under_way,60,2007-01,"),
        row.replace(",under_way,40,2010-06,", ",under_way,60,=1+1,"),
        row.replace("area:SEN", "state:SEN"),
        row.replace("rabat-process:tycp:2.1", "rabat-process:hidden"),
    ]
    .join("\r\n");
    let problems = read(&text).unwrap_err();
    let said: Vec<(String, String, String)> = problems
        .iter()
        .map(|p| {
            (
                p.location.as_ref().unwrap().to_string(),
                p.field.clone(),
                p.message.key().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            (
                "line 2".into(),
                "recommendation".into(),
                "check-unknown-recommendation".into()
            ),
            (
                "line 3".into(),
                "progress".into(),
                "follow-up-progress-range".into()
            ),
            (
                "line 4".into(),
                "as_of".into(),
                "follow-up-before-recommendation".into()
            ),
            // (and before the step already recorded)
            (
                "line 4".into(),
                "as_of".into(),
                "follow-up-updates-in-order".into()
            ),
            ("line 5".into(), "as_of".into(), "csv-formula-cell".into()),
            ("line 6".into(), "actor".into(), "csv-party".into()),
            ("line 7".into(), "id".into(), "follow-up-id-taken".into()),
        ],
        "{said:?}"
    );
    let text = good.replace("progress", "progres");
    let problems = read(&text).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.message.key() == "csv-missing-column")
    );
}
