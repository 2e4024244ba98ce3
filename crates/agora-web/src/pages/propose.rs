//! Proposing a change to a forum's records, and the forms it shares with revising one: what was
//! typed is kept, each mistake is said beside its field (and listed above the form), states,
//! organisations and fora are offered by name, dates are read as people write them and said back
//! in words, and nothing that changes the meaning is chosen in advance (the role).

use agora_core::contribution::{Contribution, Entity};
use agora_core::{Member, PartialDate, Role};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::contribute::Choice;
use super::{Form, PageError, Posted, private_page, see_other};
use crate::error::AppError;
use crate::lang::filters;
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::contributions as contrib;
use agora_app::registry::{Named, Registry};

/// A date as it was read: what the page says back ("read as November 2025").
#[derive(Debug, Clone)]
pub struct DateRead {
    pub field: &'static str,
    pub iso: String,
    pub year: i32,
    /// 0 when the date is a year.
    pub month: u8,
    /// 0 when the date is a year or a month.
    pub day: u8,
}

impl DateRead {
    pub fn of(field: &'static str, d: PartialDate) -> DateRead {
        let (month, day) = match d {
            PartialDate::Year(_) => (0, 0),
            PartialDate::Month(_, m) => (m, 0),
            PartialDate::Day(x) => (x.month(), x.day()),
        };
        DateRead {
            field,
            iso: d.to_string(),
            year: d.year(),
            month,
            day,
        }
    }
}

/// Mistakes in a form: (field, what is wrong), in the form's order.
#[derive(Debug, Clone, Default)]
pub struct Mistakes(pub Vec<(String, String)>);

