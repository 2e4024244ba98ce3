-- Meetings (agora_core::meeting::MeetingKind), shaped like a Popolo Event: kept by the store's
-- generic path. The body holds the record; the derived columns hold its first and last day
-- (the as-of rule's days of its partial dates), its status and the meeting it is part of.
CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    starts_on TEXT,
    ends_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'postponed', 'cancelled')),
    part_of TEXT
);
CREATE INDEX meetings_by_start ON meetings (starts_on);
CREATE INDEX meetings_part_of ON meetings (part_of);
