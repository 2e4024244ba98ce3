-- The registry. Each record's full canonical JSON is in `body`; the other columns are derived
-- from it for queries and for the database's own integrity checks (foreign keys, CHECKs).
-- Foreign keys are deferred so that one import may add a forum and its parent in any order.

CREATE TABLE areas (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 3),
    m49 INTEGER,
    region_code INTEGER,
    sub_region_code INTEGER,
    intermediate_region_code INTEGER,
    body TEXT NOT NULL
) STRICT;

CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
) STRICT;

CREATE TABLE themes (
    id TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
) STRICT;

CREATE TABLE fora (
    id TEXT PRIMARY KEY NOT NULL,
    category TEXT NOT NULL,
    parent_id TEXT REFERENCES fora (id) DEFERRABLE INITIALLY DEFERRED,
    established TEXT,
    dissolved TEXT,
    md_status TEXT NOT NULL,
    body TEXT NOT NULL
) STRICT;

CREATE TABLE forum_themes (
    forum_id TEXT NOT NULL REFERENCES fora (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    theme_id TEXT NOT NULL REFERENCES themes (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (forum_id, theme_id)
) STRICT;

CREATE TABLE forum_regions (
    forum_id TEXT NOT NULL REFERENCES fora (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    m49 INTEGER NOT NULL,
    PRIMARY KEY (forum_id, m49)
) STRICT;

CREATE TABLE memberships (
    id TEXT PRIMARY KEY NOT NULL,
    forum_id TEXT NOT NULL REFERENCES fora (id) DEFERRABLE INITIALLY DEFERRED,
    area_code TEXT REFERENCES areas (code) DEFERRABLE INITIALLY DEFERRED,
    organisation_id TEXT REFERENCES organisations (id) DEFERRABLE INITIALLY DEFERRED,
    member_forum_id TEXT REFERENCES fora (id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    -- The as-of rule, precomputed: first day of the start's period, last day of the end's.
    starts_on TEXT,
    ends_on TEXT,
    verification TEXT NOT NULL CHECK (verification IN ('verified', 'unverified')),
    body TEXT NOT NULL,
    CHECK ((area_code IS NOT NULL) + (organisation_id IS NOT NULL) + (member_forum_id IS NOT NULL) = 1),
    CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
) STRICT;

CREATE INDEX memberships_by_forum ON memberships (forum_id, role);
CREATE INDEX memberships_by_area ON memberships (area_code) WHERE area_code IS NOT NULL;
CREATE INDEX memberships_by_organisation ON memberships (organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX memberships_by_member_forum ON memberships (member_forum_id) WHERE member_forum_id IS NOT NULL;

-- Appended in the same transaction as every write; the search indexer and feeds follow it.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    at TEXT NOT NULL,
    origin TEXT NOT NULL
) STRICT;