impl Mistakes {
    pub(crate) fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push((field.to_owned(), message.into()));
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// What is wrong with a field, if anything.
    pub fn of(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

/// A membership entry's form, as typed.
#[derive(Debug, Clone, Default)]
pub struct EntryForm {
    /// "new", or the id of the entry corrected.
    pub membership: String,
    pub member: String,
    pub role: String,
    pub start_date: String,
    pub end_date: String,
    pub note: String,
    pub source_url: String,
    pub title: String,
    pub comment: String,
    pub mistakes: Mistakes,
    pub read: Vec<DateRead>,
}

impl EntryForm {
    /// The form as posted.
    pub fn from_form(form: &Form) -> EntryForm {
        let text = |k: &str| form.field(k).to_owned();
        EntryForm {
            membership: text("membership"),
            member: text("member"),
            role: text("role"),
            start_date: text("start_date"),
            end_date: text("end_date"),
            note: text("note"),
            source_url: text("source_url"),
            title: text("title"),
            comment: text("comment"),
            ..EntryForm::default()
        }
    }
    /// What is wrong with a field.
    pub fn error(&self, field: &str) -> Option<&str> {
        self.mistakes.of(field)
    }
    /// How a date field was read, when it was.
    pub fn read_as(&self, field: &str) -> Option<&DateRead> {
        self.read.iter().find(|r| r.field == field)
    }
    /// The roles, none chosen until the person chooses one.
    pub fn roles(&self) -> Vec<Choice> {
        Role::ALL
            .into_iter()
            .map(|r| Choice {
                value: r.as_str().into(),
                label: super::role_label(r),
                selected: r.as_str() == self.role,
            })
            .collect()
    }
}

/// The languages besides English a forum's name may be given in on the profile form.
pub const OTHER_NAME_LANGUAGES: [&str; 5] = ["ar", "zh", "fr", "ru", "es"];

/// A forum's name in one of the other UN languages, as the form shows it.
#[derive(Debug, Clone, Default)]
pub struct OtherName {
    /// The language's code, and the form field's name (`name_fr`).
    pub code: &'static str,
    pub field: String,
    pub value: String,
}

/// A forum's summary and objectives in one of the other UN languages, as the form shows them
/// (fields `summary_fr`, `objectives_fr`).
#[derive(Debug, Clone, Default)]
pub struct OtherText {
    pub code: &'static str,
    pub summary: String,
    pub objectives: String,
}

/// A forum profile's form, as typed.
#[derive(Debug, Clone, Default)]
pub struct ProfileForm {
    pub name_en: String,
    /// Its names in the other UN languages (empty: none).
    pub other_names: Vec<OtherName>,
    pub acronyms: String,
    pub established: String,
    pub dissolved: String,
    pub summary: String,
    pub objectives: String,
    /// The summary and objectives in the other UN languages (empty: none).
    pub other_texts: Vec<OtherText>,
    pub source_url: String,
    pub title: String,
    pub comment: String,
    pub mistakes: Mistakes,
    pub read: Vec<DateRead>,
}

impl ProfileForm {
    pub fn of_forum(f: &agora_core::Forum) -> ProfileForm {
        ProfileForm {
            name_en: f.name().to_owned(),
            other_names: OTHER_NAME_LANGUAGES
                .iter()
                .map(|code| OtherName {
                    code,
                    field: format!("name_{code}"),
                    value: f
                        .names
                        .iter()
                        .find(|(l, _)| l.as_str() == *code)
                        .map(|(_, n)| n.clone())
                        .unwrap_or_default(),
                })
                .collect(),
            acronyms: f.acronyms.join(", "),
            established: f.established.map(|d| d.to_string()).unwrap_or_default(),
            dissolved: f.dissolved.map(|d| d.to_string()).unwrap_or_default(),
            summary: f.summary.clone().unwrap_or_default(),
            objectives: f.objectives.join("\n"),
            other_texts: OTHER_NAME_LANGUAGES
                .iter()
                .map(|code| {
                    let t = f
                        .translations
                        .iter()
                        .find(|(l, _)| l.as_str() == *code)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default();
                    OtherText {
                        code,
                        summary: t.summary.unwrap_or_default(),
                        objectives: t.objectives.join("\n"),
                    }
                })
                .collect(),
            ..ProfileForm::default()
        }
    }
    /// The form as posted.
    pub fn from_form(form: &Form) -> ProfileForm {
        let text = |k: &str| form.field(k).to_owned();
        ProfileForm {
            name_en: text("name_en"),
            other_names: OTHER_NAME_LANGUAGES
                .iter()
                .map(|code| OtherName {
                    code,
                    field: format!("name_{code}"),
                    value: text(&format!("name_{code}")),
                })
                .collect(),
            acronyms: text("acronyms"),
            established: text("established"),
            dissolved: text("dissolved"),
            summary: text("summary"),
            objectives: text("objectives"),
            other_texts: OTHER_NAME_LANGUAGES
                .iter()
                .map(|code| OtherText {
                    code,
                    summary: text(&format!("summary_{code}")),
                    objectives: text(&format!("objectives_{code}")),
                })
                .collect(),
            source_url: text("source_url"),
            title: text("title"),
            comment: text("comment"),
            ..ProfileForm::default()
        }
    }
    pub fn error(&self, field: &str) -> Option<&str> {
        self.mistakes.of(field)
    }
    pub fn read_as(&self, field: &str) -> Option<&DateRead> {
        self.read.iter().find(|r| r.field == field)
    }
}

/// A state, organisation or forum offered by name in the "Who" field.
pub struct NameOption {
    pub name: String,
    /// state, organisation or forum, and its code or id.
    pub kind: &'static str,
    pub code: String,
}

/// Every state, organisation and forum, by name: what the "Who" field offers as one types (a
/// plain text field where the browser offers nothing).
pub fn name_options(r: &Registry) -> Vec<NameOption> {
    let mut out: Vec<NameOption> = Vec::new();
    for a in &r.data.areas {
        out.push(NameOption {
            name: agora_core::name_of(&a.names).to_owned(),
            kind: "state",
            code: a.code.to_string(),
        });
    }
    for o in &r.data.organisations {
        out.push(NameOption {
            name: agora_core::name_of(&o.names).to_owned(),
            kind: "organisation",
            code: o.id.to_string(),
        });
    }
    for f in &r.data.fora {
        out.push(NameOption {
            name: f.name().to_owned(),
            kind: "forum",
            code: f.id.to_string(),
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

#[derive(Template)]
#[template(path = "propose.html")]
struct ProposePage {
    forum_id: String,
    forum_name: String,
    csrf: String,
    memberships: Vec<Choice>,
    entry: EntryForm,
    profile: ProfileForm,
    names: Vec<NameOption>,
    /// Which form the mistakes are in: "membership" or "forum" (empty when none).
    mistaken: &'static str,
}

/// The forum, and the viewer's right to contribute to it: 303 to sign in for the public, 403
/// for accounts that may not.
pub async fn contributable(
    state: &AppState,
    who: &Who,
    id: &str,
) -> Result<agora_core::Forum, AppError> {
    let registry = state.registry().await?;
    let forum = registry
        .forum(id)
        .cloned()
        .ok_or_else(|| AppError::not_found("forum", id))?;
    who.account()?;
    if who.viewer.as_contributor(&forum.id).is_none() {
        return Err(contrib::not_contributor(&who.caller(), &forum.id).into());
    }
    Ok(forum)
}

fn propose_page(
    who: &Who,
    registry: &Registry,
    forum: &agora_core::Forum,
    entry: EntryForm,
    profile: ProfileForm,
    mistaken: &'static str,
) -> ProposePage {
    let mut memberships = vec![Choice {
        value: "new".into(),
        label: crate::lang::text("propose-new-entry"),
        selected: entry.membership.is_empty() || entry.membership == "new",
    }];
    for m in registry.memberships_of_forum(&forum.id, None, None) {
        memberships.push(Choice {
            value: m.id.to_string(),
            label: crate::lang::text_with(
                "propose-entry-option",
                &[
                    (
                        "member",
                        super::fora::member_name(registry, &m.member).text.into(),
                    ),
                    ("role", super::role_label(m.role).into()),
                    (
                        "period",
                        super::period_label(m.start_date, m.end_date).into(),
                    ),
                ],
            ),
            selected: entry.membership == m.id.as_str(),
        });
    }
    ProposePage {
        forum_id: forum.id.to_string(),
        forum_name: crate::lang::Localised::name(&forum.names).text,
        csrf: who.csrf(),
        memberships,
        entry,
        profile,
        names: name_options(registry),
        mistaken,
    }
}

pub async fn propose_form(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let forum = contributable(&state, &who, &id).await?;
    let registry = state.registry().await?;
    let page = propose_page(
        &who,
        &registry,
        &forum,
        EntryForm::default(),
        ProfileForm::of_forum(&forum),
        "",
    );
    private_page(StatusCode::OK, &page)
}

/// The state, organisation or forum a typed name means; else what is wrong, naming the near
/// ones when there are.
pub fn party_named(registry: &Registry, typed: &str) -> Result<Member, String> {
    match registry.resolve_named(typed) {
        Ok(Named::State(a)) => Ok(Member::Area(a.code.clone())),
        Ok(Named::Organisation(o)) => Ok(Member::Organisation(o.id.clone())),
        Ok(Named::Forum(f)) => Ok(Member::Forum(f.id.clone())),
        Err(near) if near.is_empty() => Err(crate::lang::text_with(
            "mistake-who-unknown",
            &[("typed", typed.into())],
        )),
        Err(near) => {
            let names: Vec<&str> = near.iter().map(|n| n.name()).collect();
            Err(crate::lang::text_with(
                "mistake-who-near",
                &[
                    ("typed", typed.into()),
                    (
                        "names",
                        agora_i18n::format::or_list(crate::lang::Here::current().locale, &names)
                            .into(),
                    ),
                ],
            ))
        }
    }
}

/// A date field read as written; a mistake when it cannot be.
pub(crate) fn date_field(
    form: &Form,
    name: &'static str,
    mistakes: &mut Mistakes,
    read: &mut Vec<DateRead>,
) -> Option<PartialDate> {
    match form.field(name).trim() {
        "" => None,
        s => match agora_core::date::read_written(s) {
            Ok(d) => {
                read.push(DateRead::of(name, d));
                Some(d)
            }
            Err(e) => {
                mistakes.add(
                    name,
                    crate::lang::text_with(
                        "mistake-date",
                        &[
                            ("typed", s.into()),
                            ("why", crate::lang::said(&e.why()).into()),
                        ],
                    ),
                );
                None
            }
        },
    }
}

/// The form's source, when it gives one; a mistake when it is not a web address.
pub(crate) fn source_field(form: &Form, mistakes: &mut Mistakes) -> Option<agora_core::Source> {
    match form.field("source_url").trim() {
        "" => None,
        u if (u.starts_with("https://") || u.starts_with("http://")) && u.len() > 10 => {
            Some(agora_core::Source {
                url: u.to_owned(),
                note: Some(form.field("source_note").trim())
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            })
        }
        _ => {
            mistakes.add("source_url", crate::lang::text("mistake-source"));
            None
        }
    }
}

pub(crate) fn add_source(
    sources: &mut Vec<agora_core::Source>,
    source: Option<agora_core::Source>,
) {
    if let Some(s) = source
        && !sources.iter().any(|x| x.url == s.url)
    {
        sources.push(s);
    }
}

/// The non-empty lines of a text area, trimmed.
pub(crate) fn lines_of(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The record a form proposes, built on the record as it is or, when revising a contribution,
/// on the record it proposes; or the form's mistakes.
pub async fn record_from_form(
    state: &AppState,
    forum: &agora_core::Forum,
    form: &Form,
    revising: Option<&Contribution>,
) -> Result<Result<(Entity, Value), (Mistakes, Vec<DateRead>)>, AppError> {
    let registry = state.registry().await?;
    let unreadable = |e: serde_json::Error| {
        AppError::Conflict(
            agora_core::Said::new("proposal-unreadable").with("error", e.to_string()),
        )
    };
    let kind = match revising {
        Some(c) => c.entity.as_str(),
        None => form.field("kind"),
    };
    let mut mistakes = Mistakes::default();
    let mut read = Vec::new();
    match kind {
        "forum" => {
            let mut f: agora_core::Forum = match revising {
                Some(c) => serde_json::from_str(&c.proposed).map_err(unreadable)?,
                None => forum.clone(),
            };
            let name = form.field("name_en").trim();
            if name.is_empty() {
                mistakes.add("name_en", crate::lang::text("mistake-forum-name"));
            }
            let established = date_field(form, "established", &mut mistakes, &mut read);
            let dissolved = date_field(form, "dissolved", &mut mistakes, &mut read);
            let source = source_field(form, &mut mistakes);
            if !mistakes.is_empty() {
                return Ok(Err((mistakes, read)));
            }
            f.names
                .insert("en".parse().expect("en is a language"), name.to_owned());
            // The names in the other UN languages: a field left empty means none in it.
            for code in OTHER_NAME_LANGUAGES {
                let lang: agora_core::Lang = code.parse().expect("a UN language's code");
                match form.field(&format!("name_{code}")).trim() {
                    "" => f.names.remove(&lang),
                    n => f.names.insert(lang, n.to_owned()),
                };
            }
            f.acronyms = form
                .field("acronyms")
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            f.established = established;
            f.dissolved = dissolved;
            f.summary = Some(form.field("summary").trim())
                .filter(|s| !s.is_empty())
                .map(str::to_owned);
            f.objectives = lines_of(form.field("objectives"));
            // The summary and objectives in the other UN languages: both left empty mean none.
            for code in OTHER_NAME_LANGUAGES {
                let lang: agora_core::Lang = code.parse().expect("a UN language's code");
                let t = agora_core::Translation {
                    summary: Some(form.field(&format!("summary_{code}")).trim())
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned),
                    objectives: lines_of(form.field(&format!("objectives_{code}"))),
                };
                if t.is_empty() {
                    f.translations.remove(&lang);
                } else {
                    f.translations.insert(lang, t);
                }
            }
            add_source(&mut f.sources, source);
            Ok(Ok((
                Entity::FORUM,
                serde_json::to_value(&f).expect("records serialise"),
            )))
        }
        "membership" => {
            // Correcting an entry: what is left empty stays as recorded.
            let existing: Option<agora_core::Membership> =
                match (revising, form.field("membership")) {
                    (Some(c), _) => Some(serde_json::from_str(&c.proposed).map_err(unreadable)?),
                    (None, "new" | "") => None,
                    (None, id) => {
                        let found = registry
                            .memberships_of_forum(&forum.id, None, None)
                            .into_iter()
                            .find(|m| m.id.as_str() == id)
                            .cloned();
                        if found.is_none() {
                            mistakes.add("membership", crate::lang::text("mistake-no-entry"));
                        }
                        found
                    }
                };
            // (A revision's form is filled in with what it proposes: there, empty is empty.)
            let keep_blank = revising.is_none() && existing.is_some();
            let typed = form.field("member").trim();
            let member = if typed.is_empty() {
                if keep_blank {
                    existing.as_ref().map(|m| m.member.clone())
                } else {
                    mistakes.add("member", crate::lang::text("mistake-who"));
                    None
                }
            } else {
                party_named(&registry, typed)
                    .map_err(|m| mistakes.add("member", m))
                    .ok()
            };
            let role = match form.field("role") {
                "" if keep_blank => existing.as_ref().map(|m| m.role),
                "" => {
                    mistakes.add("role", crate::lang::text("mistake-role"));
                    None
                }
                r => Role::parse(r).or_else(|| {
                    mistakes.add("role", crate::lang::text("mistake-role-offered"));
                    None
                }),
            };
            let kept = |field: &str, recorded: Option<PartialDate>| {
                if keep_blank && form.field(field).trim().is_empty() {
                    recorded
                } else {
                    None
                }
            };
            let start = date_field(form, "start_date", &mut mistakes, &mut read)
                .or_else(|| kept("start_date", existing.as_ref().and_then(|m| m.start_date)));
            let end = date_field(form, "end_date", &mut mistakes, &mut read)
                .or_else(|| kept("end_date", existing.as_ref().and_then(|m| m.end_date)));
            if let (Some(s), Some(e)) = (start, end)
                && e.last_day() < s.first_day()
            {
                mistakes.add("end_date", crate::lang::text("mistake-end-before-start"));
            }
            let source = source_field(form, &mut mistakes);
            let has_sources = existing
                .as_ref()
                .is_some_and(|m: &agora_core::Membership| !m.sources.is_empty());
            if source.is_none() && !has_sources && mistakes.of("source_url").is_none() {
                mistakes.add(
                    "source_url",
                    crate::lang::text(if existing.is_some() {
                        "mistake-no-source"
                    } else {
                        "mistake-new-needs-source"
                    }),
                );
            }
            let (Some(member), Some(role), true) = (member, role, mistakes.is_empty()) else {
                return Ok(Err((mistakes, read)));
            };
            let mut m = match existing {
                Some(m) => m,
                None => {
                    let taken = |id: &str| {
                        registry
                            .memberships_of_forum(&forum.id, None, None)
                            .iter()
                            .any(|m| m.id.as_str() == id)
                    };
                    let id = agora_core::Membership::new_id(&forum.id, role, &member, start, taken)
                        .map_err(|e| AppError::bad("member", e.said()))?;
                    agora_core::Membership {
                        id,
                        forum_id: forum.id.clone(),
                        member: member.clone(),
                        role,
                        start_date: None,
                        end_date: None,
                        note: None,
                        sources: Vec::new(),
                        verification: agora_core::Verification::Unverified,
                        last_checked: None,
                        suspensions: Vec::new(),
                    }
                }
            };
            m.member = member;
            m.role = role;
            m.start_date = start;
            m.end_date = end;
            m.note = Some(form.field("note").trim())
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .or(m.note);
            add_source(&mut m.sources, source);
            Ok(Ok((
                Entity::MEMBERSHIP,
                serde_json::to_value(&m).expect("records serialise"),
            )))
        }
        _ => Err(AppError::bad_key("kind", "propose-forum-or-entry")),
    }
}

/// A refusal of the rules of the registry ("memberships[0].sources: ...") as a mistake beside
/// the field it concerns (or above the form).
pub fn mistake_of(e: &agora_app::Error) -> Option<(String, String)> {
    let agora_app::Error::BadParameter { parameter, message } = e else {
        return None;
    };
    // A rule of the records names the place in the record it refused ("sources[0].url").
    let (path, said) = match (message.key(), message.arg("field"), message.arg("said")) {
        ("check-at-field", Some(agora_core::Part::Text(path)), Some(agora_core::Part::Said(s))) => {
            (path.as_str(), crate::lang::said(s))
        }
        _ => ("", crate::lang::said(message)),
    };
    let field = [
        ("sources", "source_url"),
        ("start_date", "start_date"),
        ("end_date", "end_date"),
        ("member", "member"),
        ("role", "role"),
        ("established", "established"),
        ("dissolved", "dissolved"),
        ("names", "name_en"),
    ]
    .iter()
    .find(|(k, _)| path.contains(k) || parameter == k)
    .map_or("form", |(_, f)| f);
    Some((field.to_owned(), said))
}

pub async fn propose(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let forum = contributable(&state, &who, &id).await?;
    let registry = state.registry().await?;
    let is_forum = form.field("kind") == "forum";
    let refuse = |mistakes: Mistakes, read: Vec<DateRead>| {
        let (mut entry, mut profile) = (EntryForm::default(), ProfileForm::of_forum(&forum));
        if is_forum {
            profile = ProfileForm {
                mistakes,
                read,
                ..ProfileForm::from_form(&form)
            };
        } else {
            entry = EntryForm {
                mistakes,
                read,
                ..EntryForm::from_form(&form)
            };
        }
        let which = if is_forum { "forum" } else { "membership" };
        let page = propose_page(&who, &registry, &forum, entry, profile, which);
        private_page(StatusCode::BAD_REQUEST, &page)
    };
    let (entity, record) = match record_from_form(&state, &forum, &form, None).await? {
        Ok(r) => r,
        Err((mistakes, read)) => return refuse(mistakes, read),
    };
    // Without a title of its own, the proposal is called by what it proposes: "Japan — observer
    // — Colombo Process".
    let title = match form.field("title").trim() {
        "" if entity == Entity::MEMBERSHIP => {
            match serde_json::from_value::<agora_core::Membership>(record.clone()) {
                Ok(m) => format!(
                    "{} — {} — {}",
                    registry.member_name(&m.member),
                    super::role_label(m.role),
                    forum.name()
                ),
                Err(_) => String::new(),
            }
        }
        "" => forum.name().to_owned(),
        t => t.to_owned(),
    };
    match contrib::propose(
        &state,
        &who.caller(),
        &entity,
        &record,
        &title,
        form.field("comment"),
        form.field("then") == "submit",
    )
    .await
    {
        Ok(n) => Ok(see_other(format!("/contributions/{n}?sent=1"))),
        Err(e) => match mistake_of(&e) {
            Some((field, message)) => refuse(Mistakes(vec![(field, message)]), Vec::new()),
            None => Err(AppError::from(e).into()),
        },
    }
}
