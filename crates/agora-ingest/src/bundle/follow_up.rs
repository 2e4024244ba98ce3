//! The bundle's files of recommendations and their follow-up: `recommendations.csv`,
//! `follow_ups.csv` (the file a secretariat edits and proposes back, one row per entry, with
//! its status and progress as of the day in `as_of`) and `follow_up_updates.csv` (each entry's
//! timeline).

use agora_core::recommendation::{FollowUp, Recommendation, Update};
use agora_core::{Day, Member};

use super::{Field, Table, Type, f, key, party, six};
use crate::cells::{join, opt};

const TEXT_FIELDS: [Field; 6] = [
    f("text_en", Type::Text, "Its words in English"),
    f("text_fr", Type::Text, "Its words in French"),
    f("text_es", Type::Text, "Its words in Spanish"),
    f("text_ar", Type::Text, "Its words in Arabic"),
    f("text_ru", Type::Text, "Its words in Russian"),
    f("text_zh", Type::Text, "Its words in Chinese"),
];

/// `recommendations.csv`: recommendations, agreed outcomes and the nodes of action plans.
pub const RECOMMENDATIONS: Table = Table {
    name: "recommendations",
    title: "Recommendations",
    fields: &[
        key("id", "Agora's id of the recommendation"),
        key(
            "kind",
            "recommendation, possible_outcome, agreement, action_plan, track, area or item",
        ),
        TEXT_FIELDS[0],
        TEXT_FIELDS[1],
        TEXT_FIELDS[2],
        TEXT_FIELDS[3],
        TEXT_FIELDS[4],
        TEXT_FIELDS[5],
        key("forum", "The forum that made it (fora.csv)"),
        f(
            "meeting",
            Type::Text,
            "The meeting it came out of (meetings.csv)",
        ),
        f(
            "document",
            Type::Text,
            "The public document it is written in (documents.csv), if any",
        ),
        f(
            "locator",
            Type::Text,
            "Where in the document, as it says it",
        ),
        f(
            "paragraph",
            Type::Text,
            "The paragraph of the document's text it is in, from 1",
        ),
        f("date", Type::PartialDate, "When it was made"),
        f(
            "themes",
            Type::List,
            "Ids of its themes (themes.csv), separated by ' ; '",
        ),
        f(
            "addressees",
            Type::List,
            "To whom it is addressed, as records (type:id), separated by ' ; '",
        ),
        f(
            "all_participating_states",
            Type::Boolean,
            "Whether it is addressed to all the participating states",
        ),
        f(
            "related",
            Type::List,
            "Earlier recommendations it repeats, builds on or replaces (how:id), separated by ' ; '",
        ),
        f(
            "part_of",
            Type::Text,
            "The action plan, track or area it is part of",
        ),
        key("weight", "Its weight within what it is part of"),
        f(
            "sources",
            Type::List,
            "Addresses of the sources of the record, separated by ' ; '",
        ),
        key(
            "verification",
            "verified (by a primary source) or unverified",
        ),
        f("note", Type::Text, "A note on the record"),
    ],
    primary_key: &["id"],
    foreign_keys: &[("part_of", "recommendations", "id")],
};

/// `follow_ups.csv`: the public follow-up entries, each as it stood on `as_of`.
pub const FOLLOW_UPS: Table = Table {
    name: "follow_ups",
    title: "Follow-up of recommendations",
    fields: &[
        key("id", "Agora's id of the follow-up entry"),
        key("recommendation", "The recommendation (recommendations.csv)"),
        key("forum", "The forum it is followed up in (fora.csv)"),
        key(
            "actor",
            "Who did it, as a record (area:CODE, organisation:id or forum:id)",
        ),
        f(
            "with",
            Type::List,
            "Other fora declaring their support with the actor, separated by ' ; '",
        ),
        key(
            "kind",
            "endorsement, commitment, support_declaration, activity, law_change, policy_change, practice_change or report",
        ),
        key(
            "status",
            "planned, under_way, completed, stalled or discontinued",
        ),
        key("progress", "How far it had come, 0 to 100"),
        f(
            "as_of",
            Type::PartialDate,
            "The day of the status and progress: its latest update",
        ),
        f("start_date", Type::PartialDate, "When it began"),
        f("end_date", Type::PartialDate, "When it ended"),
        f("description", Type::Text, "What was done"),
        f(
            "evidence",
            Type::List,
            "Documents (documents.csv) or addresses showing it, separated by ' ; '",
        ),
        f("part_of", Type::Text, "The entry it is part of"),
        key("weight", "Its weight within the entry it is part of"),
    ],
    primary_key: &["id"],
    foreign_keys: &[
        ("recommendation", "recommendations", "id"),
        ("part_of", "follow_ups", "id"),
    ],
};

