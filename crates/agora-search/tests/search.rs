//! The index on its own: analyzers through queries, access inside the query, facets, snippets,
//! cursors, and the committed position surviving a reopen.

use std::collections::BTreeSet;
use std::sync::Arc;

use agora_search::query::{Clause, parse};
use agora_search::{
    Entry, EntryAccess, Hit, Readable, Request, SearchError, SearchIndex, Sort, Update, What,
};

fn doc(id: &str, lang: &str, title: &str, text: &str) -> Entry {
    Entry {
        what: What::DOCUMENT,
        id: id.into(),
        titles: vec![(lang.into(), title.into())],
        texts: vec![(lang.into(), text.into())],
        kind: Some("study".into()),
        fora: vec!["gfmd".into()],
        themes: vec![],
        langs: vec![lang.into()],
        date: Some("2009-11".into()),
        access: EntryAccess::Public,
    }
}

fn index_with(entries: Vec<Entry>) -> (tempfile::TempDir, Arc<SearchIndex>) {
    let dir = tempfile::tempdir().unwrap();
    let index = Arc::new(SearchIndex::open(&dir.path().join("index")).unwrap());
    let updates: Vec<Update> = entries
        .into_iter()
        .map(|e| Update::Put(Box::new(e)))
        .collect();
    index.apply(&updates, 1, false).unwrap();
    (dir, index)
}

fn public() -> Readable {
    Readable {
        participants_of: vec![],
        confidential: false,
        today: 20_261_128,
    }
}

fn ask(q: &str) -> Request {
    Request {
        q: q.into(),
        limit: 20,
        ..Request::default()
    }
}

fn ids(index: &SearchIndex, req: &Request, who: &Readable) -> Vec<String> {
    index
        .search(req, who)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.shown.id)
        .collect()
}

/// The words a hit's snippet marks, in lower case.
fn marked_words(hit: &Hit) -> Vec<String> {
    hit.snippet
        .iter()
        .filter(|f| f.mark)
        .map(|f| f.text.to_lowercase())
        .collect()
}

fn paper() -> Entry {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/documents/gfmd-2009-rt3.2-background-paper.txt"
    ))
    .unwrap();
    doc(
        "gfmd-2009-rt3-2-background-paper",
        "en",
        "Roundtable 3, session 3.2: Regional and Inter-regional Processes and Fora",
        &text,
    )
}

#[test]
fn the_background_paper_is_found_by_phrase_and_with_or_without_accents() {
    let other = doc(
        "other",
        "en",
        "Dialogue on action",
        "Action is not dialogue. Binding into translating, non dialogue.",
    );
    let (_d, index) = index_with(vec![paper(), other]);
    for q in [
        "\"translating non-binding dialogue into action\"",
        "Söderköping",
        "soderkoping",
        "SÖDERKÖPING",
    ] {
        assert_eq!(
            ids(&index, &ask(q), &public()),
            vec!["gfmd-2009-rt3-2-background-paper"],
            "{q}"
        );
    }
    // The phrase highlights its words in the snippet.
    let r = index
        .search(&ask("\"non-binding dialogue\""), &public())
        .unwrap();
    assert_eq!(r.total, 1);
    let marked = marked_words(&r.hits[0]);
    assert!(marked.iter().any(|m| m == "dialogue"), "{marked:?}");
    // The snippet of a long phrase shows the phrase, not the first piece with one of its words.
    let r = index
        .search(
            &ask("\"translating non-binding dialogue into action\""),
            &public(),
        )
        .unwrap();
    let marked = marked_words(&r.hits[0]);
    for word in ["translating", "dialogue", "action"] {
        assert!(marked.iter().any(|m| m == word), "{word}: {marked:?}");
    }
    // Prefixes: folded, matched against the start of any term, stems included.
    for q in [
        "soderk*",
        "Söderk*",
        "SODERKÖ*",
        "\"non-binding dial*\"",
        "\"translating non-bin*\"",
    ] {
        assert_eq!(
            ids(&index, &ask(q), &public()),
            vec!["gfmd-2009-rt3-2-background-paper"],
            "{q}"
        );
    }
    assert!(ids(&index, &ask("soderkx*"), &public()).is_empty());
    // Words in another order are not the phrase.
    assert_eq!(r.hits.len(), 1);
    let r = index
        .search(&ask("\"dialogue non-binding\""), &public())
        .unwrap();
    assert_eq!(r.total, 0);
}

