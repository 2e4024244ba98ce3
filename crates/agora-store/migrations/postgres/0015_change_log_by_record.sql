-- What a change changed: the version of the same record just before it (the feeds word a
-- change from both).
CREATE INDEX change_log_by_record ON change_log (entity, entity_id, seq);
