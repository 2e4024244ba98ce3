//! Proposing a meeting of a forum, or a correction of one of its meetings, and revising such a
//! proposal: the form holds the whole meeting (titles, kind, status, days, place, hosts, chairs,
//! who took part and how, agenda, summary, outcome documents from the library, the meeting it is
//! part of, a source), keeps what was typed, and says each mistake beside its field. A joint
//! meeting is proposed only by someone who may contribute for every forum holding it (the
//! policy's decision, asked here to say it beside the field; the application layer enforces it).

use agora_core::contribution::{Contribution, Entity};
use agora_core::meeting::{Chair, Meeting, MeetingStatus, MeetingType, Participant};
use agora_core::{ForumId, Lang, Member};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::contribute::Choice;
use super::meeting_form::{DocumentChoice, MeetingForm, ROLE_FIELDS};
use super::propose::{
    DateRead, Mistakes, NameOption, OTHER_NAME_LANGUAGES, add_source, contributable, date_field,
    lines_of, mistake_of, name_options, party_named, source_field,
};
use super::{Form, PageError, Posted, private_page, see_other};
use crate::error::AppError;
use crate::lang::{filters, text, text_with};
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::contributions as contrib;
use agora_app::registry::Registry;

#[derive(Template)]
#[template(path = "propose_meeting.html")]
struct MeetingFormPage {
    /// Where the form is posted.
    action: String,
    /// The forum it is proposed for, and its name.
    forum_id: String,
    forum_name: String,
    /// Revising contribution number…, or 0.
    revising: i64,
    csrf: String,
    form: MeetingForm,
    names: Vec<NameOption>,
    documents: Vec<DocumentChoice>,
    meetings: Vec<Choice>,
}

/// The page around a form: the documents it may name, the meetings it may be part of.
async fn form_page(
    state: &AppState,
    who: &Who,
    forum: &agora_core::Forum,
    form: MeetingForm,
    action: String,
    revising: i64,
) -> Result<MeetingFormPage, AppError> {
    let registry = state.registry().await?;
    let visible = agora_app::documents::list(state, &who.caller(), Some(&forum.id)).await?;
    let mut documents: Vec<DocumentChoice> = visible
        .iter()
        .map(|d| DocumentChoice {
            id: d.id.to_string(),
            title: d.title().to_owned(),
            date: d.date.map(crate::lang::date).unwrap_or_default(),
            checked: form.documents.iter().any(|x| x == d.id.as_str()),
        })
        .collect();
    // An outcome already named that is another forum's document the viewer may see.
    for id in &form.documents {
        if !documents.iter().any(|d| &d.id == id)
            && let Ok(d) = agora_app::documents::visible_document(state, &who.caller(), id).await
        {
            documents.push(DocumentChoice {
                id: d.id.to_string(),
                title: d.title().to_owned(),
                date: d.date.map(crate::lang::date).unwrap_or_default(),
                checked: true,
            });
        }
    }
    let mut meetings = vec![Choice {
        value: String::new(),
        label: text("meeting-part-of-none"),
        selected: form.part_of.is_empty(),
    }];
    let held = registry.meetings.filter(
        &agora_app::meetings::MeetingFilter {
            forum: Some(forum.id.clone()),
            ..Default::default()
        },
        state.today(),
    );
    for m in held.iter().filter(|m| m.id.as_str() != form.meeting) {
        meetings.push(Choice {
            value: m.id.to_string(),
            label: text_with(
                "meeting-option",
                &[
                    ("title", super::meetings::title(m).text.into()),
                    ("dates", super::meetings::dates_label(m).into()),
                ],
            ),
            selected: m.id.as_str() == form.part_of,
        });
    }
    Ok(MeetingFormPage {
        action,
        forum_id: forum.id.to_string(),
        forum_name: crate::lang::Localised::name(&forum.names).text,
        revising,
        csrf: who.csrf(),
        form,
        names: name_options(&registry),
        documents,
        meetings,
    })
}

