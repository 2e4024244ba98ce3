//! The fora list: a filter over the read model, on a day, in one of three orders.

use agora_core::{Day, Forum};

use crate::registry::{ForaFilter, Registry};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForaSort {
    Name,
    Established,
    Members,
    /// How well a name matches the query (the default when there is one), then by name.
    Relevance,
}

impl ForaSort {
    pub const ALL: [ForaSort; 4] = [
        ForaSort::Name,
        ForaSort::Established,
        ForaSort::Members,
        ForaSort::Relevance,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ForaSort::Name => "name",
            ForaSort::Established => "established",
            ForaSort::Members => "members",
            ForaSort::Relevance => "relevance",
        }
    }
}

/// What the fora list is asked for, by any interface.
#[derive(Debug, Clone)]
pub struct ForaQuery {
    pub filter: ForaFilter,
    pub day: Day,
    pub sort: ForaSort,
}

impl ForaQuery {
    /// The matching fora, sorted, with the sort key of each (for cursors).
    pub fn run<'r>(&self, r: &'r Registry) -> Vec<(&'r Forum, String)> {
        let mut rows: Vec<(&Forum, String)> = r
            .search_fora(&self.filter, self.day)
            .into_iter()
            .map(|f| {
                let key = match self.sort {
                    ForaSort::Name => r.sort_name(&f.id).to_owned(),
                    ForaSort::Established => f
                        .established
                        .map(|d| d.first_day().to_string())
                        .unwrap_or_else(|| "9999".into()),
                    ForaSort::Members => {
                        format!("{:06}", 999_999 - r.member_count(&f.id, self.day))
                    }
                    ForaSort::Relevance => {
                        let score = self
                            .filter
                            .q
                            .as_deref()
                            .and_then(|q| r.match_name(&f.id, q))
                            .map_or(0, |m| m.score);
                        format!("{:03}{}", 100 - u16::from(score), r.sort_name(&f.id))
                    }
                };
                (f, key)
            })
            .collect();
        rows.sort_by(|a, b| (&a.1, &a.0.id).cmp(&(&b.1, &b.0.id)));
        rows
    }
}
