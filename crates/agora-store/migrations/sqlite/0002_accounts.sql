-- Accounts, their roles, one-time links to set a password, and the audit log.
-- Times are ISO 8601 UTC text, compared as text. An account is disabled when disabled_at is set.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    created_at TEXT NOT NULL,
    disabled_at TEXT
) STRICT;

CREATE TABLE account_roles (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (account_id, role)
) STRICT;

-- Only a SHA-256 of each token is kept; a token works once, before it expires.
CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    used_at TEXT
) STRICT;

-- Who did what, including refused attempts. Read by admins only.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    outcome TEXT NOT NULL
) STRICT;
