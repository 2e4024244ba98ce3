-- Recommendations and follow-up entries (agora_core::recommendation), kept by the store's
-- generic path: the body holds the record; the derived columns what lists and the catalogue
-- ask for (the forum that made a recommendation, the first day it may have been made, the
-- recommendation, action plan or entry something is part of, a follow-up's status).
CREATE TABLE recommendations (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    forum TEXT,
    made_on TEXT,
    part_of TEXT
) STRICT;
CREATE INDEX recommendations_part_of ON recommendations (part_of);
CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    forum TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'under_way', 'completed', 'stalled', 'discontinued')),
    part_of TEXT
) STRICT;
CREATE INDEX follow_ups_by_recommendation ON follow_ups (recommendation);
CREATE INDEX follow_ups_part_of ON follow_ups (part_of);
