-- Good practices (agora_core::practice) and their peer review (agora_store::PracticeStore).
-- `practices` holds the published ones, kept by the store's generic path (the body is the
-- record). An editor opens a call (a theme, a deadline, questions: a JSON list) and invites
-- reviewers (each accepting with an affiliation: state:ISO3, forum:ID or organisation:NAME);
-- a secretariat or a focal point submits a practice to it (the body as submitted, the
-- answers to the questions); reviewers declare any conflict, then score it (JSON scores,
-- their total), in rounds (a practice returned and submitted again is reviewed again); an
-- editor may let a reviewer with a conflict review (logged); every step is an event. The
-- people to contact about a practice are kept apart, by practice id, and removed on request.
CREATE TABLE practices (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL
) STRICT;
CREATE TABLE practice_calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    theme TEXT NOT NULL,
    deadline TEXT NOT NULL,
    questions TEXT NOT NULL,
    opened_by INTEGER NOT NULL,
    opened_at TEXT NOT NULL
) STRICT;
CREATE TABLE practice_reviewers (
    call_id INTEGER NOT NULL REFERENCES practice_calls (id),
    account_id INTEGER NOT NULL,
    invited_by INTEGER NOT NULL,
    invited_at TEXT NOT NULL,
    affiliation TEXT,
    accepted_at TEXT,
    PRIMARY KEY (call_id, account_id)
) STRICT;
CREATE TABLE practice_submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id INTEGER NOT NULL REFERENCES practice_calls (id),
    practice_id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    answers TEXT NOT NULL,
    submitted_by INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'returned', 'published', 'rejected')),
    round INTEGER NOT NULL CHECK (round >= 1),
    submitted_at TEXT NOT NULL,
    decided_at TEXT
) STRICT;
CREATE INDEX practice_submissions_call ON practice_submissions (call_id);
CREATE TABLE practice_reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id INTEGER NOT NULL REFERENCES practice_submissions (id),
    round INTEGER NOT NULL,
    reviewer INTEGER NOT NULL,
    declared_at TEXT NOT NULL,
    scores TEXT,
    total INTEGER,
    submitted_at TEXT,
    UNIQUE (submission_id, round, reviewer)
) STRICT;
CREATE TABLE practice_overrides (
    submission_id INTEGER NOT NULL REFERENCES practice_submissions (id),
    reviewer INTEGER NOT NULL,
    overridden_by INTEGER NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (submission_id, reviewer)
) STRICT;
CREATE TABLE practice_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id INTEGER NOT NULL REFERENCES practice_submissions (id),
    at TEXT NOT NULL,
    actor INTEGER NOT NULL,
    event TEXT NOT NULL,
    note TEXT NOT NULL
) STRICT;
CREATE INDEX practice_events_submission ON practice_events (submission_id);
CREATE TABLE practice_contacts (
    practice_id TEXT PRIMARY KEY,
    contacts TEXT NOT NULL
) STRICT;
