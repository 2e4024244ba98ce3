//! CSV for fora (`fora.csv`) and memberships (`memberships.csv`), made to round-trip: export,
//! edit in a spreadsheet, import. A row updates the record with its id field by field; what a
//! CSV cannot hold (notes on sources, names in languages without a column, category dates) is
//! kept from the stored record. Lists inside a cell are separated by ` ; `.

use std::collections::BTreeMap;

use agora_core::{
    Category, CategorySpan, Dataset, Day, Forum, ForumId, Lang, Link, MdStatus, MeetingLevel,
    Member, MemberType, Membership, MembershipId, PartialDate, Role, Source, ThemeId, Verification,
};

use agora_core::Said;

use crate::cells::{join, neutral, opt};
use crate::csv_rows::{Row, read_table};
use crate::{ExportFile, FileProblem, Format, Parsed};

const NAME_LANGS: [&str; 6] = ["en", "fr", "es", "ar", "ru", "zh"];

pub const FORA_COLUMNS: [&str; 22] = [
    "id",
    "name_en",
    "name_fr",
    "name_es",
    "name_ar",
    "name_ru",
    "name_zh",
    "acronyms",
    "category",
    "parent_id",
    "established",
    "dissolved",
    "regions",
    "themes",
    "md_status",
    "operational",
    "meeting_level",
    "links",
    "summary",
    "sources",
    "verification",
    "last_checked",
];
const FORA_REQUIRED: [&str; 3] = ["id", "name_en", "category"];

pub const MEMBERSHIP_COLUMNS: [&str; 12] = [
    "id",
    "forum_id",
    "member_type",
    "member_id",
    "role",
    "start_date",
    "end_date",
    "verification",
    "last_checked",
    "note",
    "sources",
    "suspensions",
];
const MEMBERSHIP_REQUIRED: [&str; 4] = ["forum_id", "member_type", "member_id", "role"];

pub(crate) fn split(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new())
}

fn finish(w: csv::Writer<Vec<u8>>) -> String {
    String::from_utf8(w.into_inner().expect("writing to memory cannot fail"))
        .expect("CSV of UTF-8 is UTF-8")
}

/// A forum's cells, in the order of [`FORA_COLUMNS`].
pub fn forum_cells(f: &Forum) -> Vec<String> {
    let mut row: Vec<String> = vec![f.id.to_string()];
    for lang in NAME_LANGS {
        row.push(
            f.names
                .iter()
                .find(|(l, _)| l.as_str() == lang)
                .map(|(_, n)| n.clone())
                .unwrap_or_default(),
        );
    }
    row.extend([
        join(&f.acronyms),
        f.category()
            .map(|c| c.as_str())
            .unwrap_or_default()
            .to_owned(),
        opt(&f.parent_id),
        opt(&f.established),
        opt(&f.dissolved),
        join(f.regions.iter().map(|r| format!("{r:03}"))),
        join(f.themes.iter().map(|t| t.as_str())),
        f.md_status.as_str().to_owned(),
        f.operational.map(|b| b.to_string()).unwrap_or_default(),
        f.meeting_level
            .map(|l| l.as_str())
            .unwrap_or_default()
            .to_owned(),
        join(f.links.iter().map(|l| &l.url)),
        f.summary.clone().unwrap_or_default(),
        join(f.sources.iter().map(|s| &s.url)),
        f.verification.as_str().to_owned(),
        opt(&f.last_checked),
    ]);
    row
}

pub fn export(d: &Dataset) -> Vec<ExportFile> {
    let mut w = writer();
    w.write_record(FORA_COLUMNS).expect("in memory");
    for f in &d.fora {
        let row = forum_cells(f);
        w.write_record(row.iter().map(|c| neutral(c).into_owned()))
            .expect("in memory");
    }
    let fora = finish(w);
    vec![
        ExportFile {
            name: "fora.csv",
            contents: fora,
        },
        ExportFile {
            name: "memberships.csv",
            contents: memberships(&d.memberships),
        },
    ]
}

/// Memberships as `memberships.csv` of the open-data bundle writes them (and its import reads
/// them): a forum's members page offers its rows so.
pub fn memberships<'a>(rows: impl IntoIterator<Item = &'a Membership>) -> String {
    let mut w = writer();
    w.write_record(MEMBERSHIP_COLUMNS).expect("in memory");
    for m in rows {
        w.write_record(membership_cells(m).iter().map(|c| neutral(c).into_owned()))
            .expect("in memory");
    }
    finish(w)
}

