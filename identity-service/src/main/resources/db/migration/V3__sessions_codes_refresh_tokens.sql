-- Browser sessions at the provider (single sign-on). The cookie holds a random token; only its digest is stored.
CREATE TABLE user_session (
    id            UUID         PRIMARY KEY,
    token_hash    VARCHAR(100) NOT NULL UNIQUE,
    account_id    UUID         NOT NULL REFERENCES account (id),
    auth_time     TIMESTAMPTZ  NOT NULL,
    acr           VARCHAR(40)  NOT NULL,
    amr           TEXT[]       NOT NULL,
    last_seen_at  TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    ended_at      TIMESTAMPTZ
);
CREATE INDEX user_session_account ON user_session (account_id);

-- An authorization request waiting for sign-in or consent; its id and CSRF token travel in the forms.
CREATE TABLE authorization_request (
    id            UUID         PRIMARY KEY,
    client_id     VARCHAR(100) NOT NULL,
    redirect_uri  TEXT         NOT NULL,
    scope         TEXT         NOT NULL,
    state         TEXT,
    nonce         TEXT,
    code_challenge VARCHAR(200),
    max_age       INT,
    login_hint    VARCHAR(200),
    prompt        VARCHAR(40),
    csrf_token    VARCHAR(100) NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE authorization_code (
    code_hash     VARCHAR(100) PRIMARY KEY,
    family_id     UUID         NOT NULL,
    client_id     VARCHAR(100) NOT NULL,
    account_id    UUID         NOT NULL REFERENCES account (id),
    session_id    UUID         NOT NULL,
    redirect_uri  TEXT         NOT NULL,
    scope         TEXT         NOT NULL,
    nonce         TEXT,
    code_challenge VARCHAR(200),
    auth_time     TIMESTAMPTZ  NOT NULL,
    acr           VARCHAR(40)  NOT NULL,
    amr           TEXT[]       NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    used_at       TIMESTAMPTZ
);

-- Refresh tokens rotate on every use; all rotations of one grant share a family, revoked together on reuse.
CREATE TABLE refresh_token (
    id            UUID         PRIMARY KEY,
    token_hash    VARCHAR(100) NOT NULL UNIQUE,
    family_id     UUID         NOT NULL,
    client_id     VARCHAR(100) NOT NULL,
    account_id    UUID         NOT NULL REFERENCES account (id),
    session_id    UUID         NOT NULL,
    scope         TEXT         NOT NULL,
    auth_time     TIMESTAMPTZ  NOT NULL,
    acr           VARCHAR(40)  NOT NULL,
    amr           TEXT[]       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    used_at       TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_account ON refresh_token (account_id);

-- Consents a person gave a client for a set of scopes; revocable.
CREATE TABLE consent (
    account_id    UUID         NOT NULL REFERENCES account (id),
    client_id     VARCHAR(100) NOT NULL,
    scopes        TEXT[]       NOT NULL,
    granted_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (account_id, client_id)
);

-- Failed sign-ins per account and per source address, for progressive delay and temporary lockout.
CREATE TABLE login_throttle (
    throttle_key     VARCHAR(200) PRIMARY KEY,
    failures         INT          NOT NULL,
    last_failure_at  TIMESTAMPTZ  NOT NULL,
    blocked_until    TIMESTAMPTZ
);
