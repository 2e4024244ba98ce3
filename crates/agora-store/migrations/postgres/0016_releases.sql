-- Dated, immutable releases of the open data: each names its files (blobs, by SHA-256), what
-- changed since the release before it, and the change-log position it was made at. A release is
-- written once and never changed.
CREATE TABLE releases (
    name TEXT PRIMARY KEY,
    made_at TEXT NOT NULL,
    seq BIGINT NOT NULL,
    body TEXT NOT NULL
);
