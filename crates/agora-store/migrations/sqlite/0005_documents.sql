-- Documents: one work with language versions and their files. The record's canonical JSON is in
-- `body`; the columns beside it are derived for queries, access checks and integrity. Files live
-- in the data directory's blob store under their SHA-256; `document_files` says which document
-- holds which blob. The text extracted from each version is kept for the search index.

CREATE TABLE documents (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'participants', 'confidential')),
    visibility_forum TEXT REFERENCES fora (id) DEFERRABLE INITIALLY DEFERRED,
    public_from TEXT,
    body TEXT NOT NULL,
    CHECK ((visibility = 'participants') = (visibility_forum IS NOT NULL))
) STRICT;

CREATE TABLE document_fora (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    forum_id TEXT NOT NULL REFERENCES fora (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (document_id, forum_id)
) STRICT;

CREATE TABLE document_files (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    lang TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    PRIMARY KEY (document_id, lang, sha256)
) STRICT;

CREATE INDEX document_files_by_blob ON document_files (sha256);

CREATE TABLE document_texts (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, lang)
) STRICT;