#[test]
fn each_language_is_stemmed_and_folded_and_chinese_matches_by_pairs() {
    let (_d, index) = index_with(vec![
        doc(
            "es",
            "es",
            "Declaración",
            "Las migraciones laborales de Fernández",
        ),
        doc(
            "fr",
            "fr",
            "Déclaration",
            "Les travailleurs migrants et les déplacements",
        ),
        doc("ru", "ru", "Декларация", "Права трудящихся мигрантов"),
        doc("ar", "ar", "إعلان", "حقوق العمال المهاجرين"),
        doc("zh", "zh", "宣言", "保护所有移民工人权利"),
    ]);
    let who = public();
    assert_eq!(ids(&index, &ask("fernandez"), &who), vec!["es"]);
    assert_eq!(ids(&index, &ask("migracion"), &who), vec!["es"]);
    assert_eq!(ids(&index, &ask("deplacement"), &who), vec!["fr"]);
    assert_eq!(ids(&index, &ask("мигранты"), &who), vec!["ru"]);
    assert_eq!(ids(&index, &ask("المهاجرين"), &who), vec!["ar"]);
    assert_eq!(ids(&index, &ask("移民工人"), &who), vec!["zh"]);
    assert_eq!(ids(&index, &ask("\"移民工人\""), &who), vec!["zh"]);
    assert!(ids(&index, &ask("\"工人移民\""), &who).is_empty());
}

fn restricted() -> Vec<Entry> {
    let mut p = doc("p", "en", "Participants canaryzebra", "canaryzebra notes");
    p.access = EntryAccess::Participants {
        forum: "colombo-process".into(),
        public_from: None,
    };
    p.kind = Some("meeting_report".into());
    p.fora = vec!["colombo-process".into()];
    p.themes = vec!["labour-migration".into()];
    let mut c = doc("c", "fr", "Confidentiel canaryzebra", "canaryzebra");
    c.access = EntryAccess::Confidential;
    c.date = Some("2031".into());
    let mut e = doc("e", "en", "Embargoed canaryzebra", "canaryzebra");
    e.access = EntryAccess::Participants {
        forum: "bali-process".into(),
        public_from: Some(20_270_101),
    };
    vec![p, c, e]
}

#[test]
fn access_is_inside_the_query_so_counts_and_facets_say_nothing() {
    let mut entries = restricted();
    entries.push(doc("open", "en", "Open", "nothing special"));
    let (_d, index) = index_with(entries);
    for q in ["canaryzebra", "\"canaryzebra notes\"", ""] {
        let r = index
            .search(
                &Request {
                    q: q.into(),
                    limit: 20,
                    ..Request::default()
                },
                &public(),
            )
            .unwrap();
        let json = serde_json::to_string(&r).unwrap();
        assert!(!json.contains("canaryzebra"), "{q}: {json}");
        for facet in [
            &r.facets.kind,
            &r.facets.forum,
            &r.facets.year,
            &r.facets.lang,
            &r.facets.theme,
        ] {
            assert!(
                facet.iter().all(|f| ![
                    "colombo-process",
                    "bali-process",
                    "meeting_report",
                    "labour-migration",
                    "fr",
                    "2031"
                ]
                .contains(&f.value.as_str())),
                "{q}: {facet:?}"
            );
        }
        if !q.is_empty() {
            assert_eq!(r.total, 0, "{q}");
            assert!(r.facets.kind.is_empty() && r.facets.year.is_empty());
        }
    }
    let mut focal = public();
    focal.participants_of = vec!["colombo-process".into()];
    assert_eq!(ids(&index, &ask("canaryzebra"), &focal), vec!["p"]);
    let researcher = Readable {
        confidential: true,
        ..public()
    };
    assert_eq!(ids(&index, &ask("canaryzebra"), &researcher), vec!["c"]);
    // The embargo ends by itself on its day.
    let later = Readable {
        today: 20_270_101,
        ..public()
    };
    assert_eq!(ids(&index, &ask("canaryzebra"), &later), vec!["e"]);
    // Reclassifying takes effect with the commit that carries it.
    let mut p = restricted().remove(0);
    p.access = EntryAccess::Public;
    index.apply(&[Update::Put(Box::new(p))], 2, false).unwrap();
    assert_eq!(ids(&index, &ask("canaryzebra"), &public()), vec!["p"]);
    index
        .apply(&[Update::Delete("document:p".into())], 3, false)
        .unwrap();
    assert!(ids(&index, &ask("canaryzebra"), &public()).is_empty());
}

