//! The registry as the web reads it: a snapshot of the store with indexes, rebuilt when the change
//! log moves on (see [`crate::state::AppState::registry`]). Every page and endpoint reads from one
//! snapshot, so a response never mixes two versions of the data.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use agora_core::{
    Area, AreaCode, Category, Dataset, Day, Forum, ForumId, MdStatus, Member, MemberType,
    Membership, Organisation, Role, Theme, fold,
};

pub struct Registry {
    /// The change-log position this snapshot reflects.
    pub seq: i64,
    pub data: Dataset,
    fora: HashMap<ForumId, usize>,
    areas: HashMap<AreaCode, usize>,
    organisations: HashMap<String, usize>,
    themes: HashMap<String, usize>,
    by_forum: HashMap<ForumId, Vec<usize>>,
    by_member: HashMap<(MemberType, String), Vec<usize>>,
    children: HashMap<ForumId, Vec<ForumId>>,
    /// Each forum's names, acronyms and aliases (and its id), as written and folded, the
    /// display name first: what a search of the fora by name compares.
    names: Vec<Vec<(String, String)>>,
    /// The same for each area (names in every language, ISO codes) and each organisation (names,
    /// acronyms, id), in the dataset's order.
    area_names: Vec<Vec<(String, String)>>,
    organisation_names: Vec<Vec<(String, String)>>,
    /// M49 regions that appear in the data, with their names.
    regions: BTreeMap<u16, String>,
    /// Each forum's folded English name, the key of the default sort.
    sort_names: Vec<String>,
    /// Every document, newest first (by date, then id); who may see each is decided per viewer.
    pub documents: Vec<agora_core::document::Document>,
    document_index: HashMap<String, usize>,
    /// Every published meeting.
    pub meetings: crate::meetings::Meetings,
    /// Every published recommendation and follow-up entry.
    pub recommendations: crate::recommendations::Recommendations,
    /// Every published migration route.
    pub routes: crate::routes::Routes,
    /// Every published good practice.
    pub practices: crate::practices::Practices,
}

/// What the fora list can be filtered by.
#[derive(Debug, Clone, Default)]
pub struct ForaFilter {
    pub q: Option<String>,
    pub category: Option<Category>,
    /// An M49 code: the forum serves the region, or has a member there on the day.
    pub region: Option<u16>,
    pub theme: Option<String>,
    pub md_status: Option<MdStatus>,
    pub status: Option<ForumStatus>,
}

/// The name of a forum that best matched a query, and how well (0-100).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMatch<'a> {
    pub score: u8,
    pub name: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForumStatus {
    Active,
    Dissolved,
}