/// `follow_up_updates.csv`: each follow-up entry's timeline.
pub const FOLLOW_UP_UPDATES: Table = Table {
    name: "follow_up_updates",
    title: "Timelines of the follow-up",
    fields: &[
        key("follow_up_id", "The follow-up entry (follow_ups.csv)"),
        key("n", "Its place in the timeline, from 1"),
        key("date", "When (YYYY, YYYY-MM or YYYY-MM-DD)"),
        key(
            "status",
            "planned, under_way, completed, stalled or discontinued",
        ),
        key("progress", "How far it had come, 0 to 100"),
        f("note", Type::Text, "What happened"),
    ],
    primary_key: &["follow_up_id", "n"],
    foreign_keys: &[("follow_up_id", "follow_ups", "id")],
};

pub fn recommendation_cells(r: &Recommendation, public_document: bool) -> Vec<String> {
    let mut row = vec![r.id.to_string(), r.kind.as_str().to_owned()];
    row.extend(six(&r.texts));
    row.extend([
        r.forum.to_string(),
        opt(&r.meeting),
        if public_document {
            opt(&r.document)
        } else {
            String::new()
        },
        // Where in a document the public may not see: not said either.
        match (&r.document, public_document) {
            (Some(_), false) => String::new(),
            _ => r.locator.clone().unwrap_or_default(),
        },
        if public_document {
            opt(&r.paragraph)
        } else {
            String::new()
        },
        opt(&r.date),
        join(r.themes.iter().map(|t| t.as_str())),
        join(r.addressees.iter().map(party)),
        r.all_participating_states.to_string(),
        join(
            r.related
                .iter()
                .map(|x| format!("{}:{}", x.kind.as_str(), x.to)),
        ),
        opt(&r.part_of),
        r.weight.to_string(),
        join(r.sources.iter().map(|s| &s.url)),
        r.verification.as_str().to_owned(),
        r.note.clone().unwrap_or_default(),
    ]);
    row
}

/// The latest step of a timeline on or before a day (the latest of all without one).
pub fn update_on(f: &FollowUp, day: Option<Day>) -> Option<&Update> {
    f.updates
        .iter()
        .rev()
        .find(|u| day.is_none_or(|d| u.date.first_day() <= d))
}

/// An entry's cells as it stood on `day` (now without one); `evidence` are the public
/// documents and the addresses it cites.
pub fn follow_up_cells(f: &FollowUp, day: Option<Day>, evidence: &[&str]) -> Vec<String> {
    let (status, progress, as_of) = match update_on(f, day) {
        Some(u) => (u.status, u.progress, u.date.to_string()),
        None => (f.status, f.progress, String::new()),
    };
    vec![
        f.id.to_string(),
        f.recommendation.to_string(),
        f.forum.to_string(),
        party(&f.actor),
        join(f.with.iter().map(|x| x.as_str())),
        f.kind.as_str().to_owned(),
        status.as_str().to_owned(),
        progress.to_string(),
        as_of,
        opt(&f.start_date),
        opt(&f.end_date),
        f.description.clone().unwrap_or_default(),
        join(evidence),
        opt(&f.part_of),
        f.weight.to_string(),
    ]
}

/// The rows of `follow_up_updates.csv` of one entry, up to `day`.
pub fn update_rows(f: &FollowUp, day: Option<Day>) -> impl Iterator<Item = Vec<String>> + '_ {
    f.updates
        .iter()
        .enumerate()
        .filter(move |(_, u)| day.is_none_or(|d| u.date.first_day() <= d))
        .map(|(i, u)| {
            vec![
                f.id.to_string(),
                (i + 1).to_string(),
                u.date.to_string(),
                u.status.as_str().to_owned(),
                u.progress.to_string(),
                u.note.clone().unwrap_or_default(),
            ]
        })
}

/// A party as `type:id` (`area:FRA`), read back.
pub fn read_party(cell: &str) -> Option<Member> {
    let (kind, id) = cell.trim().split_once(':')?;
    let v = serde_json::json!({"type": kind.trim(), "id": id.trim()});
    serde_json::from_value(v).ok()
}
