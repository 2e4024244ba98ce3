-- Versions, API tokens and moderated contributions (PostgreSQL; same tables and columns as sqlite/0004).
--
-- The change log now keeps, for every change, the record's body after it (NULL for a delete and
-- for entries written before versions were kept), the record the change belongs to for its
-- public history (`scope`: a forum's id for the forum and its memberships), and the role under
-- which it was made (NULL for imports; the contributor's role for a published contribution).
ALTER TABLE change_log ADD COLUMN scope TEXT;
ALTER TABLE change_log ADD COLUMN body TEXT;
ALTER TABLE change_log ADD COLUMN role TEXT;
CREATE INDEX change_log_by_scope ON change_log (scope, seq);

-- Tokens for programs, sent as `Authorization: Bearer`. Only a SHA-256 of each is kept.
CREATE TABLE api_tokens (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

-- A proposed change to one record: its body when drafted (`base`, NULL for a new record) and the
-- body proposed. Publishing applies `proposed` only while the record still equals `base`.
CREATE TABLE contributions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    forum_id TEXT NOT NULL,
    entity TEXT NOT NULL CHECK (entity IN ('forum', 'membership')),
    entity_id TEXT NOT NULL,
    title TEXT NOT NULL,
    base TEXT,
    proposed TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'in_review', 'changes_requested', 'published', 'withdrawn')),
    author_id BIGINT NOT NULL REFERENCES accounts (id),
    author_role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX contributions_by_forum ON contributions (forum_id, state);
CREATE INDEX contributions_by_author ON contributions (author_id);

-- Every step on a contribution: who, when, under which role, and a comment.
CREATE TABLE contribution_events (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contribution_id BIGINT NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    actor_id BIGINT NOT NULL REFERENCES accounts (id),
    actor_role TEXT NOT NULL,
    action TEXT NOT NULL,
    state TEXT NOT NULL,
    comment TEXT NOT NULL
);

CREATE INDEX contribution_events_by_contribution ON contribution_events (contribution_id, seq);
