-- A counter of the writes that change what the public sees without a change-log entry (an
-- assessment published, a call for practices opened, a contribution published). Every node
-- reads it with the change-log position, at most every 250 ms, and keeps the responses it
-- cached only while neither has moved: what one node writes, every node shows within a second.
CREATE TABLE public_writes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO public_writes (id, n) VALUES (1, 0);
