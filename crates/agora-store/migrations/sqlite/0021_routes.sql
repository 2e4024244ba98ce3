-- Migration routes (agora_core::route), kept by the store's generic path: the body holds the
-- record (its names, its stops in order, the fora it names, its sources).
CREATE TABLE routes (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL
) STRICT;
