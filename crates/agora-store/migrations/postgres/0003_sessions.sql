-- Sessions (in the database, so that every node shares them) and failed sign-ins (for throttling).
-- Only a SHA-256 of each session id is kept. `csrf` is the session's synchronizer token.

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE TABLE failed_sign_ins (
    key TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE INDEX failed_sign_ins_by_key ON failed_sign_ins (key, at);
