-- Contributions may propose a new document (PostgreSQL; same tables and columns as
-- sqlite/0006): its record in `proposed`, with the uploaded file's SHA-256 in it, and the text
-- extracted from the file, written into the library when an editor publishes it.
ALTER TABLE contributions DROP CONSTRAINT contributions_entity_check;
ALTER TABLE contributions ADD CONSTRAINT contributions_entity_check
    CHECK (entity IN ('forum', 'membership', 'document'));

CREATE TABLE contribution_texts (
    contribution_id BIGINT NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (contribution_id, lang)
);
