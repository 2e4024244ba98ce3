//! The peer review of a practice: a rubric of criteria each scored from 1 to 5 with a
//! comment; reviewers affiliated with a state, a forum or an organisation, refused where the
//! practice names their state or forum (a conflict of interest) unless an editor overrides;
//! at least two reviews, a third asked when the first two totals lie more than [`MARGIN`]
//! apart; then an editor's decision. Who may read which review is the policy's
//! ([`crate::policy::Viewer::may_read_reviews`]).

use std::collections::BTreeMap;
use std::fmt;

use agora_i18n::Said;
use serde::{Deserialize, Serialize};

use crate::ids::{AreaCode, ForumId};
use crate::kind::Refused;
use crate::meeting::{MAX_LINE, MAX_TEXT};
use crate::words::word_enum;

use super::Practice;

word_enum! {
    /// The rubric's criteria, in the order a review form asks them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Criterion {
        /// Applied in practice, not only planned.
        Applied => "applied",
        /// Relevant to the migration governance of the states and fora concerned.
        Relevant => "relevant",
        /// Effective, with evidence of its results.
        Effective => "effective",
        /// Coherent with the Global Compact for Migration and with human rights.
        Coherent => "coherent",
        Innovative => "innovative",
        /// Replicable elsewhere.
        Replicable => "replicable",
        /// Sustainable after its first funding.
        Sustainable => "sustainable",
    }
}

/// The lowest and highest score of a criterion.
pub const LOWEST: u8 = 1;
pub const HIGHEST: u8 = 5;

/// The reviews every practice needs before an editor decides.
pub const REVIEWS_NEEDED: usize = 2;

/// How far apart (in points of the total, out of 35) two reviews may lie before a third
/// reviewer is asked: more than a fifth of the scale.
pub const MARGIN: u32 = 7;

/// One criterion's score and the reviewer's comment on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scored {
    pub score: u8,
    pub comment: String,
}

/// A review's scores, every criterion of the rubric scored once.
pub type Scores = BTreeMap<Criterion, Scored>;

/// Every reason a review's scores are refused, by field (`scores.effective.comment`).
pub fn score_problems(scores: &Scores) -> Vec<Refused> {
    let mut out = Vec::new();
    for c in Criterion::ALL {
        let field = format!("scores.{}", c.as_str());
        match scores.get(&c) {
            None => out.push(Refused::new(field, Said::new("review-criterion-missing"))),
            Some(s) => {
                if !(LOWEST..=HIGHEST).contains(&s.score) {
                    out.push(Refused::new(
                        format!("{field}.score"),
                        Said::new("review-score-range")
                            .with("lowest", i64::from(LOWEST))
                            .with("highest", i64::from(HIGHEST)),
                    ));
                }
                let comment = s.comment.trim();
                if comment.is_empty() {
                    out.push(Refused::new(
                        format!("{field}.comment"),
                        Said::new("review-comment-empty"),
                    ));
                } else if comment.chars().count() > MAX_TEXT {
                    out.push(Refused::new(
                        format!("{field}.comment"),
                        Said::new("at-most-characters").with("most", MAX_TEXT),
                    ));
                }
            }
        }
    }
    out
}

/// A review's total, out of 35.
pub fn total(scores: &Scores) -> u32 {
    scores.values().map(|s| u32::from(s.score)).sum()
}

/// Whom a reviewer speaks for, as they state it when accepting an invitation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Affiliation {
    State(AreaCode),
    Forum(ForumId),
    /// An organisation, by its name as the reviewer writes it.
    Organisation(String),
}

/// Why an affiliation could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AffiliationError(pub String);

impl AffiliationError {
    pub fn said(&self) -> Said {
        Said::new("review-affiliation").with("input", self.0.as_str())
    }
}

crate::words::said_error!(AffiliationError);

impl std::str::FromStr for Affiliation {
    type Err = AffiliationError;
    /// `state:LKA`, `forum:colombo-process` or `organisation:NAME`.
    fn from_str(s: &str) -> Result<Affiliation, AffiliationError> {
        let bad = || AffiliationError(s.chars().take(80).collect());
        match s.trim().split_once(':') {
            Some(("state", a)) => a.trim().parse().map(Affiliation::State).map_err(|_| bad()),
            Some(("forum", f)) => f.trim().parse().map(Affiliation::Forum).map_err(|_| bad()),
            Some(("organisation", o))
                if !o.trim().is_empty() && o.trim().chars().count() <= MAX_LINE =>
            {
                Ok(Affiliation::Organisation(o.trim().to_owned()))
            }
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for Affiliation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Affiliation::State(a) => write!(f, "state:{a}"),
            Affiliation::Forum(x) => write!(f, "forum:{x}"),
            Affiliation::Organisation(o) => write!(f, "organisation:{o}"),
        }
    }
}

impl Affiliation {
    /// Whether a reviewer so affiliated has a conflict of interest with a practice: it names
    /// their state or their forum.
    pub fn conflicts_with(&self, p: &Practice) -> bool {
        match self {
            Affiliation::State(a) => p.names_state(a),
            Affiliation::Forum(f) => p.names_forum(f),
            Affiliation::Organisation(_) => false,
        }
    }
}

/// Where a practice's review stands, from the totals of the reviews in, in the order they came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Fewer reviews than needed: how many are in and how many are needed.
    Reviewing { done: usize, needed: usize },
    /// The first two lie more than [`MARGIN`] apart: a third reviewer is asked.
    ThirdAsked,
    /// Enough reviews for the editor to decide.
    Ready,
}

impl Stage {
    pub fn of(totals: &[u32]) -> Stage {
        match totals {
            [] | [_] => Stage::Reviewing {
                done: totals.len(),
                needed: REVIEWS_NEEDED,
            },
            [a, b] if a.abs_diff(*b) > MARGIN => Stage::ThirdAsked,
            _ => Stage::Ready,
        }
    }

    /// Whether one more review is wanted.
    pub fn wants_review(self) -> bool {
        !matches!(self, Stage::Ready)
    }
}

word_enum! {
    /// An editor's decision on a reviewed practice.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Decision {
        Publish => "publish",
        /// Back to its submitter with the reviews, to revise and submit again.
        Return => "return",
        Reject => "reject",
    }
}

/// Each criterion's mean score over the reviews, in tenths of a point, rounded half up.
pub fn means<'a>(reviews: impl IntoIterator<Item = &'a Scores>) -> BTreeMap<Criterion, u32> {
    let mut sums: BTreeMap<Criterion, (u32, u32)> = BTreeMap::new();
    for r in reviews {
        for (c, s) in r {
            let e = sums.entry(*c).or_default();
            e.0 += u32::from(s.score);
            e.1 += 1;
        }
    }
    sums.into_iter()
        .map(|(c, (sum, n))| (c, (sum * 20 + n) / (2 * n)))
        .collect()
}
