//! The fora list: a filter over the read model, on a day, in one of three orders.

use agora_core::{CategorySpan, Day, Forum, Role};

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

    /// When the list is of one category: the fora that had it at another time than the day
    /// (and match the rest of the filter), with the spans when they had it. The Bali Process was
    /// an RCP until it became an inter-regional forum: a list of today's RCPs says so beside
    /// itself rather than leaving it out in silence.
    pub fn of_category_at_other_times<'r>(
        &self,
        r: &'r Registry,
    ) -> Vec<(&'r Forum, Vec<&'r CategorySpan>)> {
        let Some(category) = self.filter.category else {
            return Vec::new();
        };
        let rest = ForaFilter {
            category: None,
            ..self.filter.clone()
        };
        let mut found: Vec<(&Forum, Vec<&CategorySpan>)> = r
            .search_fora(&rest, self.day)
            .into_iter()
            .filter(|f| f.category_on(self.day).or(f.category()) != Some(category))
            .filter_map(|f| {
                let spans: Vec<&CategorySpan> = f
                    .categories
                    .iter()
                    .filter(|c| c.category == category)
                    .collect();
                (!spans.is_empty()).then_some((f, spans))
            })
            .collect();
        found.sort_by(|a, b| r.sort_name(&a.0.id).cmp(r.sort_name(&b.0.id)));
        found
    }
}

/// A forum's secretariat on a day (an organisation, usually; sometimes a state or a forum):
/// the rows that count on the day, then those whose dates are not recorded (`true`), which the
/// sources name without saying since when.
pub fn secretariats_on<'r>(
    r: &'r Registry,
    forum: &Forum,
    day: Day,
) -> Vec<(&'r agora_core::Membership, bool)> {
    let dated = r.memberships_of_forum(&forum.id, Some(day), Some(Role::Secretariat));
    let undated = r.undated_memberships_of_forum(&forum.id, day, Some(Role::Secretariat));
    (dated.into_iter().map(|m| (m, false)))
        .chain(undated.into_iter().map(|m| (m, true)))
        .collect()
}