/// A membership's cells, in the order of [`MEMBERSHIP_COLUMNS`].
pub fn membership_cells(m: &Membership) -> [String; 12] {
    [
        m.id.to_string(),
        m.forum_id.to_string(),
        m.member.kind().as_str().to_owned(),
        m.member.id().to_owned(),
        m.role.as_str().to_owned(),
        opt(&m.start_date),
        opt(&m.end_date),
        m.verification.as_str().to_owned(),
        opt(&m.last_checked),
        m.note.clone().unwrap_or_default(),
        join(m.sources.iter().map(|s| &s.url)),
        join(
            m.suspensions
                .iter()
                .map(|s| format!("{}/{}", s.start_date, opt(&s.end_date))),
        ),
    ]
}

/// Keep the notes of URLs that were already there (the n-th mention of a URL takes the note of
/// its n-th stored mention); new URLs come without a note.
fn merge_notes(
    old: &[(&str, Option<&String>)],
    urls: Vec<String>,
) -> Vec<(String, Option<String>)> {
    let mut used = vec![false; old.len()];
    urls.into_iter()
        .map(|url| {
            let note = old
                .iter()
                .enumerate()
                .find(|(i, (u, _))| !used[*i] && *u == url)
                .map(|(i, (_, n))| {
                    used[i] = true;
                    n.cloned()
                });
            (url, note.flatten())
        })
        .collect()
}

fn merge_sources(old: &[Source], urls: Vec<String>) -> Vec<Source> {
    let old: Vec<_> = old
        .iter()
        .map(|s| (s.url.as_str(), s.note.as_ref()))
        .collect();
    merge_notes(&old, urls)
        .into_iter()
        .map(|(url, note)| Source { url, note })
        .collect()
}

fn merge_links(old: &[Link], urls: Vec<String>) -> Vec<Link> {
    let old: Vec<_> = old
        .iter()
        .map(|l| (l.url.as_str(), l.note.as_ref()))
        .collect();
    merge_notes(&old, urls)
        .into_iter()
        .map(|(url, note)| Link { url, note })
        .collect()
}

/// A value that is none of those a column takes.
pub(crate) fn not_one_of<'a>(s: &str, allowed: impl IntoIterator<Item = &'a str>) -> Said {
    Said::new("param-not-one-of").with("value", s).with(
        "allowed",
        allowed.into_iter().collect::<Vec<_>>().join(", "),
    )
}

fn choice<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str, s: &str) -> Result<T, Said> {
    all.iter()
        .copied()
        .find(|v| name(*v) == s)
        .ok_or_else(|| not_one_of(s, all.iter().map(|v| name(*v))))
}

fn parse_verification(s: &str) -> Result<Verification, Said> {
    Verification::parse(s).ok_or_else(|| not_one_of(s, ["verified", "unverified"]))
}

fn parse_bool(s: &str) -> Result<bool, Said> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "yes" => Ok(true),
        "false" | "no" => Ok(false),
        _ => Err(Said::new("csv-not-bool").with("value", s)),
    }
}

fn parse_list<T, E: Into<Said>>(s: &str, f: impl Fn(&str) -> Result<T, E>) -> Result<Vec<T>, Said> {
    split(s).iter().map(|x| f(x).map_err(Into::into)).collect()
}

pub fn parse(name: &str, text: &str, current: &Dataset) -> Result<Parsed, Vec<FileProblem>> {
    let memberships = |cols: &[&str]| cols.contains(&"member_type") || cols.contains(&"forum_id");
    let (cols, records, mut problems) = read_table(name, text, |cols| {
        if memberships(cols) {
            (MEMBERSHIP_COLUMNS.to_vec(), MEMBERSHIP_REQUIRED.to_vec())
        } else {
            (FORA_COLUMNS.to_vec(), FORA_REQUIRED.to_vec())
        }
    })?;
    let is_memberships = memberships(&cols.iter().map(String::as_str).collect::<Vec<_>>());
    let mut parsed = Parsed::new(Dataset::default(), Format::Csv);
    for (index, rec) in records.iter().enumerate() {
        let mut row = Row::read(name, text, &cols, rec, &mut problems);
        let line = row.line;
        if is_memberships {
            if let Some(m) = membership_row(&mut row, current, &parsed.dataset) {
                parsed.lines.push(("memberships", index, line));
                parsed.dataset.memberships.push(m);
            }
        } else if let Some(f) = forum_row(&mut row, current) {
            parsed.lines.push(("fora", index, line));
            parsed.dataset.fora.push(f);
        }
    }
    if problems.is_empty() {
        Ok(parsed)
    } else {
        Err(problems)
    }
}

