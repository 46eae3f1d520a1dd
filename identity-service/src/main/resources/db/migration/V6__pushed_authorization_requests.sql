-- RFC 9126: a client may be required to push its authorization requests.
ALTER TABLE oauth_client ADD COLUMN require_par BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE pushed_request (
    id          VARCHAR(100) PRIMARY KEY,
    client_id   VARCHAR(100) NOT NULL,
    parameters  TEXT         NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ
);
