-- The audit log keeps who asked from where (`client`), and refusals are aggregated: one row per
-- (actor, action, outcome, client) and 15-minute window (`bucket`), with how many there were
-- (`count`) and when the latest came (`last_at`), so a flood of refused attempts cannot push
-- real events out of sight. Other events keep one row each (bucket NULL).
ALTER TABLE audit_log ADD COLUMN client TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN count BIGINT NOT NULL DEFAULT 1;
ALTER TABLE audit_log ADD COLUMN last_at TEXT;
ALTER TABLE audit_log ADD COLUMN bucket TEXT;

CREATE UNIQUE INDEX audit_log_refusals ON audit_log (bucket, actor, action, outcome, client)
    WHERE bucket IS NOT NULL;
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
CREATE INDEX audit_log_by_actor ON audit_log (actor, seq);
