-- Kinds of record are declared in code (agora_core::kind), once each: a contribution may change a
-- record of any declared kind, so the database no longer keeps a list of them. This is the last
-- rebuild a new kind needs: none will need one again.
--
-- SQLite cannot drop a CHECK constraint, so `contributions` is rebuilt as in migration 6, with
-- the tables that refer to it (events and texts) copied into new tables that refer to the new
-- one before the old ones are dropped (dropping a referenced table deletes through ON DELETE
-- CASCADE, and foreign keys cannot be switched off inside a migration's transaction); renaming
-- rewrites the references.
CREATE TABLE contributions_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    forum_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    title TEXT NOT NULL,
    base TEXT,
    proposed TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'in_review', 'changes_requested', 'published', 'withdrawn')),
    author_id INTEGER NOT NULL REFERENCES accounts (id),
    author_role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
INSERT INTO contributions_new (id, forum_id, entity, entity_id, title, base, proposed, state, author_id, author_role, created_at, updated_at)
    SELECT id, forum_id, entity, entity_id, title, base, proposed, state, author_id, author_role, created_at, updated_at
    FROM contributions;

CREATE TABLE contribution_events_new (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    contribution_id INTEGER NOT NULL REFERENCES contributions_new (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES accounts (id),
    actor_role TEXT NOT NULL,
    action TEXT NOT NULL,
    state TEXT NOT NULL,
    comment TEXT NOT NULL
) STRICT;
INSERT INTO contribution_events_new (seq, contribution_id, at, actor_id, actor_role, action, state, comment)
    SELECT seq, contribution_id, at, actor_id, actor_role, action, state, comment
    FROM contribution_events;

CREATE TABLE contribution_texts_new (
    contribution_id INTEGER NOT NULL REFERENCES contributions_new (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (contribution_id, lang)
) STRICT;
INSERT INTO contribution_texts_new (contribution_id, lang, text)
    SELECT contribution_id, lang, text FROM contribution_texts;

DROP TABLE contribution_events;
DROP TABLE contribution_texts;
DROP TABLE contributions;
ALTER TABLE contributions_new RENAME TO contributions;
ALTER TABLE contribution_events_new RENAME TO contribution_events;
ALTER TABLE contribution_texts_new RENAME TO contribution_texts;
CREATE INDEX contributions_by_forum ON contributions (forum_id, state);
CREATE INDEX contributions_by_author ON contributions (author_id);
CREATE INDEX contribution_events_by_contribution ON contribution_events (contribution_id, seq);