#[test]
fn facets_count_everything_matched_and_filters_narrow() {
    let mut entries = Vec::new();
    for i in 0..30 {
        let (lang, text) = if i % 3 == 0 {
            ("fr", "mobilité du travail")
        } else {
            ("en", "labour mobility")
        };
        let mut e = doc(&format!("d{i}"), lang, "Report", text);
        e.kind = Some(if i % 2 == 0 { "study" } else { "declaration" }.into());
        e.date = Some(format!("{}", 2000 + i % 5));
        e.themes = vec![format!("t{}", i % 2)];
        entries.push(e);
    }
    let (_d, index) = index_with(entries);
    let r = index.search(&ask("mobility"), &public()).unwrap();
    assert_eq!(r.total, 20, "only the English ones say 'mobility'");
    let kinds: Vec<(String, u64)> = r
        .facets
        .kind
        .iter()
        .map(|f| (f.value.clone(), f.count))
        .collect();
    assert_eq!(
        kinds,
        vec![("declaration".into(), 10), ("study".into(), 10)]
    );
    assert_eq!(index.search(&ask("mobilite"), &public()).unwrap().total, 10);
    let r = index.search(&ask(""), &public()).unwrap();
    assert_eq!(r.total, 30);
    assert_eq!(r.facets.lang.iter().map(|f| f.count).sum::<u64>(), 30);
    assert_eq!(
        r.facets.year.first().unwrap().value,
        "2004",
        "years newest first"
    );
    let req = Request {
        kind: Some("study".into()),
        lang: Some("fr".into()),
        year_from: Some(2001),
        year_to: Some(2003),
        ..ask("")
    };
    let r = index.search(&req, &public()).unwrap();
    // i even, i % 3 == 0, 1 <= i % 5 <= 3: i in {6, 12, 18, 24} minus i%5 in {0,4} -> 6,12,18
    assert_eq!(r.total, 3);
    let r = index
        .search(
            &Request {
                theme: Some("t1".into()),
                ..ask("")
            },
            &public(),
        )
        .unwrap();
    assert_eq!(r.total, 15);
}

