//! The meeting form's fields as typed, filled in from a meeting or from a posted form: what
//! the proposal and revision pages show (`pages/propose_meeting.rs` turns them into a meeting).

use agora_core::meeting::{Meeting, MeetingStatus, MeetingType, ParticipantRole};
use agora_core::{ForumId, Member, PartialDate};

use super::Form;
use super::contribute::Choice;
use super::propose::{DateRead, Mistakes, OTHER_NAME_LANGUAGES, OtherName};
use agora_app::registry::Registry;

/// The names of a role's field: who took part as participants, observers, guests, speakers.
pub(crate) const ROLE_FIELDS: [(ParticipantRole, &str, &str); 4] = [
    (
        ParticipantRole::Participant,
        "participants",
        "meeting-field-participants",
    ),
    (
        ParticipantRole::Observer,
        "observers",
        "meeting-field-observers",
    ),
    (ParticipantRole::Guest, "guests", "meeting-field-guests"),
    (
        ParticipantRole::Speaker,
        "speakers",
        "meeting-field-speakers",
    ),
];

/// The parties that took part in one role, one name a line.
#[derive(Debug, Clone, Default)]
pub struct RoleLines {
    /// The field's name (`observers`) and its label's key.
    pub field: &'static str,
    pub label: &'static str,
    pub value: String,
}

/// A document of the library the meeting may name as an outcome.
#[derive(Debug, Clone)]
pub struct DocumentChoice {
    pub id: String,
    pub title: String,
    pub date: String,
    pub checked: bool,
}

/// A meeting's form, as typed.
#[derive(Debug, Clone, Default)]
pub struct MeetingForm {
    /// "new", or the id of the meeting corrected.
    pub meeting: String,
    pub title_en: String,
    pub other_titles: Vec<OtherName>,
    pub kind: String,
    pub status: String,
    pub status_since: String,
    /// The other fora holding it, one name a line.
    pub also_held_by: String,
    pub start_date: String,
    pub end_date: String,
    pub start_time: String,
    pub end_time: String,
    pub time_zone: String,
    pub city: String,
    pub country: String,
    pub venue: String,
    pub host: String,
    /// The states, organisations or fora that hosted it, one name a line.
    pub hosts: String,
    /// Who chaired it, one name a line, as the sources give them.
    pub chairs: String,
    pub roles: Vec<RoleLines>,
    pub theme: String,
    pub agenda: String,
    pub summary: String,
    /// The ids of the outcome documents chosen.
    pub documents: Vec<String>,
    pub part_of: String,
    pub note: String,
    pub source_url: String,
    pub title: String,
    pub comment: String,
    pub mistakes: Mistakes,
    pub read: Vec<DateRead>,
}

impl MeetingForm {
    /// An empty form for a new meeting.
    pub fn new_meeting() -> MeetingForm {
        MeetingForm {
            meeting: "new".into(),
            other_titles: other_titles(|_| String::new()),
            roles: ROLE_FIELDS
                .iter()
                .map(|(_, field, label)| RoleLines {
                    field,
                    label,
                    value: String::new(),
                })
                .collect(),
            ..MeetingForm::default()
        }
    }

