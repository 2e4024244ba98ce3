use super::*;

/// The labelled set is real and large enough: at least 50 pairs, each side with its source.
#[test]
fn the_labelled_set_holds_at_least_fifty_sourced_pairs() {
    let pairs = pairs();
    assert!(pairs.len() >= 50, "{} pairs", pairs.len());
    for p in &pairs {
        for side in [&p.earlier, &p.later] {
            assert!(side.url.starts_with("http"), "{}: {}", p.id, side.url);
            assert!(side.text.split_whitespace().count() >= 5, "{}", p.id);
        }
    }
    let (recs, links) = labelled();
    assert!(links.len() >= 50 && recs.len() >= links.len());
}

/// A French paraphrase of a built-in recommendation, planted among 1,000 unrelated ones (and the
/// other built-ins), is among the three the proposer finds for the English original; and the
/// original among the three it finds for the paraphrase.
#[test]
fn a_french_paraphrase_is_found_among_a_thousand_unrelated() {
    let r = registry();
    let concepts = Concepts::new(&agora_ingest::builtin::glossary(), &r);
    let builtin = agora_ingest::builtin::recommendations();
    let original = builtin
        .iter()
        .find(|x| x.id.as_str() == "bangkok-2009-cross-fertilisation-2")
        .unwrap()
        .clone();
    let planted = recommendation(
        "planted-paraphrase",
        "fr",
        "Les participants sont convenus de réunir de façon régulière, environ tous les deux ans, les gouvernements qui assurent la présidence et les secrétariats des principaux processus consultatifs régionaux sur la migration.",
    );
    let mut stored = unrelated(&r, 1000, 42);
    stored.extend(builtin.iter().cloned());
    stored.push(planted.clone());
    let index = RelatedIndex::build(stored.iter().map(|x| item(&concepts, x))).unwrap();
    let top: Vec<String> = index
        .propose(&item(&concepts, &original), 3, &[])
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert!(top.contains(&"planted-paraphrase".to_owned()), "{top:?}");
    let top: Vec<String> = index
        .propose(&item(&concepts, &planted), 3, &[])
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert!(
        top.contains(&"bangkok-2009-cross-fertilisation-2".to_owned()),
        "{top:?}"
    );
}
