-- Files being stored for an upload whose contribution is not written yet. The note is made
-- before the file and removed once the contribution holds it, so a server killed in between
-- leaves a noted file (if it got that far), which `agora check` counts as no orphan; `agora
-- serve` sweeps notes older than a day, with their files if nothing else holds them.
CREATE TABLE upload_notes (
    sha256 TEXT PRIMARY KEY,
    noted_at TEXT NOT NULL
);
