-- TOTP (RFC 6238) second factor. The shared secret must be readable to check codes; production
-- deployments should wrap it with a KMS/HSM key.
CREATE TABLE totp_credential (
    account_id     UUID         PRIMARY KEY REFERENCES account (id),
    secret         VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    confirmed_at   TIMESTAMPTZ,
    last_used_step BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE recovery_code (
    id          UUID         PRIMARY KEY,
    account_id  UUID         NOT NULL REFERENCES account (id),
    code_hash   VARCHAR(100) NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX recovery_code_account ON recovery_code (account_id);

-- Sign-in in two steps: the password was right, the second factor is still due.
ALTER TABLE authorization_request ADD COLUMN acr_values VARCHAR(200);
ALTER TABLE authorization_request ADD COLUMN password_verified_account UUID;
