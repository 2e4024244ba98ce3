//! Who reads and writes an assessment of a forum (issue 21): editors run them, the researchers
//! assigned to one alone read its interviews, the forum's secretariat replies to its draft.

use super::{AccessRole, Scope, Viewer};
use crate::ids::ForumId;

impl Viewer {
    /// Editors open assessments of fora, assign researchers to them and publish their reports
    /// (a token needs the `contribute` scope).
    pub fn may_run_assessments(&self) -> bool {
        self.as_editor().is_some()
    }

    /// Whether the viewer is a researcher assigned to the assessment (`assigned`: an editor
    /// assigned the viewer's account to it): the only people who read its interviews' notes,
    /// their unreleased extracts and the codes of their passages — not editors, not the
    /// forum's secretariat.
    pub fn may_read_interviews(&self, assigned: bool) -> bool {
        assigned && self.has(&AccessRole::Researcher)
    }

    /// An assigned researcher records objectives, outputs, impacts, ratings, interviews and
    /// codes while the assessment is a draft (a token needs the `contribute` scope).
    pub fn may_work_on_assessment(&self, assigned: bool) -> bool {
        self.may_read_interviews(assigned) && self.may(Scope::Contribute)
    }

    /// Who reads an assessment before it is published: its assigned researchers, editors, and
    /// the assessed forum's secretariat (to reply to it). Anyone else is answered as if it did
    /// not exist — a researcher not assigned to it too.
    pub fn may_read_draft_assessment(&self, assigned: bool, forum: &ForumId) -> bool {
        self.may_read_interviews(assigned)
            || self.editor_role()
            || self.has(&AccessRole::Secretariat(forum.clone()))
    }

    /// Who acted at each step of an assessment, and who its researchers are: editors and the
    /// assigned researchers.
    pub fn may_read_assessment_history(&self, assigned: bool) -> bool {
        self.may_read_interviews(assigned) || self.editor_role()
    }

    /// The assessed forum's secretariat may reply to the draft report before it is published:
    /// its replies stay in the history (a token needs the `contribute` scope).
    pub fn may_reply_to_assessment(&self, forum: &ForumId) -> bool {
        self.has(&AccessRole::Secretariat(forum.clone())) && self.may(Scope::Contribute)
    }
}