fn forum_row(row: &mut Row<'_>, current: &Dataset) -> Option<Forum> {
    let id: ForumId = row.required("id", ForumId::parse)?;
    let old = current.fora.iter().find(|f| f.id == id);
    let mut f = old.cloned().unwrap_or_else(|| Forum {
        id: id.clone(),
        names: BTreeMap::new(),
        acronyms: vec![],
        aliases: vec![],
        categories: vec![],
        parent_id: None,
        established: None,
        dissolved: None,
        successor_id: None,
        regions: vec![],
        themes: vec![],
        topics: vec![],
        objectives: vec![],
        md_status: MdStatus::Unknown,
        operational: None,
        meeting_level: None,
        links: vec![],
        summary: None,
        translations: Default::default(),
        participation: None,
        sources: vec![],
        verification: Verification::Unverified,
        last_checked: None,
    });
    let mut ok = true;
    for lang in NAME_LANGS {
        let col = format!("name_{lang}");
        if let Some(cell) = row.text(&col) {
            let key = Lang::parse(lang).expect("constant language codes are valid");
            if cell.is_empty() {
                f.names.remove(&key);
            } else {
                f.names.insert(key, cell.to_owned());
            }
        }
    }
    if let Some(cell) = row.text("acronyms") {
        f.acronyms = split(cell);
    }
    match row.required("category", |s| choice(&Category::ALL, Category::as_str, s)) {
        Some(c) if f.category() != Some(c) => f.categories.push(CategorySpan {
            category: c,
            start_date: None,
            end_date: None,
            note: None,
        }),
        Some(_) => {}
        None => ok = false,
    }
    macro_rules! field {
        ($col:literal, $parse:expr, |$v:ident| $set:expr) => {
            match row.parse($col, $parse) {
                Some($v) => $set,
                None if row.has($col) => ok = false,
                None => {}
            }
        };
    }
    field!("parent_id", ForumId::parse, |v| f.parent_id = v);
    field!("established", |s: &str| s.parse::<PartialDate>(), |v| f
        .established =
        v);
    field!("dissolved", |s: &str| s.parse::<PartialDate>(), |v| f
        .dissolved =
        v);
    field!(
        "regions",
        |s: &str| parse_list(s, |x| x
            .parse::<u16>()
            .map_err(|_| Said::new("csv-not-m49").with("value", x))),
        |v| f.regions = v.unwrap_or_default()
    );
    field!("themes", |s: &str| parse_list(s, ThemeId::parse), |v| f
        .themes =
        v.unwrap_or_default());
    field!(
        "md_status",
        |s: &str| choice(&MdStatus::ALL, MdStatus::as_str, s),
        |v| f.md_status = v.unwrap_or(MdStatus::Unknown)
    );
    field!("operational", parse_bool, |v| f.operational = v);
    field!(
        "meeting_level",
        |s: &str| choice(&MeetingLevel::ALL, MeetingLevel::as_str, s),
        |v| f.meeting_level = v
    );
    field!("verification", parse_verification, |v| f.verification =
        v.unwrap_or(Verification::Unverified));
    field!("last_checked", |s: &str| s.parse::<Day>(), |v| f
        .last_checked =
        v);
    if let Some(cell) = row.text("links") {
        f.links = merge_links(old.map(|o| &o.links[..]).unwrap_or(&[]), split(cell));
    }
    if let Some(cell) = row.text("sources") {
        f.sources = merge_sources(old.map(|o| &o.sources[..]).unwrap_or(&[]), split(cell));
    }
    if let Some(cell) = row.text("summary") {
        f.summary = (!cell.is_empty()).then(|| cell.to_owned());
    }
    ok.then_some(f)
}