/// A meeting of the forum, to correct; not found when the forum does not hold it.
fn meeting_of<'r>(r: &'r Registry, forum: &ForumId, id: &str) -> Result<&'r Meeting, AppError> {
    r.meetings
        .get(id)
        .filter(|m| m.fora.contains(forum))
        .ok_or_else(|| AppError::not_found("meeting", id))
}

/// A meeting the viewer may correct through the form: one whose outcome documents they may all
/// see (a correction proposes the whole record, which its author reads back; an editor corrects
/// one naming documents they may not see).
async fn correctable<'m>(
    state: &AppState,
    who: &Who,
    m: &'m Meeting,
) -> Result<&'m Meeting, AppError> {
    for d in &m.documents {
        if agora_app::documents::visible_document(state, &who.caller(), d.as_str())
            .await
            .is_err()
        {
            return Err(AppError::conflict("meeting-hidden-documents"));
        }
    }
    Ok(m)
}

/// `GET /fora/{id}/meetings/propose[?meeting=…]`: the form for a new meeting of the forum, or
/// filled in with one of its meetings to correct.
pub async fn form(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["meeting"])?;
    let forum = contributable(&state, &who, &id).await?;
    let registry = state.registry().await?;
    let form = match p.get("meeting") {
        Some(m) => MeetingForm::of_meeting(
            &registry,
            &forum.id,
            correctable(&state, &who, meeting_of(&registry, &forum.id, m)?).await?,
        ),
        None => MeetingForm::new_meeting(),
    };
    let action = format!("/fora/{}/meetings/propose", forum.id);
    let page = form_page(&state, &who, &forum, form, action, 0).await?;
    private_page(StatusCode::OK, &page)
}