    /// The form filled in with a meeting as it is (or as a contribution proposes it).
    pub fn of_meeting(r: &Registry, forum: &ForumId, m: &Meeting) -> MeetingForm {
        let names = |parties: &mut dyn Iterator<Item = &Member>| {
            parties
                .map(|p| r.member_name(p))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let date = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        MeetingForm {
            meeting: m.id.to_string(),
            title_en: m.title_in("en").to_owned(),
            other_titles: other_titles(|lang| {
                m.titles
                    .iter()
                    .find(|(l, _)| l.as_str() == lang)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default()
            }),
            kind: m.kind.as_str().into(),
            status: m.status.as_str().into(),
            status_since: date(m.status_since),
            also_held_by: m
                .fora
                .iter()
                .filter(|f| *f != forum)
                .map(|f| r.forum_name(f).to_owned())
                .collect::<Vec<_>>()
                .join("\n"),
            start_date: date(m.start_date),
            end_date: date(m.end_date),
            start_time: m.start_time.map(|t| t.to_string()).unwrap_or_default(),
            end_time: m.end_time.map(|t| t.to_string()).unwrap_or_default(),
            time_zone: text(&m.time_zone),
            city: text(&m.city),
            country: m
                .country
                .as_ref()
                .map(|c| r.member_name(&Member::Area(c.clone())))
                .unwrap_or_default(),
            venue: text(&m.venue),
            host: text(&m.host),
            hosts: names(&mut m.hosts.iter()),
            chairs: m
                .chairs
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            roles: ROLE_FIELDS
                .iter()
                .map(|(role, field, label)| RoleLines {
                    field,
                    label,
                    value: names(
                        &mut m
                            .participants
                            .iter()
                            .filter(|p| p.role == *role)
                            .map(|p| &p.party),
                    ),
                })
                .collect(),
            theme: text(&m.theme),
            agenda: m.agenda.join("\n"),
            summary: text(&m.summary),
            documents: m.documents.iter().map(ToString::to_string).collect(),
            part_of: m
                .part_of
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            note: text(&m.note),
            ..MeetingForm::default()
        }
    }

    /// The form as posted.
    pub fn from_form(form: &Form) -> MeetingForm {
        let text = |k: &str| form.field(k).to_owned();
        MeetingForm {
            meeting: text("meeting"),
            title_en: text("title_en"),
            other_titles: other_titles(|lang| text(&format!("title_{lang}"))),
            kind: text("kind_of_meeting"),
            status: text("status"),
            status_since: text("status_since"),
            also_held_by: text("also_held_by"),
            start_date: text("start_date"),
            end_date: text("end_date"),
            start_time: text("start_time"),
            end_time: text("end_time"),
            time_zone: text("time_zone"),
            city: text("city"),
            country: text("country"),
            venue: text("venue"),
            host: text("host"),
            hosts: text("hosts"),
            chairs: text("chairs"),
            roles: ROLE_FIELDS
                .iter()
                .map(|(_, field, label)| RoleLines {
                    field,
                    label,
                    value: text(field),
                })
                .collect(),
            theme: text("theme"),
            agenda: text("agenda"),
            summary: text("summary"),
            documents: form
                .all("documents")
                .into_iter()
                .map(str::to_owned)
                .collect(),
            part_of: text("part_of"),
            note: text("note"),
            source_url: text("source_url"),
            title: text("title"),
            comment: text("comment"),
            ..MeetingForm::default()
        }
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.mistakes.of(field)
    }
    /// A title in another language is given (its fields are then shown open).
    pub fn has_other_titles(&self) -> bool {
        self.other_titles.iter().any(|t| !t.value.is_empty())
    }
    pub fn read_as(&self, field: &str) -> Option<&DateRead> {
        self.read.iter().find(|r| r.field == field)
    }
    /// The kinds of meeting, none chosen until the person chooses one.
    pub fn kinds(&self) -> Vec<Choice> {
        MeetingType::ALL
            .into_iter()
            .map(|k| Choice {
                value: k.as_str().into(),
                label: super::meetings::kind_label(k),
                selected: k.as_str() == self.kind,
            })
            .collect()
    }
    pub fn statuses(&self) -> Vec<Choice> {
        MeetingStatus::ALL
            .into_iter()
            .map(|s| Choice {
                value: s.as_str().into(),
                label: super::meetings::status_label(s),
                selected: s.as_str() == self.status,
            })
            .collect()
    }
}

fn other_titles(value: impl Fn(&str) -> String) -> Vec<OtherName> {
    OTHER_NAME_LANGUAGES
        .iter()
        .map(|code| OtherName {
            code,
            field: format!("title_{code}"),
            value: value(code),
        })
        .collect()
}
