-- People who sign in: citizens (MyKad), non-citizens (passport), business users, civil servants.
CREATE TABLE account (
    id                          UUID         PRIMARY KEY,
    kind                        VARCHAR(20)  NOT NULL,
    login_id                    VARCHAR(200) NOT NULL UNIQUE,
    full_name                   VARCHAR(200) NOT NULL,
    email                       VARCHAR(254) NOT NULL UNIQUE,
    phone                       VARCHAR(20),
    mykad_number                CHAR(12)     UNIQUE,
    passport_number             VARCHAR(20),
    nationality                 CHAR(3),
    company_registration_number VARCHAR(20),
    agency                      VARCHAR(20),
    roles                       TEXT[]       NOT NULL,
    password_hash               VARCHAR(200) NOT NULL,
    status                      VARCHAR(30)  NOT NULL,
    email_verified              BOOLEAN      NOT NULL DEFAULT FALSE,
    phone_verified              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at                  TIMESTAMPTZ  NOT NULL,
    deactivated_at              TIMESTAMPTZ,
    version                     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX account_agency ON account (agency);

-- One-time verification codes, stored only as a digest.
CREATE TABLE verification_code (
    id          UUID         PRIMARY KEY,
    account_id  UUID         NOT NULL REFERENCES account (id),
    channel     VARCHAR(10)  NOT NULL,
    code_hash   VARCHAR(100) NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    used_at     TIMESTAMPTZ
);
CREATE INDEX verification_code_account ON verification_code (account_id, channel);