fn membership_row(row: &mut Row<'_>, current: &Dataset, so_far: &Dataset) -> Option<Membership> {
    let forum_id = row.required("forum_id", ForumId::parse);
    let kind = row.required("member_type", |s| {
        MemberType::parse(s).ok_or_else(|| not_one_of(s, ["area", "organisation", "forum"]))
    });
    let member_id = row.required("member_id", |s| Ok::<_, Said>(s.to_owned()));
    let role = row.required("role", |s| choice(&Role::ALL, Role::as_str, s));
    let start = row.parse("start_date", |s| s.parse::<PartialDate>());
    let end = row.parse("end_date", |s| s.parse::<PartialDate>());
    let member = match (kind, member_id) {
        (Some(k), Some(id)) => match Member::new(k, &id) {
            Ok(m) => Some(m),
            Err(e) => {
                row.bad("member_id", e.said());
                None
            }
        },
        _ => None,
    };
    let given_id = row.parse("id", MembershipId::parse);
    let verification = row.parse("verification", parse_verification);
    let last_checked = row.parse("last_checked", |s| s.parse::<Day>());
    let (forum_id, member, role) = (forum_id?, member?, role?);
    let start = if row.has("start_date") { start? } else { None };
    let end = if row.has("end_date") { end? } else { None };
    let id = match given_id {
        Some(Some(id)) => id,
        None if row.has("id") => return None,
        _ => {
            // A new row without an id: the one rule for new entries (`Membership::new_id`).
            let taken = |id: &str| {
                current
                    .memberships
                    .iter()
                    .chain(&so_far.memberships)
                    .any(|m| m.id.as_str() == id)
            };
            match Membership::new_id(&forum_id, role, &member, start, taken) {
                Ok(id) => id,
                Err(e) => {
                    row.bad("id", e.said());
                    return None;
                }
            }
        }
    };
    let old = current.memberships.iter().find(|m| m.id == id);
    let verification = match verification {
        Some(v) => v.unwrap_or(Verification::Unverified),
        None if row.has("verification") => return None,
        None => old
            .map(|o| o.verification)
            .unwrap_or(Verification::Unverified),
    };
    let last_checked = match last_checked {
        Some(v) => v,
        None if row.has("last_checked") => return None,
        None => old.and_then(|o| o.last_checked),
    };
    let note = match row.text("note") {
        Some(n) => (!n.is_empty()).then(|| n.to_owned()),
        None => old.and_then(|o| o.note.clone()),
    };
    let sources = match row.text("sources") {
        Some(cell) => merge_sources(old.map(|o| &o.sources[..]).unwrap_or(&[]), split(cell)),
        None => old.map(|o| o.sources.clone()).unwrap_or_default(),
    };
    let suspensions = match row.text("suspensions") {
        Some(cell) => {
            let mut periods = Vec::new();
            for item in split(cell) {
                match period(&item) {
                    Ok(p) => periods.push(p),
                    Err(e) => {
                        row.bad("suspensions", e);
                        return None;
                    }
                }
            }
            keep_notes(periods, old.map(|o| &o.suspensions[..]).unwrap_or(&[]))
        }
        None => old.map(|o| o.suspensions.clone()).unwrap_or_default(),
    };
    Some(Membership {
        suspensions,
        id,
        forum_id,
        member,
        role,
        start_date: if row.has("start_date") {
            start
        } else {
            old.and_then(|o| o.start_date)
        },
        end_date: if row.has("end_date") {
            end
        } else {
            old.and_then(|o| o.end_date)
        },
        note,
        sources,
        verification,
        last_checked,
    })
}

/// One suspension as the CSV writes it, `START/END` (`2009-03/2014-01`; `2016-12/` while it
/// lasts).
fn period(item: &str) -> Result<(PartialDate, Option<PartialDate>), Said> {
    let (start, end) = item
        .split_once('/')
        .ok_or_else(|| Said::new("csv-not-a-period").with("value", item))?;
    let start: PartialDate = start
        .trim()
        .parse()
        .map_err(|e: agora_core::date::DateError| e.said())?;
    let end: Option<PartialDate> = match end.trim() {
        "" => None,
        e => Some(
            e.parse()
                .map_err(|e: agora_core::date::DateError| e.said())?,
        ),
    };
    Ok((start, end))
}

