-- The registry (PostgreSQL). Same tables and columns as migrations/sqlite; a test compares them.
-- Each record's full canonical JSON is in `body`; the other columns are derived from it.
-- Foreign keys are deferred so that one import may add a forum and its parent in any order.

CREATE TABLE areas (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 3),
    m49 BIGINT,
    region_code BIGINT,
    sub_region_code BIGINT,
    intermediate_region_code BIGINT,
    body TEXT NOT NULL
);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
);

CREATE TABLE themes (
    id TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
);

CREATE TABLE fora (
    id TEXT PRIMARY KEY NOT NULL,
    category TEXT NOT NULL,
    parent_id TEXT REFERENCES fora (id) DEFERRABLE INITIALLY DEFERRED,
    established TEXT,
    dissolved TEXT,
    md_status TEXT NOT NULL,
    body TEXT NOT NULL
);

CREATE TABLE forum_themes (
    forum_id TEXT NOT NULL REFERENCES fora (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    theme_id TEXT NOT NULL REFERENCES themes (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (forum_id, theme_id)
);

CREATE TABLE forum_regions (
    forum_id TEXT NOT NULL REFERENCES fora (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    m49 BIGINT NOT NULL,
    PRIMARY KEY (forum_id, m49)
);

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
    CHECK ((area_code IS NOT NULL)::int + (organisation_id IS NOT NULL)::int + (member_forum_id IS NOT NULL)::int = 1),
    CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
);

CREATE INDEX memberships_by_forum ON memberships (forum_id, role);
CREATE INDEX memberships_by_area ON memberships (area_code) WHERE area_code IS NOT NULL;
CREATE INDEX memberships_by_organisation ON memberships (organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX memberships_by_member_forum ON memberships (member_forum_id) WHERE member_forum_id IS NOT NULL;

-- Appended in the same transaction as every write; the search indexer and feeds follow it.
CREATE TABLE change_log (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    at TEXT NOT NULL,
    origin TEXT NOT NULL
);
