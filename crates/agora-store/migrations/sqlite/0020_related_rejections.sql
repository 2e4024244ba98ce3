-- Proposals of related recommendations an editor rejected (agora_store::RelatedStore): each
-- pair once, its ids in order, never proposed again.
CREATE TABLE related_rejections (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    rejected_by INTEGER NOT NULL,
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (a, b)
) STRICT;
