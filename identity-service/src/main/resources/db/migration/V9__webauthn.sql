-- WebAuthn security keys and passkeys as a second factor. Only public material is kept: the
-- credential's public key (inside attested_data) and its sign counter, which exposes clones.
CREATE TABLE webauthn_credential (
    id            VARCHAR(400) PRIMARY KEY,
    account_id    UUID         NOT NULL REFERENCES account (id),
    label         VARCHAR(80)  NOT NULL,
    attested_data BYTEA        NOT NULL,
    sign_count    BIGINT       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    last_used_at  TIMESTAMPTZ
);
CREATE INDEX webauthn_credential_account ON webauthn_credential (account_id);

-- A challenge is good for one ceremony of one person, for five minutes.
CREATE TABLE webauthn_challenge (
    id          UUID         PRIMARY KEY,
    account_id  UUID         NOT NULL REFERENCES account (id),
    purpose     VARCHAR(20)  NOT NULL,
    challenge   BYTEA        NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ
);
