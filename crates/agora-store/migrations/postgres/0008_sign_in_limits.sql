-- Limits on guessing passwords (agora_core::throttle): one counter per key (an account, a
-- client address, a trusted device), reserved before a password is checked and updated in the
-- transaction that decides, so that parallel attempts are counted one after another. Times are
-- seconds since the epoch. The failure log it replaces is dropped (it held only the last 15
-- minutes, and was read before it was written).
DROP TABLE failed_sign_ins;

CREATE TABLE sign_in_attempts (
    key TEXT PRIMARY KEY NOT NULL,
    window_start BIGINT NOT NULL,
    attempts BIGINT NOT NULL,
    last_at BIGINT NOT NULL
);

CREATE INDEX sign_in_attempts_by_last ON sign_in_attempts (last_at);

-- Devices (browsers) that signed in to an account: their sign-ins are counted on their own,
-- so an attack on the account from elsewhere does not lock them out. Only a SHA-256 of the
-- cookie's random id is kept.
CREATE TABLE trusted_devices (
    id_hash TEXT PRIMARY KEY NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- Secrets of the installation that every node shares (e.g. the key of the sign-in form's
-- tokens), made once, the first time one is asked for.
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
