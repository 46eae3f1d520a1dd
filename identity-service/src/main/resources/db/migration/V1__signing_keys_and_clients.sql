-- Signing keys: one NEXT key per algorithm is published before it signs anything; a RETIRED key stays
-- in the JWKS until every token it signed has expired (retain_until).
CREATE TABLE signing_key (
    kid          VARCHAR(64)  PRIMARY KEY,
    algorithm    VARCHAR(10)  NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    private_jwk  TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    activated_at TIMESTAMPTZ,
    retired_at   TIMESTAMPTZ,
    retain_until TIMESTAMPTZ
);
CREATE INDEX signing_key_status ON signing_key (algorithm, status);

-- OAuth clients (agency systems and relying parties). Secrets are stored only as a SHA-256 digest.
CREATE TABLE oauth_client (
    id                 UUID         PRIMARY KEY,
    client_id          VARCHAR(100) NOT NULL UNIQUE,
    name               VARCHAR(200) NOT NULL,
    agency             VARCHAR(20),
    auth_method        VARCHAR(30)  NOT NULL,
    secret_hash        VARCHAR(100),
    jwks               TEXT,
    redirect_uris      TEXT[]       NOT NULL,
    grant_types        TEXT[]       NOT NULL,
    scopes             TEXT[]       NOT NULL,
    service_id         VARCHAR(100),
    status             VARCHAR(20)  NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX oauth_client_agency ON oauth_client (agency);

-- private_key_jwt assertion ids seen, so each assertion is accepted once (RFC 7523 jti).
CREATE TABLE client_assertion_jti (
    client_id  VARCHAR(100) NOT NULL,
    jti        VARCHAR(200) NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (client_id, jti)
);

-- Access tokens revoked before expiry (RFC 7009); introspection answers inactive for them.
CREATE TABLE revoked_access_token (
    jti        VARCHAR(64)  PRIMARY KEY,
    client_id  VARCHAR(100) NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL,
    revoked_at TIMESTAMPTZ  NOT NULL
);
