-- Reporting cycles (agora_store::CycleStore): a forum's secretariat asks states to report by a
-- deadline on a set of recommendations (JSON lists of ids); each state's focal point reports on
-- each recommendation (reported again while not validated); the secretariat validates or
-- queries each report; the reminders sent to a state that owes reports after the deadline.
CREATE TABLE reporting_cycles (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    forum TEXT NOT NULL,
    title TEXT NOT NULL,
    recommendations TEXT NOT NULL,
    states TEXT NOT NULL,
    deadline TEXT NOT NULL,
    opened_by BIGINT NOT NULL,
    opened_at TEXT NOT NULL
);
CREATE TABLE cycle_reports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cycle_id BIGINT NOT NULL REFERENCES reporting_cycles (id),
    state TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'under_way', 'completed', 'stalled', 'discontinued')),
    progress BIGINT NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note TEXT NOT NULL,
    reported_by BIGINT NOT NULL,
    reported_at TEXT NOT NULL,
    review TEXT NOT NULL CHECK (review IN ('pending', 'validated', 'queried')),
    review_note TEXT NOT NULL,
    reviewed_by BIGINT,
    reviewed_at TEXT,
    UNIQUE (cycle_id, state, recommendation)
);
CREATE TABLE cycle_reminders (
    cycle_id BIGINT NOT NULL REFERENCES reporting_cycles (id),
    state TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (cycle_id, state)
);