#[test]
fn cursors_page_through_everything_once_in_order() {
    let mut entries = Vec::new();
    for i in 0..257 {
        let words = "migration ".repeat(1 + i % 7);
        let mut e = doc(
            &format!("d{i:03}"),
            "en",
            "Paper",
            &format!("{words} governance {i}"),
        );
        e.date = Some(format!("{}-{:02}", 1990 + i % 30, 1 + i % 12));
        entries.push(e);
    }
    let (_d, index) = index_with(entries);
    for sort in [Sort::Relevance, Sort::Date] {
        let mut seen = Vec::new();
        let mut keys = Vec::new();
        let mut cursor = None;
        loop {
            let req = Request {
                sort,
                cursor: cursor.clone(),
                limit: 10,
                ..ask("migration")
            };
            let r = index.search(&req, &public()).unwrap();
            assert_eq!(r.total, 257);
            for h in &r.hits {
                seen.push(h.shown.id.clone());
                keys.push((h.score, h.shown.date.clone()));
            }
            match r.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(seen.len(), 257, "{sort:?}");
        assert_eq!(seen.iter().collect::<BTreeSet<_>>().len(), 257, "{sort:?}");
        match sort {
            Sort::Relevance => assert!(keys.windows(2).all(|w| w[0].0 >= w[1].0)),
            Sort::Date => {
                let days: Vec<agora_core::PartialDate> = keys
                    .iter()
                    .map(|k| k.1.as_deref().unwrap().parse().unwrap())
                    .collect();
                assert!(
                    days.windows(2)
                        .all(|w| w[0].first_day() >= w[1].first_day())
                );
            }
        }
    }
    let bad = Request {
        cursor: Some("nonsense".into()),
        ..ask("migration")
    };
    assert!(matches!(
        index.search(&bad, &public()),
        Err(SearchError::Cursor)
    ));
    let first = index
        .search(
            &Request {
                limit: 5,
                ..ask("migration")
            },
            &public(),
        )
        .unwrap();
    let other_sort = Request {
        sort: Sort::Date,
        cursor: first.next_cursor,
        ..ask("migration")
    };
    assert!(matches!(
        index.search(&other_sort, &public()),
        Err(SearchError::Cursor)
    ));
}

#[test]
fn queries_are_parsed_and_bounded() {
    assert_eq!(
        parse("labour \"non-binding dialogue\" -- ! x").unwrap(),
        vec![
            Clause::Word("labour".into()),
            Clause::Phrase("non-binding dialogue".into()),
            Clause::Word("x".into())
        ]
    );
    assert_eq!(
        parse("\"unclosed phrase").unwrap(),
        vec![Clause::Phrase("unclosed phrase".into())]
    );
    assert_eq!(
        parse("migra* a* **").unwrap(),
        vec![Clause::Prefix("migra".into()), Clause::Word("a*".into())]
    );
    assert!(matches!(
        parse(&"a".repeat(2000)),
        Err(SearchError::Query(_))
    ));
    assert!(matches!(
        parse(&"a ".repeat(40)),
        Err(SearchError::Query(_))
    ));
    // A query of stop words still runs (and finds nothing here).
    let (_d, index) = index_with(vec![doc("x", "en", "Title", "body")]);
    assert_eq!(index.search(&ask("the of"), &public()).unwrap().total, 0);
}

#[test]
fn the_position_survives_a_reopen_and_a_second_writer_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    {
        let index = SearchIndex::open(&path).unwrap();
        assert_eq!(index.seq(), 0);
        index
            .apply(
                &[Update::Put(Box::new(doc("a", "en", "A", "alpha")))],
                42,
                false,
            )
            .unwrap();
        let second = SearchIndex::open(&path).unwrap();
        assert_eq!(second.seq(), 42);
        assert!(matches!(second.claim(), Err(SearchError::Busy(_))));
        // Staged but never committed: gone with the writer.
        index.stage(&[doc("b", "en", "B", "beta")], false).unwrap();
    }
    let index = SearchIndex::open(&path).unwrap();
    assert_eq!(index.seq(), 42);
    assert_eq!(index.len().unwrap(), 1);
    assert_eq!(index.digests().unwrap().len(), 1);
}

/// Scores of every hit, by id, for a query as a viewer.
fn scores(index: &SearchIndex, q: &str, who: &Readable) -> Vec<(String, u32)> {
    let req = Request {
        limit: 100,
        ..ask(q)
    };
    let mut out: Vec<(String, u32)> = index
        .search(&req, who)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| (h.shown.id, h.score.to_bits()))
        .collect();
    out.sort();
    out
}

