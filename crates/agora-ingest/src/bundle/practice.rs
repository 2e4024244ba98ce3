//! The bundle's file of good practices: `practices.csv`, one row per published practice. The
//! people to contact about a practice are never in it (they are for people signed in), nor who
//! reviewed it: only how many did and each criterion's mean.

use agora_core::practice::Practice;
use agora_core::practice::review::Criterion;

use super::{Table, Type, f, key, six};
use crate::cells::join;

/// `practices.csv`: good practices and lessons learned, as published.
pub const PRACTICES: Table = Table {
    name: "practices",
    title: "Good practices and lessons learned",
    fields: &[
        key("id", "Agora's id of the practice"),
        f("title_en", Type::Text, "Its title in English"),
        f("title_fr", Type::Text, "Its title in French"),
        f("title_es", Type::Text, "Its title in Spanish"),
        f("title_ar", Type::Text, "Its title in Arabic"),
        f("title_ru", Type::Text, "Its title in Russian"),
        f("title_zh", Type::Text, "Its title in Chinese"),
        f("summary_en", Type::Text, "What it is, in English"),
        f(
            "fora",
            Type::List,
            "The fora that applied it (fora.csv), separated by ' ; '",
        ),
        f(
            "states",
            Type::List,
            "The states where it was applied (areas.csv), separated by ' ; '",
        ),
        f(
            "themes",
            Type::List,
            "Its themes (themes.csv), separated by ' ; '",
        ),
        f("from", Type::PartialDate, "When it began"),
        f("to", Type::PartialDate, "When it ended"),
        f(
            "context",
            Type::Text,
            "The situation it answered, in English",
        ),
        f("done", Type::Text, "What was done, in English"),
        f("results", Type::Text, "What came of it, in English"),
        f(
            "lessons",
            Type::Text,
            "Lessons learned, what did not work among them, in English",
        ),
        f(
            "replication",
            Type::Text,
            "Conditions for doing it again elsewhere, in English",
        ),
        key("cost", "low, medium, high or unknown"),
        f(
            "partners",
            Type::List,
            "Organisations and others that took part, separated by ' ; '",
        ),
        key("licence", "The licence its text may be reused under"),
        f(
            "reviews",
            Type::Text,
            "How many peers reviewed it after a call for practices (empty: built in from its source)",
        ),
        f(
            "review_means",
            Type::List,
            "Each criterion of the rubric with its mean score out of 5 (criterion=mean), separated by ' ; '",
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

/// A practice's row of `practices.csv`.
pub fn practice_cells(p: &Practice) -> Vec<String> {
    let date = |d: Option<agora_core::PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut row = vec![p.id.to_string()];
    row.extend(six(&p.titles));
    row.extend([
        p.summary("en").to_owned(),
        join(p.fora.iter().map(|x| x.as_str())),
        join(p.states.iter().map(|x| x.as_str())),
        join(p.themes.iter().map(|x| x.as_str())),
        date(p.from),
        date(p.to),
        p.context.clone(),
        p.done.clone(),
        p.results.clone(),
        p.lessons.clone(),
        p.replication.clone(),
        p.cost.as_str().to_owned(),
        join(p.partners.iter().map(String::as_str)),
        p.licence.as_str().to_owned(),
        p.review
            .as_ref()
            .map(|r| r.reviews.to_string())
            .unwrap_or_default(),
        p.review
            .as_ref()
            .map(|r| {
                let means: Vec<String> = Criterion::ALL
                    .iter()
                    .filter_map(|c| {
                        r.means
                            .get(c)
                            .map(|t| format!("{}={}.{}", c.as_str(), t / 10, t % 10))
                    })
                    .collect();
                join(means.iter().map(String::as_str))
            })
            .unwrap_or_default(),
        join(p.sources.iter().map(|s| s.url.as_str())),
        p.verification.as_str().to_owned(),
    ]);
    row
}