/// The meeting a form proposes, built on the meeting it corrects (or, when revising a
/// contribution, on the meeting that proposes); or the form's mistakes.
async fn meeting_from_form(
    state: &AppState,
    who: &Who,
    forum: &agora_core::Forum,
    form: &Form,
    existing: Option<Meeting>,
) -> Result<Result<Meeting, (Mistakes, Vec<DateRead>)>, AppError> {
    let registry = state.registry().await?;
    let mut mistakes = Mistakes::default();
    let mut read = Vec::new();
    let title = form.field("title_en").trim();
    if title.is_empty() {
        mistakes.add("title_en", text("mistake-meeting-title"));
    }
    let kind = match form.field("kind_of_meeting") {
        "" => {
            mistakes.add("kind_of_meeting", text("mistake-meeting-kind"));
            None
        }
        k => MeetingType::parse(k).or_else(|| {
            mistakes.add("kind_of_meeting", text("mistake-meeting-kind"));
            None
        }),
    };
    let status = match form.field("status") {
        "" => {
            mistakes.add("status", text("mistake-meeting-status"));
            None
        }
        s => MeetingStatus::parse(s).or_else(|| {
            mistakes.add("status", text("mistake-meeting-status"));
            None
        }),
    };
    let status_since = date_field(form, "status_since", &mut mistakes, &mut read);
    // The fora holding it: this one first, then the others named, each one the viewer may
    // contribute for.
    let mut fora = vec![forum.id.clone()];
    for line in lines_of(form.field("also_held_by")) {
        match party_named(&registry, &line) {
            Ok(Member::Forum(f)) if fora.contains(&f) => {}
            Ok(Member::Forum(f)) => {
                if who.viewer.as_contributor(&f).is_none() {
                    mistakes.add(
                        "also_held_by",
                        text_with(
                            "mistake-meeting-not-yours",
                            &[("name", registry.forum_name(&f).to_owned().into())],
                        ),
                    );
                }
                fora.push(f);
            }
            Ok(_) => mistakes.add(
                "also_held_by",
                text_with("mistake-not-a-forum", &[("typed", line.into())]),
            ),
            Err(m) => mistakes.add("also_held_by", m),
        }
    }
    let start = date_field(form, "start_date", &mut mistakes, &mut read);
    let end = date_field(form, "end_date", &mut mistakes, &mut read);
    if let (Some(s), Some(e)) = (start, end)
        && e.last_day() < s.first_day()
    {
        mistakes.add("end_date", text("mistake-end-before-start"));
    }
    let mut time = |field: &str| match form.field(field).trim() {
        "" => None,
        typed => typed
            .parse::<agora_core::meeting::ClockTime>()
            .map_err(|e| mistakes.add(field, crate::lang::said(&e)))
            .ok(),
    };
    let start_time = time("start_time");
    let end_time = time("end_time");
    let time_zone = match form.field("time_zone").trim() {
        "" => None,
        z if agora_core::meeting::known_zone(z) => {
            Some(agora_core::meeting::zone_name(z).unwrap_or_else(|| z.to_owned()))
        }
        z => {
            mistakes.add(
                "time_zone",
                text_with("mistake-time-zone", &[("typed", z.into())]),
            );
            None
        }
    };
    let country = match form.field("country").trim() {
        "" => None,
        typed => match party_named(&registry, typed) {
            Ok(Member::Area(a)) => Some(a),
            Ok(_) => {
                mistakes.add(
                    "country",
                    text_with("mistake-not-a-state", &[("typed", typed.into())]),
                );
                None
            }
            Err(m) => {
                mistakes.add("country", m);
                None
            }
        },
    };
    let parties = |field: &str, mistakes: &mut Mistakes| -> Vec<Member> {
        let mut out: Vec<Member> = Vec::new();
        for line in lines_of(form.field(field)) {
            match party_named(&registry, &line) {
                Ok(p) if !out.contains(&p) => out.push(p),
                Ok(_) => {}
                Err(m) => mistakes.add(field, m),
            }
        }
        out
    };
    let hosts = parties("hosts", &mut mistakes);
    let mut participants = Vec::new();
    for (role, field, _) in ROLE_FIELDS {
        for party in parties(field, &mut mistakes) {
            if participants.iter().any(|p: &Participant| p.party == party) {
                mistakes.add(
                    field,
                    text_with(
                        "mistake-meeting-party-twice",
                        &[("name", registry.member_name(&party).into())],
                    ),
                );
            } else {
                participants.push(Participant { party, role });
            }
        }
    }
    // The outcome documents: those chosen, each one the viewer may see.
    let mut documents = Vec::new();
    for id in form.all("documents") {
        match agora_app::documents::visible_document(state, &who.caller(), id).await {
            Ok(d) if !documents.contains(&d.id) => documents.push(d.id),
            Ok(_) => {}
            Err(_) => mistakes.add("documents", text("mistake-meeting-document")),
        }
    }
    let part_of = match form.field("part_of") {
        "" => None,
        id => match registry
            .meetings
            .get(id)
            .filter(|p| p.fora.contains(&forum.id))
        {
            Some(p) => Some(p.id.clone()),
            None => {
                mistakes.add("part_of", text("mistake-meeting-part-of"));
                None
            }
        },
    };
    let source = source_field(form, &mut mistakes);
    let has_sources = existing.as_ref().is_some_and(|m| !m.sources.is_empty());
    if source.is_none() && !has_sources && mistakes.of("source_url").is_none() {
        mistakes.add("source_url", text("mistake-meeting-source"));
    }
    let (Some(kind), Some(status), true) = (kind, status, mistakes.is_empty()) else {
        return Ok(Err((mistakes, read)));
    };
    let optional = |field: &str| {
        Some(form.field(field).trim())
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let mut m = match existing {
        Some(m) => m,
        None => {
            let words = optional("city").unwrap_or_else(|| title.to_owned());
            let taken = agora_app::meetings::taken_ids(state, &forum.id).await?;
            let id = Meeting::new_id(&forum.id, start.or(end), &words, |id| taken.contains(id))
                .map_err(|e| AppError::bad("title_en", e.said()))?;
            Meeting {
                id,
                fora: Vec::new(),
                titles: Default::default(),
                kind,
                start_date: None,
                end_date: None,
                start_time: None,
                end_time: None,
                time_zone: None,
                city: None,
                country: None,
                venue: None,
                host: None,
                hosts: Vec::new(),
                chairs: Vec::new(),
                participants: Vec::new(),
                theme: None,
                agenda: Vec::new(),
                summary: None,
                documents: Vec::new(),
                status,
                status_since: None,
                part_of: None,
                sources: Vec::new(),
                verification: agora_core::Verification::Unverified,
                note: None,
            }
        }
    };
    // A chair named as before keeps the party recorded for them.
    let chairs = lines_of(form.field("chairs"))
        .into_iter()
        .map(|name| {
            let party = m
                .chairs
                .iter()
                .find(|c| c.name == name)
                .and_then(|c| c.party.clone());
            Chair { name, party }
        })
        .collect();
    m.fora = fora;
    m.titles.insert(lang("en"), title.to_owned());
    for code in OTHER_NAME_LANGUAGES {
        match form.field(&format!("title_{code}")).trim() {
            "" => m.titles.remove(&lang(code)),
            t => m.titles.insert(lang(code), t.to_owned()),
        };
    }
    m.kind = kind;
    m.status_since = status_since;
    m.status = status;
    m.start_date = start;
    m.end_date = end;
    m.start_time = start_time;
    m.end_time = end_time;
    m.time_zone = time_zone;
    m.city = optional("city");
    m.country = country;
    m.venue = optional("venue");
    m.host = optional("host");
    m.hosts = hosts;
    m.chairs = chairs;
    m.participants = participants;
    m.theme = optional("theme");
    m.agenda = lines_of(form.field("agenda"));
    m.summary = optional("summary");
    m.documents = documents;
    m.part_of = part_of;
    m.note = optional("note");
    add_source(&mut m.sources, source);
    Ok(Ok(m))
}

fn lang(code: &str) -> Lang {
    code.parse().expect("a UN language's code")
}

/// A refusal of the rules of meetings beside the field it concerns: the place in the record it
/// names ("titles.fr", "documents[0]"), else the parameter it concerns.
fn meeting_mistake(e: &agora_app::Error) -> Option<(String, String)> {
    let (field, message) = mistake_of(e)?;
    let agora_app::Error::BadParameter {
        parameter,
        message: said,
    } = e
    else {
        return Some((field, message));
    };
    let path = match said.arg("field") {
        Some(agora_core::Part::Text(p)) => p.as_str(),
        _ => parameter.as_str(),
    };
    let mapped = [
        ("titles", "title_en"),
        ("fora", "also_held_by"),
        ("country", "country"),
        ("hosts", "hosts"),
        ("chairs", "chairs"),
        ("participants", "participants"),
        ("documents", "documents"),
        ("part_of", "part_of"),
        ("start_time", "start_time"),
        ("end_time", "end_time"),
        ("time_zone", "time_zone"),
        ("start_date", "start_date"),
        ("end_date", "end_date"),
        ("status_since", "status_since"),
        ("agenda", "agenda"),
        ("city", "city"),
        ("venue", "venue"),
        ("host", "host"),
        ("theme", "theme"),
        ("summary", "summary"),
        ("note", "note"),
        ("sources", "source_url"),
    ]
    .iter()
    .find(|(k, _)| path.starts_with(k))
    .map_or(field, |(_, f)| (*f).to_owned());
    Some((mapped, message))
}

/// `POST /fora/{id}/meetings/propose`: the meeting proposed, or the form again with its
/// mistakes.
pub async fn propose(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    let forum = contributable(&state, &who, &id).await?;
    let registry = state.registry().await?;
    let existing = match form.field("meeting") {
        "" | "new" => None,
        m => Some(
            correctable(&state, &who, meeting_of(&registry, &forum.id, m)?)
                .await?
                .clone(),
        ),
    };
    let action = format!("/fora/{}/meetings/propose", forum.id);
    let refuse = async |mistakes: Mistakes, read: Vec<DateRead>| {
        let form = MeetingForm {
            mistakes,
            read,
            ..MeetingForm::from_form(&form)
        };
        let page = form_page(&state, &who, &forum, form, action.clone(), 0).await?;
        private_page(StatusCode::BAD_REQUEST, &page)
    };
    let m = match meeting_from_form(&state, &who, &forum, &form, existing).await? {
        Ok(m) => m,
        Err((mistakes, read)) => return refuse(mistakes, read).await,
    };
    let title = match form.field("title").trim() {
        "" => m.title_in("en").to_owned(),
        t => t.to_owned(),
    };
    let record = serde_json::to_value(&m).expect("records serialise");
    match contrib::propose(
        &state,
        &who.caller(),
        &Entity::new("meeting"),
        &record,
        &title,
        form.field("comment"),
        form.field("then") == "submit",
    )
    .await
    {
        Ok(n) => Ok(see_other(format!("/contributions/{n}?sent=1"))),
        Err(e) => match meeting_mistake(&e) {
            Some((field, message)) => refuse(Mistakes(vec![(field, message)]), Vec::new()).await,
            None => Err(AppError::from(e).into()),
        },
    }
}

/// The meeting a contribution proposes, and the forum it is proposed for.
async fn proposed(
    state: &AppState,
    c: &Contribution,
) -> Result<(Meeting, agora_core::Forum), AppError> {
    let m: Meeting = serde_json::from_str(&c.proposed).map_err(|e| {
        AppError::Conflict(
            agora_core::Said::new("proposal-unreadable").with("error", e.to_string()),
        )
    })?;
    let registry = state.registry().await?;
    let forum = registry
        .forum(c.forum.as_str())
        .cloned()
        .ok_or_else(|| AppError::not_found("forum", c.forum.as_str()))?;
    Ok((m, forum))
}

/// The revision form of a proposed meeting, filled in with what it proposes.
pub async fn revise_form(
    state: &AppState,
    who: &Who,
    c: &Contribution,
) -> Result<Response, PageError> {
    let (m, forum) = proposed(state, c).await?;
    let registry = state.registry().await?;
    let form = MeetingForm::of_meeting(&registry, &forum.id, &m);
    let page = form_page(
        state,
        who,
        &forum,
        MeetingForm {
            title: c.title.clone(),
            ..form
        },
        format!("/contributions/{}/edit", c.id),
        c.id,
    )
    .await?;
    private_page(StatusCode::OK, &page)
}

/// A proposed meeting revised: the record it proposes replaced (and sent for review when
/// asked), or the form again with its mistakes.
pub async fn revise(
    state: &AppState,
    who: &Who,
    c: &Contribution,
    form: &Form,
) -> Result<Result<Value, Response>, PageError> {
    let (m, forum) = proposed(state, c).await?;
    match meeting_from_form(state, who, &forum, form, Some(m)).await? {
        Ok(m) => Ok(Ok(serde_json::to_value(&m).expect("records serialise"))),
        Err((mistakes, read)) => Ok(Err(
            revise_refused(state, who, c, form, mistakes, read).await?
        )),
    }
}

/// The revision form again, with what is wrong.
pub async fn revise_refused(
    state: &AppState,
    who: &Who,
    c: &Contribution,
    form: &Form,
    mistakes: Mistakes,
    read: Vec<DateRead>,
) -> Result<Response, PageError> {
    let (_, forum) = proposed(state, c).await?;
    let form = MeetingForm {
        mistakes,
        read,
        ..MeetingForm::from_form(form)
    };
    let page = form_page(
        state,
        who,
        &forum,
        form,
        format!("/contributions/{}/edit", c.id),
        c.id,
    )
    .await?;
    private_page(StatusCode::BAD_REQUEST, &page)
}

/// A refusal of a revised meeting, as a mistake beside its field.
pub fn revise_mistake(e: &agora_app::Error) -> Option<(String, String)> {
    meeting_mistake(e)
}