/// Relevance comes from what the viewer may see: adding, changing or removing hidden entries
/// (in new segments, with deletions, merged or not) leaves every score of the public exactly as
/// it was, bit for bit; a viewer who may see them gets scores that count them.
#[test]
fn hidden_entries_never_move_the_scores_of_those_who_may_not_see_them() {
    let public_docs: Vec<Entry> = (0..40)
        .map(|i| {
            doc(
                &format!("pub{i}"),
                "en",
                &format!("Labour migration report {i}"),
                &format!(
                    "Seasonal workers and labour migration between the regions, note {i}. {}",
                    "Dialogue on migration and development. ".repeat(i % 7 + 1)
                ),
            )
        })
        .collect();
    let (_d, index) = index_with(public_docs.clone());
    let member = Readable {
        participants_of: vec!["colombo-process".into()],
        ..public()
    };
    let queries = [
        "seasonal workers",
        "labour",
        "\"labour migration\"",
        "migration dialogue",
        "migra*",
        "\"labour migr*\"",
    ];
    let before: Vec<_> = queries
        .iter()
        .map(|q| (scores(&index, q, &public()), scores(&index, q, &member)))
        .collect();
    // Hidden entries full of the very words, each in a commit of its own, then one changed and
    // one removed (a deletion in a segment), then a public entry updated in place.
    let hidden = |id: &str, access: EntryAccess| {
        let mut e = doc(
            id,
            "en",
            "Seasonal workers seasonal workers labour",
            &"seasonal workers labour migration dialogue ".repeat(50),
        );
        e.access = access;
        e
    };
    let participants = EntryAccess::Participants {
        forum: "colombo-process".into(),
        public_from: None,
    };
    let mut seq = 2;
    for (id, access) in [
        ("h-confidential", EntryAccess::Confidential),
        ("h-participants", participants.clone()),
        (
            "h-embargoed",
            EntryAccess::Participants {
                forum: "bali-process".into(),
                public_from: Some(20_990_101),
            },
        ),
    ] {
        index
            .apply(&[Update::Put(Box::new(hidden(id, access)))], seq, false)
            .unwrap();
        seq += 1;
    }
    let mut changed = hidden("h-confidential", EntryAccess::Confidential);
    changed.texts[0].1.push_str(" more seasonal workers");
    index
        .apply(
            &[
                Update::Put(Box::new(changed)),
                Update::Delete("document:h-embargoed".into()),
                Update::Put(Box::new(public_docs[3].clone())),
            ],
            seq,
            false,
        )
        .unwrap();
    for (q, (public_before, member_before)) in queries.iter().zip(&before) {
        assert_eq!(
            &scores(&index, q, &public()),
            public_before,
            "the public's scores for {q} moved"
        );
        // The member sees the participants' entry: its own scores count it.
        let member_now = scores(&index, q, &member);
        if !q.contains('*') {
            assert_ne!(
                &member_now, member_before,
                "{q}: the member's scores count what it sees"
            );
        }
        assert!(
            member_now.iter().any(|(id, _)| id == "h-participants"),
            "{q}"
        );
    }
    // And they are the scores of an index that never held the hidden entries at all.
    let (_d2, clean) = index_with(public_docs);
    for q in queries {
        assert_eq!(
            scores(&index, q, &public()),
            scores(&clean, q, &public()),
            "{q}"
        );
    }
}

#[test]
fn british_and_american_spellings_find_each_other_and_the_text_is_marked() {
    let (_dir, index) = index_with(vec![paper()]);
    let found = index
        .search(&ask("cross-fertilisation"), &public())
        .unwrap();
    assert_eq!(found.total, 1);
    assert!(
        marked_words(&found.hits[0])
            .iter()
            .any(|w| w == "cross" || w == "fertilization"),
        "{:?}",
        found.hits[0].snippet
    );
    assert_eq!(
        ids(&index, &ask("organisation"), &public()),
        ids(&index, &ask("organization"), &public())
    );
    assert_eq!(ids(&index, &ask("labour"), &public()).len(), 1);
}

#[test]
fn a_search_that_finds_nothing_suggests_a_word_the_viewer_may_find() {
    let mut secret = doc("s", "en", "Zanzibarian notes", "zanzibarian");
    secret.access = EntryAccess::Confidential;
    let (_dir, index) = index_with(vec![paper(), secret]);
    // A misspelt word becomes the word the paper writes, and the suggestion finds it.
    let suggested = index
        .suggest("fertilizaton dialogue", &public())
        .unwrap()
        .expect("a suggestion");
    assert_eq!(suggested, "fertilization dialogue");
    assert!(index.search(&ask(&suggested), &public()).unwrap().total > 0);
    // Part by part in a hyphenated word.
    assert_eq!(
        index
            .suggest("cross-fertilizaton", &public())
            .unwrap()
            .as_deref(),
        Some("cross-fertilization")
    );
    // A query that finds something asks for no suggestion.
    assert_eq!(index.suggest("fertilization", &public()).unwrap(), None);
    // Nothing close: no suggestion.
    assert_eq!(index.suggest("qqqqqqqq", &public()).unwrap(), None);
    // A word only a hidden entry holds is never offered, but is to those who may see it.
    assert_eq!(index.suggest("zanzibarien", &public()).unwrap(), None);
    let editor = Readable {
        confidential: true,
        ..public()
    };
    assert_eq!(
        index.suggest("zanzibarien", &editor).unwrap().as_deref(),
        Some("zanzibarian")
    );
}
