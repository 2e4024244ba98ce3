-- A contribution may carry several records (the same change as sqlite/0011): the first stays in
-- the contribution's own row, the others are kept here in the order they were proposed.
CREATE TABLE contribution_records (
    contribution_id BIGINT NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    base TEXT,
    proposed TEXT NOT NULL,
    PRIMARY KEY (contribution_id, position)
);
