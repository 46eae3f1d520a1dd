-- The sign-up admission queue, shared by every replica so that a browser keeps its place whichever
-- replica it asks, and across restarts. A ticket waits (first come, first served by seq), is admitted
-- (a slot is kept for its holder's next request) or runs; no request data is kept here.
CREATE TABLE sign_up_ticket (
    ticket       uuid PRIMARY KEY,
    seq          bigserial NOT NULL UNIQUE,
    status       text NOT NULL CHECK (status IN ('WAITING', 'ADMITTED', 'RUNNING')),
    last_seen_at timestamptz NOT NULL
);
CREATE INDEX sign_up_ticket_waiting ON sign_up_ticket (seq) WHERE status = 'WAITING';