/// The suspensions a CSV cell lists, each keeping the note and sources of the stored period it
/// is: the one with the same dates, else the same start (an end added or corrected), else the
/// same end (a start corrected); each stored period is claimed once. A period matched by
/// neither date is a new one, without note or sources, except when exactly one listed and one
/// stored period are left over: then it is that one, corrected.
fn keep_notes(
    periods: Vec<(PartialDate, Option<PartialDate>)>,
    stored: &[agora_core::Suspension],
) -> Vec<agora_core::Suspension> {
    let mut claimed = vec![false; stored.len()];
    let mut kept: Vec<Option<usize>> = vec![None; periods.len()];
    type Same = fn(&agora_core::Suspension, &(PartialDate, Option<PartialDate>)) -> bool;
    let passes: [Same; 3] = [
        |s, p| s.start_date == p.0 && s.end_date == p.1,
        |s, p| s.start_date == p.0,
        |s, p| p.1.is_some() && s.end_date == p.1,
    ];
    for same in passes {
        for (i, p) in periods.iter().enumerate() {
            if kept[i].is_some() {
                continue;
            }
            if let Some(j) = (0..stored.len()).find(|&j| !claimed[j] && same(&stored[j], p)) {
                claimed[j] = true;
                kept[i] = Some(j);
            }
        }
    }
    let left_listed: Vec<usize> = (0..periods.len()).filter(|&i| kept[i].is_none()).collect();
    let left_stored: Vec<usize> = (0..stored.len()).filter(|&j| !claimed[j]).collect();
    if let ([i], [j]) = (&left_listed[..], &left_stored[..]) {
        kept[*i] = Some(*j);
    }
    periods
        .into_iter()
        .zip(kept)
        .map(|((start, end), k)| {
            let from = k.map(|j| &stored[j]);
            agora_core::Suspension {
                start_date: start,
                end_date: end,
                note: from.and_then(|s| s.note.clone()),
                sources: from.map(|s| s.sources.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_name_the_right_line_for_lf_and_crlf() {
        for eol in ["\n", "\r\n"] {
            let text = [
                "forum_id,member_type,member_id,role,start_date",
                "soderkoping-process,area,SWE,member,2010",
                "\"a,quoted",
                "cell\",area,SWE,member,2010",
                "soderkoping-process,area,SWE,member,2010-13",
                "",
            ]
            .join(eol);
            let errors = parse("m.csv", &text, &Dataset::default()).unwrap_err();
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    e.location
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                })
                .collect();
            // line 3 holds a forum id that is no slug (its cell spans two lines); line 5 a bad month
            assert_eq!(lines, ["line 3", "line 5"], "{eol:?}: {errors:?}");
        }
    }

    #[test]
    fn new_rows_without_an_id_get_a_stable_one() {
        // The rule the proposal form follows too (`Membership::new_id`): with the start's year.
        let text = "forum_id,member_type,member_id,role,start_date,sources\nrcm,area,MEX,observer,1996,https://example.org/x\n";
        let parsed = parse("m.csv", text, &Dataset::default()).unwrap();
        assert_eq!(
            parsed.dataset.memberships[0].id.as_str(),
            "rcm:observer:MEX:1996"
        );
    }

    #[test]
    fn a_corrected_suspension_keeps_its_note_and_sources() {
        let stored: Membership = serde_json::from_value(serde_json::json!({
            "id": "sadc:member:MDG", "forum_id": "sadc",
            "member": {"type": "area", "id": "MDG"}, "role": "member", "start_date": "2005",
            "sources": [{"url": "https://www.sadc.int/"}], "verification": "unverified",
            "suspensions": [{"start_date": "2009-03", "note": "after the coup",
                "sources": [{"url": "https://www.sadc.int/news"}]}]
        }))
        .unwrap();
        let dataset = Dataset {
            memberships: vec![stored],
            ..Dataset::default()
        };
        // The end is added, then the start corrected: the period stays the same one.
        for cell in ["2009-03/2014-01", "2009-04/"] {
            let text = format!(
                "id,forum_id,member_type,member_id,role,suspensions\nsadc:member:MDG,sadc,area,MDG,member,{cell}\n"
            );
            let parsed = parse("m.csv", &text, &dataset).unwrap();
            let s = &parsed.dataset.memberships[0].suspensions[0];
            assert_eq!(s.note.as_deref(), Some("after the coup"), "{cell}");
            assert_eq!(s.sources[0].url, "https://www.sadc.int/news", "{cell}");
        }
        // A second, new period beside the first gets no note or sources of its own; the first
        // keeps its own once, not twice.
        let text = "id,forum_id,member_type,member_id,role,suspensions\nsadc:member:MDG,sadc,area,MDG,member,2009-03/2014-01;2025-10/\n";
        let parsed = parse("m.csv", text, &dataset).unwrap();
        let s = &parsed.dataset.memberships[0].suspensions;
        assert_eq!(s[0].note.as_deref(), Some("after the coup"));
        assert_eq!((s[1].note.as_deref(), s[1].sources.len()), (None, 0));
    }
}
