-- Assessments of what a forum achieved against its own objectives (agora_core::assessment,
-- agora_store::AssessmentStore). One row per forum and period: its status, and its body
-- (objectives, outputs, impacts, the five dimensions, method and limits: everything that
-- reaches the report) as JSON, with a version written on every change so two researchers
-- never overwrite each other. Researchers are assigned by an editor. Interviews are kept
-- apart: what is known of each (role, state, day, consent, extracts) and its notes, which
-- only the assigned researchers read; a withdrawn interview keeps its row with neither.
-- Codes tag a range of characters of an interview's notes or of a document's text (those of
-- an interview go with it when it is withdrawn). Every step is an event: the secretariat's
-- replies to the draft among them.
CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    forum TEXT NOT NULL,
    from_year INTEGER NOT NULL,
    to_year INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    body TEXT NOT NULL,
    version INTEGER NOT NULL,
    opened_by INTEGER NOT NULL,
    opened_at TEXT NOT NULL,
    published_at TEXT,
    UNIQUE (forum, from_year, to_year)
) STRICT;
CREATE TABLE assessment_researchers (
    assessment TEXT NOT NULL REFERENCES assessments (id),
    account_id INTEGER NOT NULL,
    assigned_by INTEGER NOT NULL,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (assessment, account_id)
) STRICT;
CREATE TABLE assessment_interviews (
    assessment TEXT NOT NULL REFERENCES assessments (id),
    n INTEGER NOT NULL,
    about TEXT,
    notes TEXT,
    recorded_by INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    withdrawn_at TEXT,
    PRIMARY KEY (assessment, n)
) STRICT;
CREATE TABLE assessment_codes (
    assessment TEXT NOT NULL REFERENCES assessments (id),
    n INTEGER NOT NULL,
    interview INTEGER,
    body TEXT NOT NULL,
    coded_by INTEGER NOT NULL,
    coded_at TEXT NOT NULL,
    PRIMARY KEY (assessment, n)
) STRICT;
CREATE TABLE assessment_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment TEXT NOT NULL REFERENCES assessments (id),
    at TEXT NOT NULL,
    actor INTEGER NOT NULL,
    event TEXT NOT NULL,
    note TEXT NOT NULL
) STRICT;
CREATE INDEX assessment_events_assessment ON assessment_events (assessment);
