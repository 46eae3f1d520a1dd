-- MyDigital ID–style app devices: each holds an ECDSA P-256 key pair; only the public key is here.
CREATE TABLE device (
    id          UUID         PRIMARY KEY,
    account_id  UUID         NOT NULL REFERENCES account (id),
    name        VARCHAR(100) NOT NULL,
    public_jwk  TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX device_account ON device (account_id);

-- A sign-in waiting for the app to sign its challenge.
CREATE TABLE device_challenge (
    id           UUID         PRIMARY KEY,
    account_id   UUID         NOT NULL REFERENCES account (id),
    request_id   UUID         NOT NULL,
    challenge    VARCHAR(100) NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    approved_by  UUID,
    approved_at  TIMESTAMPTZ,
    used_at      TIMESTAMPTZ
);
