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
);
CREATE TABLE practice_calls (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title TEXT NOT NULL,
    theme TEXT NOT NULL,
    deadline TEXT NOT NULL,
    questions TEXT NOT NULL,
    opened_by BIGINT NOT NULL,
    opened_at TEXT NOT NULL
);
CREATE TABLE practice_reviewers (
    call_id BIGINT NOT NULL REFERENCES practice_calls (id),
    account_id BIGINT NOT NULL,
    invited_by BIGINT NOT NULL,
    invited_at TEXT NOT NULL,
    affiliation TEXT,
    accepted_at TEXT,
    PRIMARY KEY (call_id, account_id)
);
CREATE TABLE practice_submissions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id BIGINT NOT NULL REFERENCES practice_calls (id),
    practice_id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    answers TEXT NOT NULL,
    submitted_by BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'returned', 'published', 'rejected')),
    round BIGINT NOT NULL CHECK (round >= 1),
    submitted_at TEXT NOT NULL,
    decided_at TEXT
);
CREATE INDEX practice_submissions_call ON practice_submissions (call_id);
CREATE TABLE practice_reviews (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id BIGINT NOT NULL REFERENCES practice_submissions (id),
    round BIGINT NOT NULL,
    reviewer BIGINT NOT NULL,
    declared_at TEXT NOT NULL,
    scores TEXT,
    total BIGINT,
    submitted_at TEXT,
    UNIQUE (submission_id, round, reviewer)
);
CREATE TABLE practice_overrides (
    submission_id BIGINT NOT NULL REFERENCES practice_submissions (id),
    reviewer BIGINT NOT NULL,
    overridden_by BIGINT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (submission_id, reviewer)
);
CREATE TABLE practice_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id BIGINT NOT NULL REFERENCES practice_submissions (id),
    at TEXT NOT NULL,
    actor BIGINT NOT NULL,
    event TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX practice_events_submission ON practice_events (submission_id);
CREATE TABLE practice_contacts (
    practice_id TEXT PRIMARY KEY,
    contacts TEXT NOT NULL
);
