-- The files of documents and releases, shared by every node: a blob is named by the SHA-256 of
-- its bytes, which are kept in chunks of at most 1 MiB, written with the blob's row in one
-- transaction (a listed blob is whole) and read a chunk at a time.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size BIGINT NOT NULL CHECK (size >= 0)
);

CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    bytes BYTEA NOT NULL,
    PRIMARY KEY (sha256, seq)
);
-- The chunks are compressed already more often than not (PDF, DOCX): store them as they are.
ALTER TABLE blob_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
