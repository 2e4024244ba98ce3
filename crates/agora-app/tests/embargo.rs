//! The search index and the access policy agree on who sees which document on which day. The
//! index applies the rule inside its query (public, participants-only of some fora, confidential,
//! an embargo that ended); the policy decides with `may_see`. Random documents of the built-in
//! landscape's fora, random viewers (roles, token scopes) and random days, through the real
//! index: every triple must come out the same.

use std::collections::BTreeSet;
use std::sync::Arc;

use agora_app::registry::Registry;
use agora_core::document::{DocVisibility, Document};
use agora_core::policy::{AccessRole, Scope, Scopes, Viewer};
use agora_core::{AreaCode, Day, ForumId, Member};
use agora_search::{Entry, Request, SearchIndex, Update};

/// SplitMix64: a small, seeded generator, so that a failure is reproduced exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// A day from 1995 to 2031.
    fn day(&mut self) -> Day {
        Day::from_days_since_epoch(FIRST_DAY + (self.next() % (LAST_DAY - FIRST_DAY) as u64) as i64)
    }
}

/// The days drawn from, as days since 1970.
const FIRST_DAY: i64 = 9_131;
const LAST_DAY: i64 = 22_645;

/// The day before, the day itself and the day after each of `days`: where rules change.
fn around(days: impl IntoIterator<Item = Day>) -> Vec<Day> {
    let all: Vec<Day> = (FIRST_DAY - 1..=LAST_DAY + 1)
        .map(Day::from_days_since_epoch)
        .collect();
    let mut out = BTreeSet::new();
    for d in days {
        if let Ok(i) = all.binary_search(&d) {
            out.extend(
                all[i.saturating_sub(1)..(i + 2).min(all.len())]
                    .iter()
                    .copied(),
            );
        }
    }
    out.into_iter().collect()
}

const DOCUMENTS: usize = 60;
const VIEWERS_AND_DAYS: usize = 200;

#[test]
fn the_index_and_the_policy_agree_on_every_document_viewer_and_day() {
    let data = agora_ingest::builtin::dataset();
    // The fora with the most memberships, so that focal points are often members of them.
    let mut fora: Vec<(usize, ForumId)> = data
        .fora
        .iter()
        .map(|f| {
            let n = data
                .memberships
                .iter()
                .filter(|m| m.forum_id == f.id)
                .count();
            (n, f.id.clone())
        })
        .collect();
    fora.sort_by(|a, b| b.cmp(a));
    let pool: Vec<ForumId> = fora.iter().take(6).map(|(_, f)| f.clone()).collect();
    let states: Vec<AreaCode> = data
        .memberships
        .iter()
        .filter(|m| pool.contains(&m.forum_id))
        .filter_map(|m| match &m.member {
            Member::Area(a) => Some(a.clone()),
            _ => None,
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(
        pool.len() == 6 && states.len() > 20,
        "{pool:?} {}",
        states.len()
    );

    let mut rng = Rng(20_091_104);
    let documents: Vec<Document> = (0..DOCUMENTS)
        .map(|i| {
            let forum = rng.pick(&pool).clone();
            let visibility = match rng.below(10) {
                0..=2 => DocVisibility::Public,
                3..=7 => DocVisibility::Participants {
                    forum: forum.clone(),
                    public_from: (rng.below(2) == 0).then(|| rng.day()),
                },
                _ => DocVisibility::Confidential,
            };
            let mut d: Document = serde_json::from_value(serde_json::json!({
                "id": format!("doc-{i:02}"), "kind": "study", "fora": [forum],
                "visibility": {"level": "public"},
                "versions": [{"lang": "en", "title": format!("Report {i}"), "files": []}]
            }))
            .unwrap();
            d.visibility = visibility;
            d
        })
        .collect();
    // Half the days are where a rule turns: an embargo's end, a membership's first or last day.
    let turning = around(
        documents
            .iter()
            .filter_map(|d| match &d.visibility {
                DocVisibility::Participants { public_from, .. } => *public_from,
                _ => None,
            })
            .chain(
                data.memberships
                    .iter()
                    .filter(|m| pool.contains(&m.forum_id))
                    .flat_map(|m| {
                        [
                            m.start_date.map(|d| d.first_day()),
                            m.end_date.map(|d| d.last_day()),
                        ]
                    })
                    .flatten(),
            ),
    );
    assert!(turning.len() > 50, "{}", turning.len());
    let registry = Registry::build(0, data, documents.clone());

    let dir = tempfile::tempdir().unwrap();
    let index = Arc::new(SearchIndex::open(dir.path()).unwrap());
    let updates: Vec<Update> = documents
        .iter()
        .map(|d| {
            let text = vec![("en".to_owned(), "the landscape of dialogue".to_owned())];
            Update::Put(Box::new(Entry::document(d, text)))
        })
        .collect();
    index.apply(&updates, 1, false).unwrap();

    let mut triples = 0;
    for _ in 0..VIEWERS_AND_DAYS {
        let mut roles = Vec::new();
        for _ in 0..rng.below(3) {
            roles.push(match rng.below(6) {
                0 => AccessRole::Editor,
                1 => AccessRole::Admin,
                2 => AccessRole::Researcher,
                3 => AccessRole::Secretariat(rng.pick(&pool).clone()),
                _ => AccessRole::FocalPoint(rng.pick(&states).clone()),
            });
        }
        let mut viewer = Viewer::with_roles(roles);
        if rng.below(3) == 0 {
            let scopes = [Scope::Read, Scope::Contribute, Scope::Administer];
            viewer = viewer.through_token(Scopes::of(&scopes[..1 + rng.below(3)]));
        }
        let day = if rng.below(2) == 0 {
            *rng.pick(&turning)
        } else {
            rng.day()
        };

        let readable = agora_app::search::readable(&viewer, day, &registry);
        let request = Request {
            q: "landscape".into(),
            limit: agora_search::query::MAX_LIMIT,
            ..Request::default()
        };
        let found: BTreeSet<String> = index
            .search(&request, &readable)
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.shown.id)
            .collect();
        for d in &documents {
            let policy = viewer.may_see(&d.visibility, day, &registry);
            let indexed = found.contains(d.id.as_str());
            assert_eq!(
                indexed, policy,
                "{} ({:?}) on {day} for {:?}: the index says {indexed}, the policy {policy}",
                d.id, d.visibility, viewer
            );
            triples += 1;
        }
    }
    assert!(triples >= 10_000, "{triples}");
}
