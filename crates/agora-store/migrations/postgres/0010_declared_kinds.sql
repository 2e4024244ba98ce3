-- Kinds of record are declared in code (agora_core::kind), once each: a contribution may change a
-- record of any declared kind, so the database no longer keeps a list of them (PostgreSQL; the
-- same change as sqlite/0010). Which kinds exist is checked where they are declared.
ALTER TABLE contributions DROP CONSTRAINT contributions_entity_check;