/// A state, organisation or forum found by its name.
#[derive(Debug, Clone, Copy)]
pub enum Named<'a> {
    State(&'a Area),
    Organisation(&'a Organisation),
    Forum(&'a Forum),
}

impl<'a> Named<'a> {
    /// Its display name.
    pub fn name(&self) -> &'a str {
        match self {
            Named::State(a) => agora_core::name_of(&a.names),
            Named::Organisation(o) => agora_core::name_of(&o.names),
            Named::Forum(f) => f.name(),
        }
    }
}

/// A record's names, folded and as written, the display name first, each once.
fn names_of(display: &str, others: impl Iterator<Item = String>) -> Vec<(String, String)> {
    let mut names = vec![(fold(display), display.to_owned())];
    for s in others {
        let folded = fold(&s);
        if !names.iter().any(|(f, _)| *f == folded) {
            names.push((folded, s));
        }
    }
    names
}

/// Roles that count as taking part in a forum (a secretariat organisation does not "take part").
pub fn participates(role: Role) -> bool {
    !matches!(role, Role::Secretariat)
}

impl Registry {
    pub fn build(
        seq: i64,
        data: Dataset,
        mut documents: Vec<agora_core::document::Document>,
    ) -> Registry {
        documents.sort_by(|a, b| {
            b.date
                .map(|d| d.first_day())
                .cmp(&a.date.map(|d| d.first_day()))
                .then_with(|| a.id.cmp(&b.id))
        });
        let document_index = documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.to_string(), i))
            .collect();
        let mut r = Registry {
            seq,
            documents,
            document_index,
            meetings: crate::meetings::Meetings::default(),
            recommendations: crate::recommendations::Recommendations::default(),
            routes: crate::routes::Routes::default(),
            practices: crate::practices::Practices::default(),
            fora: HashMap::new(),
            areas: HashMap::new(),
            organisations: HashMap::new(),
            themes: HashMap::new(),
            by_forum: HashMap::new(),
            by_member: HashMap::new(),
            children: HashMap::new(),
            names: Vec::new(),
            area_names: Vec::new(),
            organisation_names: Vec::new(),
            regions: BTreeMap::new(),
            sort_names: Vec::new(),
            data: Dataset::default(),
        };
        for (i, f) in data.fora.iter().enumerate() {
            r.fora.insert(f.id.clone(), i);
            if let Some(p) = &f.parent_id {
                r.children.entry(p.clone()).or_default().push(f.id.clone());
            }
            let display = f.name().to_owned();
            let mut names: Vec<(String, String)> = vec![(fold(&display), display.clone())];
            for s in f
                .names
                .values()
                .chain(&f.acronyms)
                .chain(f.aliases.iter().map(|a| &a.name))
                .filter(|s| **s != display)
            {
                names.push((fold(s), s.clone()));
            }
            names.push((f.id.to_string(), display));
            r.names.push(names);
            r.sort_names.push(fold(f.name()));
        }
        for (i, a) in data.areas.iter().enumerate() {
            r.areas.insert(a.code.clone(), i);
            let display = agora_core::name_of(&a.names).to_owned();
            let codes = [Some(a.code.to_string()), a.iso2.clone()];
            r.area_names.push(names_of(
                &display,
                a.names.values().cloned().chain(codes.into_iter().flatten()),
            ));
        }
        for (i, o) in data.organisations.iter().enumerate() {
            r.organisations.insert(o.id.to_string(), i);
            let display = agora_core::name_of(&o.names).to_owned();
            r.organisation_names.push(names_of(
                &display,
                o.names
                    .values()
                    .chain(&o.acronyms)
                    .cloned()
                    .chain([o.id.to_string()]),
            ));
        }
        for (i, t) in data.themes.iter().enumerate() {
            r.themes.insert(t.id.to_string(), i);
        }
        for (i, m) in data.memberships.iter().enumerate() {
            r.by_forum.entry(m.forum_id.clone()).or_default().push(i);
            r.by_member
                .entry((m.member.kind(), m.member.id().to_owned()))
                .or_default()
                .push(i);
        }
        // Each forum's memberships in the order pages list them: by start date, then id.
        for list in r.by_forum.values_mut() {
            list.sort_by(|&a, &b| {
                let (a, b) = (&data.memberships[a], &data.memberships[b]);
                a.start_date
                    .map(|d| d.first_day())
                    .cmp(&b.start_date.map(|d| d.first_day()))
                    .then_with(|| a.id.cmp(&b.id))
            });
        }
        r.regions.insert(1, "World".to_owned());
        for a in &data.areas {
            for x in [&a.region, &a.sub_region, &a.intermediate_region]
                .into_iter()
                .flatten()
            {
                r.regions.entry(x.code).or_insert_with(|| x.name.clone());
            }
        }
        r.data = data;
        r
    }

    /// The folded name a forum sorts by.
    pub fn sort_name(&self, id: &ForumId) -> &str {
        self.fora
            .get(id)
            .map(|&i| self.sort_names[i].as_str())
            .unwrap_or("")
    }

    pub fn document(&self, id: &str) -> Option<&agora_core::document::Document> {
        self.document_index.get(id).map(|&i| &self.documents[i])
    }

    pub fn forum(&self, id: &str) -> Option<&Forum> {
        let id = ForumId::parse(id).ok()?;
        self.fora.get(&id).map(|&i| &self.data.fora[i])
    }
    pub fn area(&self, code: &str) -> Option<&Area> {
        let code = AreaCode::parse(code).ok()?;
        self.areas.get(&code).map(|&i| &self.data.areas[i])
    }
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations
            .get(id)
            .map(|&i| &self.data.organisations[i])
    }
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.get(id).map(|&i| &self.data.themes[i])
    }
    pub fn children(&self, id: &ForumId) -> &[ForumId] {
        self.children.get(id).map(Vec::as_slice).unwrap_or(&[])
    }

    /// A forum's memberships, optionally only those active on a day and of one role; sorted by
    /// start date, then id.
    pub fn memberships_of_forum(
        &self,
        id: &ForumId,
        as_of: Option<Day>,
        role: Option<Role>,
    ) -> Vec<&Membership> {
        self.forum_memberships(id, as_of, role).collect()
    }

    fn forum_memberships(
        &self,
        id: &ForumId,
        as_of: Option<Day>,
        role: Option<Role>,
    ) -> impl Iterator<Item = &Membership> {
        self.memberships_where(id, role, move |m| {
            as_of.is_none_or(|d| self.counts_on(m, d))
        })
    }

    fn memberships_where<'a>(
        &'a self,
        id: &ForumId,
        role: Option<Role>,
        keep: impl Fn(&Membership) -> bool + 'a,
    ) -> impl Iterator<Item = &'a Membership> {
        self.by_forum
            .get(id)
            .into_iter()
            .flatten()
            .map(|&i| &self.data.memberships[i])
            .filter(move |m| role.is_none_or(|r| m.role == r) && keep(m))
    }

    /// The as-of rule: a membership counts on a day inside its own dates and its forum's life
    /// ([`Forum::counts_on`]); undated rows never do.
    pub fn counts_on(&self, m: &Membership, day: Day) -> bool {
        self.fora
            .get(&m.forum_id)
            .is_some_and(|&i| self.data.fora[i].counts_on(m, day))
    }

    /// A membership whose dates are not recorded, of a forum that existed on the day: listed
    /// apart from the members on that day ("dates not recorded"), and counted apart.
    pub fn undated_on(&self, m: &Membership, day: Day) -> bool {
        self.fora
            .get(&m.forum_id)
            .is_some_and(|&i| self.data.fora[i].undated_on(m, day))
    }

    /// A forum's memberships whose dates are not recorded, if it existed on the day.
    pub fn undated_memberships_of_forum(
        &self,
        id: &ForumId,
        day: Day,
        role: Option<Role>,
    ) -> Vec<&Membership> {
        self.memberships_where(id, role, move |m| self.undated_on(m, day))
            .collect()
    }

    /// Distinct members with the role `member` whose dates are not recorded, on a day the forum
    /// existed, with the states that take part through a member forum without dates
    /// ([`Registry::undated_states_through`]); never part of [`Registry::member_count`].
    pub fn undated_member_count(&self, id: &ForumId, day: Day) -> usize {
        let through: Vec<Member> = self
            .undated_states_through(id, day)
            .into_iter()
            .map(|(state, _)| Member::Area(state.clone()))
            .collect();
        distinct(
            self.memberships_where(id, Some(Role::Member), move |m| self.undated_on(m, day))
                .map(|m| &m.member)
                .chain(through.iter()),
        )
    }

    /// Where a member (state, organisation or forum) takes part.
    pub fn memberships_of_member(&self, member: &Member, as_of: Option<Day>) -> Vec<&Membership> {
        let mut out: Vec<&Membership> = self
            .by_member
            .get(&(member.kind(), member.id().to_owned()))
            .into_iter()
            .flatten()
            .map(|&i| &self.data.memberships[i])
            .filter(|m| as_of.is_none_or(|d| self.counts_on(m, d)))
            .collect();
        out.sort_by(|a, b| {
            self.forum_name(&a.forum_id)
                .cmp(self.forum_name(&b.forum_id))
                .then_with(|| a.id.cmp(&b.id))
        });
        out
    }

    /// Distinct members with the role `member` on a day. A member forum that takes part for its
    /// member states ([`Forum::resolves_member_fora`]) counts as its states on that day.
    pub fn member_count(&self, id: &ForumId, day: Day) -> usize {
        let through: Vec<Member> = self
            .states_through(id, day)
            .into_iter()
            .map(|(state, _)| Member::Area(state.clone()))
            .collect();
        let resolves = self
            .forum(id.as_str())
            .is_some_and(|f| f.resolves_member_fora(day));
        distinct(
            self.forum_memberships(id, Some(day), Some(Role::Member))
                .map(|m| &m.member)
                .filter(|m| !(resolves && matches!(m, Member::Forum(_))))
                .chain(through.iter()),
        )
    }

    /// Of the members on a day, how many were suspended then (counted within the members: a
    /// suspended member is still a member).
    pub fn suspended_count(&self, id: &ForumId, day: Day) -> usize {
        distinct(
            self.forum_memberships(id, Some(day), Some(Role::Member))
                .filter(|m| m.status_on(day) == agora_core::MembershipStatus::Suspended)
                .map(|m| &m.member),
        )
    }

    /// The states taking part in a forum on a day through a member forum (a regional
    /// organisation in an inter-regional forum), each with the forum it comes through: that
    /// forum's members on the same day, so the EU side follows the EU's enlargement.
    pub fn states_through(&self, id: &ForumId, day: Day) -> Vec<(&AreaCode, &ForumId)> {
        self.through(id, day, |via| {
            self.forum_memberships(via, Some(day), Some(Role::Member))
                .collect()
        })
    }

    /// The states a member forum lists without dates (the ACP Group's states, whose accessions
    /// are not recorded): they take part through it, but since when is not known, so they are
    /// listed and counted apart, like undated rows, and never among the states on the day. A
    /// state counted on the day (through a member forum with dates, or as a member itself) is
    /// left out.
    pub fn undated_states_through(&self, id: &ForumId, day: Day) -> Vec<(&AreaCode, &ForumId)> {
        let mut dated: BTreeSet<&AreaCode> = self
            .states_through(id, day)
            .into_iter()
            .map(|(state, _)| state)
            .collect();
        dated.extend(
            self.forum_memberships(id, Some(day), Some(Role::Member))
                .filter_map(|m| match &m.member {
                    Member::Area(a) => Some(a),
                    _ => None,
                }),
        );
        let mut out = self.through(id, day, |via| {
            self.memberships_where(via, Some(Role::Member), move |m| self.undated_on(m, day))
                .collect()
        });
        out.retain(|(state, _)| !dated.contains(state));
        out
    }

    /// The states of the member fora a forum resolves on a day, as `inner` lists each member
    /// forum's rows; sorted by state, one entry per state.
    fn through<'a>(
        &'a self,
        id: &ForumId,
        day: Day,
        inner: impl Fn(&'a ForumId) -> Vec<&'a Membership>,
    ) -> Vec<(&'a AreaCode, &'a ForumId)> {
        if !self
            .forum(id.as_str())
            .is_some_and(|f| f.resolves_member_fora(day))
        {
            return Vec::new();
        }
        let mut out: Vec<(&AreaCode, &ForumId)> = Vec::new();
        for m in self.forum_memberships(id, Some(day), Some(Role::Member)) {
            if let Member::Forum(via) = &m.member {
                for row in inner(via) {
                    if let Member::Area(state) = &row.member {
                        out.push((state, via));
                    }
                }
            }
        }
        out.sort();
        out.dedup_by(|a, b| a.0 == b.0);
        out
    }

    /// Distinct fora an area takes part in on a day.
    pub fn fora_count(&self, code: &AreaCode, day: Day) -> usize {
        self.memberships_of_member(&Member::Area(code.clone()), Some(day))
            .iter()
            .filter(|m| participates(m.role))
            .map(|m| &m.forum_id)
            .collect::<BTreeSet<_>>()
            .len()
    }

    /// For every area, how many fora it takes part in on a day.
    pub fn fora_counts(&self, day: Day) -> BTreeMap<&AreaCode, usize> {
        let mut sets: BTreeMap<&AreaCode, BTreeSet<&ForumId>> = BTreeMap::new();
        for m in &self.data.memberships {
            if let Member::Area(c) = &m.member
                && participates(m.role)
                && self.counts_on(m, day)
            {
                sets.entry(c).or_default().insert(&m.forum_id);
            }
        }
        sets.into_iter().map(|(k, v)| (k, v.len())).collect()
    }

    pub fn forum_name<'a>(&'a self, id: &'a ForumId) -> &'a str {
        self.fora
            .get(id)
            .map(|&i| self.data.fora[i].name())
            .unwrap_or(id.as_str())
    }

    /// A forum's name in the first language of `chain` it has one in, with that language.
    pub fn forum_name_in<'a>(&'a self, id: &'a ForumId, chain: &[&str]) -> (&'a str, &'a str) {
        match self.fora.get(id) {
            Some(&i) => agora_core::name_in(&self.data.fora[i].names, chain),
            None => (id.as_str(), ""),
        }
    }

    /// A member's name in the first language of `chain` it has one in, with that language.
    pub fn member_name_in(&self, m: &Member, chain: &[&str]) -> (String, String) {
        let named = |names: &agora_core::Names| {
            let (n, l) = agora_core::name_in(names, chain);
            (n.to_owned(), l.to_owned())
        };
        match m {
            Member::Area(c) => self
                .area(c.as_str())
                .map(|a| named(&a.names))
                .unwrap_or_else(|| (c.to_string(), String::new())),
            Member::Organisation(o) => self
                .organisation(o.as_str())
                .map(|o| named(&o.names))
                .unwrap_or_else(|| (o.to_string(), String::new())),
            Member::Forum(f) => {
                let (n, l) = self.forum_name_in(f, chain);
                (n.to_owned(), l.to_owned())
            }
        }
    }

    pub fn member_name(&self, m: &Member) -> String {
        match m {
            Member::Area(c) => self
                .area(c.as_str())
                .map(|a| agora_core::name_of(&a.names).to_owned())
                .unwrap_or_else(|| c.to_string()),
            Member::Organisation(o) => self
                .organisation(o.as_str())
                .map(|o| agora_core::name_of(&o.names).to_owned())
                .unwrap_or_else(|| o.to_string()),
            Member::Forum(f) => self.forum_name(f).to_owned(),
        }
    }

    /// How well a query matches a forum's names: the best of its names (names in every
    /// language, acronyms, aliases, its id), scored 0-100 by the share of the query's words that
    /// begin one of its words, 100 for the whole query as written. A forum matches when one name holds every
    /// word, or most of them for a query of three words or more ("Community of
    /// Portuguese-speaking Countries" finds the Community of Portuguese Language Countries).
    pub fn match_name(&self, id: &ForumId, q: &str) -> Option<NameMatch<'_>> {
        let i = *self.fora.get(id)?;
        best_name(&self.names[i], &self.data.fora[i].acronyms, q)
    }

    /// States and organisations whose names match a query as [`Registry::match_name`] matches a
    /// forum's (names in every language, acronyms, codes), the best first; at most `most`.
    pub fn find_by_name(&self, q: &str, most: usize) -> Vec<(Named<'_>, NameMatch<'_>)> {
        let mut found: Vec<(Named<'_>, NameMatch<'_>)> = Vec::new();
        for (a, names) in self.data.areas.iter().zip(&self.area_names) {
            if let Some(m) = best_name(names, &[], q) {
                found.push((Named::State(a), m));
            }
        }
        for (o, names) in self.data.organisations.iter().zip(&self.organisation_names) {
            if let Some(m) = best_name(names, &o.acronyms, q) {
                found.push((Named::Organisation(o), m));
            }
        }
        found.sort_by_key(|f| std::cmp::Reverse(f.1.score));
        found.truncate(most);
        found
    }

    /// The state, organisation or forum someone typed into a form: its code or id ("JPN",
    /// "iom"), or one of its names in any language, case and accents aside ("Japan", "japon").
    /// When no record has that name: Err with the records it may mean (best first; empty when
    /// nothing is near).
    pub fn resolve_named(&self, typed: &str) -> Result<Named<'_>, Vec<Named<'_>>> {
        let typed = typed.trim();
        if let Some(a) = self.area(&typed.to_uppercase()) {
            return Ok(Named::State(a));
        }
        if let Some(o) = self.organisation(&typed.to_lowercase()) {
            return Ok(Named::Organisation(o));
        }
        if let Some(f) = self.forum(&typed.to_lowercase()) {
            return Ok(Named::Forum(f));
        }
        let folded = fold(typed);
        if folded.is_empty() {
            return Err(Vec::new());
        }
        let named = |names: &[(String, String)]| names.iter().any(|(f, _)| *f == folded);
        let mut exact: Vec<Named<'_>> = Vec::new();
        for (a, names) in self.data.areas.iter().zip(&self.area_names) {
            if named(names) {
                exact.push(Named::State(a));
            }
        }
        for (o, names) in self.data.organisations.iter().zip(&self.organisation_names) {
            if named(names) {
                exact.push(Named::Organisation(o));
            }
        }
        for (f, names) in self.data.fora.iter().zip(&self.names) {
            if named(names) {
                exact.push(Named::Forum(f));
            }
        }
        if let [one] = exact.as_slice() {
            return Ok(*one);
        }
        if !exact.is_empty() {
            return Err(exact);
        }
        let mut near: Vec<Named<'_>> = self
            .find_by_name(typed, 5)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        for f in &self.data.fora {
            if near.len() < 8 && self.match_name(&f.id, typed).is_some() {
                near.push(Named::Forum(f));
            }
        }
        if near.is_empty() {
            near = self.closest_names(typed, 3);
        }
        Err(near)
    }

    /// The states, organisations and fora whose names (in any language) are closest to a whole
    /// query that matched none: within a quarter of its letters (at least one, at most three)
    /// of edits, the closest first; at most `most`.
    pub fn closest_names(&self, q: &str, most: usize) -> Vec<Named<'_>> {
        let folded = fold(q.trim());
        let letters = folded.chars().count();
        if letters < 3 {
            return Vec::new();
        }
        let allowed = (letters / 4).clamp(1, 3);
        let areas = self
            .data
            .areas
            .iter()
            .map(Named::State)
            .zip(&self.area_names);
        let organisations = (self.data.organisations.iter())
            .map(Named::Organisation)
            .zip(&self.organisation_names);
        let fora = self.data.fora.iter().map(Named::Forum).zip(&self.names);
        let mut found: Vec<(usize, Named<'_>)> = areas
            .chain(organisations)
            .chain(fora)
            .filter_map(|(named, names)| {
                names
                    .iter()
                    .map(|(hay, _)| strsim::damerau_levenshtein(&folded, hay))
                    .min()
                    .filter(|d| *d <= allowed)
                    .map(|d| (d, named))
            })
            .collect();
        found.sort_by_key(|(d, _)| *d);
        found.truncate(most);
        found.into_iter().map(|(_, named)| named).collect()
    }

    /// Fora matching a filter on a day, in registry order (by id).
    pub fn search_fora(&self, filter: &ForaFilter, day: Day) -> Vec<&Forum> {
        let q = filter.q.as_deref().filter(|q| !q.trim().is_empty());
        self.data
            .fora
            .iter()
            .filter(|f| {
                q.is_none_or(|q| self.match_name(&f.id, q).is_some())
                    && filter
                        .category
                        .is_none_or(|c| f.category_on(day).or(f.category()) == Some(c))
                    && filter
                        .theme
                        .as_deref()
                        .is_none_or(|t| f.themes.iter().any(|x| x.as_str() == t))
                    && filter.md_status.is_none_or(|s| f.md_status == s)
                    && filter.status.is_none_or(|s| match s {
                        // Existing on the day: established by then and not yet dissolved.
                        ForumStatus::Active => f.exists_on(day),
                        ForumStatus::Dissolved => f.dissolved.is_some_and(|d| d.last_day() < day),
                    })
                    && filter.region.is_none_or(|r| self.serves_region(f, r, day))
            })
            .collect()
    }

    fn serves_region(&self, f: &Forum, region: u16, day: Day) -> bool {
        f.regions.contains(&region)
            || self
                .forum_memberships(&f.id, Some(day), Some(Role::Member))
                .any(|m| match &m.member {
                    Member::Area(c) => self.area(c.as_str()).is_some_and(|a| {
                        a.m49 == Some(region) || a.m49_regions().any(|x| x == region)
                    }),
                    _ => false,
                })
    }

    /// M49 regions that appear in the data (region, sub-region, intermediate), with their names.
    pub fn regions(&self) -> BTreeMap<u16, String> {
        let mut out = BTreeMap::new();
        out.insert(1, "World".to_owned());
        for a in &self.data.areas {
            for r in [&a.region, &a.sub_region, &a.intermediate_region]
                .into_iter()
                .flatten()
            {
                out.entry(r.code).or_insert_with(|| r.name.clone());
            }
        }
        out
    }
}

