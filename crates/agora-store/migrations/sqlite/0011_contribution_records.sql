-- A contribution may carry several records (an uploaded spreadsheet, a batch of updates),
-- reviewed, published and withdrawn together. The first stays in the contribution's own row;
-- the others are kept here, in the order they were proposed (position 1, 2, ...), each with its
-- body when drafted (`base`, NULL for a new record) and its body as proposed.
CREATE TABLE contribution_records (
    contribution_id INTEGER NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    base TEXT,
    proposed TEXT NOT NULL,
    PRIMARY KEY (contribution_id, position)
) STRICT;
