//! A trigram index over folded texts: which texts may hold a given piece of text. A search of
//! the calendar ("Meeting 12345") looks only at the texts that hold the query's rarest
//! three-byte piece instead of all of them (20,000 meetings: a few instead of 2 MB of text per
//! request), and confirms each with `contains`, so what it finds is exactly what a scan finds.

use std::collections::HashMap;

/// For each three bytes that occur in a text, the texts they occur in (ascending, once each).
#[derive(Debug, Clone, Default)]
pub struct Grams {
    postings: HashMap<[u8; 3], Vec<u32>>,
}

impl Grams {
    pub fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> Grams {
        let mut postings: HashMap<[u8; 3], Vec<u32>> = HashMap::new();
        let mut seen: Vec<[u8; 3]> = Vec::new();
        for (i, text) in texts.into_iter().enumerate() {
            let i = u32::try_from(i).expect("fewer than 4 billion texts");
            seen.clear();
            seen.extend(text.as_bytes().windows(3).map(|w| [w[0], w[1], w[2]]));
            seen.sort_unstable();
            seen.dedup();
            for g in &seen {
                postings.entry(*g).or_default().push(i);
            }
        }
        Grams { postings }
    }

    /// The texts that may hold `needle` (a superset of those that do, ascending), or `None`
    /// when it is too short to say (under three bytes: every text may).
    pub fn candidates(&self, needle: &str) -> Option<&[u32]> {
        let bytes = needle.as_bytes();
        if bytes.len() < 3 {
            return None;
        }
        let mut rarest: &[u32] = &[];
        for (n, w) in bytes.windows(3).enumerate() {
            let list = self
                .postings
                .get(&[w[0], w[1], w[2]])
                .map_or(&[][..], Vec::as_slice);
            if n == 0 || list.len() < rarest.len() {
                rarest = list;
            }
            if rarest.is_empty() {
                break;
            }
        }
        Some(rarest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_rarest_piece_narrows_the_texts() {
        let texts = [
            "meeting 12 of rcm",
            "meeting 123 of igad",
            "söderköping meeting",
        ];
        let g = Grams::build(texts);
        assert_eq!(g.candidates("123"), Some(&[1][..]));
        assert_eq!(g.candidates("meeting"), Some(&[0, 1, 2][..]));
        assert_eq!(g.candidates("köp"), Some(&[2][..]));
        assert_eq!(g.candidates("xyz"), Some(&[][..]));
        assert_eq!(g.candidates("12"), None);
    }

    proptest! {
        /// Every text that holds the needle is a candidate.
        #[test]
        fn no_text_holding_the_needle_is_missed(
            texts in proptest::collection::vec("[abc é]{0,12}", 0..12),
            needle in "[abc é]{0,5}",
        ) {
            let g = Grams::build(texts.iter().map(String::as_str));
            for (i, t) in texts.iter().enumerate() {
                if t.contains(&needle) {
                    match g.candidates(&needle) {
                        None => prop_assert!(needle.len() < 3),
                        Some(c) => prop_assert!(c.contains(&(i as u32)), "{t:?} {needle:?}"),
                    }
                }
            }
        }
    }
}
