-- What a person sees under "recent security events" on their account page: sign-ins, refused
-- attempts, second factors added or removed, consents withdrawn, sessions ended.
CREATE TABLE security_event (
    id           UUID         PRIMARY KEY,
    account_id   UUID         NOT NULL REFERENCES account (id),
    kind         VARCHAR(40)  NOT NULL,
    detail       VARCHAR(200),
    occurred_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX security_event_account ON security_event (account_id, occurred_at DESC);