/// Words of a query that carry no meaning of their own, in the languages of the fora's names
/// (folded: lowercase, without accents).
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "at", "for", "in", "of", "on", "the", "to", // English
    "d", "de", "des", "du", "et", "l", "la", "le", "les", "pour", "sur", // French
    "del", "el", "las", "los", "para", "sobre", "y", // Spanish
    "da", "das", "do", "dos", "e", // Portuguese
];

/// The best of `names` (folded, as written; the display name first) for a query, as
/// [`Registry::match_name`] scores it; `acronyms` are the record's own, kept even when they are
/// also stop words ("LAS").
fn best_name<'a>(
    names: &'a [(String, String)],
    acronyms: &[String],
    q: &str,
) -> Option<NameMatch<'a>> {
    let folded = fold(q);
    let mut words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '+')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    // Words that say nothing of a name ("the", "of", "de") are not asked for, unless the
    // query has nothing else ("the GFMD" finds the GFMD), or the word is this record's acronym
    // ("LAS", the League of Arab States, is also a Spanish article).
    let acronym = |w: &str| acronyms.iter().any(|a| fold(a) == w);
    let said = |w: &&str| !STOPWORDS.contains(w) || acronym(w);
    if words.iter().any(&said) {
        words.retain(said);
    }
    let needed = if words.len() >= 3 {
        words.len() / 2 + 1
    } else {
        words.len()
    };
    let phrase = folded.trim();
    names
        .iter()
        .enumerate()
        .filter_map(|(k, (hay, name))| {
            // A query word matches the start of a word of the name ("migra" finds
            // "Migration"; "on" does not find it).
            let name_words: Vec<&str> = hay
                .split(|c: char| !c.is_alphanumeric() && c != '+')
                .filter(|w| !w.is_empty())
                .collect();
            let held = words
                .iter()
                .filter(|w| name_words.iter().any(|n| n.starts_with(**w)))
                .count();
            // The whole query scores 100 in the display name, 99 in another name; a share of
            // its words at most 98: a forum found by its own name comes before one whose
            // alias mentions it (the EaP panel, "former Söderköping Process").
            let score = if hay.contains(phrase) {
                if k == 0 { 100 } else { 99 }
            } else {
                (held * 98 / words.len()) as u8
            };
            (held >= needed).then_some(NameMatch { score, name })
        })
        // The best score; among equals, the first name (the display name comes first).
        .fold(None, |best: Option<NameMatch>, m| match best {
            Some(b) if b.score >= m.score => Some(b),
            _ => Some(m),
        })
}

fn distinct<'a>(members: impl Iterator<Item = &'a Member>) -> usize {
    members.collect::<BTreeSet<_>>().len()
}

/// Participation for the access policy: a state is a member of a forum on a day when the registry
/// has a `member` membership for it that counts on that day, or one whose dates are not recorded
/// while the forum existed (the registry knows it is a member, not since when: access is not
/// withdrawn for want of a date).
impl agora_core::policy::Participation for Registry {
    fn is_member(&self, state: &agora_core::AreaCode, forum: &ForumId, day: Day) -> bool {
        self.memberships_where(forum, Some(Role::Member), |m| {
            self.counts_on(m, day) || self.undated_on(m, day)
        })
        .any(|m| matches!(&m.member, agora_core::Member::Area(a) if a == state))
    }
}
