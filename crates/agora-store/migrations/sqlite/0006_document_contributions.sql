-- Contributions may propose a new document: its record (`proposed`, the document's canonical
-- JSON, with the uploaded file's SHA-256 in it; the bytes are in the blob store from the upload
-- on) and the text extracted from the file (`contribution_texts`), written into the library
-- when an editor publishes it.
--
-- SQLite cannot change a CHECK constraint, so `contributions` is rebuilt. Dropping it would delete
-- every contribution's events through ON DELETE CASCADE (migrations run in a transaction, where
-- foreign keys cannot be switched off), so the events are rebuilt with it: both are copied into
-- new tables first (the new events referring to the new contributions, so that no drop reaches
-- them), then the old ones dropped and the new ones renamed into place (renaming a table rewrites
-- the references to it).
CREATE TABLE contributions_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    forum_id TEXT NOT NULL,
    entity TEXT NOT NULL CHECK (entity IN ('forum', 'membership', 'document')),
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

DROP TABLE contribution_events;
DROP TABLE contributions;
ALTER TABLE contributions_new RENAME TO contributions;
ALTER TABLE contribution_events_new RENAME TO contribution_events;
CREATE INDEX contributions_by_forum ON contributions (forum_id, state);
CREATE INDEX contributions_by_author ON contributions (author_id);
CREATE INDEX contribution_events_by_contribution ON contribution_events (contribution_id, seq);

CREATE TABLE contribution_texts (
    contribution_id INTEGER NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (contribution_id, lang)
) STRICT;
