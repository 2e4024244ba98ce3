-- A person's saved searches, each followed in their private feed, and the secret of that feed's
-- address (kept as its SHA-256: shown once when made; a new one ends the old).
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX saved_searches_by_account ON saved_searches (account_id, id);

CREATE TABLE feed_keys (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
) STRICT;
