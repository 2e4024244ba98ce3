-- Error reports (agora_core::kind::ErrorReportKind): anyone signed in reports an error in a
-- forum's records with a source; editors review each as a contribution. Kept by the store's
-- generic path: id, the forum it is about, the body.
CREATE TABLE error_reports (
    id TEXT PRIMARY KEY,
    forum_id TEXT NOT NULL REFERENCES fora (id),
    body TEXT NOT NULL
);
CREATE INDEX error_reports_forum ON error_reports (forum_id);
