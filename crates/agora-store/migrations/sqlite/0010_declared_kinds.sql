-- Kinds of record are declared in code (agora_core::kind), once each: a contribution may change a
-- record of any declared kind, so the database no longer keeps a list of them.
--
-- SQLite cannot drop a CHECK constraint, but it drops a column together with the CHECK that
-- belongs to it: the kind moves to a new column without one, and the old column goes. No table
-- is rebuilt (so nothing that refers to a contribution is touched), and no kind will ever need
-- a migration of this table again.
ALTER TABLE contributions ADD COLUMN kind TEXT NOT NULL DEFAULT '';
UPDATE contributions SET kind = entity;
ALTER TABLE contributions DROP COLUMN entity;
ALTER TABLE contributions RENAME COLUMN kind TO entity;
